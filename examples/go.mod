module github.com/paylint/checkoutexpiry/examples

go 1.26.0

tool github.com/paylint/checkoutexpiry/cmd/checkoutexpiry

require github.com/stripe/stripe-go/v85 v85.0.0

require (
	github.com/paylint/checkoutexpiry v0.0.0 // indirect
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
)

// The examples lint themselves with this checkout of the analyzer.
replace github.com/paylint/checkoutexpiry => ../

// Fixture for analyzer/realstripe_test.go: code using the real stripe-go
// majors, to catch drift between the analyzer's test stubs and the SDK.
module example.com/realstripe

go 1.26

require (
	github.com/stripe/stripe-go/v72 v72.122.0
	github.com/stripe/stripe-go/v76 v76.25.0
	github.com/stripe/stripe-go/v81 v81.4.0
	github.com/stripe/stripe-go/v82 v82.5.1
	github.com/stripe/stripe-go/v85 v85.0.0
)

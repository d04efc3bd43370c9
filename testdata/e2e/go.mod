module example.com/e2e

go 1.26

require github.com/stripe/stripe-go/v85 v85.0.0

replace github.com/stripe/stripe-go/v85 => ./stripe-go-v85

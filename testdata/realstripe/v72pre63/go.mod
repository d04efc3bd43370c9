// Fixture for analyzer/realstripe_test.go: code using a real stripe-go v72
// release from before v72.63.0, whose CheckoutSessionParams has no ExpiresAt.
module example.com/realstripepre63

go 1.26

require github.com/stripe/stripe-go/v72 v72.62.0

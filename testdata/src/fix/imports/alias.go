package imports

import "github.com/stripe/stripe-go/v85"

// P names the params type for files that don't import stripe-go.
type P = stripe.CheckoutSessionParams

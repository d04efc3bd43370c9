package notime

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func shadowed(time string) {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:          stripe.String("payment"),
		CustomerEmail: stripe.String(time),
	})
}

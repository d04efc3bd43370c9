// Package old uses stripe-go v72 before v72.63.0, which has no ExpiresAt.
package old

import (
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{ // want `checkout session created without ExpiresAt: this github.com/stripe/stripe-go/v72 release has no CheckoutSessionParams.ExpiresAt \(added in v72.63.0\)`
		Mode: stripe.String("payment"),
	})
	session.Get("cs_1", &stripe.CheckoutSessionParams{})
}

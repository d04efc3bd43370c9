// Package premodule uses the pre-module import path, which has no
// ExpiresAt field.
package premodule

import (
	stripe "github.com/stripe/stripe-go"
	"github.com/stripe/stripe-go/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{ // want `checkout session created without ExpiresAt: pre-module github.com/stripe/stripe-go has no CheckoutSessionParams.ExpiresAt \(added in v72.63.0\), so Stripe expires it 24h after creation; upgrade stripe-go and set it`
		SuccessURL: stripe.String("https://example.com/ok"),
	})
	var p stripe.CheckoutSessionParams
	p.CancelURL = stripe.String("https://example.com/cancel")
	session.New(&p) // want `has no CheckoutSessionParams.ExpiresAt`
}

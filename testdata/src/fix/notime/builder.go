package notime

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

type builder struct{ email string }

func (b builder) params() *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{CustomerEmail: stripe.String(b.email)} // want `created without ExpiresAt`
}

func (b builder) create(p *stripe.CheckoutSessionParams) {
	session.New(p)
}

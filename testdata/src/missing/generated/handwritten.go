package generated

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func handwritten() {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	setExpiry(p)
	session.New(p)
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
}

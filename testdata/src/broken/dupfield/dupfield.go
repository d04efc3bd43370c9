// Package dupfield sets ExpiresAt twice in one literal, and mixes keyed
// and positional elements.
package dupfield

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func twice() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Hour).Unix()),
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),
	})
}

func mixed() {
	session.New(&stripe.CheckoutSessionParams{stripe.Params{}, ExpiresAt: nil})
}

func positional() {
	session.New(&stripe.CheckoutSessionParams{stripe.Params{}})
}

func keyIsNotAField() {
	session.New(&stripe.CheckoutSessionParams{"ExpiresAt": nil})
	session.New(&stripe.CheckoutSessionParams{stripe.ExpiresAt: nil})
}

// Package shadowed shadows stripe-go and time with values that can't be
// used that way.
package shadowed

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func stripeShadowed() {
	stripe := 1
	session.New(&stripe.CheckoutSessionParams{})
}

func timeShadowed() {
	time := "now"
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Hour).Unix()),
	})
}

func sessionShadowed() {
	session := struct{}{}
	session.New(&stripe.CheckoutSessionParams{})
}

func methodValue() {
	add := time.Now().Add
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(add().Unix()),
	})
}

// A generic instantiation of a non-generic function.
func instantiated() {
	session.New[int](&stripe.CheckoutSessionParams{})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: stripe.Int64[int](1)})
}

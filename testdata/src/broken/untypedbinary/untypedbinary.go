// Package untypedbinary has binary expressions go/types gives no type:
// mismatched operands, constant overflow, division by zero.
package untypedbinary

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

const TTL = 30 * 24 * time.Hour

func badArithmetic() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(300000 * 24 * time.Hour).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Unix() + TTL),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(TTL) + 1),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(TTL / 0).Unix()),
	})
}

// A recursive helper with a type error.
func loop(d time.Duration) *int64 {
	return loop(d) + 1
}

func usesLoop() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: loop(TTL)})
}

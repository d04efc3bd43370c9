// Package noimport can't see the -const package: the sanctioned TTL is
// -ttl, and the right value not written with the constant is reported.
package noimport

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()), // want `checkout session TTL is the sanctioned 720h but is not derived from example.com/config.CheckoutSessionTTL`
	})
}

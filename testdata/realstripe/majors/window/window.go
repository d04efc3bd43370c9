// Package window runs with -ttl=24h -stripe-window.
package window

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(24 * time.Hour).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()), // want `checkout session TTL is 720h; sanctioned TTL is 24h` `checkout session TTL is 720h, outside Stripe's documented window of 30m to 24h after creation`
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(10 * time.Minute).Unix()), // want `TTL is 10m; sanctioned TTL is 24h` `TTL is 10m, outside Stripe's documented window`
	})
	// Never on missing or unverified.
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt: Stripe expires it 24h after creation \(sanctioned TTL is 24h\)`
		Mode: stripe.String("payment"),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().AddDate(0, 2, 0).Unix()), // want `cannot verify`
	})
}

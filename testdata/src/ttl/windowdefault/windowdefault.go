// Package windowdefault runs with -stripe-window and the default -ttl
// (720h), which is itself outside Stripe's window.
package windowdefault

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()), // want `checkout session TTL is 720h, outside Stripe's documented window of 30m to 24h after creation; the sanctioned TTL itself is outside it: choose a TTL within 30m to 24h`
	})
}

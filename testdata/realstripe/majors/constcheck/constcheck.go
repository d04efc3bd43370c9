// Package constcheck runs with -const=example.com/realstripe/config.CheckoutSessionTTL.
package constcheck

import (
	"time"

	cfg "example.com/realstripe/config"
	"example.com/realstripe/expiry"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(cfg.CheckoutSessionTTL).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Unix() + int64(cfg.CheckoutSessionTTL/time.Second)),
	})
	// Derived through a helper in another package that uses the constant.
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(expiry.SessionExpiry()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()), // want `checkout session TTL is the sanctioned 720h but is not derived from example.com/realstripe/config.CheckoutSessionTTL; use the constant`
	})
	// The seconds constant has the right value, but is not the sanctioned one.
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Unix() + cfg.CheckoutSessionTTLSeconds), // want `not derived from example.com/realstripe/config.CheckoutSessionTTL`
	})
	// A wrong value is ttl only.
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(cfg.ShortTTL).Unix()), // want `checkout session TTL is 24h; sanctioned TTL is 720h`
	})
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt: Stripe expires it 24h after creation \(sanctioned TTL is 720h\)`
		Mode: stripe.String("payment"),
	})
}

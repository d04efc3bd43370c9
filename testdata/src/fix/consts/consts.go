// Package consts runs with -const=example.com/config.CheckoutSessionTTL.
package consts

import (
	"time"

	cfg "example.com/config"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

var _ = cfg.Name

// The config package is imported as cfg: the fix uses that name.
func missing() {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe.String("payment"),
	})
}

func byValue() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(720 * time.Hour).Unix()), // want `not derived from example.com/config.CheckoutSessionTTL`
	})
}

func bySeconds() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Unix() + 2592000), // want `not derived from example.com/config.CheckoutSessionTTL`
	})
}

package consts

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// This file doesn't import the config package, and has a local named
// config: the import is added under a fresh name.
func other(config map[string]string) {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Metadata: config,
		Mode:     stripe.String("payment"),
	})
}

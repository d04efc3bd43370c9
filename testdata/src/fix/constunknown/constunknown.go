// Package constunknown runs with -const=example.com/config.LifetimeTTL and
// doesn't import the config package. The constant's declaration doesn't
// show whether it counts seconds or nanoseconds, so the fix writes the
// TTL as a literal.
package constunknown

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func missing() {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe.String("payment"),
	})
}

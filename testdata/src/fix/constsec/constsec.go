// Package constsec runs with -const=example.com/config.CheckoutSessionTTLSeconds
// and doesn't import the config package: the fix imports it, and converts
// the seconds the constant counts, as its declaration shows.
package constsec

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func missing() {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe.String("payment"),
	})
}

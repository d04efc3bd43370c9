// Package notime has no time import, and a file where the name time means
// something else.
package notime

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe.String("payment"),
	})
}

package imports

import (
	. "time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// A dot-imported time is referred to unqualified.
func dotTime() {
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(Now().Add(7 * 24 * Hour).Unix()), // want `checkout session TTL is 168h`
	})
}

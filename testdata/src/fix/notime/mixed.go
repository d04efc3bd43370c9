package notime

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// time is shadowed in one function and free in the other: both fixes
// import it under the same name, so that their edits merge.
func shadowedHere(time string) {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		CustomerEmail: stripe.String(time),
	})
}

func freeHere() {
	session.New(&stripe.CheckoutSessionParams{}) // want `created without ExpiresAt`
}

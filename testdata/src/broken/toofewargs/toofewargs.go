// Package toofewargs calls time methods and a pointer helper with too few
// arguments, where the analyzer reads them by index.
package toofewargs

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func toPtr[T any](v T) *T { return &v }

func tooFewArguments() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add().Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().AddDate(0, 30).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().AddDate().Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Round().Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Truncate().Add(time.Hour).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: toPtr()})
}

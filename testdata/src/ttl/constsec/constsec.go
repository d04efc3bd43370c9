// Package constsec runs with -const=example.com/config.CheckoutSessionTTLSeconds,
// an integer number of seconds like the incident's constant.
package constsec

import (
	"time"

	"example.com/config"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Unix() + config.CheckoutSessionTTLSeconds),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Duration(config.CheckoutSessionTTLSeconds) * time.Second).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix()), // want `not derived from example.com/config.CheckoutSessionTTLSeconds`
	})
	// Seconds handed straight to Add are nanoseconds.
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(config.CheckoutSessionTTLSeconds).Unix()), // want `checkout session TTL is 0s; sanctioned TTL is 720h`
	})
}

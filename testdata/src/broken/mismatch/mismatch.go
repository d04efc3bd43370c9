// Package mismatch has type errors around well-formed creations: the
// params are fine, what surrounds them isn't.
package mismatch

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

const TTL = 30 * 24 * time.Hour

// The result assigned to too many variables.
func results() {
	s, err, extra := session.New(&stripe.CheckoutSessionParams{}) // want `created without ExpiresAt`
	_, _, _ = s, err, extra
}

// A helper that returns the wrong type.
func expiry() *int64 {
	return time.Now().Add(TTL).Unix()
}

func usesBadHelper() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: expiry()})
}

// Returning params of the wrong type from a builder.
func build() *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionCreateParams{} // want `created without ExpiresAt`
}

func usesBuild() {
	session.New(build())
}

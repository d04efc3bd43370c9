// Package missingvalue leaves ExpiresAt without a usable value.
package missingvalue

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// The key alone: a positional element named ExpiresAt.
func keyOnly() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAt})
}

// A value of the wrong kind.
func wrongKinds() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: time.Now().Add(time.Hour).Unix()})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: time.Now().Add(time.Hour)})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: "tomorrow"})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: 30 * 24 * time.Hour})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: stripe.Int64(time.Now().Add(time.Hour))})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: stripe.String("2026-01-01")})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: &time.Hour})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: *stripe.Int64(1)})
}

// Assignments of the wrong kind.
func wrongAssignments() {
	p := &stripe.CheckoutSessionParams{}
	p.ExpiresAt = time.Now().Unix()
	p.ExpiresAt = 1767225600
	*p.ExpiresAt = time.Now().Add(time.Hour)
	p.ExpiresAt, p.Mode = stripe.Int64(1)
	session.New(p)
}

// Using a variable that was never assigned a value.
func neverAssigned() {
	var exp *int64 = exp
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: exp})
}

// Package closures sets ExpiresAt inside function literals: it counts
// only if the literal runs before the creation.
package closures

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func expiry() *int64 { return stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()) }

// Called in place before the creation: fine.
func inPlace() {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	func() { p.ExpiresAt = expiry() }()
	session.New(p)
}

// Bound to a variable and called before the creation: fine.
func calledFirst() {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	set := func() { p.ExpiresAt = expiry() }
	set()
	session.New(p)
}

// Deferred: it runs when the function returns, after the creation.
func deferred() {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")} // want `created without ExpiresAt`
	defer func() { p.ExpiresAt = expiry() }()
	session.New(p)
}

// In a goroutine: unordered with the creation, a race.
func racing() {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")} // want `created without ExpiresAt`
	go func() { p.ExpiresAt = expiry() }()
	session.New(p)
}

// Called only after the creation.
func calledLate() {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")} // want `created without ExpiresAt`
	set := func() { p.ExpiresAt = expiry() }
	session.New(p)
	set()
}

// Handed to something that may call it: when it runs can't be known, so
// it counts.
func callback(run func(func())) {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	run(func() { p.ExpiresAt = expiry() })
	session.New(p)
}

// Bound, then handed elsewhere: the same.
func boundCallback(run func(func())) {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	set := func() { p.ExpiresAt = expiry() }
	run(set)
	session.New(p)
}

// Package unknowntype builds params literals whose type is unknown.
package unknowntype

import (
	"time"

	"github.com/stripe/stripe-go/v85/checkout/session"
)

// stripe isn't imported here.
func notImported() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),
	})
}

// Unqualified.
func unqualified() {
	session.New(&CheckoutSessionParams{ExpiresAt: nil})
}

// From the wrong package.
func wrongPackage() {
	session.New(&session.CheckoutSessionParams{})
	session.New(&session.Params{ExpiresAt: nil})
}

// Elided types in a slice of an unknown element type.
func elided() {
	for _, p := range []*stripe.CheckoutSessionParams{{}, {ExpiresAt: nil}} {
		session.New(p)
	}
}

// A local type that isn't params.
type params struct{ ExpiresAt *int64 }

func localType() {
	session.New(&params{ExpiresAt: nil})
}

// Package billing holds the shop's Stripe policy: one sanctioned TTL for
// every Checkout Session, and the helpers that apply it.
package billing

import (
	"time"

	"github.com/stripe/stripe-go/v85"
)

// CheckoutSessionTTL is how long a Checkout Session link stays payable.
// Links go out by email and parents pay days later, so Stripe's 24h
// default is far too short.
const CheckoutSessionTTL = 30 * 24 * time.Hour

// SessionExpiry is the ExpiresAt for a session created at now.
func SessionExpiry(now time.Time) *int64 {
	return stripe.Int64(now.Add(CheckoutSessionTTL).Unix())
}

// ApplyExpiry sets the sanctioned ExpiresAt on params.
func ApplyExpiry(p *stripe.CheckoutSessionParams, now time.Time) {
	p.ExpiresAt = SessionExpiry(now)
}

// Package billing holds the shared Stripe helpers other packages call.
package billing

import (
	"context"
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// CheckoutSessionTTL is the sanctioned session lifetime.
const CheckoutSessionTTL = 30 * 24 * time.Hour

// ApplyExpiry sets the sanctioned ExpiresAt on params it is given.
func ApplyExpiry(p *stripe.CheckoutSessionParams) { // want ApplyExpiry:`params\(0:sets\)`
	p.ExpiresAt = stripe.Int64(time.Now().Add(CheckoutSessionTTL).Unix())
}

// Create is a pass-through wrapper: not reported here; its callers'
// literals are.
func Create(p *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) { // want Create:`params\(0:creates\)`
	return session.New(p)
}

// CreateWithExpiry sets ExpiresAt, then creates.
func CreateWithExpiry(p *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) { // want CreateWithExpiry:`params\(0:sets\)`
	ApplyExpiry(p)
	return session.New(p)
}

// Sessions wraps the v82+ client, as a service would for test fakes.
type Sessions struct{ SC *stripe.Client }

func (s *Sessions) Create(ctx context.Context, p *stripe.CheckoutSessionCreateParams) (*stripe.CheckoutSession, error) { // want Create:`params\(1:creates\)`
	return s.SC.V1CheckoutSessions.Create(ctx, p)
}

// WithItems builds params that don't look like a creation by themselves
// (Update takes LineItems too): its callers decide, so creations from it
// are reported where they happen.
func WithItems(price string, qty int64) *stripe.CheckoutSessionParams { // want WithItems:`returnsUnset`
	return &stripe.CheckoutSessionParams{
		LineItems: []*stripe.CheckoutSessionLineItemParams{{Price: stripe.String(price), Quantity: stripe.Int64(qty)}},
	}
}

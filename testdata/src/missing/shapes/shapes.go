// Package shapes calls code it can't see: the callee's shape tells.
package shapes

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

type Service struct {
	// newSession is session.New, swapped in tests.
	newSession func(*stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error)
	// get is session.Get with the id bound.
	get func(*stripe.CheckoutSessionParams) error
}

func NewService() *Service {
	return &Service{newSession: session.New}
}

// Through a creation-shaped function value, params are created even if
// nothing in them looks like a creation (v85's Update takes LineItems).
func (s *Service) Items(items []*stripe.CheckoutSessionLineItemParams) error {
	_, err := s.newSession(&stripe.CheckoutSessionParams{LineItems: items}) // want `created without ExpiresAt`
	return err
}

func (s *Service) ItemsWithExpiry(items []*stripe.CheckoutSessionLineItemParams) error {
	_, err := s.newSession(&stripe.CheckoutSessionParams{
		LineItems: items,
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),
	})
	return err
}

// Another shape is not a creation.
func (s *Service) Refresh() error {
	return s.get(&stripe.CheckoutSessionParams{Expand: []*string{stripe.String("line_items")}})
}

// Option sets fields of params: the functional-options pattern.
type Option func(*stripe.CheckoutSessionParams)

func WithMode(m string) Option {
	return func(p *stripe.CheckoutSessionParams) { p.Mode = stripe.String(m) }
}

func WithExpiry(d time.Duration) Option {
	return func(p *stripe.CheckoutSessionParams) {
		p.ExpiresAt = stripe.Int64(time.Now().Add(d).Unix()) // want `cannot verify the checkout session TTL: d is a parameter`
	}
}

// Options applied through a value may set ExpiresAt: not reported.
func Create(opts ...Option) error {
	p := &stripe.CheckoutSessionParams{}
	for _, opt := range opts {
		opt(p)
	}
	_, err := session.New(p)
	return err
}

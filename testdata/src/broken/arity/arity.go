// Package arity gets the number of values wrong around params.
package arity

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func two() (*stripe.CheckoutSessionParams, error) { return nil, nil }

func tuple() {
	p := two()
	session.New(p)
}

func tooManyValues() {
	p, q := &stripe.CheckoutSessionParams{}
	session.New(p)
	session.New(q)
}

func returnsTooMany() *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{}, nil
}

func usesReturnsTooMany() {
	session.New(returnsTooMany())
}

func expiryTuple() (int64, error) { return time.Now().Unix(), nil }

func tupleExpiry() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: stripe.Int64(expiryTuple())})
	e := expiryTuple()
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: &e})
}

func rangeOverParams(ps []*stripe.CheckoutSessionParams) {
	for p := range ps {
		session.New(p)
	}
}

func assignOp() {
	p := &stripe.CheckoutSessionParams{}
	e := time.Now().Unix()
	e += time.Hour
	e -= "x"
	p.ExpiresAt = &e
	session.New(p)
}

package app

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func retry[T any](n int, fn func() (T, error)) (T, error) {
	var (
		v   T
		err error
	)
	for range n {
		if v, err = fn(); err == nil {
			return v, nil
		}
	}
	return v, err
}

func genericHelpers() string {
	s := must(session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")})) // want `created without ExpiresAt`

	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	p.ExpiresAt = stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())
	s2, _ := retry(3, func() (*stripe.CheckoutSession, error) { return session.New(p) })

	q := &stripe.CheckoutSessionParams{Mode: stripe.String("setup")} // want `created without ExpiresAt`
	s3, _ := retry(3, func() (*stripe.CheckoutSession, error) { return session.New(q) })
	return s.URL + s2.URL + s3.URL
}

// A generic creator whose parameter is a type parameter: the params escape
// where they can't be followed, and look like a creation.
func createWith[P any](p P, create func(P) (*stripe.CheckoutSession, error)) (*stripe.CheckoutSession, error) {
	return create(p)
}

func viaGeneric() {
	createWith(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}, session.New) // want `built for a creation without ExpiresAt`
}

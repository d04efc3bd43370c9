// Package wrongargs creates sessions with the wrong number or kind of
// arguments.
package wrongargs

import (
	"context"
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func noArgs() {
	session.New()
}

func twoArgs(p *stripe.CheckoutSessionParams) {
	session.New(p, p)
}

func wrongType() {
	session.New(&stripe.CheckoutSessionCreateParams{}) // want `created without ExpiresAt`
}

func notAPointer() {
	session.New(stripe.CheckoutSessionParams{}) // want `created without ExpiresAt`
}

func createWithoutContext(sc *stripe.Client) {
	sc.V1CheckoutSessions.Create(&stripe.CheckoutSessionCreateParams{}) // want `created without ExpiresAt`
}

func createTooFew(sc *stripe.Client) {
	sc.V1CheckoutSessions.Create(context.Background())
}

func createNone(sc *stripe.Client) {
	sc.V1CheckoutSessions.Create()
}

func createTooMany(sc *stripe.Client, p *stripe.CheckoutSessionCreateParams) {
	sc.V1CheckoutSessions.Create(context.Background(), p, p)
}

func createWrongParams(sc *stripe.Client) {
	sc.V1CheckoutSessions.Create(context.Background(), &stripe.CheckoutSessionParams{})
}

// (nil is a valid context.Context: this one is well-typed.)
func createNilContext(sc *stripe.Client) {
	sc.V1CheckoutSessions.Create(nil, &stripe.CheckoutSessionCreateParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Hour).Unix()), // want `TTL is 1h`
	})
}

// Wrong arguments inside ExpiresAt.
func expiryArgs() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Hour, time.Hour).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().AddDate(0, 0, 30, 1).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(1, 2),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: new(),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(int64()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Duration()).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Hour.Seconds()).Unix()),
	})
}

func in(d time.Duration) *int64 { return stripe.Int64(time.Now().Add(d).Unix()) }

func from(t time.Time) *int64 { return stripe.Int64(t.Add(time.Hour).Unix()) }

// Wrong arguments to helpers.
func helperArgs() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: in()})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: in(time.Hour, time.Hour)})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: from()})
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: from(time.Hour)})
}

// Well-typed code in the same package is still analyzed.
func stillReported() {
	session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe.String("payment"),
	})
}

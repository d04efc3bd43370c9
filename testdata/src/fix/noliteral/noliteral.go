package noliteral

import (
	"context"
	"time"

	"example.com/billing"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func zero(ctx context.Context, sc *stripe.Client) error {
	var p stripe.CheckoutSessionCreateParams
	p.Mode = stripe.String("payment")
	if _, err := sc.V1CheckoutSessions.Create(ctx, &p); err != nil { // want `created without ExpiresAt`
		return err
	}
	return nil
}

func viaNew() error {
	p := new(stripe.CheckoutSessionParams)
	p.Mode = stripe.String("payment")
	_, err := session.New(p) // want `created without ExpiresAt`
	return err
}

func nilParams(ctx context.Context, sc *stripe.Client) {
	sc.V1CheckoutSessions.Create(ctx, nil) // want `created with nil params`

	session.New(nil) // want `created with nil params`
}

func fromBuilder() (string, error) {
	s, err := session.New(billing.WithItems("price_1", 2)) // want `from params built by billing.WithItems`
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

func builderVar() {
	p := billing.WithItems("price_1", 2)
	p.Mode = stripe.String("payment")
	session.New(p) // want `from params built by billing.WithItems`
}

var _ = time.Second

// Package app calls the billing helpers from another package: analysis
// facts carry what the helpers do.
package app

import (
	"context"
	"time"

	"example.com/realstripe/billing"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func withHelperSetter() error {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	billing.ApplyExpiry(p)
	_, err := session.New(p)
	return err
}

func helperSetterTooLate() error {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")} // want `created without ExpiresAt`
	_, err := session.New(p)
	billing.ApplyExpiry(p)
	return err
}

func throughWrapper() error {
	_, err := billing.Create(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
	return err
}

func throughWrapperWithExpiry() error {
	_, err := billing.CreateWithExpiry(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")})
	return err
}

func throughMethod(ctx context.Context, s *billing.Sessions) error {
	_, err := s.Create(ctx, &stripe.CheckoutSessionCreateParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
	if err != nil {
		return err
	}
	_, err = s.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(billing.CheckoutSessionTTL).Unix()),
	})
	return err
}

func fromBuilder() error {
	p := billing.WithItems("price_1", 1)
	p.Mode = stripe.String("payment")
	_, err := session.New(p) // want `checkout session created without ExpiresAt, from params built by billing.WithItems`
	return err
}

func fromBuilderWithExpiry() error {
	p := billing.WithItems("price_1", 1)
	p.ExpiresAt = stripe.Int64(time.Now().Add(billing.CheckoutSessionTTL).Unix())
	_, err := session.New(p)
	return err
}

func updateFromBuilder(id string) error {
	_, err := session.Update(id, billing.WithItems("price_2", 3))
	return err
}

// Package app is a small service for the command's end-to-end tests.
package app

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func Blast(email string) (string, error) {
	s, err := session.New(&stripe.CheckoutSessionParams{
		Mode:          stripe.String("payment"),
		CustomerEmail: stripe.String(email),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

func Day() (string, error) {
	s, err := session.New(&stripe.CheckoutSessionParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(24 * time.Hour).Unix()),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

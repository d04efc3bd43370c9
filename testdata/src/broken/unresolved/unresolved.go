// Package unresolved imports stripe-go packages that don't exist.
package unresolved

import (
	"time"

	"github.com/stripe/stripe-go/v85/checkout/sesion"
	client "github.com/stripe/stripe-go/v85/clients"
	stripe "github.com/stripe/stripe-go/v99"
)

func unresolvedRoot() {
	sesion.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),
	})
}

func unresolvedClient() {
	sc := client.New("sk_test", nil)
	sc.CheckoutSessions.New(&stripe.CheckoutSessionParams{})
}

func unresolvedV1() {
	sc := stripe.NewClient("sk_test")
	sc.V1CheckoutSessions.Create(nil, &stripe.CheckoutSessionCreateParams{})
}

package imports

import (
	"github.com/stripe/stripe-go/v81"
	"github.com/stripe/stripe-go/v81/checkout/session"
)

// The package name is shadowed by the result: session, err := session.New(p).
func shadowed(p *stripe.CheckoutSessionParams) (string, error) {
	session, err := session.New(p)
	if err != nil {
		return "", err
	}
	return session.URL, nil
}

func callShadowed() {
	shadowed(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
	// Update is not a creation.
	session.Update("cs_1", &stripe.CheckoutSessionParams{Metadata: map[string]string{"k": "v"}})
	// Params that go only to Update are never reported.
	session.Update("cs_1", &stripe.CheckoutSessionParams{LineItems: []*stripe.CheckoutSessionLineItemParams{{Quantity: stripe.Int64(2)}}})
}

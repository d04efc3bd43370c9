package v72

import (
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"

	"example.com/realstripe/billing"
)

// Helpers in another package: facts carry what they do.
func CrossPackage() error {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	billing.ApplyLegacyExpiry(p)
	if _, err := session.New(p); err != nil {
		return err
	}
	_, err := billing.CreateLegacy(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
	return err
}

package billing

import (
	"time"

	stripe72 "github.com/stripe/stripe-go/v72"
	session72 "github.com/stripe/stripe-go/v72/checkout/session"
)

// ApplyLegacyExpiry sets ExpiresAt on v72 params, for the services not yet
// migrated.
func ApplyLegacyExpiry(p *stripe72.CheckoutSessionParams) { // want ApplyLegacyExpiry:`params\(0:sets\)`
	p.ExpiresAt = stripe72.Int64(time.Now().Add(CheckoutSessionTTL).Unix())
}

// CreateLegacy is a v72 pass-through.
func CreateLegacy(p *stripe72.CheckoutSessionParams) (*stripe72.CheckoutSession, error) { // want CreateLegacy:`params\(0:creates\)`
	return session72.New(p)
}

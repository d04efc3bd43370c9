package v76

import (
	"github.com/stripe/stripe-go/v76"
)

// v76 has no checkout/session Update: params that set LineItems or
// ShippingOptions and escape can only be for a creation.

// sessionAPI lets tests substitute a fake for Stripe.
type sessionAPI interface {
	New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error)
}

// Params with LineItems only, through an interface.
func StartWithItems(api sessionAPI, o Order) error {
	_, err := api.New(&stripe.CheckoutSessionParams{LineItems: items(o)}) // want `checkout session created without ExpiresAt`
	return err
}

// An exported builder of ShippingOptions only.
func ShippingParams(rate string) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{ // want `checkout session params built for a creation without ExpiresAt`
		ShippingOptions: []*stripe.CheckoutSessionShippingOptionParams{{ShippingRate: stripe.String(rate)}},
	}
}

package v85

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// checkout/session has Update since v79.5.0: it is not a creation, whatever
// the params set.
func Updates(id string, o Order) error {
	if _, err := session.Update(id, &stripe.CheckoutSessionParams{Metadata: map[string]string{"k": "v"}}); err != nil {
		return err
	}
	if _, err := session.Update(id, &stripe.CheckoutSessionParams{LineItems: items(o)}); err != nil {
		return err
	}
	p := &stripe.CheckoutSessionParams{}
	p.AddMetadata("order", o.ID)
	_, err := session.Update(id, p)
	return err
}

// sessionAPI lets tests substitute a fake for Stripe.
type sessionAPI interface {
	New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error)
}

// Params that set Mode, through an interface: reported.
func StartWithMode(api sessionAPI, o Order) error {
	_, err := api.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment"), LineItems: items(o)}) // want `checkout session created without ExpiresAt`
	return err
}

// Update takes LineItems since v84.1.0 and ShippingOptions since v82.0.0:
// params that set only those may be for an Update, so they don't look like
// a creation.

// Params with LineItems only, through an interface shaped like
// session.New: a creation, whatever the params look like.
func StartWithItems(api sessionAPI, o Order) error {
	_, err := api.New(&stripe.CheckoutSessionParams{LineItems: items(o)}) // want `checkout session created without ExpiresAt`
	return err
}

// An exported builder of LineItems only.
func ItemsParams(o Order) *stripe.CheckoutSessionParams { // want ItemsParams:"returnsUnset"
	return &stripe.CheckoutSessionParams{LineItems: items(o)}
}

// An exported builder of ShippingOptions only.
func ShippingParams(rate string) *stripe.CheckoutSessionParams { // want ShippingParams:"returnsUnset"
	return &stripe.CheckoutSessionParams{
		ShippingOptions: []*stripe.CheckoutSessionShippingOptionParams{{ShippingRate: stripe.String(rate)}},
	}
}

// An exported builder of CollectedInformation only: Update takes it (since
// v81.4.0), so it does not look like a creation.
func CollectedParams(name string) *stripe.CheckoutSessionParams { // want CollectedParams:"returnsUnset"
	return &stripe.CheckoutSessionParams{
		CollectedInformation: &stripe.CheckoutSessionCollectedInformationParams{
			ShippingDetails: &stripe.CheckoutSessionCollectedInformationShippingDetailsParams{Name: stripe.String(name)},
		},
	}
}

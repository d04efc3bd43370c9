// Stub of github.com/stripe/stripe-go/v86 (future major: the v85.0.0 stub with /v86 import paths) for tests: a trimmed subset with the real names and signatures.

// Package client provides a Stripe client for invoking APIs across all resources
//
// Deprecated: This package is deprecated. All functionality of [API] is now available in [stripe.Client]. See the [migration guide] for more info.
//
// [migration guide]: https://github.com/stripe/stripe-go/wiki/Migration-guide-for-Stripe-Client
package client

import (
	stripe "github.com/stripe/stripe-go/v86"
	checkoutsession "github.com/stripe/stripe-go/v86/checkout/session"
	"github.com/stripe/stripe-go/v86/filelink"
	"github.com/stripe/stripe-go/v86/promotioncode"
)

// API is the Stripe client. It contains all the different resources available.
//
// Deprecated: Use [stripe.Client] instead. See the [migration guide] for more info.
//
// [migration guide]: https://github.com/stripe/stripe-go/wiki/Migration-guide-for-Stripe-Client
type API struct {
	CheckoutSessions *checkoutsession.Client
	FileLinks        *filelink.Client
	PromotionCodes   *promotioncode.Client
}

// Deprecated: Use [stripe.NewClient] instead. See the [migration guide] for more info.
//
// [migration guide]: https://github.com/stripe/stripe-go/wiki/Migration-guide-for-Stripe-Client
func (a *API) Init(key string, backends *stripe.Backends) {
	usage := []string{"stripe_client"}
	if backends == nil {
		backends = &stripe.Backends{
			API:         &stripe.UsageBackend{B: stripe.GetBackend(stripe.APIBackend), Usage: usage},
			Connect:     &stripe.UsageBackend{B: stripe.GetBackend(stripe.ConnectBackend), Usage: usage},
			Uploads:     &stripe.UsageBackend{B: stripe.GetBackend(stripe.UploadsBackend), Usage: usage},
			MeterEvents: &stripe.UsageBackend{B: stripe.GetBackend(stripe.MeterEventsBackend), Usage: usage},
		}
	}
	a.CheckoutSessions = &checkoutsession.Client{B: backends.API, Key: key}
	a.FileLinks = &filelink.Client{B: backends.API, Key: key}
	a.PromotionCodes = &promotioncode.Client{B: backends.API, Key: key}
}

// New creates a new Stripe client with the appropriate secret key
// as well as providing the ability to override the backends as needed.
//
// Deprecated: Use [stripe.NewClient] instead. See the [migration guide] for more info.
//
// [migration guide]: https://github.com/stripe/stripe-go/wiki/Migration-guide-for-Stripe-Client
func New(key string, backends *stripe.Backends) *API {
	api := API{}
	api.Init(key, backends)
	return &api
}

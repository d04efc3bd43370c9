// Stub of github.com/stripe/stripe-go/v72@v72.122.0 for tests: a trimmed subset with the real names and signatures.

// Package client provides a Stripe client for invoking APIs across all resources
package client

import (
	stripe "github.com/stripe/stripe-go/v72"
	checkoutsession "github.com/stripe/stripe-go/v72/checkout/session"
	"github.com/stripe/stripe-go/v72/filelink"
	"github.com/stripe/stripe-go/v72/promotioncode"
)

// API is the Stripe client. It contains all the different resources available.
type API struct {
	CheckoutSessions *checkoutsession.Client
	FileLinks        *filelink.Client
	PromotionCodes   *promotioncode.Client
}

func (a *API) Init(key string, backends *stripe.Backends) {
	if backends == nil {
		backends = &stripe.Backends{
			API:     stripe.GetBackend(stripe.APIBackend),
			Connect: stripe.GetBackend(stripe.ConnectBackend),
			Uploads: stripe.GetBackend(stripe.UploadsBackend),
		}
	}
	a.CheckoutSessions = &checkoutsession.Client{B: backends.API, Key: key}
	a.FileLinks = &filelink.Client{B: backends.API, Key: key}
	a.PromotionCodes = &promotioncode.Client{B: backends.API, Key: key}
}

// New creates a new Stripe client with the appropriate secret key
// as well as providing the ability to override the backends as needed.
func New(key string, backends *stripe.Backends) *API {
	api := API{}
	api.Init(key, backends)
	return &api
}

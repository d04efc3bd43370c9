// Stub of github.com/stripe/stripe-go@v70.15.0+incompatible for tests: a trimmed subset with the real names and signatures.

// Package client provides a Stripe client for invoking APIs across all resources
package client

import (
	stripe "github.com/stripe/stripe-go"
	checkoutsession "github.com/stripe/stripe-go/checkout/session"
	"github.com/stripe/stripe-go/filelink"
)

// API is the Stripe client. It contains all the different resources available.
type API struct {
	CheckoutSessions *checkoutsession.Client
	FileLinks        *filelink.Client
}

// Init initializes the Stripe client with the appropriate secret key
// as well as providing the ability to override the backend as needed.
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
}

// New creates a new Stripe client with the appropriate secret key
// as well as providing the ability to override the backends as needed.
func New(key string, backends *stripe.Backends) *API {
	api := API{}
	api.Init(key, backends)
	return &api
}

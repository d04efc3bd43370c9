// Stub of github.com/stripe/stripe-go/v72@v72.122.0 for tests: a trimmed subset with the real names and signatures.

// Package session provides the /checkout/sessions APIs
package session

import (
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/lineitem"
)

// Client is used to invoke /checkout/sessions APIs.
type Client struct {
	B   stripe.Backend
	Key string
}

// New creates a new checkout session.
func New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	return getC().New(params)
}

// New creates a new checkout session.
func (c Client) New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	return nil, nil
}

// Get returns the details of a checkout session.
func Get(id string, params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	return getC().Get(id, params)
}

// Get returns the details of a checkout session.
func (c Client) Get(id string, params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	return nil, nil
}

// Expire is the method for the `POST /v1/checkout/sessions/{session}/expire` API.
func Expire(id string, params *stripe.CheckoutSessionExpireParams) (*stripe.CheckoutSession, error) {
	return getC().Expire(id, params)
}

// Expire is the method for the `POST /v1/checkout/sessions/{session}/expire` API.
func (c Client) Expire(id string, params *stripe.CheckoutSessionExpireParams) (*stripe.CheckoutSession, error) {
	return nil, nil
}

// List returns a list of checkout sessions.
func List(params *stripe.CheckoutSessionListParams) *Iter {
	return getC().List(params)
}

// List returns a list of checkout sessions.
func (c Client) List(listParams *stripe.CheckoutSessionListParams) *Iter {
	return nil
}

// Iter is an iterator for checkout sessions.
type Iter struct {
	*stripe.Iter
}

// CheckoutSession returns the checkout session which the iterator is currently pointing to.
func (i *Iter) CheckoutSession() *stripe.CheckoutSession {
	return i.Current().(*stripe.CheckoutSession)
}

// CheckoutSessionList returns the current list object which the iterator is
// currently using. List objects will change as new API calls are made to
// continue pagination.
func (i *Iter) CheckoutSessionList() *stripe.CheckoutSessionList {
	return i.List().(*stripe.CheckoutSessionList)
}

// ListLineItems is the method for the `GET /v1/checkout/sessions/{session}/line_items` API.
func ListLineItems(id string, params *stripe.CheckoutSessionListLineItemsParams) *LineItemIter {
	return getC().ListLineItems(id, params)
}

// ListLineItems is the method for the `GET /v1/checkout/sessions/{session}/line_items` API.
func (c Client) ListLineItems(id string, listParams *stripe.CheckoutSessionListLineItemsParams) *LineItemIter {
	return nil
}

type LineItemIter = lineitem.Iter

func getC() Client {
	return Client{stripe.GetBackend(stripe.APIBackend), stripe.Key}
}

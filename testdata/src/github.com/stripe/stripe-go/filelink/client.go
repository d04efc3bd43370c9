// Stub of github.com/stripe/stripe-go@v70.15.0+incompatible for tests: a trimmed subset with the real names and signatures.

// Package filelink provides API functions related to file links.
package filelink

import (
	stripe "github.com/stripe/stripe-go"
)

// Client is used to invoke APIs related to file links.
type Client struct {
	B   stripe.Backend
	Key string
}

// New creates a new file link.
func New(params *stripe.FileLinkParams) (*stripe.FileLink, error) {
	return getC().New(params)
}

// New creates a new file link.
func (c Client) New(params *stripe.FileLinkParams) (*stripe.FileLink, error) {
	return nil, nil
}

// Get retrieves a file link.
func Get(id string, params *stripe.FileLinkParams) (*stripe.FileLink, error) {
	return getC().Get(id, params)
}

// Get retrieves a file link.
func (c Client) Get(id string, params *stripe.FileLinkParams) (*stripe.FileLink, error) {
	return nil, nil
}

// Update updates a file link.
func Update(id string, params *stripe.FileLinkParams) (*stripe.FileLink, error) {
	return getC().Update(id, params)
}

// Update updates a file link.
func (c Client) Update(id string, params *stripe.FileLinkParams) (*stripe.FileLink, error) {
	return nil, nil
}

// List returns an iterator that iterates all file links.
func List(params *stripe.FileLinkListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator that iterates all file links.
func (c Client) List(listParams *stripe.FileLinkListParams) *Iter {
	return nil
}

// Iter is an iterator for file links.
type Iter struct {
	*stripe.Iter
}

// FileLink returns the file link which the iterator is currently pointing to.
func (i *Iter) FileLink() *stripe.FileLink {
	return i.Current().(*stripe.FileLink)
}

func getC() Client {
	return Client{stripe.GetBackend(stripe.APIBackend), stripe.Key}
}

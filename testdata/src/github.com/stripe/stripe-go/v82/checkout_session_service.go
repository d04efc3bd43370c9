// Stub of github.com/stripe/stripe-go/v82@v82.5.1 for tests: a trimmed subset with the real names and signatures.

package stripe

import (
	"context"
)

// v1CheckoutSessionService is used to invoke /v1/checkout/sessions APIs.
type v1CheckoutSessionService struct {
	B   Backend
	Key string
}

// Creates a Checkout Session object.
func (c v1CheckoutSessionService) Create(ctx context.Context, params *CheckoutSessionCreateParams) (*CheckoutSession, error) {
	return nil, nil
}

// Retrieves a Checkout Session object.
func (c v1CheckoutSessionService) Retrieve(ctx context.Context, id string, params *CheckoutSessionRetrieveParams) (*CheckoutSession, error) {
	return nil, nil
}

// Updates a Checkout Session object.
func (c v1CheckoutSessionService) Update(ctx context.Context, id string, params *CheckoutSessionUpdateParams) (*CheckoutSession, error) {
	return nil, nil
}

// A Checkout Session can be expired when it is in one of these statuses: open
func (c v1CheckoutSessionService) Expire(ctx context.Context, id string, params *CheckoutSessionExpireParams) (*CheckoutSession, error) {
	return nil, nil
}

// Returns a list of Checkout Sessions.
func (c v1CheckoutSessionService) List(ctx context.Context, listParams *CheckoutSessionListParams) Seq2[*CheckoutSession, error] {
	return nil
}

// When retrieving a Checkout Session, there is an includable line_items property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
func (c v1CheckoutSessionService) ListLineItems(ctx context.Context, listParams *CheckoutSessionListLineItemsParams) Seq2[*LineItem, error] {
	return nil
}

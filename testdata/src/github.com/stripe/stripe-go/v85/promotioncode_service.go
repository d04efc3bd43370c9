// Stub of github.com/stripe/stripe-go/v85@v85.0.0 for tests: a trimmed subset with the real names and signatures.

package stripe

import (
	"context"
)

// v1PromotionCodeService is used to invoke /v1/promotion_codes APIs.
type v1PromotionCodeService struct {
	B   Backend
	Key string
}

// A promotion code points to an underlying promotion. You can optionally restrict the code to a specific customer, redemption limit, and expiration date.
func (c v1PromotionCodeService) Create(ctx context.Context, params *PromotionCodeCreateParams) (*PromotionCode, error) {
	return nil, nil
}

// Retrieves the promotion code with the given ID. In order to retrieve a promotion code by the customer-facing code use [list](https://docs.stripe.com/docs/api/promotion_codes/list) with the desired code.
func (c v1PromotionCodeService) Retrieve(ctx context.Context, id string, params *PromotionCodeRetrieveParams) (*PromotionCode, error) {
	return nil, nil
}

// Updates the specified promotion code by setting the values of the parameters passed. Most fields are, by design, not editable.
func (c v1PromotionCodeService) Update(ctx context.Context, id string, params *PromotionCodeUpdateParams) (*PromotionCode, error) {
	return nil, nil
}

// Returns a list of your promotion codes.
func (c v1PromotionCodeService) List(ctx context.Context, listParams *PromotionCodeListParams) *V1List[*PromotionCode] {
	return nil
}

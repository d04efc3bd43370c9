// Stub of github.com/stripe/stripe-go/v72@v72.122.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// Retrieves the promotion code with the given ID. In order to retrieve a promotion code by the customer-facing code use [list](https://stripe.com/docs/api/promotion_codes/list) with the desired code.
type PromotionCodeParams struct {
	Params   `form:"*"`
	Active   *bool   `form:"active"`
	Code     *string `form:"code"`
	Coupon   *string `form:"coupon"`
	Customer *string `form:"customer"`
	// The timestamp at which this promotion code will expire. If the coupon has specified a `redeems_by`, then this value cannot be after the coupon's `redeems_by`.
	ExpiresAt      *int64                           `form:"expires_at"`
	MaxRedemptions *int64                           `form:"max_redemptions"`
	Restrictions   *PromotionCodeRestrictionsParams `form:"restrictions"`
}

// Settings that restrict the redemption of the promotion code.
type PromotionCodeRestrictionsParams struct {
	FirstTimeTransaction  *bool   `form:"first_time_transaction"`
	MinimumAmount         *int64  `form:"minimum_amount"`
	MinimumAmountCurrency *string `form:"minimum_amount_currency"`
}

// Returns a list of your promotion codes.
type PromotionCodeListParams struct {
	ListParams   `form:"*"`
	Active       *bool             `form:"active"`
	Code         *string           `form:"code"`
	Coupon       *string           `form:"coupon"`
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`
	Customer     *string           `form:"customer"`
}

// A Promotion Code represents a customer-redeemable code for a [coupon](https://stripe.com/docs/api#coupons). It can be used to
// create multiple codes for a single coupon.
type PromotionCode struct {
	APIResource
	Active  bool   `json:"active"`
	Code    string `json:"code"`
	Created int64  `json:"created"`
	// Date at which the promotion code can no longer be redeemed.
	ExpiresAt      int64             `json:"expires_at"`
	ID             string            `json:"id"`
	Livemode       bool              `json:"livemode"`
	MaxRedemptions int64             `json:"max_redemptions"`
	Metadata       map[string]string `json:"metadata"`
	Object         string            `json:"object"`
	TimesRedeemed  int64             `json:"times_redeemed"`
}

// PromotionCodeList is a list of PromotionCodes as retrieved from a list endpoint.
type PromotionCodeList struct {
	APIResource
	ListMeta
	Data []*PromotionCode `json:"data"`
}

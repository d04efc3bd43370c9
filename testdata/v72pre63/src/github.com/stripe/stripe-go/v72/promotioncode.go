// Stub of github.com/stripe/stripe-go/v72@v72.62.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// PromotionCodeRestrictionsParams is the set of parameters for restrictions on a promotion code.
type PromotionCodeRestrictionsParams struct {
	FirstTimeTransaction  *bool   `form:"first_time_transaction"`
	MinimumAmount         *int64  `form:"minimum_amount"`
	MinimumAmountCurrency *string `form:"minimum_amount_currency"`
}

// PromotionCodeParams is the set of parameters that can be used when creating a promotion code.
type PromotionCodeParams struct {
	Params         `form:"*"`
	Active         *bool                            `form:"active"`
	Code           *string                          `form:"code"`
	Coupon         *string                          `form:"coupon"`
	Customer       *string                          `form:"customer"`
	ExpiresAt      *int64                           `form:"expires_at"`
	MaxRedemptions *int64                           `form:"max_redemptions"`
	Restrictions   *PromotionCodeRestrictionsParams `form:"restrictions"`
}

// PromotionCodeListParams is the set of parameters that can be used when listing promotion codes.
type PromotionCodeListParams struct {
	ListParams   `form:"*"`
	Active       *bool             `form:"active"`
	Code         *string           `form:"code"`
	Coupon       *string           `form:"coupon"`
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`
	Customer     *string           `form:"customer"`
}

// PromotionCode is the resource representing a Stripe promotion code.
type PromotionCode struct {
	APIResource
	Active         bool              `json:"active"`
	Code           string            `json:"code"`
	Created        int64             `json:"created"`
	ExpiresAt      int64             `json:"expires_at"`
	ID             string            `json:"id"`
	Livemode       bool              `json:"livemode"`
	MaxRedemptions int64             `json:"max_redemptions"`
	Metadata       map[string]string `json:"metadata"`
	Object         string            `json:"object"`
	TimesRedeemed  int64             `json:"times_redeemed"`
}

// PromotionCodeList is a list of promotion codes as retrieved from a list endpoint.
type PromotionCodeList struct {
	APIResource
	ListMeta
	Data []*PromotionCode `json:"data"`
}

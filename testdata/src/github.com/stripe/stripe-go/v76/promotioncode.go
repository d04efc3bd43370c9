// Stub of github.com/stripe/stripe-go/v76@v76.25.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// Returns a list of your promotion codes.
type PromotionCodeListParams struct {
	ListParams   `form:"*"`
	Active       *bool             `form:"active"`
	Code         *string           `form:"code"`
	Coupon       *string           `form:"coupon"`
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`
	Customer     *string           `form:"customer"`
	Expand       []*string         `form:"expand"`
}

// AddExpand appends a new field to expand.
func (p *PromotionCodeListParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Settings that restrict the redemption of the promotion code.
type PromotionCodeRestrictionsParams struct {
	FirstTimeTransaction  *bool   `form:"first_time_transaction"`
	MinimumAmount         *int64  `form:"minimum_amount"`
	MinimumAmountCurrency *string `form:"minimum_amount_currency"`
}

// A promotion code points to a coupon. You can optionally restrict the code to a specific customer, redemption limit, and expiration date.
type PromotionCodeParams struct {
	Params   `form:"*"`
	Active   *bool     `form:"active"`
	Code     *string   `form:"code"`
	Coupon   *string   `form:"coupon"`
	Customer *string   `form:"customer"`
	Expand   []*string `form:"expand"`
	// The timestamp at which this promotion code will expire. If the coupon has specified a `redeems_by`, then this value cannot be after the coupon's `redeems_by`.
	ExpiresAt      *int64                           `form:"expires_at"`
	MaxRedemptions *int64                           `form:"max_redemptions"`
	Metadata       map[string]string                `form:"metadata"`
	Restrictions   *PromotionCodeRestrictionsParams `form:"restrictions"`
}

// AddExpand appends a new field to expand.
func (p *PromotionCodeParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *PromotionCodeParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
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

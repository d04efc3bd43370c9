// Stub of github.com/stripe/stripe-go/v85@v85.0.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// Returns a list of your promotion codes.
type PromotionCodeListParams struct {
	ListParams      `form:"*"`
	Active          *bool             `form:"active" json:"active,omitempty"`
	Code            *string           `form:"code" json:"code,omitempty"`
	Coupon          *string           `form:"coupon" json:"coupon,omitempty"`
	Created         *int64            `form:"created" json:"created,omitempty"`
	CreatedRange    *RangeQueryParams `form:"created" json:"-"`
	Customer        *string           `form:"customer" json:"customer,omitempty"`
	CustomerAccount *string           `form:"customer_account" json:"customer_account,omitempty"`
	Expand          []*string         `form:"expand" json:"expand,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *PromotionCodeListParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// The promotion referenced by this promotion code.
type PromotionCodePromotionParams struct {
	Coupon *string `form:"coupon" json:"coupon,omitempty"`
	Type   *string `form:"type" json:"type"`
}

// Settings that restrict the redemption of the promotion code.
type PromotionCodeRestrictionsParams struct {
	FirstTimeTransaction  *bool   `form:"first_time_transaction" json:"first_time_transaction,omitempty"`
	MinimumAmount         *int64  `form:"minimum_amount" json:"minimum_amount,omitempty"`
	MinimumAmountCurrency *string `form:"minimum_amount_currency" json:"minimum_amount_currency,omitempty"`
}

// A promotion code points to an underlying promotion. You can optionally restrict the code to a specific customer, redemption limit, and expiration date.
type PromotionCodeParams struct {
	Params          `form:"*"`
	Active          *bool     `form:"active" json:"active,omitempty"`
	Code            *string   `form:"code" json:"code,omitempty"`
	Customer        *string   `form:"customer" json:"customer,omitempty"`
	CustomerAccount *string   `form:"customer_account" json:"customer_account,omitempty"`
	Expand          []*string `form:"expand" json:"expand,omitempty"`
	// The timestamp at which this promotion code will expire. If the coupon has specified a `redeems_by`, then this value cannot be after the coupon's `redeems_by`.
	ExpiresAt      *int64                           `form:"expires_at" json:"expires_at,omitempty"`
	MaxRedemptions *int64                           `form:"max_redemptions" json:"max_redemptions,omitempty"`
	Metadata       map[string]string                `form:"metadata" json:"metadata,omitempty"`
	Promotion      *PromotionCodePromotionParams    `form:"promotion" json:"promotion,omitempty"`
	Restrictions   *PromotionCodeRestrictionsParams `form:"restrictions" json:"restrictions,omitempty"`
	UnsetFields    []PromotionCodeParamsUnsetField  `form:"-" json:"-"`
}

// PromotionCodeParamsUnsetField is the list of fields that can be cleared/unset on PromotionCodeParams.
type PromotionCodeParamsUnsetField string

const (
	PromotionCodeParamsUnsetFieldMetadata PromotionCodeParamsUnsetField = "metadata"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *PromotionCodeParams) AddUnsetField(field PromotionCodeParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
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

// The promotion referenced by this promotion code.
type PromotionCodeCreatePromotionParams struct {
	Coupon *string `form:"coupon" json:"coupon,omitempty"`
	Type   *string `form:"type" json:"type"`
}

// Settings that restrict the redemption of the promotion code.
type PromotionCodeCreateRestrictionsParams struct {
	FirstTimeTransaction  *bool   `form:"first_time_transaction" json:"first_time_transaction,omitempty"`
	MinimumAmount         *int64  `form:"minimum_amount" json:"minimum_amount,omitempty"`
	MinimumAmountCurrency *string `form:"minimum_amount_currency" json:"minimum_amount_currency,omitempty"`
}

// A promotion code points to an underlying promotion. You can optionally restrict the code to a specific customer, redemption limit, and expiration date.
type PromotionCodeCreateParams struct {
	Params          `form:"*"`
	Active          *bool     `form:"active" json:"active,omitempty"`
	Code            *string   `form:"code" json:"code,omitempty"`
	Customer        *string   `form:"customer" json:"customer,omitempty"`
	CustomerAccount *string   `form:"customer_account" json:"customer_account,omitempty"`
	Expand          []*string `form:"expand" json:"expand,omitempty"`
	// The timestamp at which this promotion code will expire. If the coupon has specified a `redeems_by`, then this value cannot be after the coupon's `redeems_by`.
	ExpiresAt      *int64                                 `form:"expires_at" json:"expires_at,omitempty"`
	MaxRedemptions *int64                                 `form:"max_redemptions" json:"max_redemptions,omitempty"`
	Metadata       map[string]string                      `form:"metadata" json:"metadata,omitempty"`
	Promotion      *PromotionCodeCreatePromotionParams    `form:"promotion" json:"promotion"`
	Restrictions   *PromotionCodeCreateRestrictionsParams `form:"restrictions" json:"restrictions,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *PromotionCodeCreateParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *PromotionCodeCreateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Retrieves the promotion code with the given ID. In order to retrieve a promotion code by the customer-facing code use [list](https://docs.stripe.com/docs/api/promotion_codes/list) with the desired code.
type PromotionCodeRetrieveParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand" json:"expand,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *PromotionCodeRetrieveParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Settings that restrict the redemption of the promotion code.
type PromotionCodeUpdateRestrictionsParams struct {
}

// Updates the specified promotion code by setting the values of the parameters passed. Most fields are, by design, not editable.
type PromotionCodeUpdateParams struct {
	Params       `form:"*"`
	Active       *bool                                  `form:"active" json:"active,omitempty"`
	Expand       []*string                              `form:"expand" json:"expand,omitempty"`
	Metadata     map[string]string                      `form:"metadata" json:"metadata,omitempty"`
	Restrictions *PromotionCodeUpdateRestrictionsParams `form:"restrictions" json:"restrictions,omitempty"`
	UnsetFields  []PromotionCodeUpdateParamsUnsetField  `form:"-" json:"-"`
}

// PromotionCodeUpdateParamsUnsetField is the list of fields that can be cleared/unset on PromotionCodeUpdateParams.
type PromotionCodeUpdateParamsUnsetField string

const (
	PromotionCodeUpdateParamsUnsetFieldMetadata PromotionCodeUpdateParamsUnsetField = "metadata"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *PromotionCodeUpdateParams) AddUnsetField(field PromotionCodeUpdateParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// AddExpand appends a new field to expand.
func (p *PromotionCodeUpdateParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *PromotionCodeUpdateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// A Promotion Code represents a customer-redeemable code for an underlying promotion.
// You can create multiple codes for a single promotion.
type PromotionCode struct {
	APIResource
	Active          bool   `json:"active"`
	Code            string `json:"code"`
	Created         int64  `json:"created"`
	CustomerAccount string `json:"customer_account"`
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

// Stub of github.com/stripe/stripe-go/v76@v76.25.0 for tests: a trimmed subset with the real names and signatures.

package stripe

// Describes whether Checkout should collect the customer's billing address. Defaults to `auto`.
type CheckoutSessionBillingAddressCollection string

// List of values that CheckoutSessionBillingAddressCollection can take
const (
	CheckoutSessionBillingAddressCollectionAuto     CheckoutSessionBillingAddressCollection = "auto"
	CheckoutSessionBillingAddressCollectionRequired CheckoutSessionBillingAddressCollection = "required"
)

// Configure whether a Checkout Session creates a Customer when the Checkout Session completes.
type CheckoutSessionCustomerCreation string

// List of values that CheckoutSessionCustomerCreation can take
const (
	CheckoutSessionCustomerCreationAlways     CheckoutSessionCustomerCreation = "always"
	CheckoutSessionCustomerCreationIfRequired CheckoutSessionCustomerCreation = "if_required"
)

// The mode of the Checkout Session.
type CheckoutSessionMode string

// List of values that CheckoutSessionMode can take
const (
	CheckoutSessionModePayment      CheckoutSessionMode = "payment"
	CheckoutSessionModeSetup        CheckoutSessionMode = "setup"
	CheckoutSessionModeSubscription CheckoutSessionMode = "subscription"
)

// Configure whether a Checkout Session should collect a payment method. Defaults to `always`.
type CheckoutSessionPaymentMethodCollection string

// List of values that CheckoutSessionPaymentMethodCollection can take
const (
	CheckoutSessionPaymentMethodCollectionAlways     CheckoutSessionPaymentMethodCollection = "always"
	CheckoutSessionPaymentMethodCollectionIfRequired CheckoutSessionPaymentMethodCollection = "if_required"
)

// The payment status of the Checkout Session, one of `paid`, `unpaid`, or `no_payment_required`.
// You can use this value to decide when to fulfill your customer's order.
type CheckoutSessionPaymentStatus string

// List of values that CheckoutSessionPaymentStatus can take
const (
	CheckoutSessionPaymentStatusNoPaymentRequired CheckoutSessionPaymentStatus = "no_payment_required"
	CheckoutSessionPaymentStatusPaid              CheckoutSessionPaymentStatus = "paid"
	CheckoutSessionPaymentStatusUnpaid            CheckoutSessionPaymentStatus = "unpaid"
)

// This parameter applies to `ui_mode: embedded`. Learn more about the [redirect behavior](https://stripe.com/docs/payments/checkout/custom-redirect-behavior) of embedded sessions. Defaults to `always`.
type CheckoutSessionRedirectOnCompletion string

// List of values that CheckoutSessionRedirectOnCompletion can take
const (
	CheckoutSessionRedirectOnCompletionAlways     CheckoutSessionRedirectOnCompletion = "always"
	CheckoutSessionRedirectOnCompletionIfRequired CheckoutSessionRedirectOnCompletion = "if_required"
	CheckoutSessionRedirectOnCompletionNever      CheckoutSessionRedirectOnCompletion = "never"
)

// The status of the Checkout Session, one of `open`, `complete`, or `expired`.
type CheckoutSessionStatus string

// List of values that CheckoutSessionStatus can take
const (
	CheckoutSessionStatusComplete CheckoutSessionStatus = "complete"
	CheckoutSessionStatusExpired  CheckoutSessionStatus = "expired"
	CheckoutSessionStatusOpen     CheckoutSessionStatus = "open"
)

// Describes the type of transaction being performed by Checkout in order to customize
// relevant text on the page, such as the submit button. `submit_type` can only be
// specified on Checkout Sessions in `payment` mode. If blank or `auto`, `pay` is used.
type CheckoutSessionSubmitType string

// List of values that CheckoutSessionSubmitType can take
const (
	CheckoutSessionSubmitTypeAuto   CheckoutSessionSubmitType = "auto"
	CheckoutSessionSubmitTypeBook   CheckoutSessionSubmitType = "book"
	CheckoutSessionSubmitTypeDonate CheckoutSessionSubmitType = "donate"
	CheckoutSessionSubmitTypePay    CheckoutSessionSubmitType = "pay"
)

// The UI mode of the Session. Defaults to `hosted`.
type CheckoutSessionUIMode string

// List of values that CheckoutSessionUIMode can take
const (
	CheckoutSessionUIModeEmbedded CheckoutSessionUIMode = "embedded"
	CheckoutSessionUIModeHosted   CheckoutSessionUIMode = "hosted"
)

// Only return the Checkout Sessions for the Customer details specified.
type CheckoutSessionListCustomerDetailsParams struct {
	Email *string `form:"email"`
}

// Returns a list of Checkout Sessions.
type CheckoutSessionListParams struct {
	ListParams      `form:"*"`
	Created         *int64                                    `form:"created"`
	CreatedRange    *RangeQueryParams                         `form:"created"`
	Customer        *string                                   `form:"customer"`
	CustomerDetails *CheckoutSessionListCustomerDetailsParams `form:"customer_details"`
	Expand          []*string                                 `form:"expand"`
	PaymentIntent   *string                                   `form:"payment_intent"`
	PaymentLink     *string                                   `form:"payment_link"`
	Status          *string                                   `form:"status"`
	Subscription    *string                                   `form:"subscription"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionListParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Configure a Checkout Session that can be used to recover an expired session.
type CheckoutSessionAfterExpirationRecoveryParams struct {
	AllowPromotionCodes *bool `form:"allow_promotion_codes"`
	Enabled             *bool `form:"enabled"`
}

// Configure actions after a Checkout Session has expired.
type CheckoutSessionAfterExpirationParams struct {
	Recovery *CheckoutSessionAfterExpirationRecoveryParams `form:"recovery"`
}

// The account that's liable for tax. If set, the business address and tax registrations required to perform the tax calculation are loaded from this account. The tax transaction is returned in the report of the connected account.
type CheckoutSessionAutomaticTaxLiabilityParams struct {
	Account *string `form:"account"`
	Type    *string `form:"type"`
}

// Settings for automatic tax lookup for this session and resulting payments, invoices, and subscriptions.
type CheckoutSessionAutomaticTaxParams struct {
	Enabled   *bool                                       `form:"enabled"`
	Liability *CheckoutSessionAutomaticTaxLiabilityParams `form:"liability"`
}

// Configure fields for the Checkout Session to gather active consent from customers.
type CheckoutSessionConsentCollectionParams struct {
	Promotions     *string `form:"promotions"`
	TermsOfService *string `form:"terms_of_service"`
}

// Collect additional information from your customer using custom fields. Up to 3 fields are supported.
type CheckoutSessionCustomFieldParams struct {
	Key      *string `form:"key"`
	Optional *bool   `form:"optional"`
	Type     *string `form:"type"`
}

// Display additional text for your customers using custom text.
type CheckoutSessionCustomTextParams struct {
}

// Controls what fields on Customer can be updated by the Checkout Session. Can only be provided when `customer` is provided.
type CheckoutSessionCustomerUpdateParams struct {
	Address  *string `form:"address"`
	Name     *string `form:"name"`
	Shipping *string `form:"shipping"`
}

// The coupon or promotion code to apply to this Session. Currently, only up to one may be specified.
type CheckoutSessionDiscountParams struct {
	Coupon        *string `form:"coupon"`
	PromotionCode *string `form:"promotion_code"`
}

// Generate a post-purchase Invoice for one-time payments.
type CheckoutSessionInvoiceCreationParams struct {
	Enabled *bool `form:"enabled"`
}

// Data used to generate a new product object inline. One of `product` or `product_data` is required.
type CheckoutSessionLineItemPriceDataProductDataParams struct {
	Description *string           `form:"description"`
	Images      []*string         `form:"images"`
	Metadata    map[string]string `form:"metadata"`
	Name        *string           `form:"name"`
	TaxCode     *string           `form:"tax_code"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionLineItemPriceDataProductDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// The recurring components of a price such as `interval` and `interval_count`.
type CheckoutSessionLineItemPriceDataRecurringParams struct {
	Interval      *string `form:"interval"`
	IntervalCount *int64  `form:"interval_count"`
}

// Data used to generate a new [Price](https://stripe.com/docs/api/prices) object inline. One of `price` or `price_data` is required.
type CheckoutSessionLineItemPriceDataParams struct {
	Currency          *string                                            `form:"currency"`
	Product           *string                                            `form:"product"`
	ProductData       *CheckoutSessionLineItemPriceDataProductDataParams `form:"product_data"`
	Recurring         *CheckoutSessionLineItemPriceDataRecurringParams   `form:"recurring"`
	TaxBehavior       *string                                            `form:"tax_behavior"`
	UnitAmount        *int64                                             `form:"unit_amount"`
	UnitAmountDecimal *float64                                           `form:"unit_amount_decimal,high_precision"`
}

// A list of items the customer is purchasing. Use this parameter to pass one-time or recurring [Prices](https://stripe.com/docs/api/prices).
type CheckoutSessionLineItemParams struct {
	DynamicTaxRates []*string                               `form:"dynamic_tax_rates"`
	Price           *string                                 `form:"price"`
	PriceData       *CheckoutSessionLineItemPriceDataParams `form:"price_data"`
	Quantity        *int64                                  `form:"quantity"`
	TaxRates        []*string                               `form:"tax_rates"`
}

// The parameters used to automatically create a Transfer when the payment succeeds.
// For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
type CheckoutSessionPaymentIntentDataTransferDataParams struct {
	Amount      *int64  `form:"amount"`
	Destination *string `form:"destination"`
}

// A subset of parameters to be passed to PaymentIntent creation for Checkout Sessions in `payment` mode.
type CheckoutSessionPaymentIntentDataParams struct {
	ApplicationFeeAmount      *int64                                              `form:"application_fee_amount"`
	CaptureMethod             *string                                             `form:"capture_method"`
	Description               *string                                             `form:"description"`
	Metadata                  map[string]string                                   `form:"metadata"`
	OnBehalfOf                *string                                             `form:"on_behalf_of"`
	ReceiptEmail              *string                                             `form:"receipt_email"`
	SetupFutureUsage          *string                                             `form:"setup_future_usage"`
	StatementDescriptor       *string                                             `form:"statement_descriptor"`
	StatementDescriptorSuffix *string                                             `form:"statement_descriptor_suffix"`
	TransferData              *CheckoutSessionPaymentIntentDataTransferDataParams `form:"transfer_data"`
	TransferGroup             *string                                             `form:"transfer_group"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionPaymentIntentDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Payment-method-specific configuration.
type CheckoutSessionPaymentMethodOptionsParams struct {
}

// Controls phone number collection settings for the session.
type CheckoutSessionPhoneNumberCollectionParams struct {
	Enabled *bool `form:"enabled"`
}

// A subset of parameters to be passed to SetupIntent creation for Checkout Sessions in `setup` mode.
type CheckoutSessionSetupIntentDataParams struct {
	Description *string           `form:"description"`
	Metadata    map[string]string `form:"metadata"`
	OnBehalfOf  *string           `form:"on_behalf_of"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionSetupIntentDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// When set, provides configuration for Checkout to collect a shipping address from a customer.
type CheckoutSessionShippingAddressCollectionParams struct {
	AllowedCountries []*string `form:"allowed_countries"`
}

// The shipping rate options to apply to this Session. Up to a maximum of 5.
type CheckoutSessionShippingOptionParams struct {
	ShippingRate *string `form:"shipping_rate"`
}

// Defines how the subscription should behave when the user's free trial ends.
type CheckoutSessionSubscriptionDataTrialSettingsEndBehaviorParams struct {
	MissingPaymentMethod *string `form:"missing_payment_method"`
}

// Settings related to subscription trials.
type CheckoutSessionSubscriptionDataTrialSettingsParams struct {
	EndBehavior *CheckoutSessionSubscriptionDataTrialSettingsEndBehaviorParams `form:"end_behavior"`
}

// A subset of parameters to be passed to subscription creation for Checkout Sessions in `subscription` mode.
type CheckoutSessionSubscriptionDataParams struct {
	ApplicationFeePercent *float64                                            `form:"application_fee_percent"`
	BillingCycleAnchor    *int64                                              `form:"billing_cycle_anchor"`
	DefaultTaxRates       []*string                                           `form:"default_tax_rates"`
	Description           *string                                             `form:"description"`
	Metadata              map[string]string                                   `form:"metadata"`
	OnBehalfOf            *string                                             `form:"on_behalf_of"`
	ProrationBehavior     *string                                             `form:"proration_behavior"`
	TrialEnd              *int64                                              `form:"trial_end"`
	TrialPeriodDays       *int64                                              `form:"trial_period_days"`
	TrialSettings         *CheckoutSessionSubscriptionDataTrialSettingsParams `form:"trial_settings"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionSubscriptionDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Controls tax ID collection settings for the session.
type CheckoutSessionTaxIDCollectionParams struct {
	Enabled *bool `form:"enabled"`
}

// Creates a Session object.
type CheckoutSessionParams struct {
	Params                   `form:"*"`
	AfterExpiration          *CheckoutSessionAfterExpirationParams   `form:"after_expiration"`
	AllowPromotionCodes      *bool                                   `form:"allow_promotion_codes"`
	AutomaticTax             *CheckoutSessionAutomaticTaxParams      `form:"automatic_tax"`
	BillingAddressCollection *string                                 `form:"billing_address_collection"`
	CancelURL                *string                                 `form:"cancel_url"`
	ClientReferenceID        *string                                 `form:"client_reference_id"`
	ConsentCollection        *CheckoutSessionConsentCollectionParams `form:"consent_collection"`
	Currency                 *string                                 `form:"currency"`
	Customer                 *string                                 `form:"customer"`
	CustomerCreation         *string                                 `form:"customer_creation"`
	CustomerEmail            *string                                 `form:"customer_email"`
	CustomerUpdate           *CheckoutSessionCustomerUpdateParams    `form:"customer_update"`
	CustomFields             []*CheckoutSessionCustomFieldParams     `form:"custom_fields"`
	CustomText               *CheckoutSessionCustomTextParams        `form:"custom_text"`
	Discounts                []*CheckoutSessionDiscountParams        `form:"discounts"`
	Expand                   []*string                               `form:"expand"`
	// The Epoch time in seconds at which the Checkout Session will expire. It can be anywhere from 30 minutes to 24 hours after Checkout Session creation. By default, this value is 24 hours from creation.
	ExpiresAt                  *int64                                          `form:"expires_at"`
	InvoiceCreation            *CheckoutSessionInvoiceCreationParams           `form:"invoice_creation"`
	LineItems                  []*CheckoutSessionLineItemParams                `form:"line_items"`
	Locale                     *string                                         `form:"locale"`
	Metadata                   map[string]string                               `form:"metadata"`
	Mode                       *string                                         `form:"mode"`
	PaymentIntentData          *CheckoutSessionPaymentIntentDataParams         `form:"payment_intent_data"`
	PaymentMethodCollection    *string                                         `form:"payment_method_collection"`
	PaymentMethodConfiguration *string                                         `form:"payment_method_configuration"`
	PaymentMethodOptions       *CheckoutSessionPaymentMethodOptionsParams      `form:"payment_method_options"`
	PaymentMethodTypes         []*string                                       `form:"payment_method_types"`
	PhoneNumberCollection      *CheckoutSessionPhoneNumberCollectionParams     `form:"phone_number_collection"`
	RedirectOnCompletion       *string                                         `form:"redirect_on_completion"`
	ReturnURL                  *string                                         `form:"return_url"`
	SetupIntentData            *CheckoutSessionSetupIntentDataParams           `form:"setup_intent_data"`
	ShippingAddressCollection  *CheckoutSessionShippingAddressCollectionParams `form:"shipping_address_collection"`
	ShippingOptions            []*CheckoutSessionShippingOptionParams          `form:"shipping_options"`
	SubmitType                 *string                                         `form:"submit_type"`
	SubscriptionData           *CheckoutSessionSubscriptionDataParams          `form:"subscription_data"`
	SuccessURL                 *string                                         `form:"success_url"`
	TaxIDCollection            *CheckoutSessionTaxIDCollectionParams           `form:"tax_id_collection"`
	UIMode                     *string                                         `form:"ui_mode"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// When retrieving a Checkout Session, there is an includable line_items property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
type CheckoutSessionListLineItemsParams struct {
	ListParams `form:"*"`
	Session    *string   `form:"-"` // Included in URL
	Expand     []*string `form:"expand"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionListLineItemsParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// A Session can be expired when it is in one of these statuses: open
type CheckoutSessionExpireParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionExpireParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// A Checkout Session represents your customer's session as they pay for
// one-time purchases or subscriptions through [Checkout](https://stripe.com/docs/payments/checkout)
// or [Payment Links](https://stripe.com/docs/payments/payment-links). We recommend creating a
// new Session each time your customer attempts to pay.
type CheckoutSession struct {
	APIResource
	AllowPromotionCodes      bool                                    `json:"allow_promotion_codes"`
	AmountSubtotal           int64                                   `json:"amount_subtotal"`
	AmountTotal              int64                                   `json:"amount_total"`
	BillingAddressCollection CheckoutSessionBillingAddressCollection `json:"billing_address_collection"`
	CancelURL                string                                  `json:"cancel_url"`
	ClientReferenceID        string                                  `json:"client_reference_id"`
	ClientSecret             string                                  `json:"client_secret"`
	Created                  int64                                   `json:"created"`
	Currency                 Currency                                `json:"currency"`
	CustomerCreation         CheckoutSessionCustomerCreation         `json:"customer_creation"`
	CustomerEmail            string                                  `json:"customer_email"`
	// The timestamp at which the Checkout Session will expire.
	ExpiresAt               int64                                  `json:"expires_at"`
	ID                      string                                 `json:"id"`
	LineItems               *LineItemList                          `json:"line_items"`
	Livemode                bool                                   `json:"livemode"`
	Locale                  string                                 `json:"locale"`
	Metadata                map[string]string                      `json:"metadata"`
	Mode                    CheckoutSessionMode                    `json:"mode"`
	Object                  string                                 `json:"object"`
	PaymentMethodCollection CheckoutSessionPaymentMethodCollection `json:"payment_method_collection"`
	PaymentMethodTypes      []string                               `json:"payment_method_types"`
	PaymentStatus           CheckoutSessionPaymentStatus           `json:"payment_status"`
	RecoveredFrom           string                                 `json:"recovered_from"`
	RedirectOnCompletion    CheckoutSessionRedirectOnCompletion    `json:"redirect_on_completion"`
	ReturnURL               string                                 `json:"return_url"`
	Status                  CheckoutSessionStatus                  `json:"status"`
	SubmitType              CheckoutSessionSubmitType              `json:"submit_type"`
	SuccessURL              string                                 `json:"success_url"`
	UIMode                  CheckoutSessionUIMode                  `json:"ui_mode"`
	URL                     string                                 `json:"url"`
}

// CheckoutSessionList is a list of Sessions as retrieved from a list endpoint.
type CheckoutSessionList struct {
	APIResource
	ListMeta
	Data []*CheckoutSession `json:"data"`
}

// Stub of github.com/stripe/stripe-go/v85@v85.0.0 for tests: a trimmed subset with the real names and signatures.

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

// Where the user is coming from. This informs the optimizations that are applied to the session.
type CheckoutSessionOriginContext string

// List of values that CheckoutSessionOriginContext can take
const (
	CheckoutSessionOriginContextMobileApp CheckoutSessionOriginContext = "mobile_app"
	CheckoutSessionOriginContextWeb       CheckoutSessionOriginContext = "web"
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

// This parameter applies to `ui_mode: embedded`. Learn more about the [redirect behavior](https://docs.stripe.com/payments/checkout/custom-success-page?payment-ui=embedded-form) of embedded sessions. Defaults to `always`.
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
	CheckoutSessionSubmitTypeAuto      CheckoutSessionSubmitType = "auto"
	CheckoutSessionSubmitTypeBook      CheckoutSessionSubmitType = "book"
	CheckoutSessionSubmitTypeDonate    CheckoutSessionSubmitType = "donate"
	CheckoutSessionSubmitTypePay       CheckoutSessionSubmitType = "pay"
	CheckoutSessionSubmitTypeSubscribe CheckoutSessionSubmitType = "subscribe"
)

// The UI mode of the Session. Defaults to `hosted_page`.
type CheckoutSessionUIMode string

// List of values that CheckoutSessionUIMode can take
const (
	CheckoutSessionUIModeElements     CheckoutSessionUIMode = "elements"
	CheckoutSessionUIModeEmbeddedPage CheckoutSessionUIMode = "embedded_page"
	CheckoutSessionUIModeForm         CheckoutSessionUIMode = "form"
	CheckoutSessionUIModeHostedPage   CheckoutSessionUIMode = "hosted_page"
)

// Only return the Checkout Sessions for the Customer details specified.
type CheckoutSessionListCustomerDetailsParams struct {
	Email *string `form:"email" json:"email"`
}

// Returns a list of Checkout Sessions.
type CheckoutSessionListParams struct {
	ListParams      `form:"*"`
	Created         *int64                                    `form:"created" json:"created,omitempty"`
	CreatedRange    *RangeQueryParams                         `form:"created" json:"-"`
	Customer        *string                                   `form:"customer" json:"customer,omitempty"`
	CustomerAccount *string                                   `form:"customer_account" json:"customer_account,omitempty"`
	CustomerDetails *CheckoutSessionListCustomerDetailsParams `form:"customer_details" json:"customer_details,omitempty"`
	Expand          []*string                                 `form:"expand" json:"expand,omitempty"`
	PaymentIntent   *string                                   `form:"payment_intent" json:"payment_intent,omitempty"`
	PaymentLink     *string                                   `form:"payment_link" json:"payment_link,omitempty"`
	Status          *string                                   `form:"status" json:"status,omitempty"`
	Subscription    *string                                   `form:"subscription" json:"subscription,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionListParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Settings for price localization with [Adaptive Pricing](https://docs.stripe.com/payments/checkout/adaptive-pricing).
type CheckoutSessionAdaptivePricingParams struct {
	Enabled *bool `form:"enabled" json:"enabled,omitempty"`
}

// Configure a Checkout Session that can be used to recover an expired session.
type CheckoutSessionAfterExpirationRecoveryParams struct {
	AllowPromotionCodes *bool `form:"allow_promotion_codes" json:"allow_promotion_codes,omitempty"`
	Enabled             *bool `form:"enabled" json:"enabled"`
}

// Configure actions after a Checkout Session has expired. You can't set this parameter if `ui_mode` is `custom`.
type CheckoutSessionAfterExpirationParams struct {
	Recovery *CheckoutSessionAfterExpirationRecoveryParams `form:"recovery" json:"recovery,omitempty"`
}

// The account that's liable for tax. If set, the business address and tax registrations required to perform the tax calculation are loaded from this account. The tax transaction is returned in the report of the connected account.
type CheckoutSessionAutomaticTaxLiabilityParams struct {
	Account *string `form:"account" json:"account,omitempty"`
	Type    *string `form:"type" json:"type"`
}

// Settings for automatic tax lookup for this session and resulting payments, invoices, and subscriptions.
type CheckoutSessionAutomaticTaxParams struct {
	Enabled   *bool                                       `form:"enabled" json:"enabled"`
	Liability *CheckoutSessionAutomaticTaxLiabilityParams `form:"liability" json:"liability,omitempty"`
}

// The branding settings for the Checkout Session. This parameter is not allowed if ui_mode is `custom`.
type CheckoutSessionBrandingSettingsParams struct {
	BackgroundColor *string                                           `form:"background_color" json:"background_color,omitempty"`
	BorderStyle     *string                                           `form:"border_style" json:"border_style,omitempty"`
	ButtonColor     *string                                           `form:"button_color" json:"button_color,omitempty"`
	DisplayName     *string                                           `form:"display_name" json:"display_name,omitempty"`
	FontFamily      *string                                           `form:"font_family" json:"font_family,omitempty"`
	UnsetFields     []CheckoutSessionBrandingSettingsParamsUnsetField `form:"-" json:"-"`
}

// CheckoutSessionBrandingSettingsParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionBrandingSettingsParams.
type CheckoutSessionBrandingSettingsParamsUnsetField string

const (
	CheckoutSessionBrandingSettingsParamsUnsetFieldBackgroundColor CheckoutSessionBrandingSettingsParamsUnsetField = "background_color"
	CheckoutSessionBrandingSettingsParamsUnsetFieldBorderStyle     CheckoutSessionBrandingSettingsParamsUnsetField = "border_style"
	CheckoutSessionBrandingSettingsParamsUnsetFieldButtonColor     CheckoutSessionBrandingSettingsParamsUnsetField = "button_color"
	CheckoutSessionBrandingSettingsParamsUnsetFieldFontFamily      CheckoutSessionBrandingSettingsParamsUnsetField = "font_family"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionBrandingSettingsParams) AddUnsetField(field CheckoutSessionBrandingSettingsParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// Configure fields for the Checkout Session to gather active consent from customers.
type CheckoutSessionConsentCollectionParams struct {
	Promotions     *string `form:"promotions" json:"promotions,omitempty"`
	TermsOfService *string `form:"terms_of_service" json:"terms_of_service,omitempty"`
}

// Collect additional information from your customer using custom fields. Up to 3 fields are supported. You can't set this parameter if `ui_mode` is `custom`.
type CheckoutSessionCustomFieldParams struct {
	Key      *string `form:"key" json:"key"`
	Optional *bool   `form:"optional" json:"optional,omitempty"`
	Type     *string `form:"type" json:"type"`
}

// Display additional text for your customers using custom text. You can't set this parameter if `ui_mode` is `custom`.
type CheckoutSessionCustomTextParams struct {
	UnsetFields []CheckoutSessionCustomTextParamsUnsetField `form:"-" json:"-"`
}

// CheckoutSessionCustomTextParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionCustomTextParams.
type CheckoutSessionCustomTextParamsUnsetField string

const (
	CheckoutSessionCustomTextParamsUnsetFieldAfterSubmit              CheckoutSessionCustomTextParamsUnsetField = "after_submit"
	CheckoutSessionCustomTextParamsUnsetFieldShippingAddress          CheckoutSessionCustomTextParamsUnsetField = "shipping_address"
	CheckoutSessionCustomTextParamsUnsetFieldSubmit                   CheckoutSessionCustomTextParamsUnsetField = "submit"
	CheckoutSessionCustomTextParamsUnsetFieldTermsOfServiceAcceptance CheckoutSessionCustomTextParamsUnsetField = "terms_of_service_acceptance"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionCustomTextParams) AddUnsetField(field CheckoutSessionCustomTextParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// Controls what fields on Customer can be updated by the Checkout Session. Can only be provided when `customer` is provided.
type CheckoutSessionCustomerUpdateParams struct {
	Address  *string `form:"address" json:"address,omitempty"`
	Name     *string `form:"name" json:"name,omitempty"`
	Shipping *string `form:"shipping" json:"shipping,omitempty"`
}

// The coupon or promotion code to apply to this Session. Currently, only up to one may be specified.
type CheckoutSessionDiscountParams struct {
	Coupon        *string `form:"coupon" json:"coupon,omitempty"`
	PromotionCode *string `form:"promotion_code" json:"promotion_code,omitempty"`
}

// Generate a post-purchase Invoice for one-time payments.
type CheckoutSessionInvoiceCreationParams struct {
	Enabled *bool `form:"enabled" json:"enabled"`
}

// Data used to generate a new [Product](https://docs.stripe.com/api/products) object inline. One of `product` or `product_data` is required.
type CheckoutSessionLineItemPriceDataProductDataParams struct {
	Description *string           `form:"description" json:"description,omitempty"`
	Images      []*string         `form:"images" json:"images,omitempty"`
	Metadata    map[string]string `form:"metadata" json:"metadata,omitempty"`
	Name        *string           `form:"name" json:"name"`
	TaxCode     *string           `form:"tax_code" json:"tax_code,omitempty"`
	UnitLabel   *string           `form:"unit_label" json:"unit_label,omitempty"`
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
	Interval      *string `form:"interval" json:"interval"`
	IntervalCount *int64  `form:"interval_count" json:"interval_count,omitempty"`
}

// Data used to generate a new [Price](https://docs.stripe.com/api/prices) object inline. One of `price` or `price_data` is required.
type CheckoutSessionLineItemPriceDataParams struct {
	Currency          *string                                            `form:"currency" json:"currency"`
	Product           *string                                            `form:"product" json:"product,omitempty"`
	ProductData       *CheckoutSessionLineItemPriceDataProductDataParams `form:"product_data" json:"product_data,omitempty"`
	Recurring         *CheckoutSessionLineItemPriceDataRecurringParams   `form:"recurring" json:"recurring,omitempty"`
	TaxBehavior       *string                                            `form:"tax_behavior" json:"tax_behavior,omitempty"`
	UnitAmount        *int64                                             `form:"unit_amount" json:"unit_amount,omitempty"`
	UnitAmountDecimal *float64                                           `form:"unit_amount_decimal,high_precision" json:"unit_amount_decimal,string,omitempty"`
}

// A list of items the customer is purchasing. Use this parameter to pass one-time or recurring [Prices](https://docs.stripe.com/api/prices). The parameter is required for `payment` and `subscription` mode.
type CheckoutSessionLineItemParams struct {
	DynamicTaxRates []*string                                 `form:"dynamic_tax_rates" json:"dynamic_tax_rates,omitempty"`
	ID              *string                                   `form:"id" json:"id,omitempty"`
	Metadata        map[string]string                         `form:"metadata" json:"metadata,omitempty"`
	Price           *string                                   `form:"price" json:"price,omitempty"`
	PriceData       *CheckoutSessionLineItemPriceDataParams   `form:"price_data" json:"price_data,omitempty"`
	Quantity        *int64                                    `form:"quantity" json:"quantity,omitempty"`
	TaxRates        []*string                                 `form:"tax_rates" json:"tax_rates,omitempty"`
	UnsetFields     []CheckoutSessionLineItemParamsUnsetField `form:"-" json:"-"`
}

// CheckoutSessionLineItemParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionLineItemParams.
type CheckoutSessionLineItemParamsUnsetField string

const (
	CheckoutSessionLineItemParamsUnsetFieldMetadata CheckoutSessionLineItemParamsUnsetField = "metadata"
	CheckoutSessionLineItemParamsUnsetFieldTaxRates CheckoutSessionLineItemParamsUnsetField = "tax_rates"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionLineItemParams) AddUnsetField(field CheckoutSessionLineItemParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionLineItemParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Controls name collection settings for the session.
type CheckoutSessionNameCollectionParams struct {
}

// A list of optional items the customer can add to their order at checkout. Use this parameter to pass one-time or recurring [Prices](https://docs.stripe.com/api/prices).
type CheckoutSessionOptionalItemParams struct {
	Price    *string `form:"price" json:"price"`
	Quantity *int64  `form:"quantity" json:"quantity"`
}

// The parameters used to automatically create a Transfer when the payment succeeds.
// For more information, see the PaymentIntents [use case for connected accounts](https://docs.stripe.com/payments/connected-accounts).
type CheckoutSessionPaymentIntentDataTransferDataParams struct {
	Amount      *int64  `form:"amount" json:"amount,omitempty"`
	Destination *string `form:"destination" json:"destination"`
}

// A subset of parameters to be passed to PaymentIntent creation for Checkout Sessions in `payment` mode.
type CheckoutSessionPaymentIntentDataParams struct {
	ApplicationFeeAmount      *int64                                              `form:"application_fee_amount" json:"application_fee_amount,omitempty"`
	CaptureMethod             *string                                             `form:"capture_method" json:"capture_method,omitempty"`
	Description               *string                                             `form:"description" json:"description,omitempty"`
	Metadata                  map[string]string                                   `form:"metadata" json:"metadata,omitempty"`
	OnBehalfOf                *string                                             `form:"on_behalf_of" json:"on_behalf_of,omitempty"`
	ReceiptEmail              *string                                             `form:"receipt_email" json:"receipt_email,omitempty"`
	SetupFutureUsage          *string                                             `form:"setup_future_usage" json:"setup_future_usage,omitempty"`
	StatementDescriptor       *string                                             `form:"statement_descriptor" json:"statement_descriptor,omitempty"`
	StatementDescriptorSuffix *string                                             `form:"statement_descriptor_suffix" json:"statement_descriptor_suffix,omitempty"`
	TransferData              *CheckoutSessionPaymentIntentDataTransferDataParams `form:"transfer_data" json:"transfer_data,omitempty"`
	TransferGroup             *string                                             `form:"transfer_group" json:"transfer_group,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionPaymentIntentDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// This parameter allows you to set some attributes on the payment method created during a Checkout session.
type CheckoutSessionPaymentMethodDataParams struct {
	AllowRedisplay *string `form:"allow_redisplay" json:"allow_redisplay,omitempty"`
}

// Payment-method-specific configuration.
type CheckoutSessionPaymentMethodOptionsParams struct {
}

// This property is used to set up permissions for various actions (e.g., update) on the CheckoutSession object. Can only be set when creating `embedded` or `custom` sessions.
type CheckoutSessionPermissionsParams struct {
	UpdateShippingDetails *string `form:"update_shipping_details" json:"update_shipping_details,omitempty"`
}

// Controls phone number collection settings for the session.
type CheckoutSessionPhoneNumberCollectionParams struct {
	Enabled *bool `form:"enabled" json:"enabled"`
}

// Controls saved payment method settings for the session. Only available in `payment` and `subscription` mode.
type CheckoutSessionSavedPaymentMethodOptionsParams struct {
	AllowRedisplayFilters []*string `form:"allow_redisplay_filters" json:"allow_redisplay_filters,omitempty"`
	PaymentMethodRemove   *string   `form:"payment_method_remove" json:"payment_method_remove,omitempty"`
	PaymentMethodSave     *string   `form:"payment_method_save" json:"payment_method_save,omitempty"`
}

// A subset of parameters to be passed to SetupIntent creation for Checkout Sessions in `setup` mode.
type CheckoutSessionSetupIntentDataParams struct {
	Description *string           `form:"description" json:"description,omitempty"`
	Metadata    map[string]string `form:"metadata" json:"metadata,omitempty"`
	OnBehalfOf  *string           `form:"on_behalf_of" json:"on_behalf_of,omitempty"`
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
	AllowedCountries []*string `form:"allowed_countries" json:"allowed_countries"`
}

// The shipping rate options to apply to this Session. Up to a maximum of 5.
type CheckoutSessionShippingOptionParams struct {
	ShippingRate *string `form:"shipping_rate" json:"shipping_rate,omitempty"`
}

// Defines how the subscription should behave when the user's free trial ends.
type CheckoutSessionSubscriptionDataTrialSettingsEndBehaviorParams struct {
	MissingPaymentMethod *string `form:"missing_payment_method" json:"missing_payment_method"`
}

// Settings related to subscription trials.
type CheckoutSessionSubscriptionDataTrialSettingsParams struct {
	EndBehavior *CheckoutSessionSubscriptionDataTrialSettingsEndBehaviorParams `form:"end_behavior" json:"end_behavior"`
}

// A subset of parameters to be passed to subscription creation for Checkout Sessions in `subscription` mode.
type CheckoutSessionSubscriptionDataParams struct {
	ApplicationFeePercent *float64                                            `form:"application_fee_percent" json:"application_fee_percent,omitempty"`
	BillingCycleAnchor    *int64                                              `form:"billing_cycle_anchor" json:"billing_cycle_anchor,omitempty"`
	DefaultTaxRates       []*string                                           `form:"default_tax_rates" json:"default_tax_rates,omitempty"`
	Description           *string                                             `form:"description" json:"description,omitempty"`
	Metadata              map[string]string                                   `form:"metadata" json:"metadata,omitempty"`
	OnBehalfOf            *string                                             `form:"on_behalf_of" json:"on_behalf_of,omitempty"`
	ProrationBehavior     *string                                             `form:"proration_behavior" json:"proration_behavior,omitempty"`
	TrialEnd              *int64                                              `form:"trial_end" json:"trial_end,omitempty"`
	TrialPeriodDays       *int64                                              `form:"trial_period_days" json:"trial_period_days,omitempty"`
	TrialSettings         *CheckoutSessionSubscriptionDataTrialSettingsParams `form:"trial_settings" json:"trial_settings,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionSubscriptionDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Controls tax ID collection during checkout.
type CheckoutSessionTaxIDCollectionParams struct {
	Enabled  *bool   `form:"enabled" json:"enabled"`
	Required *string `form:"required" json:"required,omitempty"`
}

// Wallet-specific configuration.
type CheckoutSessionWalletOptionsParams struct {
}

// Creates a Checkout Session object.
type CheckoutSessionParams struct {
	Params                     `form:"*"`
	AdaptivePricing            *CheckoutSessionAdaptivePricingParams      `form:"adaptive_pricing" json:"adaptive_pricing,omitempty"`
	AfterExpiration            *CheckoutSessionAfterExpirationParams      `form:"after_expiration" json:"after_expiration,omitempty"`
	AllowPromotionCodes        *bool                                      `form:"allow_promotion_codes" json:"allow_promotion_codes,omitempty"`
	AutomaticTax               *CheckoutSessionAutomaticTaxParams         `form:"automatic_tax" json:"automatic_tax,omitempty"`
	BillingAddressCollection   *string                                    `form:"billing_address_collection" json:"billing_address_collection,omitempty"`
	BrandingSettings           *CheckoutSessionBrandingSettingsParams     `form:"branding_settings" json:"branding_settings,omitempty"`
	CancelURL                  *string                                    `form:"cancel_url" json:"cancel_url,omitempty"`
	ClientReferenceID          *string                                    `form:"client_reference_id" json:"client_reference_id,omitempty"`
	CollectedInformation       *CheckoutSessionCollectedInformationParams `form:"collected_information" json:"collected_information,omitempty"`
	ConsentCollection          *CheckoutSessionConsentCollectionParams    `form:"consent_collection" json:"consent_collection,omitempty"`
	Currency                   *string                                    `form:"currency" json:"currency,omitempty"`
	Customer                   *string                                    `form:"customer" json:"customer,omitempty"`
	CustomerAccount            *string                                    `form:"customer_account" json:"customer_account,omitempty"`
	CustomerCreation           *string                                    `form:"customer_creation" json:"customer_creation,omitempty"`
	CustomerEmail              *string                                    `form:"customer_email" json:"customer_email,omitempty"`
	CustomerUpdate             *CheckoutSessionCustomerUpdateParams       `form:"customer_update" json:"customer_update,omitempty"`
	CustomFields               []*CheckoutSessionCustomFieldParams        `form:"custom_fields" json:"custom_fields,omitempty"`
	CustomText                 *CheckoutSessionCustomTextParams           `form:"custom_text" json:"custom_text,omitempty"`
	Discounts                  []*CheckoutSessionDiscountParams           `form:"discounts" json:"discounts,omitempty"`
	ExcludedPaymentMethodTypes []*string                                  `form:"excluded_payment_method_types" json:"excluded_payment_method_types,omitempty"`
	Expand                     []*string                                  `form:"expand" json:"expand,omitempty"`
	// The Epoch time in seconds at which the Checkout Session will expire. It can be anywhere from 30 minutes to 24 hours after Checkout Session creation. By default, this value is 24 hours from creation.
	ExpiresAt                  *int64                                          `form:"expires_at" json:"expires_at,omitempty"`
	IntegrationIdentifier      *string                                         `form:"integration_identifier" json:"integration_identifier,omitempty"`
	InvoiceCreation            *CheckoutSessionInvoiceCreationParams           `form:"invoice_creation" json:"invoice_creation,omitempty"`
	LineItems                  []*CheckoutSessionLineItemParams                `form:"line_items" json:"line_items,omitempty"`
	Locale                     *string                                         `form:"locale" json:"locale,omitempty"`
	Metadata                   map[string]string                               `form:"metadata" json:"metadata,omitempty"`
	Mode                       *string                                         `form:"mode" json:"mode,omitempty"`
	NameCollection             *CheckoutSessionNameCollectionParams            `form:"name_collection" json:"name_collection,omitempty"`
	OptionalItems              []*CheckoutSessionOptionalItemParams            `form:"optional_items" json:"optional_items,omitempty"`
	OriginContext              *string                                         `form:"origin_context" json:"origin_context,omitempty"`
	PaymentIntentData          *CheckoutSessionPaymentIntentDataParams         `form:"payment_intent_data" json:"payment_intent_data,omitempty"`
	PaymentMethodCollection    *string                                         `form:"payment_method_collection" json:"payment_method_collection,omitempty"`
	PaymentMethodConfiguration *string                                         `form:"payment_method_configuration" json:"payment_method_configuration,omitempty"`
	PaymentMethodData          *CheckoutSessionPaymentMethodDataParams         `form:"payment_method_data" json:"payment_method_data,omitempty"`
	PaymentMethodOptions       *CheckoutSessionPaymentMethodOptionsParams      `form:"payment_method_options" json:"payment_method_options,omitempty"`
	PaymentMethodTypes         []*string                                       `form:"payment_method_types" json:"payment_method_types,omitempty"`
	Permissions                *CheckoutSessionPermissionsParams               `form:"permissions" json:"permissions,omitempty"`
	PhoneNumberCollection      *CheckoutSessionPhoneNumberCollectionParams     `form:"phone_number_collection" json:"phone_number_collection,omitempty"`
	RedirectOnCompletion       *string                                         `form:"redirect_on_completion" json:"redirect_on_completion,omitempty"`
	ReturnURL                  *string                                         `form:"return_url" json:"return_url,omitempty"`
	SavedPaymentMethodOptions  *CheckoutSessionSavedPaymentMethodOptionsParams `form:"saved_payment_method_options" json:"saved_payment_method_options,omitempty"`
	SetupIntentData            *CheckoutSessionSetupIntentDataParams           `form:"setup_intent_data" json:"setup_intent_data,omitempty"`
	ShippingAddressCollection  *CheckoutSessionShippingAddressCollectionParams `form:"shipping_address_collection" json:"shipping_address_collection,omitempty"`
	ShippingOptions            []*CheckoutSessionShippingOptionParams          `form:"shipping_options" json:"shipping_options,omitempty"`
	SubmitType                 *string                                         `form:"submit_type" json:"submit_type,omitempty"`
	SubscriptionData           *CheckoutSessionSubscriptionDataParams          `form:"subscription_data" json:"subscription_data,omitempty"`
	SuccessURL                 *string                                         `form:"success_url" json:"success_url,omitempty"`
	TaxIDCollection            *CheckoutSessionTaxIDCollectionParams           `form:"tax_id_collection" json:"tax_id_collection,omitempty"`
	UIMode                     *string                                         `form:"ui_mode" json:"ui_mode,omitempty"`
	WalletOptions              *CheckoutSessionWalletOptionsParams             `form:"wallet_options" json:"wallet_options,omitempty"`
	UnsetFields                []CheckoutSessionParamsUnsetField               `form:"-" json:"-"`
}

// CheckoutSessionParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionParams.
type CheckoutSessionParamsUnsetField string

const (
	CheckoutSessionParamsUnsetFieldMetadata        CheckoutSessionParamsUnsetField = "metadata"
	CheckoutSessionParamsUnsetFieldShippingOptions CheckoutSessionParamsUnsetField = "shipping_options"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionParams) AddUnsetField(field CheckoutSessionParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
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

// Information about the customer collected within the Checkout Session. Can only be set when updating `embedded` or `custom` sessions.
type CheckoutSessionCollectedInformationParams struct {
}

// When retrieving a Checkout Session, there is an includable line_items property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
type CheckoutSessionListLineItemsParams struct {
	ListParams `form:"*"`
	Session    *string   `form:"-"` // Included in URL
	Expand     []*string `form:"expand" json:"expand,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionListLineItemsParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// A Checkout Session can be expired when it is in one of these statuses: open
type CheckoutSessionExpireParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand" json:"expand,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionExpireParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Settings for price localization with [Adaptive Pricing](https://docs.stripe.com/payments/checkout/adaptive-pricing).
type CheckoutSessionCreateAdaptivePricingParams struct {
	Enabled *bool `form:"enabled" json:"enabled,omitempty"`
}

// Configure a Checkout Session that can be used to recover an expired session.
type CheckoutSessionCreateAfterExpirationRecoveryParams struct {
	AllowPromotionCodes *bool `form:"allow_promotion_codes" json:"allow_promotion_codes,omitempty"`
	Enabled             *bool `form:"enabled" json:"enabled"`
}

// Configure actions after a Checkout Session has expired. You can't set this parameter if `ui_mode` is `custom`.
type CheckoutSessionCreateAfterExpirationParams struct {
	Recovery *CheckoutSessionCreateAfterExpirationRecoveryParams `form:"recovery" json:"recovery,omitempty"`
}

// The account that's liable for tax. If set, the business address and tax registrations required to perform the tax calculation are loaded from this account. The tax transaction is returned in the report of the connected account.
type CheckoutSessionCreateAutomaticTaxLiabilityParams struct {
	Account *string `form:"account" json:"account,omitempty"`
	Type    *string `form:"type" json:"type"`
}

// Settings for automatic tax lookup for this session and resulting payments, invoices, and subscriptions.
type CheckoutSessionCreateAutomaticTaxParams struct {
	Enabled   *bool                                             `form:"enabled" json:"enabled"`
	Liability *CheckoutSessionCreateAutomaticTaxLiabilityParams `form:"liability" json:"liability,omitempty"`
}

// The branding settings for the Checkout Session. This parameter is not allowed if ui_mode is `custom`.
type CheckoutSessionCreateBrandingSettingsParams struct {
	BackgroundColor *string                                                 `form:"background_color" json:"background_color,omitempty"`
	BorderStyle     *string                                                 `form:"border_style" json:"border_style,omitempty"`
	ButtonColor     *string                                                 `form:"button_color" json:"button_color,omitempty"`
	DisplayName     *string                                                 `form:"display_name" json:"display_name,omitempty"`
	FontFamily      *string                                                 `form:"font_family" json:"font_family,omitempty"`
	UnsetFields     []CheckoutSessionCreateBrandingSettingsParamsUnsetField `form:"-" json:"-"`
}

// CheckoutSessionCreateBrandingSettingsParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionCreateBrandingSettingsParams.
type CheckoutSessionCreateBrandingSettingsParamsUnsetField string

const (
	CheckoutSessionCreateBrandingSettingsParamsUnsetFieldBackgroundColor CheckoutSessionCreateBrandingSettingsParamsUnsetField = "background_color"
	CheckoutSessionCreateBrandingSettingsParamsUnsetFieldBorderStyle     CheckoutSessionCreateBrandingSettingsParamsUnsetField = "border_style"
	CheckoutSessionCreateBrandingSettingsParamsUnsetFieldButtonColor     CheckoutSessionCreateBrandingSettingsParamsUnsetField = "button_color"
	CheckoutSessionCreateBrandingSettingsParamsUnsetFieldFontFamily      CheckoutSessionCreateBrandingSettingsParamsUnsetField = "font_family"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionCreateBrandingSettingsParams) AddUnsetField(field CheckoutSessionCreateBrandingSettingsParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// Configure fields for the Checkout Session to gather active consent from customers.
type CheckoutSessionCreateConsentCollectionParams struct {
	Promotions     *string `form:"promotions" json:"promotions,omitempty"`
	TermsOfService *string `form:"terms_of_service" json:"terms_of_service,omitempty"`
}

// Collect additional information from your customer using custom fields. Up to 3 fields are supported. You can't set this parameter if `ui_mode` is `custom`.
type CheckoutSessionCreateCustomFieldParams struct {
	Key      *string `form:"key" json:"key"`
	Optional *bool   `form:"optional" json:"optional,omitempty"`
	Type     *string `form:"type" json:"type"`
}

// Display additional text for your customers using custom text. You can't set this parameter if `ui_mode` is `custom`.
type CheckoutSessionCreateCustomTextParams struct {
	UnsetFields []CheckoutSessionCreateCustomTextParamsUnsetField `form:"-" json:"-"`
}

// CheckoutSessionCreateCustomTextParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionCreateCustomTextParams.
type CheckoutSessionCreateCustomTextParamsUnsetField string

const (
	CheckoutSessionCreateCustomTextParamsUnsetFieldAfterSubmit              CheckoutSessionCreateCustomTextParamsUnsetField = "after_submit"
	CheckoutSessionCreateCustomTextParamsUnsetFieldShippingAddress          CheckoutSessionCreateCustomTextParamsUnsetField = "shipping_address"
	CheckoutSessionCreateCustomTextParamsUnsetFieldSubmit                   CheckoutSessionCreateCustomTextParamsUnsetField = "submit"
	CheckoutSessionCreateCustomTextParamsUnsetFieldTermsOfServiceAcceptance CheckoutSessionCreateCustomTextParamsUnsetField = "terms_of_service_acceptance"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionCreateCustomTextParams) AddUnsetField(field CheckoutSessionCreateCustomTextParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// Controls what fields on Customer can be updated by the Checkout Session. Can only be provided when `customer` is provided.
type CheckoutSessionCreateCustomerUpdateParams struct {
	Address  *string `form:"address" json:"address,omitempty"`
	Name     *string `form:"name" json:"name,omitempty"`
	Shipping *string `form:"shipping" json:"shipping,omitempty"`
}

// The coupon or promotion code to apply to this Session. Currently, only up to one may be specified.
type CheckoutSessionCreateDiscountParams struct {
	Coupon        *string `form:"coupon" json:"coupon,omitempty"`
	PromotionCode *string `form:"promotion_code" json:"promotion_code,omitempty"`
}

// Generate a post-purchase Invoice for one-time payments.
type CheckoutSessionCreateInvoiceCreationParams struct {
	Enabled *bool `form:"enabled" json:"enabled"`
}

// Data used to generate a new [Product](https://docs.stripe.com/api/products) object inline. One of `product` or `product_data` is required.
type CheckoutSessionCreateLineItemPriceDataProductDataParams struct {
	Description *string           `form:"description" json:"description,omitempty"`
	Images      []*string         `form:"images" json:"images,omitempty"`
	Metadata    map[string]string `form:"metadata" json:"metadata,omitempty"`
	Name        *string           `form:"name" json:"name"`
	TaxCode     *string           `form:"tax_code" json:"tax_code,omitempty"`
	UnitLabel   *string           `form:"unit_label" json:"unit_label,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionCreateLineItemPriceDataProductDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// The recurring components of a price such as `interval` and `interval_count`.
type CheckoutSessionCreateLineItemPriceDataRecurringParams struct {
	Interval      *string `form:"interval" json:"interval"`
	IntervalCount *int64  `form:"interval_count" json:"interval_count,omitempty"`
}

// Data used to generate a new [Price](https://docs.stripe.com/api/prices) object inline. One of `price` or `price_data` is required.
type CheckoutSessionCreateLineItemPriceDataParams struct {
	Currency          *string                                                  `form:"currency" json:"currency"`
	Product           *string                                                  `form:"product" json:"product,omitempty"`
	ProductData       *CheckoutSessionCreateLineItemPriceDataProductDataParams `form:"product_data" json:"product_data,omitempty"`
	Recurring         *CheckoutSessionCreateLineItemPriceDataRecurringParams   `form:"recurring" json:"recurring,omitempty"`
	TaxBehavior       *string                                                  `form:"tax_behavior" json:"tax_behavior,omitempty"`
	UnitAmount        *int64                                                   `form:"unit_amount" json:"unit_amount,omitempty"`
	UnitAmountDecimal *float64                                                 `form:"unit_amount_decimal,high_precision" json:"unit_amount_decimal,string,omitempty"`
}

// A list of items the customer is purchasing. Use this parameter to pass one-time or recurring [Prices](https://docs.stripe.com/api/prices). The parameter is required for `payment` and `subscription` mode.
type CheckoutSessionCreateLineItemParams struct {
	DynamicTaxRates []*string                                     `form:"dynamic_tax_rates" json:"dynamic_tax_rates,omitempty"`
	Metadata        map[string]string                             `form:"metadata" json:"metadata,omitempty"`
	Price           *string                                       `form:"price" json:"price,omitempty"`
	PriceData       *CheckoutSessionCreateLineItemPriceDataParams `form:"price_data" json:"price_data,omitempty"`
	Quantity        *int64                                        `form:"quantity" json:"quantity,omitempty"`
	TaxRates        []*string                                     `form:"tax_rates" json:"tax_rates,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionCreateLineItemParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Controls name collection settings for the session.
type CheckoutSessionCreateNameCollectionParams struct {
}

// A list of optional items the customer can add to their order at checkout. Use this parameter to pass one-time or recurring [Prices](https://docs.stripe.com/api/prices).
type CheckoutSessionCreateOptionalItemParams struct {
	Price    *string `form:"price" json:"price"`
	Quantity *int64  `form:"quantity" json:"quantity"`
}

// The parameters used to automatically create a Transfer when the payment succeeds.
// For more information, see the PaymentIntents [use case for connected accounts](https://docs.stripe.com/payments/connected-accounts).
type CheckoutSessionCreatePaymentIntentDataTransferDataParams struct {
	Amount      *int64  `form:"amount" json:"amount,omitempty"`
	Destination *string `form:"destination" json:"destination"`
}

// A subset of parameters to be passed to PaymentIntent creation for Checkout Sessions in `payment` mode.
type CheckoutSessionCreatePaymentIntentDataParams struct {
	ApplicationFeeAmount      *int64                                                    `form:"application_fee_amount" json:"application_fee_amount,omitempty"`
	CaptureMethod             *string                                                   `form:"capture_method" json:"capture_method,omitempty"`
	Description               *string                                                   `form:"description" json:"description,omitempty"`
	Metadata                  map[string]string                                         `form:"metadata" json:"metadata,omitempty"`
	OnBehalfOf                *string                                                   `form:"on_behalf_of" json:"on_behalf_of,omitempty"`
	ReceiptEmail              *string                                                   `form:"receipt_email" json:"receipt_email,omitempty"`
	SetupFutureUsage          *string                                                   `form:"setup_future_usage" json:"setup_future_usage,omitempty"`
	StatementDescriptor       *string                                                   `form:"statement_descriptor" json:"statement_descriptor,omitempty"`
	StatementDescriptorSuffix *string                                                   `form:"statement_descriptor_suffix" json:"statement_descriptor_suffix,omitempty"`
	TransferData              *CheckoutSessionCreatePaymentIntentDataTransferDataParams `form:"transfer_data" json:"transfer_data,omitempty"`
	TransferGroup             *string                                                   `form:"transfer_group" json:"transfer_group,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionCreatePaymentIntentDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// This parameter allows you to set some attributes on the payment method created during a Checkout session.
type CheckoutSessionCreatePaymentMethodDataParams struct {
	AllowRedisplay *string `form:"allow_redisplay" json:"allow_redisplay,omitempty"`
}

// Payment-method-specific configuration.
type CheckoutSessionCreatePaymentMethodOptionsParams struct {
}

// This property is used to set up permissions for various actions (e.g., update) on the CheckoutSession object. Can only be set when creating `embedded` or `custom` sessions.
type CheckoutSessionCreatePermissionsParams struct {
	UpdateShippingDetails *string `form:"update_shipping_details" json:"update_shipping_details,omitempty"`
}

// Controls phone number collection settings for the session.
type CheckoutSessionCreatePhoneNumberCollectionParams struct {
	Enabled *bool `form:"enabled" json:"enabled"`
}

// Controls saved payment method settings for the session. Only available in `payment` and `subscription` mode.
type CheckoutSessionCreateSavedPaymentMethodOptionsParams struct {
	AllowRedisplayFilters []*string `form:"allow_redisplay_filters" json:"allow_redisplay_filters,omitempty"`
	PaymentMethodRemove   *string   `form:"payment_method_remove" json:"payment_method_remove,omitempty"`
	PaymentMethodSave     *string   `form:"payment_method_save" json:"payment_method_save,omitempty"`
}

// A subset of parameters to be passed to SetupIntent creation for Checkout Sessions in `setup` mode.
type CheckoutSessionCreateSetupIntentDataParams struct {
	Description *string           `form:"description" json:"description,omitempty"`
	Metadata    map[string]string `form:"metadata" json:"metadata,omitempty"`
	OnBehalfOf  *string           `form:"on_behalf_of" json:"on_behalf_of,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionCreateSetupIntentDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// When set, provides configuration for Checkout to collect a shipping address from a customer.
type CheckoutSessionCreateShippingAddressCollectionParams struct {
	AllowedCountries []*string `form:"allowed_countries" json:"allowed_countries"`
}

// The shipping rate options to apply to this Session. Up to a maximum of 5.
type CheckoutSessionCreateShippingOptionParams struct {
	ShippingRate *string `form:"shipping_rate" json:"shipping_rate,omitempty"`
}

// Defines how the subscription should behave when the user's free trial ends.
type CheckoutSessionCreateSubscriptionDataTrialSettingsEndBehaviorParams struct {
	MissingPaymentMethod *string `form:"missing_payment_method" json:"missing_payment_method"`
}

// Settings related to subscription trials.
type CheckoutSessionCreateSubscriptionDataTrialSettingsParams struct {
	EndBehavior *CheckoutSessionCreateSubscriptionDataTrialSettingsEndBehaviorParams `form:"end_behavior" json:"end_behavior"`
}

// A subset of parameters to be passed to subscription creation for Checkout Sessions in `subscription` mode.
type CheckoutSessionCreateSubscriptionDataParams struct {
	ApplicationFeePercent *float64                                                  `form:"application_fee_percent" json:"application_fee_percent,omitempty"`
	BillingCycleAnchor    *int64                                                    `form:"billing_cycle_anchor" json:"billing_cycle_anchor,omitempty"`
	DefaultTaxRates       []*string                                                 `form:"default_tax_rates" json:"default_tax_rates,omitempty"`
	Description           *string                                                   `form:"description" json:"description,omitempty"`
	Metadata              map[string]string                                         `form:"metadata" json:"metadata,omitempty"`
	OnBehalfOf            *string                                                   `form:"on_behalf_of" json:"on_behalf_of,omitempty"`
	ProrationBehavior     *string                                                   `form:"proration_behavior" json:"proration_behavior,omitempty"`
	TrialEnd              *int64                                                    `form:"trial_end" json:"trial_end,omitempty"`
	TrialPeriodDays       *int64                                                    `form:"trial_period_days" json:"trial_period_days,omitempty"`
	TrialSettings         *CheckoutSessionCreateSubscriptionDataTrialSettingsParams `form:"trial_settings" json:"trial_settings,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionCreateSubscriptionDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Controls tax ID collection during checkout.
type CheckoutSessionCreateTaxIDCollectionParams struct {
	Enabled  *bool   `form:"enabled" json:"enabled"`
	Required *string `form:"required" json:"required,omitempty"`
}

// Wallet-specific configuration.
type CheckoutSessionCreateWalletOptionsParams struct {
}

// Creates a Checkout Session object.
type CheckoutSessionCreateParams struct {
	Params                     `form:"*"`
	AdaptivePricing            *CheckoutSessionCreateAdaptivePricingParams   `form:"adaptive_pricing" json:"adaptive_pricing,omitempty"`
	AfterExpiration            *CheckoutSessionCreateAfterExpirationParams   `form:"after_expiration" json:"after_expiration,omitempty"`
	AllowPromotionCodes        *bool                                         `form:"allow_promotion_codes" json:"allow_promotion_codes,omitempty"`
	AutomaticTax               *CheckoutSessionCreateAutomaticTaxParams      `form:"automatic_tax" json:"automatic_tax,omitempty"`
	BillingAddressCollection   *string                                       `form:"billing_address_collection" json:"billing_address_collection,omitempty"`
	BrandingSettings           *CheckoutSessionCreateBrandingSettingsParams  `form:"branding_settings" json:"branding_settings,omitempty"`
	CancelURL                  *string                                       `form:"cancel_url" json:"cancel_url,omitempty"`
	ClientReferenceID          *string                                       `form:"client_reference_id" json:"client_reference_id,omitempty"`
	ConsentCollection          *CheckoutSessionCreateConsentCollectionParams `form:"consent_collection" json:"consent_collection,omitempty"`
	Currency                   *string                                       `form:"currency" json:"currency,omitempty"`
	Customer                   *string                                       `form:"customer" json:"customer,omitempty"`
	CustomerAccount            *string                                       `form:"customer_account" json:"customer_account,omitempty"`
	CustomerCreation           *string                                       `form:"customer_creation" json:"customer_creation,omitempty"`
	CustomerEmail              *string                                       `form:"customer_email" json:"customer_email,omitempty"`
	CustomerUpdate             *CheckoutSessionCreateCustomerUpdateParams    `form:"customer_update" json:"customer_update,omitempty"`
	CustomFields               []*CheckoutSessionCreateCustomFieldParams     `form:"custom_fields" json:"custom_fields,omitempty"`
	CustomText                 *CheckoutSessionCreateCustomTextParams        `form:"custom_text" json:"custom_text,omitempty"`
	Discounts                  []*CheckoutSessionCreateDiscountParams        `form:"discounts" json:"discounts,omitempty"`
	ExcludedPaymentMethodTypes []*string                                     `form:"excluded_payment_method_types" json:"excluded_payment_method_types,omitempty"`
	Expand                     []*string                                     `form:"expand" json:"expand,omitempty"`
	// The Epoch time in seconds at which the Checkout Session will expire. It can be anywhere from 30 minutes to 24 hours after Checkout Session creation. By default, this value is 24 hours from creation.
	ExpiresAt                  *int64                                                `form:"expires_at" json:"expires_at,omitempty"`
	IntegrationIdentifier      *string                                               `form:"integration_identifier" json:"integration_identifier,omitempty"`
	InvoiceCreation            *CheckoutSessionCreateInvoiceCreationParams           `form:"invoice_creation" json:"invoice_creation,omitempty"`
	LineItems                  []*CheckoutSessionCreateLineItemParams                `form:"line_items" json:"line_items,omitempty"`
	Locale                     *string                                               `form:"locale" json:"locale,omitempty"`
	Metadata                   map[string]string                                     `form:"metadata" json:"metadata,omitempty"`
	Mode                       *string                                               `form:"mode" json:"mode,omitempty"`
	NameCollection             *CheckoutSessionCreateNameCollectionParams            `form:"name_collection" json:"name_collection,omitempty"`
	OptionalItems              []*CheckoutSessionCreateOptionalItemParams            `form:"optional_items" json:"optional_items,omitempty"`
	OriginContext              *string                                               `form:"origin_context" json:"origin_context,omitempty"`
	PaymentIntentData          *CheckoutSessionCreatePaymentIntentDataParams         `form:"payment_intent_data" json:"payment_intent_data,omitempty"`
	PaymentMethodCollection    *string                                               `form:"payment_method_collection" json:"payment_method_collection,omitempty"`
	PaymentMethodConfiguration *string                                               `form:"payment_method_configuration" json:"payment_method_configuration,omitempty"`
	PaymentMethodData          *CheckoutSessionCreatePaymentMethodDataParams         `form:"payment_method_data" json:"payment_method_data,omitempty"`
	PaymentMethodOptions       *CheckoutSessionCreatePaymentMethodOptionsParams      `form:"payment_method_options" json:"payment_method_options,omitempty"`
	PaymentMethodTypes         []*string                                             `form:"payment_method_types" json:"payment_method_types,omitempty"`
	Permissions                *CheckoutSessionCreatePermissionsParams               `form:"permissions" json:"permissions,omitempty"`
	PhoneNumberCollection      *CheckoutSessionCreatePhoneNumberCollectionParams     `form:"phone_number_collection" json:"phone_number_collection,omitempty"`
	RedirectOnCompletion       *string                                               `form:"redirect_on_completion" json:"redirect_on_completion,omitempty"`
	ReturnURL                  *string                                               `form:"return_url" json:"return_url,omitempty"`
	SavedPaymentMethodOptions  *CheckoutSessionCreateSavedPaymentMethodOptionsParams `form:"saved_payment_method_options" json:"saved_payment_method_options,omitempty"`
	SetupIntentData            *CheckoutSessionCreateSetupIntentDataParams           `form:"setup_intent_data" json:"setup_intent_data,omitempty"`
	ShippingAddressCollection  *CheckoutSessionCreateShippingAddressCollectionParams `form:"shipping_address_collection" json:"shipping_address_collection,omitempty"`
	ShippingOptions            []*CheckoutSessionCreateShippingOptionParams          `form:"shipping_options" json:"shipping_options,omitempty"`
	SubmitType                 *string                                               `form:"submit_type" json:"submit_type,omitempty"`
	SubscriptionData           *CheckoutSessionCreateSubscriptionDataParams          `form:"subscription_data" json:"subscription_data,omitempty"`
	SuccessURL                 *string                                               `form:"success_url" json:"success_url,omitempty"`
	TaxIDCollection            *CheckoutSessionCreateTaxIDCollectionParams           `form:"tax_id_collection" json:"tax_id_collection,omitempty"`
	UIMode                     *string                                               `form:"ui_mode" json:"ui_mode,omitempty"`
	WalletOptions              *CheckoutSessionCreateWalletOptionsParams             `form:"wallet_options" json:"wallet_options,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionCreateParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionCreateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// Retrieves a Checkout Session object.
type CheckoutSessionRetrieveParams struct {
	Params `form:"*"`
	Expand []*string `form:"expand" json:"expand,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionRetrieveParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// Information about the customer collected within the Checkout Session. Can only be set when updating `embedded` or `custom` sessions.
type CheckoutSessionUpdateCollectedInformationParams struct {
}

// Data used to generate a new [Product](https://docs.stripe.com/api/products) object inline. One of `product` or `product_data` is required.
type CheckoutSessionUpdateLineItemPriceDataProductDataParams struct {
	Description *string           `form:"description" json:"description,omitempty"`
	Images      []*string         `form:"images" json:"images,omitempty"`
	Metadata    map[string]string `form:"metadata" json:"metadata,omitempty"`
	Name        *string           `form:"name" json:"name"`
	TaxCode     *string           `form:"tax_code" json:"tax_code,omitempty"`
	UnitLabel   *string           `form:"unit_label" json:"unit_label,omitempty"`
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionUpdateLineItemPriceDataProductDataParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// The recurring components of a price such as `interval` and `interval_count`.
type CheckoutSessionUpdateLineItemPriceDataRecurringParams struct {
	Interval      *string `form:"interval" json:"interval"`
	IntervalCount *int64  `form:"interval_count" json:"interval_count,omitempty"`
}

// Data used to generate a new [Price](https://docs.stripe.com/api/prices) object inline. One of `price` or `price_data` is required when creating a new line item.
type CheckoutSessionUpdateLineItemPriceDataParams struct {
	Currency          *string                                                  `form:"currency" json:"currency"`
	Product           *string                                                  `form:"product" json:"product,omitempty"`
	ProductData       *CheckoutSessionUpdateLineItemPriceDataProductDataParams `form:"product_data" json:"product_data,omitempty"`
	Recurring         *CheckoutSessionUpdateLineItemPriceDataRecurringParams   `form:"recurring" json:"recurring,omitempty"`
	TaxBehavior       *string                                                  `form:"tax_behavior" json:"tax_behavior,omitempty"`
	UnitAmount        *int64                                                   `form:"unit_amount" json:"unit_amount,omitempty"`
	UnitAmountDecimal *float64                                                 `form:"unit_amount_decimal,high_precision" json:"unit_amount_decimal,string,omitempty"`
}

// A list of items the customer is purchasing.
type CheckoutSessionUpdateLineItemParams struct {
	ID          *string                                         `form:"id" json:"id,omitempty"`
	Metadata    map[string]string                               `form:"metadata" json:"metadata,omitempty"`
	Price       *string                                         `form:"price" json:"price,omitempty"`
	PriceData   *CheckoutSessionUpdateLineItemPriceDataParams   `form:"price_data" json:"price_data,omitempty"`
	Quantity    *int64                                          `form:"quantity" json:"quantity,omitempty"`
	TaxRates    []*string                                       `form:"tax_rates" json:"tax_rates,omitempty"`
	UnsetFields []CheckoutSessionUpdateLineItemParamsUnsetField `form:"-" json:"-"`
}

// CheckoutSessionUpdateLineItemParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionUpdateLineItemParams.
type CheckoutSessionUpdateLineItemParamsUnsetField string

const (
	CheckoutSessionUpdateLineItemParamsUnsetFieldMetadata CheckoutSessionUpdateLineItemParamsUnsetField = "metadata"
	CheckoutSessionUpdateLineItemParamsUnsetFieldTaxRates CheckoutSessionUpdateLineItemParamsUnsetField = "tax_rates"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionUpdateLineItemParams) AddUnsetField(field CheckoutSessionUpdateLineItemParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionUpdateLineItemParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// The shipping rate options to apply to this Session. Up to a maximum of 5.
type CheckoutSessionUpdateShippingOptionParams struct {
	ShippingRate *string `form:"shipping_rate" json:"shipping_rate,omitempty"`
}

// Updates a Checkout Session object.
type CheckoutSessionUpdateParams struct {
	Params               `form:"*"`
	CollectedInformation *CheckoutSessionUpdateCollectedInformationParams `form:"collected_information" json:"collected_information,omitempty"`
	Expand               []*string                                        `form:"expand" json:"expand,omitempty"`
	LineItems            []*CheckoutSessionUpdateLineItemParams           `form:"line_items" json:"line_items,omitempty"`
	Metadata             map[string]string                                `form:"metadata" json:"metadata,omitempty"`
	ShippingOptions      []*CheckoutSessionUpdateShippingOptionParams     `form:"shipping_options" json:"shipping_options,omitempty"`
	UnsetFields          []CheckoutSessionUpdateParamsUnsetField          `form:"-" json:"-"`
}

// CheckoutSessionUpdateParamsUnsetField is the list of fields that can be cleared/unset on CheckoutSessionUpdateParams.
type CheckoutSessionUpdateParamsUnsetField string

const (
	CheckoutSessionUpdateParamsUnsetFieldMetadata        CheckoutSessionUpdateParamsUnsetField = "metadata"
	CheckoutSessionUpdateParamsUnsetFieldShippingOptions CheckoutSessionUpdateParamsUnsetField = "shipping_options"
)

// AddUnsetField adds a field to the list of fields to clear/unset on this params object.
func (p *CheckoutSessionUpdateParams) AddUnsetField(field CheckoutSessionUpdateParamsUnsetField) {
	p.UnsetFields = append(p.UnsetFields, field)
}

// AddExpand appends a new field to expand.
func (p *CheckoutSessionUpdateParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddMetadata adds a new key-value pair to the Metadata.
func (p *CheckoutSessionUpdateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}

	p.Metadata[key] = value
}

// A Checkout Session represents your customer's session as they pay for
// one-time purchases or subscriptions through [Checkout](https://docs.stripe.com/payments/checkout)
// or [Payment Links](https://docs.stripe.com/payments/payment-links). We recommend creating a
// new Session each time your customer attempts to pay.
type CheckoutSession struct {
	APIResource
	AllowPromotionCodes        bool                                    `json:"allow_promotion_codes"`
	AmountSubtotal             int64                                   `json:"amount_subtotal"`
	AmountTotal                int64                                   `json:"amount_total"`
	BillingAddressCollection   CheckoutSessionBillingAddressCollection `json:"billing_address_collection"`
	CancelURL                  string                                  `json:"cancel_url"`
	ClientReferenceID          string                                  `json:"client_reference_id"`
	ClientSecret               string                                  `json:"client_secret"`
	Created                    int64                                   `json:"created"`
	Currency                   Currency                                `json:"currency"`
	CustomerAccount            string                                  `json:"customer_account"`
	CustomerCreation           CheckoutSessionCustomerCreation         `json:"customer_creation"`
	CustomerEmail              string                                  `json:"customer_email"`
	ExcludedPaymentMethodTypes []string                                `json:"excluded_payment_method_types,omitempty"`
	// The timestamp at which the Checkout Session will expire.
	ExpiresAt               int64                                  `json:"expires_at"`
	ID                      string                                 `json:"id"`
	IntegrationIdentifier   string                                 `json:"integration_identifier"`
	LineItems               *LineItemList                          `json:"line_items,omitempty"`
	Livemode                bool                                   `json:"livemode"`
	Locale                  string                                 `json:"locale"`
	Metadata                map[string]string                      `json:"metadata"`
	Mode                    CheckoutSessionMode                    `json:"mode"`
	Object                  string                                 `json:"object"`
	OriginContext           CheckoutSessionOriginContext           `json:"origin_context"`
	PaymentMethodCollection CheckoutSessionPaymentMethodCollection `json:"payment_method_collection"`
	PaymentMethodTypes      []string                               `json:"payment_method_types"`
	PaymentStatus           CheckoutSessionPaymentStatus           `json:"payment_status"`
	RecoveredFrom           string                                 `json:"recovered_from"`
	RedirectOnCompletion    CheckoutSessionRedirectOnCompletion    `json:"redirect_on_completion,omitempty"`
	ReturnURL               string                                 `json:"return_url,omitempty"`
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

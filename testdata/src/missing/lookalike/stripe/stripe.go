// Package stripe is not stripe-go: a type named CheckoutSessionParams here
// means nothing to the analyzer.
package stripe

type CheckoutSessionParams struct {
	Mode      *string
	ExpiresAt *int64
}

type CheckoutSessionCreateParams struct{ Mode *string }

func New(p *CheckoutSessionParams) error { return nil }

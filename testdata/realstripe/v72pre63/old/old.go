// Package old uses stripe-go v72.62.0, which has no
// CheckoutSessionParams.ExpiresAt (added in v72.63.0): every creation is
// reported, with a message that says to upgrade.
package old

import (
	"time"

	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/filelink"
	"github.com/stripe/stripe-go/v72/promotioncode"
)

func items(price string) []*stripe.CheckoutSessionLineItemParams {
	return []*stripe.CheckoutSessionLineItemParams{{Price: stripe.String(price), Quantity: stripe.Int64(1)}}
}

func create() {
	session.New(&stripe.CheckoutSessionParams{ // want `checkout session created without ExpiresAt: this github.com/stripe/stripe-go/v72 release has no CheckoutSessionParams.ExpiresAt \(added in v72.63.0\), so Stripe expires it 24h after creation; upgrade stripe-go and set it \(sanctioned TTL is 720h\)`
		Mode: stripe.String("payment"),
	})
	session.Get("cs_1", &stripe.CheckoutSessionParams{})
}

// A variable and a builder.
func Variable(price string) error {
	params := &stripe.CheckoutSessionParams{ // want `this github.com/stripe/stripe-go/v72 release has no CheckoutSessionParams.ExpiresAt`
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems:  items(price),
		SuccessURL: stripe.String("https://example.com/ok"),
	}
	params.AddMetadata("price", price)
	_, err := session.New(params)
	return err
}

func build(price string) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{ // want `has no CheckoutSessionParams.ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: items(price),
	}
}

func Built(price string) error {
	_, err := session.New(build(price))
	return err
}

// nil, new(T) and a zero variable: reported at the call.
func NoLiteral() {
	session.New(nil) // want `has no CheckoutSessionParams.ExpiresAt`
	p := new(stripe.CheckoutSessionParams)
	p.Mode = stripe.String("payment")
	session.New(p) // want `has no CheckoutSessionParams.ExpiresAt`
	var q stripe.CheckoutSessionParams
	q.CancelURL = stripe.String("https://example.com/cancel")
	session.New(&q) // want `has no CheckoutSessionParams.ExpiresAt`
}

// client.API.
func ViaAPI(key string) error {
	sc := client.New(key, nil)
	if _, err := sc.CheckoutSessions.New(&stripe.CheckoutSessionParams{ // want `has no CheckoutSessionParams.ExpiresAt`
		Mode: stripe.String("payment"),
	}); err != nil {
		return err
	}
	_, err := sc.CheckoutSessions.Get("cs_1", nil)
	return err
}

// An exported builder that looks like a creation.
func CheckoutParams(price string) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{ // want `has no CheckoutSessionParams.ExpiresAt`
		Mode:      stripe.String("payment"),
		LineItems: items(price),
	}
}

// Other params have ExpiresAt already in this release: not checkout
// sessions.
func Links() error {
	if _, err := filelink.New(&stripe.FileLinkParams{
		File:      stripe.String("file_1"),
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),
	}); err != nil {
		return err
	}
	_, err := promotioncode.New(&stripe.PromotionCodeParams{
		Code:      stripe.String("SPRING"),
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),
	})
	return err
}

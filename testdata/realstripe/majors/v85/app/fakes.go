package app

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// sessionAPI lets tests substitute a fake for Stripe.
type sessionAPI interface {
	New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error)
}

type liveAPI struct{}

// A pass-through: the params are the caller's.
func (liveAPI) New(p *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) { // want New:`params\(0:creates\)`
	return session.New(p)
}

type Checkout struct{ api sessionAPI }

func NewCheckout() *Checkout { return &Checkout{api: liveAPI{}} }

// The call goes through an interface; the params set Mode and SuccessURL,
// which only creations use: reported.
func (c *Checkout) Start(email string) (string, error) {
	s, err := c.api.New(&stripe.CheckoutSessionParams{ // want `checkout session created without ExpiresAt`
		Mode:          stripe.String("payment"),
		CustomerEmail: stripe.String(email),
		SuccessURL:    stripe.String("https://example.com/ok"),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

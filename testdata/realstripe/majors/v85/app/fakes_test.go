package app

import (
	"testing"

	"github.com/stripe/stripe-go/v85"
)

type fakeAPI struct {
	got []*stripe.CheckoutSessionParams
}

func (f *fakeAPI) New(p *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	f.got = append(f.got, p)
	return &stripe.CheckoutSession{ID: "cs_test", URL: "https://checkout.stripe.com/c/pay/cs_test"}, nil
}

func TestStart(t *testing.T) {
	f := &fakeAPI{}
	c := &Checkout{api: f}
	if _, err := c.Start("parent@example.com"); err != nil {
		t.Fatal(err)
	}
	if len(f.got) != 1 {
		t.Fatalf("got %d sessions", len(f.got))
	}
}

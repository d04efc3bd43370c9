// Package v81 creates Checkout Sessions with the checkout/session package
// and client.API of the real github.com/stripe/stripe-go/v81.
package v81

import (
	"time"

	"github.com/stripe/stripe-go/v81"
	"github.com/stripe/stripe-go/v81/checkout/session"
	"github.com/stripe/stripe-go/v81/client"
	"github.com/stripe/stripe-go/v81/filelink"
	"github.com/stripe/stripe-go/v81/promotioncode"

	"example.com/realstripe/config"
)

type Order struct {
	ID       string
	Email    string
	PriceID  string
	Quantity int64
}

func items(o Order) []*stripe.CheckoutSessionLineItemParams {
	return []*stripe.CheckoutSessionLineItemParams{{Price: stripe.String(o.PriceID), Quantity: stripe.Int64(o.Quantity)}}
}

// A literal passed directly.
func Literal(o Order) (*stripe.CheckoutSession, error) {
	return session.New(&stripe.CheckoutSessionParams{ // want `checkout session created without ExpiresAt: Stripe expires it 24h after creation \(sanctioned TTL is 720h\)`
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(o.Email),
		LineItems:     items(o),
		SuccessURL:    stripe.String("https://example.com/paid"),
		CancelURL:     stripe.String("https://example.com/cancel"),
	})
}

// A literal with the sanctioned TTL: fine.
func LiteralWithExpiry(o Order) (*stripe.CheckoutSession, error) {
	return session.New(&stripe.CheckoutSessionParams{
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems:  items(o),
		SuccessURL: stripe.String("https://example.com/paid"),
		ExpiresAt:  stripe.Int64(time.Now().Add(720 * time.Hour).Unix()),
	})
}

// A variable, ExpiresAt assigned before the creation: fine.
func Variable(o Order) error {
	params := &stripe.CheckoutSessionParams{
		Mode:      stripe.String(string(stripe.CheckoutSessionModeSubscription)),
		LineItems: items(o),
	}
	params.AddMetadata("order_id", o.ID)
	params.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
	_, err := session.New(params)
	return err
}

// A variable, ExpiresAt assigned only after the creation: reported.
func VariableLate(o Order) error {
	params := &stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: items(o),
	}
	params.AddMetadata("order_id", o.ID)
	_, err := session.New(params)
	params.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
	return err
}

// The shadowing idiom: session, err := session.New(params).
func Shadowed(o Order) (string, error) {
	params := &stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: items(o),
	}
	session, err := session.New(params)
	if err != nil {
		return "", err
	}
	return session.URL, nil
}

// A value variable passed by address.
func ByValue(o Order) error {
	params := stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: items(o),
	}
	_, err := session.New(&params)
	return err
}

// A builder whose callers set ExpiresAt: fine.
func base(o Order) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems:  items(o),
		SuccessURL: stripe.String("https://example.com/paid"),
	}
}

func FromBase(o Order) error {
	p := base(o)
	p.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
	_, err := session.New(p)
	return err
}

// A builder whose result reaches creations without ExpiresAt: the literal
// inside it is reported, once.
func share(o Order) *stripe.CheckoutSessionParams {
	p := &stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: items(o),
	}
	p.AddMetadata("order", o.ID)
	return p
}

func FromShare(o Order) error {
	if _, err := session.New(share(o)); err != nil {
		return err
	}
	_, err := session.New(share(o))
	return err
}

// A helper that sets ExpiresAt on the params it is given: fine.
func setExpiry(p *stripe.CheckoutSessionParams) {
	p.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
}

func WithSetter(o Order) error {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment"), LineItems: items(o)}
	setExpiry(p)
	_, err := session.New(p)
	return err
}

// ExpiresAt set inside a closure that runs before the creation: fine.
func WithClosure(o Order) error {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment"), LineItems: items(o)}
	set := func() {
		p.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
	}
	set()
	_, err := session.New(p)
	return err
}

// Params kept in a struct field by one function and created by a method.
type request struct {
	order  Order
	params *stripe.CheckoutSessionParams
}

func newRequest(o Order) *request {
	return &request{
		order: o,
		params: &stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
			Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
			LineItems: items(o),
		},
	}
}

func (r *request) send() (*stripe.CheckoutSession, error) {
	return session.New(r.params)
}

func SendRequest(o Order) error {
	_, err := newRequest(o).send()
	return err
}

// Elided-type literals inside a slice of params: each is a literal.
func Tiers() error {
	tiers := []*stripe.CheckoutSessionParams{
		{Mode: stripe.String("payment"), SuccessURL: stripe.String("https://example.com/a")}, // want `created without ExpiresAt`
		{Mode: stripe.String("payment"), ExpiresAt: stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())},
	}
	for _, p := range tiers {
		if _, err := session.New(p); err != nil {
			return err
		}
	}
	return nil
}

// An exported builder whose params look like a creation (they set Mode)
// escapes this package: reported where it is built.
func CheckoutParams(o Order) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{ // want `checkout session params built for a creation without ExpiresAt`
		Mode:      stripe.String("payment"),
		LineItems: items(o),
	}
}

// An exported builder of params for Get escapes too, but does not look
// like a creation: not reported.
func ExpandParams() *stripe.CheckoutSessionParams { // want ExpandParams:"returnsUnset"
	p := &stripe.CheckoutSessionParams{}
	p.AddExpand("line_items")
	return p
}

// nil params: reported at the call.
func Nil() error {
	_, err := session.New(nil) // want `checkout session created with nil params, so without ExpiresAt`
	return err
}

// new(T) with fields assigned one by one: reported at the call.
func ViaNew() error {
	p := new(stripe.CheckoutSessionParams)
	p.Mode = stripe.String(string(stripe.CheckoutSessionModePayment))
	_, err := session.New(p) // want `created without ExpiresAt`
	return err
}

// A zero variable with fields assigned one by one: reported at the call.
func ViaVar() error {
	var p stripe.CheckoutSessionParams
	p.Mode = stripe.String(string(stripe.CheckoutSessionModePayment))
	p.SuccessURL = stripe.String("https://example.com/ok")
	_, err := session.New(&p) // want `created without ExpiresAt`
	return err
}

// A zero variable that does get ExpiresAt: fine.
func ViaVarSet() error {
	var p stripe.CheckoutSessionParams
	p.Mode = stripe.String(string(stripe.CheckoutSessionModePayment))
	p.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
	_, err := session.New(&p)
	return err
}

// client.API: sc.CheckoutSessions is a *session.Client.
func ViaAPI(key string, o Order) error {
	sc := client.New(key, nil)
	_, err := sc.CheckoutSessions.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: items(o),
	})
	if err != nil {
		return err
	}
	_, err = sc.CheckoutSessions.New(&stripe.CheckoutSessionParams{
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: items(o),
		ExpiresAt: stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix()),
	})
	if err != nil {
		return err
	}
	var api client.API
	api.Init(key, nil)
	_, err = api.CheckoutSessions.Get("cs_123", &stripe.CheckoutSessionParams{})
	return err
}

// Through a session.Client value.
func WithClient(c session.Client, o Order) error {
	_, err := c.New(&stripe.CheckoutSessionParams{LineItems: items(o)}) // want `created without ExpiresAt`
	return err
}

// Params that only go to Get: never reported.
func Lookup(id string) (*stripe.CheckoutSession, error) {
	p := &stripe.CheckoutSessionParams{}
	p.AddExpand("line_items")
	return session.Get(id, p)
}

// Other params with an ExpiresAt field are not checkout sessions.
func Links() error {
	if _, err := filelink.New(&stripe.FileLinkParams{File: stripe.String("file_1")}); err != nil {
		return err
	}
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

type Settings struct{ SessionTTL time.Duration }

// TTLs: the sanctioned one, a wrong one, one read at run time.
func TTLs(s Settings) {
	session.New(&stripe.CheckoutSessionParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(720 * time.Hour).Unix()),
	})
	session.New(&stripe.CheckoutSessionParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(168 * time.Hour).Unix()), // want `checkout session TTL is 168h; sanctioned TTL is 720h`
	})
	session.New(&stripe.CheckoutSessionParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(s.SessionTTL).Unix()), // want `cannot verify the checkout session TTL: s.SessionTTL is a value read at run time`
	})
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	p.ExpiresAt = stripe.Int64(time.Now().Unix() + config.CheckoutSessionTTLSeconds)
	session.New(p)
	q := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	q.ExpiresAt = stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()) // want `checkout session TTL is 168h; sanctioned TTL is 720h`
	session.New(q)
}

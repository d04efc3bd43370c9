// Package legacy creates sessions with the checkout/session package
// functions of stripe-go v72, the way most services written before v82 do.
package legacy

import (
	"fmt"
	"log"
	"sync"
	"time"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"
)

const sessionTTL = 30 * 24 * time.Hour

type Order struct {
	ID       string
	Email    string
	PriceID  string
	Quantity int64
}

func lineItems(o Order) []*stripe.CheckoutSessionLineItemParams {
	return []*stripe.CheckoutSessionLineItemParams{{Price: stripe.String(o.PriceID), Quantity: stripe.Int64(o.Quantity)}}
}

// Direct literal.
func CreateTournamentSession(o Order) (*stripe.CheckoutSession, error) {
	return session.New(&stripe.CheckoutSessionParams{ // want `checkout session created without ExpiresAt: Stripe expires it 24h after creation \(sanctioned TTL is 720h\)`
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(o.Email),
		LineItems:     lineItems(o),
		SuccessURL:    stripe.String("https://example.com/paid"),
		CancelURL:     stripe.String("https://example.com/cancel"),
	})
}

// Correct.
func CreateJerseySession(o Order) (*stripe.CheckoutSession, error) {
	return session.New(&stripe.CheckoutSessionParams{
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems:  lineItems(o),
		SuccessURL: stripe.String("https://example.com/paid"),
		ExpiresAt:  stripe.Int64(time.Now().Add(sessionTTL).Unix()),
	})
}

// The shadowing idiom: session, err := session.New(params).
func CreateMonthly(o Order) (string, error) {
	params := &stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModeSubscription)),
		LineItems: lineItems(o),
	}
	params.AddMetadata("order_id", o.ID)
	session, err := session.New(params)
	if err != nil {
		return "", err
	}
	return session.URL, nil
}

// A builder in the same package whose callers set ExpiresAt: fine.
func baseParams(o Order) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems:  lineItems(o),
		SuccessURL: stripe.String("https://example.com/paid"),
	}
}

func CreateFromBase(o Order) (*stripe.CheckoutSession, error) {
	p := baseParams(o)
	p.ExpiresAt = stripe.Int64(time.Now().Add(sessionTTL).Unix())
	return session.New(p)
}

// A builder whose result reaches a creation without ExpiresAt: the literal
// inside the builder is reported, once.
func shareParams(o Order) *stripe.CheckoutSessionParams {
	p := &stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: lineItems(o),
	}
	p.AddMetadata("order", o.ID)
	return p
}

func CreateShared(o Order) error {
	_, err := session.New(shareParams(o))
	return err
}

func CreateSharedAgain(o Order) error {
	_, err := session.New(shareParams(o))
	return err
}

// Params kept in a struct field by one method and created by another.
type checkoutRequest struct {
	order  Order
	params *stripe.CheckoutSessionParams
}

func newRequest(o Order) *checkoutRequest {
	return &checkoutRequest{
		order: o,
		params: &stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
			Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
			LineItems: lineItems(o),
		},
	}
}

func (r *checkoutRequest) send() (*stripe.CheckoutSession, error) {
	return session.New(r.params)
}

func SendRequest(o Order) error {
	_, err := newRequest(o).send()
	return err
}

// ExpiresAt set inside a closure that runs before the creation: fine.
func CreateWithClosure(o Order) error {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment"), LineItems: lineItems(o)}
	setExpiry := func() {
		p.ExpiresAt = stripe.Int64(time.Now().Add(sessionTTL).Unix())
	}
	setExpiry()
	_, err := session.New(p)
	return err
}

// A creation inside a goroutine, in a loop, for every order of a blast.
func EmailBlast(orders []Order) []string {
	var (
		mu   sync.Mutex
		urls []string
		wg   sync.WaitGroup
	)
	for _, o := range orders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := session.New(&stripe.CheckoutSessionParams{ // want `created without ExpiresAt`
				Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
				CustomerEmail: stripe.String(o.Email),
				LineItems:     lineItems(o),
			})
			if err != nil {
				log.Print(err)
				return
			}
			mu.Lock()
			urls = append(urls, s.URL)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return urls
}

// ExpiresAt set in a loop body before the creation: fine.
func Regenerate(orders []Order) error {
	for _, o := range orders {
		p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment"), LineItems: lineItems(o)}
		for i := 0; i < 1; i++ {
			p.ExpiresAt = stripe.Int64(time.Now().Add(sessionTTL).Unix())
		}
		if _, err := session.New(p); err != nil {
			return fmt.Errorf("order %s: %w", o.ID, err)
		}
	}
	return nil
}

// Elided-type literals inside a slice of params: each is a literal.
func CreateTiers() error {
	tiers := []*stripe.CheckoutSessionParams{
		{Mode: stripe.String("payment"), SuccessURL: stripe.String("https://example.com/a")}, // want `created without ExpiresAt`
		{Mode: stripe.String("payment"), ExpiresAt: stripe.Int64(time.Now().Add(sessionTTL).Unix())},
	}
	for _, p := range tiers {
		if _, err := session.New(p); err != nil {
			return err
		}
	}
	return nil
}

// Params that only go to Get: never reported.
func Lookup(id string) (*stripe.CheckoutSession, error) {
	p := &stripe.CheckoutSessionParams{}
	p.AddExpand("line_items")
	return session.Get(id, p)
}

// Reusing a variable: the first literal only goes to Get.
func LookupThenCreate(id string, o Order) error {
	p := &stripe.CheckoutSessionParams{}
	p.AddExpand("customer")
	if _, err := session.Get(id, p); err != nil {
		return err
	}
	p = &stripe.CheckoutSessionParams{
		Mode:      stripe.String("payment"),
		LineItems: lineItems(o),
		ExpiresAt: stripe.Int64(time.Now().Add(sessionTTL).Unix()),
	}
	_, err := session.New(p)
	return err
}

// An exported builder whose params look like a creation (they set Mode)
// escapes this package: reported where it is built.
func CheckoutParams(o Order) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{ // want `checkout session params built for a creation without ExpiresAt`
		Mode:      stripe.String("payment"),
		LineItems: lineItems(o),
	}
}

// An exported builder of params for Get escapes too, but does not look
// like a creation: not reported.
func ExpandParams() *stripe.CheckoutSessionParams { // want ExpandParams:"returnsUnset"
	p := &stripe.CheckoutSessionParams{}
	p.AddExpand("line_items")
	return p
}

// Through the client.API-style Client value.
func CreateWithClient(c session.Client, o Order) error {
	_, err := c.New(&stripe.CheckoutSessionParams{LineItems: lineItems(o)}) // want `created without ExpiresAt`
	return err
}

// A template copied by value: each copy is its own params.
var template = stripe.CheckoutSessionParams{Mode: stripe.String("payment")}

func FromTemplate() error {
	p := template
	_, err := session.New(&p) // want `created without ExpiresAt`
	return err
}

func FromTemplateWithExpiry() error {
	p := template
	p.ExpiresAt = stripe.Int64(time.Now().Add(sessionTTL).Unix())
	_, err := session.New(&p)
	return err
}

func CopyInOneFunction() error {
	a := stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	b := a
	a.ExpiresAt = stripe.Int64(time.Now().Add(sessionTTL).Unix())
	_, err := session.New(&b) // want `created without ExpiresAt`
	return err
}

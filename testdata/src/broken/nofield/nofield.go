// Package nofield sets ExpiresAt on types that have no such field, and
// misspells the field.
package nofield

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

var exp = stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())

// The expire params have no ExpiresAt.
func expireParams() {
	session.Expire("cs_123", &stripe.CheckoutSessionExpireParams{ExpiresAt: exp})
}

// Nor do the list params.
func listParams() {
	session.List(&stripe.CheckoutSessionListParams{ExpiresAt: exp})
}

// Nor does an ordinary struct.
type request struct{ Mode string }

func ownType() {
	_ = &request{ExpiresAt: exp}
}

// A misspelled field, in a literal and by assignment.
func misspelled() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAtt: exp}) // want `created without ExpiresAt`
	p := &stripe.CheckoutSessionParams{}                        // want `created without ExpiresAt`
	p.ExpiresAtt = exp
	session.New(p)
}

// ExpiresAt on the params' embedded Params, which has none.
func embedded() {
	p := &stripe.CheckoutSessionParams{} // want `created without ExpiresAt`
	p.Params.ExpiresAt = exp
	session.New(p)
}

// A selector on the field.
func selectorOnField() {
	p := &stripe.CheckoutSessionParams{ExpiresAt: exp}
	p.ExpiresAt.Value = 3
	session.New(p)
}

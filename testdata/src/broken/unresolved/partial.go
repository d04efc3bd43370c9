package unresolved

import (
	"time"

	v85 "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
	"github.com/stripe/stripe-go/v85/nosuchpackage"
)

// The root resolves; a subpackage doesn't.
func partial() {
	session.New(&v85.CheckoutSessionParams{
		ExpiresAt: nosuchpackage.Expiry(time.Now()),
	})
	nosuchpackage.New(&v85.CheckoutSessionParams{})
}

func partialStillReported() {
	session.New(&v85.CheckoutSessionParams{}) // want `created without ExpiresAt`
}

// Package undefined uses stripe-go and time names that don't exist.
package undefined

import (
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// A misspelled params type: the literal has no type.
func typoType() {
	session.New(&stripe.CheckoutSesionParams{Mode: stripe.String("payment")})
}

// A misspelled pointer helper.
func typoHelper() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int46(time.Now().Add(7 * 24 * time.Hour).Unix()),
	})
}

// An undefined variable as the value.
func undefinedValue() {
	session.New(&stripe.CheckoutSessionParams{ExpiresAt: expiry})
}

// An undefined duration.
func undefinedTTL() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(TTL).Unix()),
	})
}

// An undefined time method.
func undefinedMethod() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().AddDays(30).Unix()),
	})
}

// An undefined creation function.
func undefinedCreate() {
	session.Create(&stripe.CheckoutSessionParams{})
}

// Undefined params handed to a real creation.
func undefinedParams() {
	session.New(params)
}

// Well-typed code in the same package is still analyzed.
func stillReported() {
	session.New(&stripe.CheckoutSessionParams{}) // want `created without ExpiresAt`
}

func stillJudged() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(24 * time.Hour).Unix()), // want `TTL is 24h`
	})
}

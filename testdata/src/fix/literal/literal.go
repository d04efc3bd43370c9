package literal

import (
	"time"

	stripe76 "github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/checkout/session"
)

var _ = time.Now

// Multi-line: the new key is longer than the others, so gofmt realigns.
func multiLine() {
	session.New(&stripe76.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode:     stripe76.String("payment"),
		Customer: stripe76.String("cus_123"),
	})
}

// A trailing comment stays on its line.
func withComment() {
	session.New(&stripe76.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe76.String("payment"), // one-off purchase
	})
}

func oneLine() {
	session.New(&stripe76.CheckoutSessionParams{Mode: stripe76.String("payment")}) // want `created without ExpiresAt`
}

func empty() {
	session.New(&stripe76.CheckoutSessionParams{}) // want `created without ExpiresAt`
}

type request struct {
	params *stripe76.CheckoutSessionParams
	retry  int
}

// A literal nested in a struct literal.
func nested() {
	r := request{
		params: &stripe76.CheckoutSessionParams{ // want `created without ExpiresAt`
			CustomerEmail: stripe76.String("parent@example.com"),
		},
		retry: 3,
	}
	session.New(r.params)
}

// Elided literals in a slice.
func elided() {
	for _, p := range []*stripe76.CheckoutSessionParams{
		{Mode: stripe76.String("payment")}, // want `created without ExpiresAt`
		{ // want `created without ExpiresAt`
			Mode:       stripe76.String("setup"),
			SuccessURL: stripe76.String("https://example.com/ok"),
		},
	} {
		session.New(p)
	}
}

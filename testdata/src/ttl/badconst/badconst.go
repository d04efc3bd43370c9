// Package badconst imports the -const package, but the configuration names
// a constant it lacks, or one that is not a TTL, or one that -ttl
// disagrees with: reported at the import.
package badconst

import (
	"time"

	"example.com/config" // want `-const=`

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func create() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix()),
	})
}

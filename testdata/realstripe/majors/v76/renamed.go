package v76

import (
	"time"

	stripe76 "github.com/stripe/stripe-go/v76"
	checkout "github.com/stripe/stripe-go/v76/checkout/session"
	stripeclient "github.com/stripe/stripe-go/v76/client"
)

// A renamed root import and a checkout/session import named checkout.
func Renamed() {
	checkout.New(&stripe76.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe76.String("payment"),
	})
	checkout.New(&stripe76.CheckoutSessionParams{
		Mode:      stripe76.String("payment"),
		ExpiresAt: stripe76.Int64(time.Now().Add(720 * time.Hour).Unix()),
	})
}

// client.API under another name, used inline.
func RenamedAPI(key string) error {
	_, err := stripeclient.New(key, nil).CheckoutSessions.New(&stripe76.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe76.String("payment"),
	})
	return err
}

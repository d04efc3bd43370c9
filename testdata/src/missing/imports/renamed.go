package imports

import (
	"time"

	stripe76 "github.com/stripe/stripe-go/v76"
	checkout "github.com/stripe/stripe-go/v76/checkout/session"
	"github.com/stripe/stripe-go/v76/client"
)

// A renamed root import and a checkout/session import named checkout.
func renamed() {
	checkout.New(&stripe76.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe76.String("payment"),
	})
	checkout.New(&stripe76.CheckoutSessionParams{
		Mode:      stripe76.String("payment"),
		ExpiresAt: stripe76.Int64(time.Now().Add(720 * time.Hour).Unix()),
	})
}

// client.API: sc.CheckoutSessions is a *session.Client.
func viaAPI(key string) error {
	sc := client.New(key, nil)
	_, err := sc.CheckoutSessions.New(&stripe76.CheckoutSessionParams{ // want `created without ExpiresAt`
		Mode: stripe76.String("payment"),
	})
	if err != nil {
		return err
	}
	var api client.API
	api.Init(key, nil)
	_, err = api.CheckoutSessions.Get("cs_123", &stripe76.CheckoutSessionParams{})
	return err
}

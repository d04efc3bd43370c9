// Command shop serves the example shop.
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/paylint/checkoutexpiry/examples/checkout"
	"github.com/stripe/stripe-go/v85"
)

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

func main() {
	h := &checkout.Handlers{
		Stripe: stripe.NewClient(os.Getenv("STRIPE_SECRET_KEY")),
		Clock:  wallClock{},
		Prices: map[string]string{"tournament": "price_tournament", "jersey": "price_jersey", "monthly": "price_monthly"},
	}
	http.HandleFunc("POST /checkout/tournament", h.Tournament)
	http.HandleFunc("POST /checkout/jersey", h.Jersey)
	http.HandleFunc("POST /checkout/monthly", h.Monthly)
	http.HandleFunc("POST /admin/regenerate", h.Regenerate)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

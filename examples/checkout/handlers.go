// Package checkout serves the shop's payment endpoints.
package checkout

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/paylint/checkoutexpiry/examples/billing"
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// Clock lets tests pin the time.
type Clock interface{ Now() time.Time }

type Handlers struct {
	Stripe *stripe.Client
	Clock  Clock
	Prices map[string]string // product -> Stripe price ID
}

type order struct {
	Product  string `json:"product"`
	Quantity int64  `json:"quantity"`
	Email    string `json:"email"`
}

func decode(r *http.Request) (order, error) {
	var o order
	err := json.NewDecoder(r.Body).Decode(&o)
	return o, err
}

// Tournament registers a team: the sanctioned way, through the helper.
func (h *Handlers) Tournament(w http.ResponseWriter, r *http.Request) {
	o, err := decode(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s, err := h.Stripe.V1CheckoutSessions.Create(r.Context(), &stripe.CheckoutSessionCreateParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(o.Email),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Price:    stripe.String(h.Prices["tournament"]),
			Quantity: stripe.Int64(o.Quantity),
		}},
		SuccessURL: stripe.String("https://shop.example.com/thanks"),
		ExpiresAt:  billing.SessionExpiry(h.Clock.Now()),
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, s.URL, http.StatusSeeOther)
}

// Jersey is the legacy jersey purchase, still on the package-level API.
// It never sets ExpiresAt, so its links die after 24 hours.
func (h *Handlers) Jersey(w http.ResponseWriter, r *http.Request) {
	o, err := decode(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	params := &stripe.CheckoutSessionParams{
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: []*stripe.CheckoutSessionLineItemParams{{
			Price:    stripe.String(h.Prices["jersey"]),
			Quantity: stripe.Int64(o.Quantity),
		}},
		SuccessURL: stripe.String("https://shop.example.com/thanks"),
	}
	params.AddMetadata("product", "jersey")
	s, err := session.New(params)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, s.URL, http.StatusSeeOther)
}

// Monthly starts a subscription. Someone picked a week by hand.
func (h *Handlers) Monthly(w http.ResponseWriter, r *http.Request) {
	o, err := decode(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s, err := h.Stripe.V1CheckoutSessions.Create(r.Context(), &stripe.CheckoutSessionCreateParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModeSubscription)),
		CustomerEmail: stripe.String(o.Email),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Price:    stripe.String(h.Prices["monthly"]),
			Quantity: stripe.Int64(1),
		}},
		SuccessURL: stripe.String("https://shop.example.com/welcome"),
		ExpiresAt:  stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, s.URL, http.StatusSeeOther)
}

// Regenerate mints a fresh link for an order whose link expired; the
// helper sets the sanctioned ExpiresAt.
func (h *Handlers) Regenerate(w http.ResponseWriter, r *http.Request) {
	o, err := decode(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	params := &stripe.CheckoutSessionParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(o.Email),
		LineItems: []*stripe.CheckoutSessionLineItemParams{{
			Price:    stripe.String(h.Prices[o.Product]),
			Quantity: stripe.Int64(o.Quantity),
		}},
	}
	billing.ApplyExpiry(params, h.Clock.Now())
	s, err := session.New(params)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"url": s.URL})
}

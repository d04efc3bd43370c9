// Package v85client creates sessions through stripe.NewClient (v82+ API).
package v85client

import (
	"context"
	"net/http"
	"time"

	"github.com/stripe/stripe-go/v85"
)

type Server struct {
	sc  *stripe.Client
	ttl time.Duration
}

func NewServer(key string) *Server {
	return &Server{sc: stripe.NewClient(key), ttl: 30 * 24 * time.Hour}
}

// Inline literal without ExpiresAt: reported where the literal starts.
func (s *Server) handleTournament(w http.ResponseWriter, r *http.Request) {
	sess, err := s.sc.V1CheckoutSessions.Create(r.Context(), &stripe.CheckoutSessionCreateParams{ // want `checkout session created without ExpiresAt: Stripe expires it 24h after creation \(sanctioned TTL is 720h\)`
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		SuccessURL: stripe.String("https://example.com/ok"),
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, sess.URL, http.StatusSeeOther)
}

// Inline literal with ExpiresAt: fine.
func (s *Server) handleJersey(ctx context.Context) (*stripe.CheckoutSession, error) {
	return s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),
	})
}

// Variable, ExpiresAt assigned before the creation: fine.
func (s *Server) monthly(ctx context.Context, customer string) error {
	params := &stripe.CheckoutSessionCreateParams{
		Customer: stripe.String(customer),
		Mode:     stripe.String(string(stripe.CheckoutSessionModeSubscription)),
	}
	params.ExpiresAt = stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())
	_, err := s.sc.V1CheckoutSessions.Create(ctx, params)
	return err
}

// Variable, ExpiresAt assigned only after the creation: reported.
func (s *Server) late(ctx context.Context) error {
	params := &stripe.CheckoutSessionCreateParams{ // want `created without ExpiresAt`
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
	}
	_, err := s.sc.V1CheckoutSessions.Create(ctx, params)
	params.ExpiresAt = stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())
	return err
}

// A value variable passed by address.
func (s *Server) byValue(ctx context.Context) error {
	params := stripe.CheckoutSessionCreateParams{ // want `created without ExpiresAt`
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
	}
	_, err := s.sc.V1CheckoutSessions.Create(ctx, &params)
	return err
}

// nil params: reported at the call.
func (s *Server) empty(ctx context.Context) error {
	_, err := s.sc.V1CheckoutSessions.Create(ctx, nil) // want `checkout session created with nil params, so without ExpiresAt`
	return err
}

// new(T) with fields assigned one by one: reported at the call.
func (s *Server) viaNew(ctx context.Context) error {
	p := new(stripe.CheckoutSessionCreateParams)
	p.Mode = stripe.String(string(stripe.CheckoutSessionModePayment))
	_, err := s.sc.V1CheckoutSessions.Create(ctx, p) // want `created without ExpiresAt`
	return err
}

// A zero variable with fields assigned one by one: reported at the call.
func (s *Server) viaVar(ctx context.Context) error {
	var p stripe.CheckoutSessionCreateParams
	p.Mode = stripe.String(string(stripe.CheckoutSessionModePayment))
	p.SuccessURL = stripe.String("https://example.com/ok")
	_, err := s.sc.V1CheckoutSessions.Create(ctx, &p) // want `created without ExpiresAt`
	return err
}

// A zero variable that does get ExpiresAt: fine.
func (s *Server) viaVarSet(ctx context.Context) error {
	var p stripe.CheckoutSessionCreateParams
	p.Mode = stripe.String(string(stripe.CheckoutSessionModePayment))
	p.ExpiresAt = stripe.Int64(time.Now().Add(s.ttl).Unix()) // want `cannot verify the checkout session TTL: s.ttl is a value read at run time; write stripe.Int64\(time.Now\(\).Add\(30 \* 24 \* time.Hour\).Unix\(\)\)`
	_, err := s.sc.V1CheckoutSessions.Create(ctx, &p)
	return err
}

// ExpiresAt set in both branches of an if/else: fine.
func (s *Server) branches(ctx context.Context, premium bool) error {
	p := &stripe.CheckoutSessionCreateParams{Mode: stripe.String("payment")}
	if premium {
		p.ExpiresAt = stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())
	} else {
		p.ExpiresAt = stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())
	}
	_, err := s.sc.V1CheckoutSessions.Create(ctx, p)
	return err
}

// A CreateParams literal that escapes is still a creation.
func buildParams(customer string) *stripe.CheckoutSessionCreateParams {
	return &stripe.CheckoutSessionCreateParams{Customer: stripe.String(customer)} // want `created without ExpiresAt`
}

// Retrieve and Update take their own params types: never reported.
func (s *Server) lookup(ctx context.Context, id string) error {
	if _, err := s.sc.V1CheckoutSessions.Retrieve(ctx, id, &stripe.CheckoutSessionRetrieveParams{}); err != nil {
		return err
	}
	_, err := s.sc.V1CheckoutSessions.Update(ctx, id, &stripe.CheckoutSessionUpdateParams{Metadata: map[string]string{"a": "b"}})
	return err
}

// Other params with an ExpiresAt field are not checkout sessions.
func (s *Server) fileLink(ctx context.Context) error {
	_, err := s.sc.V1FileLinks.Create(ctx, &stripe.FileLinkCreateParams{File: stripe.String("file_123")})
	return err
}

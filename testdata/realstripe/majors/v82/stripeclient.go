package v82

import (
	"context"
	"net/http"
	"time"

	"github.com/stripe/stripe-go/v82"

	"example.com/realstripe/config"
)

// Server creates sessions through stripe.NewClient (v82+).
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
		ExpiresAt: stripe.Int64(time.Now().Add(720 * time.Hour).Unix()),
	})
}

// A client made inline.
func CreateInline(ctx context.Context, key string) error {
	_, err := stripe.NewClient(key).V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{ // want `created without ExpiresAt`
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
	})
	return err
}

// Variable, ExpiresAt assigned before the creation: fine.
func (s *Server) monthly(ctx context.Context, customer string) error {
	params := &stripe.CheckoutSessionCreateParams{
		Customer: stripe.String(customer),
		Mode:     stripe.String(string(stripe.CheckoutSessionModeSubscription)),
	}
	params.AddMetadata("customer", customer)
	params.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
	_, err := s.sc.V1CheckoutSessions.Create(ctx, params)
	return err
}

// Variable, ExpiresAt assigned only after the creation: reported.
func (s *Server) late(ctx context.Context) error {
	params := &stripe.CheckoutSessionCreateParams{ // want `created without ExpiresAt`
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
	}
	_, err := s.sc.V1CheckoutSessions.Create(ctx, params)
	params.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
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

// A zero variable that gets an ExpiresAt read at run time.
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
		p.ExpiresAt = stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix())
	} else {
		p.ExpiresAt = stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())
	}
	_, err := s.sc.V1CheckoutSessions.Create(ctx, p)
	return err
}

// A CreateParams literal that escapes is still a creation.
func BuildParams(customer string) *stripe.CheckoutSessionCreateParams {
	return &stripe.CheckoutSessionCreateParams{Customer: stripe.String(customer)} // want `created without ExpiresAt`
}

// A CreateParams literal built for a creation somewhere else, with the
// sanctioned TTL: fine.
func BuildParamsWithExpiry(customer string) *stripe.CheckoutSessionCreateParams {
	return &stripe.CheckoutSessionCreateParams{
		Customer:  stripe.String(customer),
		ExpiresAt: stripe.Int64(time.Now().Add(config.CheckoutSessionTTL).Unix()),
	}
}

// Retrieve, Update and Expire take their own params types: never reported.
func (s *Server) lookup(ctx context.Context, id string) error {
	if _, err := s.sc.V1CheckoutSessions.Retrieve(ctx, id, &stripe.CheckoutSessionRetrieveParams{}); err != nil {
		return err
	}
	if _, err := s.sc.V1CheckoutSessions.Update(ctx, id, &stripe.CheckoutSessionUpdateParams{Metadata: map[string]string{"a": "b"}}); err != nil {
		return err
	}
	_, err := s.sc.V1CheckoutSessions.Expire(ctx, id, &stripe.CheckoutSessionExpireParams{})
	return err
}

// Other params with an ExpiresAt field are not checkout sessions.
func (s *Server) fileLink(ctx context.Context) error {
	if _, err := s.sc.V1FileLinks.Create(ctx, &stripe.FileLinkCreateParams{File: stripe.String("file_123")}); err != nil {
		return err
	}
	if _, err := s.sc.V1FileLinks.Create(ctx, &stripe.FileLinkCreateParams{
		File:      stripe.String("file_123"),
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),
	}); err != nil {
		return err
	}
	_, err := s.sc.V1PromotionCodes.Create(ctx, &stripe.PromotionCodeCreateParams{
		Code:      stripe.String("SPRING"),
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),
	})
	return err
}

// TTLs on CreateParams: the sanctioned one, a wrong one, one read at run
// time.
func (s *Server) ttls(ctx context.Context, cfg Settings) {
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(720 * time.Hour).Unix()),
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(168 * time.Hour).Unix()), // want `checkout session TTL is 168h; sanctioned TTL is 720h`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(cfg.SessionTTL).Unix()), // want `cannot verify the checkout session TTL: cfg.SessionTTL is a value read at run time`
	})
}

// Package defaults checks TTLs under the default configuration (720h).
package defaults

import (
	"context"
	"time"

	"example.com/config"
	"example.com/expiry"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

type clock interface{ Now() time.Time }

type Service struct {
	sc       *stripe.Client
	clock    clock
	settings struct{ SessionTTL time.Duration }
}

func (s *Service) sanctioned(ctx context.Context) {
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(s.clock.Now().Add(config.CheckoutSessionTTL).Unix()),
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(expiry.SessionExpiry()),
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(expiry.In(expiry.TTL())),
	})
}

func (s *Service) wrong(ctx context.Context) {
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()), // want `checkout session TTL is 168h; sanctioned TTL is 720h`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(expiry.WeekFrom(time.Now()).Unix()), // want `checkout session TTL is 168h; sanctioned TTL is 720h`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(expiry.In(24 * time.Hour)), // want `checkout session TTL is 24h; sanctioned TTL is 720h`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(expiry.Days(30)),
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(expiry.Days(604800)), // want `cannot verify the checkout session TTL: the helper's argument 604800 is out of range`
	})
	// An integer number of seconds handed to Add counts nanoseconds.
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(config.CheckoutSessionTTLSeconds).Unix()), // want `checkout session TTL is 0s; sanctioned TTL is 720h \(Add counts nanoseconds: config.CheckoutSessionTTLSeconds is 2.592ms; seconds need \* time.Second\)`
	})
}

func (s *Service) unverifiable(ctx context.Context, order struct{ Deadline time.Time }) {
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(s.settings.SessionTTL).Unix()), // want `cannot verify the checkout session TTL: s.settings.SessionTTL is a value read at run time`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Add(expiry.Configured()).Unix()), // want `cannot verify the checkout session TTL: expiry.Configured\(\) is computed at run time`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(order.Deadline.Unix()), // want `cannot verify the checkout session TTL: order.Deadline is a stored time, not now: ExpiresAt must be now plus the TTL`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().AddDate(0, 1, 0).Unix()), // want `AddDate\(0, 1, 0\) adds months or years, whose length varies; write stripe`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: stripe.Int64(time.Now().Unix() + int64(config.CheckoutSessionTTL)), // want `checkout session TTL is 2592000000000000s, centuries; sanctioned TTL is 720h \(a time.Duration counts nanoseconds, Unix\(\) seconds: divide by time.Second\)`
	})
	s.sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: nil, // want `ExpiresAt is nil, so Stripe expires the session 24h after creation`
	})
}

// A helper that assigns ExpiresAt is judged where it assigns; its callers
// get nothing.
func setWeek(p *stripe.CheckoutSessionParams) {
	p.ExpiresAt = stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()) // want `checkout session TTL is 168h`
}

func callers() {
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	setWeek(p)
	session.New(p)
	q := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	setWeek(q)
	session.New(q)
}

// A local variable holds the expiry: reported on the ExpiresAt line.
func local() {
	exp := time.Now().Add(14 * 24 * time.Hour)
	p := &stripe.CheckoutSessionParams{Mode: stripe.String("payment")}
	p.ExpiresAt = stripe.Int64(exp.Unix()) // want `checkout session TTL is 336h`
	session.New(p)
}

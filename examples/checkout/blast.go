package checkout

import (
	"context"
	"fmt"

	"github.com/stripe/stripe-go/v85"
)

// Parent is one recipient of a payment email.
type Parent struct {
	Email   string
	PriceID string
}

// Mailer sends one email.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// EmailBlast mints one Checkout Session per parent and emails its link.
// Parents open these emails days later: a session without ExpiresAt is
// dead by then.
func EmailBlast(ctx context.Context, sc *stripe.Client, m Mailer, parents []Parent) error {
	for _, p := range parents {
		s, err := sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
			Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
			CustomerEmail: stripe.String(p.Email),
			LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
				Price:    stripe.String(p.PriceID),
				Quantity: stripe.Int64(1),
			}},
			SuccessURL: stripe.String("https://shop.example.com/thanks"),
		})
		if err != nil {
			return fmt.Errorf("session for %s: %w", p.Email, err)
		}
		if err := m.Send(ctx, p.Email, "Tournament fee", "Pay here: "+s.URL); err != nil {
			return err
		}
	}
	return nil
}

package imports

import (
	"context"

	. "github.com/stripe/stripe-go/v86"
)

// A dot import of a major this analyzer has never heard of.
func dotImport(ctx context.Context, sc *Client) error {
	_, err := sc.V1CheckoutSessions.Create(ctx, &CheckoutSessionCreateParams{ // want `created without ExpiresAt`
		Mode: String("payment"),
	})
	return err
}

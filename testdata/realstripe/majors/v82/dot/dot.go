// Package dot dot-imports stripe-go v82.
package dot

import (
	"context"
	"time"

	. "github.com/stripe/stripe-go/v82"
)

func DotImport(ctx context.Context, sc *Client) error {
	_, err := sc.V1CheckoutSessions.Create(ctx, &CheckoutSessionCreateParams{ // want `created without ExpiresAt`
		Mode: String("payment"),
	})
	if err != nil {
		return err
	}
	_, err = sc.V1CheckoutSessions.Create(ctx, &CheckoutSessionCreateParams{
		Mode:      String("payment"),
		ExpiresAt: Int64(time.Now().Add(720 * time.Hour).Unix()),
	})
	return err
}

package app

import (
	"missing/lookalike/stripe"

	realstripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/filelink"
	"github.com/stripe/stripe-go/v85/promotioncode"
)

func create() {
	m := "payment"
	stripe.New(&stripe.CheckoutSessionParams{Mode: &m})
	_ = &stripe.CheckoutSessionCreateParams{Mode: &m}
	// Other stripe-go params with an ExpiresAt field are not checkout sessions.
	filelink.New(&realstripe.FileLinkParams{File: realstripe.String("file_1")})
	promotioncode.New(&realstripe.PromotionCodeParams{Code: realstripe.String("SPRING")})
}

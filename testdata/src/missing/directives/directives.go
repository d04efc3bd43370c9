package directives

import (
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func silenced() {
	//checkoutexpiry:ignore minted when the customer clicks, so 24h is plenty
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")})

	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) //checkoutexpiry:ignore test-mode smoke check
}

func noReason() {
	// want +1 `checkoutexpiry:ignore needs a reason`
	//checkoutexpiry:ignore
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
}

func tooFar() {
	//checkoutexpiry:ignore only covers its own line and the next

	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
}

func misspelled() {
	// want +1 `unknown checkoutexpiry directive //checkoutexpiry:ignroe`
	//checkoutexpiry:ignroe typo
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`

	// want +1 `malformed checkoutexpiry directive: write //checkoutexpiry:ignore spaced out without a space`
	// checkoutexpiry:ignore spaced out
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
}

func capitalised() {
	// want +1 `unknown checkoutexpiry directive //checkoutexpiry:Ignore: the only directive is`
	//checkoutexpiry:Ignore capitalised by an editor
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`

	// want +1 `malformed checkoutexpiry directive: write //checkoutexpiry:ignore <reason>, with no space after the colon`
	//checkoutexpiry: ignore space after the colon
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`

	// want +1 `malformed checkoutexpiry directive: write //checkoutexpiry:ignore tab after the slashes without a space`
	//	checkoutexpiry:ignore tab after the slashes
	session.New(&stripe.CheckoutSessionParams{Mode: stripe.String("payment")}) // want `created without ExpiresAt`
}

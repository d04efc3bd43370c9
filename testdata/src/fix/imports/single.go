package imports

import "github.com/stripe/stripe-go/v85/checkout/session"

func nilParams() {
	session.New(nil) // want `created with nil params`
}

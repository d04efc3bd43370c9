package ttl

import (
	"fmt"
	"time"

	"example.com/expiry"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

func week() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()), // want `TTL is 168h`
	})
}

func seconds(now time.Time) {
	p := &stripe.CheckoutSessionParams{}
	p.ExpiresAt = stripe.Int64(now.Unix() + 86400) // want `TTL is 24h`
	session.New(p)
}

func days() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: new(time.Now().AddDate(0, 0, 7).Unix()), // want `TTL is 168h`
	})
}

// The TTL sits in a local variable: edited there.
func local() {
	exp := time.Now().Add(48 * time.Hour)
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(exp.Unix()), // want `TTL is 48h`
	})
}

func in(d time.Duration) *int64 { return stripe.Int64(time.Now().Add(d).Unix()) }

// A helper's argument supplied the TTL: edited at the call.
func helperArg() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: in(14 * 24 * time.Hour), // want `TTL is 336h`
	})
}

// A helper in another package decided the TTL: no fix.
func otherPackage() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(expiry.WeekFrom(time.Now()).Unix()), // want `TTL is 168h; sanctioned TTL is 720h \(it comes from expiry.WeekFrom in another package: fix it there\)`
	})
}

// Two additions made the TTL: the whole value is replaced.
func twoParts() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(24*time.Hour).Unix() + 3600), // want `TTL is 25h`
	})
}

func nilExpiry() {
	session.New(&stripe.CheckoutSessionParams{
		Mode:      stripe.String("payment"),
		ExpiresAt: nil, // want `ExpiresAt is nil`
	})
}

func millis() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).UnixMilli()), // want `UnixMilli counts in the wrong unit`
	})
}

// Run-time configuration is the user's choice: no fix.
func configured(d time.Duration) {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(d).Unix()), // want `d is a parameter`
	})
}

// Seconds subtracted from now: the sanctioned TTL is added instead.
func subtracted() {
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Unix() - 3600), // want `TTL is -1h`
	})
}

// The seconds sit in a local's definition, laid out there as gofmt would.
func localSeconds() {
	e := time.Now().Unix() + 3600
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(e), // want `TTL is 1h`
	})
}

func subtractedLater() {
	e := time.Now().Unix()
	e -= 60
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(e), // want `TTL is -1m`
	})
}

// Replacing the TTL would leave days unused, which does not compile: no fix.
func onlyUse() {
	days := 7
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Duration(days) * 24 * time.Hour).Unix()), // want `TTL is 168h; sanctioned TTL is 720h \(no automatic fix: it would leave days declared and not used\)`
	})
}

// days is used elsewhere too: fixed.
func notOnlyUse() {
	days := 7
	session.New(&stripe.CheckoutSessionParams{
		ExpiresAt: stripe.Int64(time.Now().Add(time.Duration(days) * 24 * time.Hour).Unix()), // want `TTL is 168h; sanctioned TTL is 720h$`
		Metadata:  map[string]string{"days": fmt.Sprint(days)},
	})
}

// Package config holds the sanctioned checkout TTL, both ways teams write it.
package config

import "time"

// CheckoutSessionTTL is the sanctioned Checkout Session lifetime.
const CheckoutSessionTTL = 30 * 24 * time.Hour

// CheckoutSessionTTLSeconds is the same lifetime in seconds, as the
// incident's CHECKOUT_SESSION_TTL_SECONDS was.
const CheckoutSessionTTLSeconds = 30 * 24 * 3600

// ShortTTL is a different, wrong lifetime.
const ShortTTL = 24 * time.Hour

// Name is not a duration.
const Name = "checkout"

// Lifetime is a named integer type.
type Lifetime int64

// LifetimeTTL is the sanctioned lifetime in seconds, of a named type whose
// unit its declaration doesn't show.
const LifetimeTTL Lifetime = 30 * 24 * 3600

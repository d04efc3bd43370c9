// Package expiry computes session expiries without importing stripe-go:
// its facts still reach the packages that do.
package expiry

import (
	"time"

	"example.com/config"
)

// SessionExpiry is the sanctioned expiry, in Unix seconds.
func SessionExpiry() int64 { // want SessionExpiry:`expiry\(unix now\+2592000s from example.com/config.CheckoutSessionTTL\)`
	return time.Now().Add(config.CheckoutSessionTTL).Unix()
}

// WeekFrom is a week after now.
func WeekFrom(now time.Time) time.Time { // want WeekFrom:`expiry\(time arg0\+604800000000000ns\)`
	return now.Add(7 * 24 * time.Hour)
}

// In is now plus d, in Unix seconds.
func In(d time.Duration) int64 { // want In:`expiry\(unix now\+1\*arg0/1000000000s\)`
	t := time.Now()
	return t.Add(d).Unix()
}

// TTL is the sanctioned duration.
func TTL() time.Duration { // want TTL:`expiry\(num 2592000000000000 from example.com/config.CheckoutSessionTTL\)`
	return config.CheckoutSessionTTL
}

var configured = 48 * time.Hour

// Configured reads a variable: no fact.
func Configured() time.Duration { return configured }

// Total changes n twice per iteration: evaluating it must terminate (it
// once recursed forever), and it gets no fact.
func Total(xs []int64) int64 {
	var n int64
	for _, x := range xs {
		n += x
		n += x
	}
	return n
}

// Days is n days after now, in Unix seconds. Its Duration overflows for
// more than about 106,751 days.
func Days(n int) int64 { // want Days:`expiry\(unix now\+86400\*arg0s\)`
	return time.Now().Add(time.Duration(n) * 24 * time.Hour).Unix()
}

package analyzer

import (
	"testing"
	"time"
)

func TestFmtDuration(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{720 * time.Hour, "720h"},
		{24 * time.Hour, "24h"},
		{90 * time.Minute, "1h30m"},
		{30 * time.Minute, "30m"},
		{45 * time.Second, "45s"},
		{time.Hour + time.Second, "1h0m1s"},
		{-time.Hour, "-1h"},
		{2592 * time.Microsecond, "2.592ms"},
		{0, "0s"},
	} {
		if got := fmtDuration(tc.d); got != tc.want {
			t.Errorf("fmtDuration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

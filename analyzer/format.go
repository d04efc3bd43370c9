package analyzer

import (
	"strings"
	"time"
)

// fmtDuration prints a duration the way people write it: 720h, 90m, 1h30m,
// 45s, without the trailing zero units of time.Duration.String.
func fmtDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

package analyzer

import (
	"flag"
	"fmt"
	"go/token"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DefaultTTL is the sanctioned Checkout Session lifetime when none is
// configured: 30 days, the policy this analyzer was written to enforce.
// Stripe itself documents a window of 30 minutes to 24 hours; see
// docs/stripe-window.md and the -stripe-window flag.
const DefaultTTL = 30 * 24 * time.Hour

// Stripe's documented window for ExpiresAt, relative to creation.
const (
	stripeMinTTL = 30 * time.Minute
	stripeMaxTTL = 24 * time.Hour
)

// Config configures the analyzer. The zero Config is the default.
type Config struct {
	// TTL is the sanctioned session lifetime. Zero means DefaultTTL.
	TTL time.Duration
	// Const names the sanctioned constant as "importpath.Name": a
	// time.Duration, or an integer number of seconds. Where its package is
	// visible, its value is the sanctioned TTL and ExpiresAt must be derived
	// from it.
	Const string
	// StripeWindow also holds every TTL against Stripe's documented window
	// (30m to 24h).
	StripeWindow bool
}

// Validate reports the first problem with c, phrased for the user: what is
// wrong and what to write instead.
func (c Config) Validate() error {
	if c.TTL < 0 {
		return fmt.Errorf("ttl: %s is negative; write a positive duration such as 720h", fmtDuration(c.TTL))
	}
	if c.TTL%time.Second != 0 {
		return fmt.Errorf("ttl: %s is not a whole number of seconds, which ExpiresAt counts in", fmtDuration(c.TTL))
	}
	if c.Const != "" {
		if _, _, err := ParseConst(c.Const); err != nil {
			return fmt.Errorf("const: %v", err)
		}
	}
	return nil
}

// sanctioned returns the configured TTL, defaulted.
func (c Config) sanctioned() time.Duration {
	if c.TTL == 0 {
		return DefaultTTL
	}
	return c.TTL
}

// ParseTTL parses a -ttl value: a positive Go duration.
func ParseTTL(s string) (time.Duration, error) {
	d, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		hint := ""
		if strings.HasSuffix(strings.TrimSpace(s), "d") {
			hint = " (Go durations have no days: 30 days is 720h)"
		}
		return 0, fmt.Errorf("%q is not a duration%s; write a Go duration such as 720h, 24h or 90m", s, hint)
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q is not positive; write a positive duration such as 720h", s)
	}
	if d%time.Second != 0 {
		return 0, fmt.Errorf("%q is not a whole number of seconds, which ExpiresAt counts in; write e.g. %s", s, fmtDuration(max(d.Truncate(time.Second), time.Second)))
	}
	return d, nil
}

// ParseConst splits a -const value "importpath.Name".
func ParseConst(s string) (pkgPath, name string, err error) {
	const eg = "write e.g. example.com/billing/config.CheckoutSessionTTL"
	i := strings.LastIndex(s, ".")
	if i < 0 || strings.LastIndex(s, "/") > i {
		return "", "", fmt.Errorf("%q is not importpath.Name; %s", s, eg)
	}
	pkgPath, name = s[:i], s[i+1:]
	if why := badImportPath(pkgPath); why != "" {
		return "", "", fmt.Errorf("%q: %q is not an import path (%s); %s", s, pkgPath, why, eg)
	}
	if !token.IsIdentifier(name) {
		return "", "", fmt.Errorf("%q: %q is not a Go identifier; %s", s, name, eg)
	}
	if !token.IsExported(name) {
		hint := "rename it to start with an upper-case letter"
		r, size := utf8.DecodeRuneInString(name)
		if up := unicode.ToUpper(r); up != r && unicode.IsUpper(up) {
			hint = "export it, e.g. as " + string(up) + name[size:]
		}
		return "", "", fmt.Errorf("%q: %s is not exported, so other packages cannot derive ExpiresAt from it; %s (%s)", s, name, hint, eg)
	}
	return pkgPath, name, nil
}

// badImportPath says why path is not an import path Go accepts, or "":
// non-empty elements other than . and .., of graphic characters other
// than space and those the spec lets compilers refuse.
func badImportPath(path string) string {
	if path == "" {
		return "it is empty"
	}
	if !utf8.ValidString(path) {
		return "it is not UTF-8"
	}
	for elem := range strings.SplitSeq(path, "/") {
		if elem == "" || elem == "." || elem == ".." {
			return "empty, . and .. elements are not allowed"
		}
	}
	for _, r := range path {
		if !unicode.IsGraphic(r) || unicode.IsSpace(r) || strings.ContainsRune("!\"#$%&'()*,:;<=>?[\\]^`{|}\uFFFD", r) {
			return fmt.Sprintf("%q is not allowed in one", r)
		}
	}
	return ""
}

// bindFlags registers -ttl, -const and -stripe-window on fs, writing to c.
// Values are checked as they are parsed, so a bad flag stops the command
// before any package is analyzed (and go vet never caches a failed run).
func bindFlags(fs *flag.FlagSet, c *Config) {
	fs.Var(ttlValue{c}, "ttl", "sanctioned Checkout Session `duration` (default 720h)")
	fs.Var(constValue{c}, "const", "sanctioned TTL constant, as `importpath.Name` (a time.Duration or integer seconds); code must derive ExpiresAt from it")
	fs.BoolVar(&c.StripeWindow, "stripe-window", c.StripeWindow, "also report TTLs outside Stripe's documented window (30m to 24h)")
}

type ttlValue struct{ c *Config }

func (v ttlValue) String() string {
	if v.c == nil || v.c.TTL == 0 {
		return ""
	}
	return fmtDuration(v.c.TTL)
}

func (v ttlValue) Set(s string) error {
	d, err := ParseTTL(s)
	if err != nil {
		return err
	}
	v.c.TTL = d
	return nil
}

type constValue struct{ c *Config }

func (v constValue) String() string {
	if v.c == nil {
		return ""
	}
	return v.c.Const
}

func (v constValue) Set(s string) error {
	if _, _, err := ParseConst(s); err != nil {
		return err
	}
	v.c.Const = s
	return nil
}

package plugin

import (
	"strings"
	"testing"
	"time"

	"github.com/golangci/plugin-module-register/register"
	"github.com/paylint/checkoutexpiry/analyzer"
)

// golangci-lint hands the plugin its settings as decoded YAML: maps with
// string keys and YAML scalars (a bare 720h is a string, 86400 an int).

func TestSettings(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  any
		want analyzer.Config
	}{
		{"nil", nil, analyzer.Config{}},
		{"empty", map[string]any{}, analyzer.Config{}},
		{"all", map[string]any{
			"ttl":           "24h",
			"const":         "example.com/billing/config.CheckoutSessionTTL",
			"stripe-window": true,
		}, analyzer.Config{TTL: 24 * time.Hour, Const: "example.com/billing/config.CheckoutSessionTTL", StripeWindow: true}},
		{"ttl only", map[string]any{"ttl": "720h"}, analyzer.Config{TTL: 720 * time.Hour}},
		{"ttl spaces", map[string]any{"ttl": " 90m "}, analyzer.Config{TTL: 90 * time.Minute}},
		{"empty ttl is the default", map[string]any{"ttl": ""}, analyzer.Config{}},
		{"keys are case-insensitive", map[string]any{"TTL": "1h"}, analyzer.Config{TTL: time.Hour}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(tc.raw)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.(*Plugin).cfg; got != tc.want {
				t.Errorf("config = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  any
		want string // the whole error
	}{
		{"bad duration", map[string]any{"ttl": "banana"},
			`checkoutexpiry settings: ttl: "banana" is not a duration; write a Go duration such as 720h, 24h or 90m`},
		{"days", map[string]any{"ttl": "30d"},
			`checkoutexpiry settings: ttl: "30d" is not a duration (Go durations have no days: 30 days is 720h); write a Go duration such as 720h, 24h or 90m`},
		{"zero ttl", map[string]any{"ttl": "0s"},
			`checkoutexpiry settings: ttl: "0s" is not positive; write a positive duration such as 720h`},
		{"negative ttl", map[string]any{"ttl": "-1h"},
			`checkoutexpiry settings: ttl: "-1h" is not positive; write a positive duration such as 720h`},
		{"ttl as a YAML number", map[string]any{"ttl": 86400},
			`checkoutexpiry settings: ttl: got a number; write a Go duration as a string, such as "720h" (30 days), "24h" or "90m"`},
		{"const without dot", map[string]any{"const": "CheckoutSessionTTL"},
			`checkoutexpiry settings: const: "CheckoutSessionTTL" is not importpath.Name; write e.g. example.com/billing/config.CheckoutSessionTTL`},
		{"const without name", map[string]any{"const": "example.com/config."},
			`checkoutexpiry settings: const: "example.com/config.": "" is not a Go identifier; write e.g. example.com/billing/config.CheckoutSessionTTL`},
		{"const as a number", map[string]any{"const": 1},
			`checkoutexpiry settings: const: got a number; write a string "importpath.Name", such as "example.com/billing/config.CheckoutSessionTTL"`},
		{"stripe-window as a string", map[string]any{"stripe-window": "yes"},
			`checkoutexpiry settings: stripe-window: got a string; write true or false`},
		{"misspelt field", map[string]any{"stripe_windw": true},
			`checkoutexpiry settings: unknown setting "stripe_windw" (did you mean "stripe-window"?); the settings are ` + known()},
		{"snake case", map[string]any{"stripe_window": true},
			`checkoutexpiry settings: unknown setting "stripe_window" (did you mean "stripe-window"?); the settings are ` + known()},
		{"unknown field", map[string]any{"expiry": "24h"},
			`checkoutexpiry settings: unknown setting "expiry"; the settings are ` + known()},
		{"not a map", "720h",
			`checkoutexpiry settings: settings must be a map of ttl, const and stripe-window, not a string`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(tc.raw)
			if err == nil {
				t.Fatalf("New(%#v) = %+v, want an error", tc.raw, p)
			}
			if err.Error() != tc.want {
				t.Errorf("New(%#v):\n got %s\nwant %s", tc.raw, err, tc.want)
			}
		})
	}
}

func TestKnownNamesEverySetting(t *testing.T) {
	got := known()
	for _, want := range []string{`const (a string "importpath.Name"`, `stripe-window (true or false)`, `ttl (a Go duration as a string`} {
		if !strings.Contains(got, want) {
			t.Errorf("known() = %s\nlacks %s", got, want)
		}
	}
}

func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"ttl": "24h", "stripe-window": true})
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("BuildAnalyzers() returned %d analyzers, want 1", len(as))
	}
	a := as[0]
	// golangci-lint's nolint directives and settings key use the plugin
	// name; it prefixes messages with the analyzer's name when they differ.
	if a.Name != Name {
		t.Errorf("Analyzer.Name = %q, want %q", a.Name, Name)
	}
	// The settings reach the analyzer: its flags show them.
	for flag, want := range map[string]string{"ttl": "24h", "stripe-window": "true", "const": ""} {
		f := a.Flags.Lookup(flag)
		if f == nil {
			t.Errorf("analyzer has no -%s flag", flag)
			continue
		}
		if got := f.Value.String(); got != want {
			t.Errorf("-%s = %q, want %q", flag, got, want)
		}
	}
	// Each plugin instance has its own analyzer: settings don't leak into
	// the default one.
	if a == analyzer.Analyzer {
		t.Error("BuildAnalyzers returned the shared default analyzer")
	}
	if got := analyzer.Analyzer.Flags.Lookup("ttl").Value.String(); got != "" {
		t.Errorf("default analyzer's -ttl = %q after building a plugin with ttl 24h", got)
	}
}

func TestClose1(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"ttl", "ttl", true},
		{"ttl", "tll", true},
		{"ttl", "tl", true},
		{"ttl", "tttl", true},
		{"ttl", "t", false},
		{"stripewindow", "stripewindw", true},
		{"const", "cnst", true},
		{"const", "expiry", false},
		{"", "a", true},
	} {
		if got := close1(tc.a, tc.b); got != tc.want {
			t.Errorf("close1(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

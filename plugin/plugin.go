// Package plugin makes checkoutexpiry a golangci-lint v2 module plugin.
//
// Build a golangci-lint that includes it (see docs/golangci-lint.md) and
// configure it in .golangci.yml under
// linters.settings.custom.checkoutexpiry.settings:
//
//	ttl: 720h                 # the sanctioned TTL, a quoted or bare Go duration
//	const: example.com/billing/config.CheckoutSessionTTL
//	stripe-window: false
//
// The settings mean what the command's -ttl, -const and -stripe-window flags
// mean. A bad setting stops golangci-lint before it analyzes anything, with a
// message naming the setting and what to write.
package plugin

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis"
)

// Name is the plugin's name: the key under linters.settings.custom, the
// name to enable, and the name //nolint: directives use. It is also the
// analyzer's name, so golangci-lint prints messages unprefixed.
const Name = "checkoutexpiry"

func init() { register.Plugin(Name, New) }

// Settings are the plugin's settings, as written in .golangci.yml.
type Settings struct {
	// TTL is the sanctioned TTL as a Go duration ("720h"); empty means
	// analyzer.DefaultTTL.
	TTL string `json:"ttl"`
	// Const is the sanctioned constant, "importpath.Name"; empty means none.
	Const string `json:"const"`
	// StripeWindow also reports TTLs outside Stripe's 30m..24h window.
	StripeWindow bool `json:"stripe-window"`
}

// settingHelp says what each setting takes, for error messages.
var settingHelp = map[string]string{
	"ttl":           `a Go duration as a string, such as "720h" (30 days), "24h" or "90m"`,
	"const":         `a string "importpath.Name", such as "example.com/billing/config.CheckoutSessionTTL"`,
	"stripe-window": "true or false",
}

// Plugin is the golangci-lint plugin for one configuration.
type Plugin struct {
	cfg analyzer.Config
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes and checks the settings golangci-lint passes (nil when the
// configuration has none, which means the defaults).
func New(raw any) (register.LinterPlugin, error) {
	cfg, err := config(raw)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return &Plugin{cfg: cfg}, nil
}

// config turns raw settings into a validated analyzer.Config.
func config(raw any) (analyzer.Config, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return analyzer.Config{}, explainDecode(err)
	}
	cfg := analyzer.Config{Const: s.Const, StripeWindow: s.StripeWindow}
	if s.TTL != "" {
		d, err := analyzer.ParseTTL(s.TTL)
		if err != nil {
			return analyzer.Config{}, fmt.Errorf("ttl: %w", err)
		}
		cfg.TTL = d
	}
	if err := cfg.Validate(); err != nil {
		return analyzer.Config{}, err
	}
	return cfg, nil
}

// explainDecode rewrites a decoding error from register.DecodeSettings so it
// names the setting and says what to write.
func explainDecode(err error) error {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		field := typ.Field
		if help, ok := settingHelp[field]; ok {
			return fmt.Errorf("%s: got a %s; write %s", field, typ.Value, help)
		}
		return fmt.Errorf("settings must be a map of ttl, const and stripe-window, not a %s", typ.Value)
	}
	// encoding/json reports unknown fields only as text.
	msg := err.Error()
	if i := strings.Index(msg, "json: unknown field "); i >= 0 {
		key := strings.Trim(msg[i+len("json: unknown field "):], `"`)
		return fmt.Errorf("unknown setting %q%s; the settings are %s", key, suggest(key), known())
	}
	return err
}

// suggest returns ` (did you mean "x"?)` when key is a known setting spelt
// with other separators or case, else "".
func suggest(key string) string {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == ' ' {
				return -1
			}
			return r
		}, strings.ToLower(s))
	}
	for name := range settingHelp {
		if norm(name) == norm(key) {
			return fmt.Sprintf(" (did you mean %q?)", name)
		}
	}
	// One letter missing, extra or changed: stripe_windw, tll.
	for name := range settingHelp {
		if close1(norm(name), norm(key)) {
			return fmt.Sprintf(" (did you mean %q?)", name)
		}
	}
	return ""
}

// close1 reports whether a and b are at most one edit apart.
func close1(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i+1:] == b[i:]
}

// known lists the settings and what each takes.
func known() string {
	names := make([]string, 0, len(settingHelp))
	for name := range settingHelp {
		names = append(names, name)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, name := range names {
		parts[i] = name + " (" + settingHelp[name] + ")"
	}
	return strings.Join(parts, ", ")
}

// BuildAnalyzers returns the analyzer for the plugin's configuration.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a, err := analyzer.New(p.cfg)
	if err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode asks for type information, which the analyzer and its facts
// need.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

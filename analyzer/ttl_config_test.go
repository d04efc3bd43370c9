package analyzer_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func newAnalyzer(t *testing.T, c analyzer.Config) *analysis.Analyzer {
	t.Helper()
	a, err := analyzer.New(c)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestTTLConstDuration(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t, analyzer.Config{Const: "example.com/config.CheckoutSessionTTL"})
	analysistest.Run(t, testdata(t), a, "ttl/constdur", "ttl/noimport")
}

func TestTTLConstSeconds(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t, analyzer.Config{Const: "example.com/config.CheckoutSessionTTLSeconds"})
	analysistest.Run(t, testdata(t), a, "ttl/constsec")
}

func TestTTLWindow(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t, analyzer.Config{TTL: 24 * time.Hour, StripeWindow: true})
	analysistest.Run(t, testdata(t), a, "ttl/window")
	// With the default 720h, every sanctioned TTL is outside the window:
	// the message says the policy is the problem.
	analysistest.Run(t, testdata(t), newAnalyzer(t, analyzer.Config{StripeWindow: true}), "ttl/windowdefault")
}

// A -const that names no constant, a non-TTL constant, or one -ttl
// disagrees with is reported where the constant's package is imported.
func TestTTLBadConst(t *testing.T) {
	t.Parallel()
	for i, tc := range []struct {
		cfg  analyzer.Config
		want string
	}{
		{analyzer.Config{Const: "example.com/config.Missing"}, "package example.com/config has no constant Missing"},
		{analyzer.Config{Const: "example.com/config.Name"}, "Name is a constant of type untyped string, not a time.Duration or integer seconds"},
		{analyzer.Config{Const: "example.com/config.CheckoutSessionTTL", TTL: 24 * time.Hour}, "-ttl=24h disagrees with -const=example.com/config.CheckoutSessionTTL, which is 720h"},
	} {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			t.Parallel()
			res := analysistest.Run(&collect{T: t}, testdata(t), newAnalyzer(t, tc.cfg), "ttl/badconst")
			var got []string
			for _, r := range res {
				for _, d := range r.Diagnostics {
					got = append(got, d.Message)
					if d.Category != "constant" {
						t.Errorf("category %q, want constant", d.Category)
					}
				}
			}
			if len(got) != 1 || !strings.Contains(got[0], tc.want) {
				t.Errorf("%+v: got %q, want one diagnostic containing %q", tc.cfg, got, tc.want)
			}
		})
	}
}

// A package that can't see the constant's package reads the constant's
// declaration: where there is no such constant, or it is no TTL, its code
// is not held against it (the constant's own package reports the problem).
func TestTTLBadConstUnimported(t *testing.T) {
	t.Parallel()
	for _, c := range []string{"example.com/config.Missing", "example.com/config.Name"} {
		res := analysistest.Run(&collect{T: t}, testdata(t), newAnalyzer(t, analyzer.Config{Const: c}), "ttl/noimport")
		for _, r := range res {
			for _, d := range r.Diagnostics {
				t.Errorf("-const=%s: %s: %s", c, r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}

// collect lets a test inspect diagnostics whose text varies with the
// configuration instead of failing on the want comments.
type collect struct{ *testing.T }

func (c *collect) Errorf(format string, args ...any) {}

package analyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

// The stub tests run on trimmed copies of stripe-go under testdata/src.
// These run the analyzer on code that uses the real SDK, as modules, so a
// stub (or a belief about the SDK) that drifts from the real thing shows up
// as a missed or false report:
//
//	testdata/realstripe/majors    v72.122.0, v76.25.0, v81.4.0, v82.5.1, v85.0.0
//	testdata/realstripe/v72pre63  v72.62.0, before CheckoutSessionParams.ExpiresAt
//
// analysistest loads a directory that has a go.mod in module mode, with
// GOPROXY=off, so the modules must already be in the module cache. The test
// first runs `go mod download` in each fixture with the caller's own proxy
// settings: instant once the modules are cached, and the first time it
// fetches about 7 MB of zips (48 MB unpacked) from the Go module proxy.
// Loading type-checks every stripe-go package the fixtures import from
// source (client.API imports all of them, about 700 packages for the five
// majors), so this test costs seconds of CPU; -short skips it.

// realStripe returns the fixture module testdata/realstripe/name, with its
// modules in the module cache.
func realStripe(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(testdata(t), "realstripe", name)
	start := time.Now()
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	// -mod=readonly: a go.sum that lacks a line fails here, not later
	// as an obscure load error under GOPROXY=off.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s (needs the Go module proxy the first time): %v\n%s", dir, err, out)
	}
	t.Logf("go mod download in %s: %v", name, time.Since(start).Round(time.Millisecond))
	return dir
}

func TestRealStripe(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real stripe-go modules from source")
	}
	t.Parallel()
	majors := realStripe(t, "majors")
	pre63 := realStripe(t, "v72pre63")
	for _, tc := range []struct {
		name     string
		dir      string
		cfg      analyzer.Config
		patterns []string
		// cats is the set of categories the run must report: each
		// diagnostic's category is checked against its message, and this
		// checks the fixture still exercises every one.
		cats []string
	}{
		{
			name: "default",
			dir:  majors,
			patterns: []string{
				"./config", "./expiry", "./billing",
				"./v72/...", "./v76/...", "./v81/...", "./v82/...", "./v85/...",
			},
			cats: []string{"missing", "ttl", "unverified"},
		},
		{
			name:     "const",
			dir:      majors,
			cfg:      analyzer.Config{Const: "example.com/realstripe/config.CheckoutSessionTTL"},
			patterns: []string{"./constcheck"},
			cats:     []string{"constant", "missing", "ttl"},
		},
		{
			name:     "window",
			dir:      majors,
			cfg:      analyzer.Config{TTL: 24 * time.Hour, StripeWindow: true},
			patterns: []string{"./window"},
			cats:     []string{"missing", "ttl", "unverified", "window"},
		},
		{
			name:     "v72pre63",
			dir:      pre63,
			patterns: []string{"./..."},
			cats:     []string{"missing"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			results := analysistest.Run(t, tc.dir, newAnalyzer(t, tc.cfg), tc.patterns...)
			t.Logf("analysistest.Run %s: %v", tc.patterns, time.Since(start).Round(time.Millisecond))
			if len(results) == 0 {
				t.Fatal("no results")
			}

			// The analyzer runs despite type errors, and analysistest
			// then stops looking for them: a fixture that no longer
			// compiles against the SDK would test nothing.
			var roots []*packages.Package
			for _, r := range results {
				roots = append(roots, r.Action.Package)
			}
			packages.Visit(roots, nil, func(p *packages.Package) {
				for _, e := range p.Errors {
					t.Errorf("%s: %v", p.PkgPath, e)
				}
				for _, e := range p.TypeErrors {
					t.Errorf("%s: %v", p.PkgPath, e)
				}
			})

			// analysistest matches messages by line; the category is the
			// other half of a diagnostic's contract.
			seen := map[string]bool{}
			for _, r := range results {
				for _, d := range r.Diagnostics {
					pos := r.Action.Package.Fset.Position(d.Pos)
					want := categoryOf(d.Message)
					if d.Category != want {
						t.Errorf("%s: category %q, want %q: %s", pos, d.Category, want, d.Message)
					}
					if !strings.HasSuffix(d.URL, "/"+d.Category+".md") {
						t.Errorf("%s: URL %q does not name category %q", pos, d.URL, d.Category)
					}
					seen[d.Category] = true
				}
			}
			var got []string
			for c := range seen {
				got = append(got, c)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.cats) {
				t.Errorf("categories reported: %q, want %q", got, tc.cats)
			}
		})
	}
}

// categoryOf is the category a diagnostic with this message belongs to.
func categoryOf(msg string) string {
	switch {
	case strings.HasPrefix(msg, "checkout session created "),
		strings.HasPrefix(msg, "checkout session params built for a creation "):
		return "missing"
	case strings.HasPrefix(msg, "checkout session TTL is the sanctioned "):
		return "constant"
	case strings.Contains(msg, "outside Stripe's documented window"):
		return "window"
	case strings.HasPrefix(msg, "checkout session TTL is "):
		return "ttl"
	case strings.HasPrefix(msg, "cannot verify the checkout session TTL"):
		return "unverified"
	}
	return "unknown message"
}

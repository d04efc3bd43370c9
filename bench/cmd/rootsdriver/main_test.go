package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// On the analyzer's own testdata, which has helpers in one package and
// callers in another, the prototype driver reports exactly what the
// shipped driver's loading (every dependency from source, the analyzer run
// on each) reports: when every package is requested, and when only the
// callers are (the helpers are then analyzed for facts only).
func TestSameFindingsAsFullDriver(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Dir:   filepath.Join(root, "src"),
		Env:   append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		Tests: true,
	}
	for _, tc := range []struct {
		patterns []string
		loads    int
	}{
		{[]string{"missing/...", "example.com/...", "ttl/defaults"}, 1},
		{[]string{"example.com/app"}, 2},
	} {
		t.Run(strings.Join(tc.patterns, ","), func(t *testing.T) {
			full := *cfg
			full.Mode = packages.LoadAllSyntax | packages.NeedModule
			fullPkgs, err := packages.Load(&full, tc.patterns...)
			if err != nil {
				t.Fatal(err)
			}
			want := findings(t, func() (*checker.Graph, error) {
				return checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, fullPkgs, nil)
			})
			if len(want) == 0 {
				t.Fatal("the full driver found nothing: the test tests nothing")
			}

			loads := 0
			got := findings(t, func() (*checker.Graph, error) {
				g, _, n, err := loadAndAnalyze(analyzer.Analyzer, cfg, tc.patterns, true, nil, func([]*packages.Package) {})
				loads = n
				return g, err
			})
			if !slices.Equal(got, want) {
				t.Errorf("findings differ\nprototype:\n%q\nfull driver:\n%q", got, want)
			}
			if loads != tc.loads {
				t.Errorf("%d loads, want %d", loads, tc.loads)
			}
		})
	}
}

func findings(t *testing.T, run func() (*checker.Graph, error)) []string {
	t.Helper()
	g, err := run()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			out = append(out, fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

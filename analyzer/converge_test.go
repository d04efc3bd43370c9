package analyzer_test

import (
	"bytes"
	"fmt"
	"go/format"
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

// loadGOPATH loads every package of a GOPATH tree, tests included.
func loadGOPATH(t *testing.T, gopath string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   filepath.Join(gopath, "src"),
		Env:   append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	var out []*packages.Package
	for _, p := range pkgs {
		if strings.HasPrefix(p.PkgPath, "broken/") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// analyze runs a over pkgs and returns the findings of the root packages,
// deduplicated across test variants.
func analyze(t *testing.T, a *analysis.Analyzer, pkgs []*packages.Package) ([]*checker.Action, int) {
	t.Helper()
	g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act.Package.PkgPath, act.Err)
		}
		n += len(act.Diagnostics)
	}
	return g.Roots, n
}

// TestFixesConverge applies every suggested fix across the testdata
// corpus, as raw edits, then checks that the result is gofmt-clean, type-
// checks, and leaves no missing, ttl or constant finding except those that
// carried no fix.
func TestFixesConverge(t *testing.T) {
	t.Parallel()
	for _, cfg := range []analyzer.Config{{}, {Const: "example.com/config.CheckoutSessionTTL"}} {
		t.Run(fmt.Sprintf("const=%q", cfg.Const), func(t *testing.T) {
			t.Parallel()
			gopath := t.TempDir()
			if err := os.CopyFS(gopath, os.DirFS(testdata(t))); err != nil {
				t.Fatal(err)
			}
			a := newAnalyzer(t, cfg)
			roots, _ := analyze(t, a, loadGOPATH(t, gopath))

			// Collect each file's edits once, across test variants.
			edits := map[string][]edit{}
			unfixed := map[string]int{}
			seen := map[string]bool{}
			for _, act := range roots {
				for _, d := range act.Diagnostics {
					posn := act.Package.Fset.Position(d.Pos)
					key := fmt.Sprintf("%s:%d:%d %s", posn.Filename, posn.Line, posn.Column, d.Message)
					if seen[key] {
						continue
					}
					seen[key] = true
					if !slices.Contains([]string{"missing", "ttl", "constant"}, d.Category) {
						continue
					}
					if len(d.SuggestedFixes) != 1 {
						if len(d.SuggestedFixes) > 1 {
							t.Errorf("%s: %d fixes, want one", key, len(d.SuggestedFixes))
						}
						unfixed[d.Category]++
						continue
					}
					for _, e := range d.SuggestedFixes[0].TextEdits {
						f := act.Package.Fset.File(e.Pos)
						edits[f.Name()] = append(edits[f.Name()], edit{f.Offset(e.Pos), f.Offset(e.End), string(e.NewText)})
					}
				}
			}
			if len(edits) == 0 {
				t.Fatal("no fixes found")
			}
			for name, es := range edits {
				src, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				out, err := apply(src, es)
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				if formatted, err := format.Source(out); err != nil {
					t.Errorf("%s: fixed file does not parse: %v\n%s", name, err, out)
				} else if !bytes.Equal(formatted, out) {
					t.Errorf("%s: fixed file is not gofmt-clean:\n%s", name, diffLines(out, formatted))
				}
				if err := os.WriteFile(name, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}

			pkgs := loadGOPATH(t, gopath)
			for _, p := range pkgs {
				for _, e := range p.Errors {
					t.Errorf("fixed code does not type-check: %v", e)
				}
			}
			roots, _ = analyze(t, a, pkgs)
			left := map[string]int{}
			seen = map[string]bool{}
			for _, act := range roots {
				for _, d := range act.Diagnostics {
					posn := act.Package.Fset.Position(d.Pos)
					key := fmt.Sprintf("%s %s", posn, d.Message)
					if seen[key] || !slices.Contains([]string{"missing", "ttl", "constant"}, d.Category) {
						continue
					}
					seen[key] = true
					left[d.Category]++
					if len(d.SuggestedFixes) > 0 {
						t.Errorf("after fixing, still: %s", key)
					}
				}
			}
			for cat, n := range left {
				if n != unfixed[cat] {
					t.Errorf("after fixing: %d %s findings left, want the %d that carried no fix", n, cat, unfixed[cat])
				}
			}
		})
	}
}

type edit struct {
	start, end int
	text       string
}

// apply applies edits to src, merging identical ones and refusing
// overlapping ones, as the -fix drivers do.
func apply(src []byte, es []edit) ([]byte, error) {
	slices.SortFunc(es, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	es = slices.Compact(es)
	var out bytes.Buffer
	last := 0
	for i, e := range es {
		if e.start < last || i > 0 && e.start == es[i-1].start && e.start == e.end && es[i-1].start == es[i-1].end {
			return nil, fmt.Errorf("overlapping edits at offset %d: %q", e.start, e.text)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

func diffLines(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	var b strings.Builder
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n  got:  %q\n  want: %q\n", i+1, gl, wl)
		}
	}
	return b.String()
}

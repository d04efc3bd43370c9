// Command rootsdriver is a measurement tool, not the shipped command: a
// standalone driver for checkoutexpiry that loads source only for the
// packages it is asked about and takes every other package from export
// data, and runs the analyzer on the requested packages alone, with facts
// flowing among them.
//
//	rootsdriver [-ttl=720h] [-const=...] [-stripe-window] [-test=true] [-json] [-debug=t] packages...
//
// Why: singlechecker (cmd/checkoutexpiry) sees that the analyzer declares
// fact types and loads every dependency, the standard library and
// stripe-go included, from source, then runs the analyzer on each of them.
// checkoutexpiry's facts are about its users' helpers, never about std or
// stripe-go, so that work buys nothing; this driver skips it.
//
// How: packages.Load with packages.LoadSyntax (NeedSyntax and
// NeedTypesInfo apply to the requested packages only; the types of their
// dependencies come from export data, which go list -export builds), then
// checker.Analyze over copies of the requested packages whose Imports hold
// only other requested packages: the action graph checker.Analyze builds
// for a fact-declaring analyzer then has one action per requested package,
// and facts flow along those edges. Every package between two requested
// packages is skipped, and a root that reached another only through
// packages that were not requested gets a direct edge to it, so no fact is
// lost that the analysis could use.
//
// Packages that were not requested but are the user's own (in the main
// module, or in GOPATH) and that the requested ones import, e.g. the
// helpers in ./internal/billing for `rootsdriver ./cmd/...`, are loaded from
// source too (a second load, only when there are any) and analyzed for
// their facts only (-factdeps, on by default). What it still loses: facts
// about helpers in other modules, which the shipped driver has.
//
// -noop runs a no-op analyzer that declares a fact type instead of
// checkoutexpiry: the floor of this driver, for bench/run.sh.
package main

import (
	"flag"
	"fmt"
	"go/build"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

type noopFact struct{}

func (*noopFact) AFact()         {}
func (*noopFact) String() string { return "noop" }

var noop = &analysis.Analyzer{
	Name:      "noopfact",
	Doc:       "declares a fact type and does nothing",
	FactTypes: []analysis.Fact{new(noopFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("rootsdriver: ")
	a := analyzer.Analyzer
	a.Flags.VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
	tests := flag.Bool("test", true, "also analyze test files")
	jsonOut := flag.Bool("json", false, "print diagnostics as JSON")
	context := flag.Int("c", -1, "print this many lines of context around each finding")
	debug := flag.String("debug", "", "t: print the time of each phase on stderr")
	factDeps := flag.Bool("factdeps", true, "also analyze, for facts only, your packages that the requested ones import but that were not requested")
	useNoop := flag.Bool("noop", false, "run a no-op analyzer with a fact type instead (the driver's floor)")
	sequential := flag.Bool("sequential", false, "analyze packages one at a time")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	memprofile := flag.String("memprofile", "", "write a heap profile to this file")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: rootsdriver [flags] packages...")
		flag.PrintDefaults()
		os.Exit(2)
	}
	if *useNoop {
		a = noop
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
	}
	code := run(a, flag.Args(), *tests, *factDeps, *jsonOut, *context, strings.Contains(*debug, "t"), *sequential)
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	if *memprofile != "" {
		f, err := os.Create(*memprofile)
		if err != nil {
			log.Fatal(err)
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	os.Exit(code)
}

func run(a *analysis.Analyzer, patterns []string, tests, factDeps, jsonOut bool, context int, timing, sequential bool) int {
	exit := 0
	t0 := time.Now()
	graph, nreq, loads, err := loadAndAnalyze(a, &packages.Config{Tests: tests}, patterns, factDeps, &checker.Options{Sequential: sequential}, func(pkgs []*packages.Package) {
		if packages.PrintErrors(pkgs) > 0 {
			exit = 1
		}
	})
	if err != nil {
		log.Print(err)
		return 1
	}
	t2 := time.Now()

	if jsonOut {
		if err := graph.PrintJSON(os.Stdout); err != nil {
			return 1
		}
	} else {
		if err := graph.PrintText(os.Stderr, context); err != nil {
			return 1
		}
		nerr, ndiag := 0, 0
		for act := range graph.All() {
			if act.Err != nil {
				nerr++
			} else if act.IsRoot {
				ndiag += len(act.Diagnostics)
			}
		}
		switch {
		case nerr > 0:
			exit = max(exit, 1)
		case ndiag > 0:
			exit = max(exit, 3)
		}
	}
	if timing {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(os.Stderr, "rootsdriver: %d load(s) and analysis %v, %d requested packages, %d actions, heap in use %d MiB, sys %d MiB\n",
			loads, t2.Sub(t0).Round(time.Millisecond), nreq, countActions(graph), ms.HeapInuse>>20, ms.Sys>>20)
	}
	return exit
}

// loadAndAnalyze loads the packages matched by patterns and analyzes
// them. With factDeps, the user's own packages that they import but that
// were not requested (in the main module, or in GOPATH) are loaded from
// source too and analyzed for their facts only: their diagnostics are
// dropped. That costs a second load, only when there are such packages
// (never for ./... at the module root). check sees each load's packages.
func loadAndAnalyze(a *analysis.Analyzer, cfg *packages.Config, patterns []string, factDeps bool, opts *checker.Options, check func([]*packages.Package)) (g *checker.Graph, requested, loads int, err error) {
	c := *cfg
	initial, err := load(&c, patterns)
	if err == nil && len(initial) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if err != nil {
		return nil, 0, 1, err
	}
	loads, requested = 1, len(initial)
	var factOnly map[string]bool // PkgPath of packages analyzed for facts only
	if extra := userDeps(initial); factDeps && len(extra) > 0 {
		want := make(map[string]bool)
		for _, p := range initial {
			want[p.PkgPath] = true
		}
		c := *cfg
		if initial, err = load(&c, append(slices.Clone(patterns), extra...)); err != nil {
			return nil, requested, 2, err
		}
		loads = 2
		factOnly = make(map[string]bool)
		for _, p := range initial {
			if !want[p.PkgPath] {
				factOnly[p.PkgPath] = true
			}
		}
	}
	check(initial)
	g, err = analyze(a, initial, opts)
	if err != nil {
		return nil, requested, loads, err
	}
	for act := range g.All() {
		if factOnly[act.Package.PkgPath] {
			act.Diagnostics = nil
		}
	}
	return g, requested, loads, nil
}

// userDeps returns the import paths of the packages that the requested
// packages depend on, were not requested, and are the user's own: in a
// main module, or outside GOROOT when there are no modules (GOPATH), but
// not stripe-go.
// Their helpers may carry facts the requested packages need.
func userDeps(initial []*packages.Package) []string {
	roots := make(map[string]bool)
	for _, p := range initial {
		roots[p.PkgPath] = true
	}
	goroot := filepath.Clean(build.Default.GOROOT) + string(filepath.Separator)
	seen := make(map[*packages.Package]bool)
	var out []string
	var walk func(*packages.Package)
	walk = func(p *packages.Package) {
		for _, imp := range p.Imports {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			mine := imp.Module != nil && imp.Module.Main ||
				imp.Module == nil && len(imp.GoFiles) > 0 && !strings.HasPrefix(imp.GoFiles[0], goroot) &&
					!strings.HasPrefix(imp.PkgPath, "github.com/stripe/stripe-go") // stubs in GOPATH
			if mine && !roots[imp.PkgPath] && !slices.Contains(out, imp.PkgPath) {
				out = append(out, imp.PkgPath)
			}
			walk(imp)
		}
	}
	for _, p := range initial {
		walk(p)
	}
	slices.Sort(out)
	return out
}

// load loads the requested packages from source and, through export
// data, the types of their dependencies.
func load(cfg *packages.Config, patterns []string) ([]*packages.Package, error) {
	cfg.Mode = packages.LoadSyntax | packages.NeedModule
	return packages.Load(cfg, patterns...)
}

// analyze runs a on the packages that load returned, and on no other.
func analyze(a *analysis.Analyzer, initial []*packages.Package, opts *checker.Options) (*checker.Graph, error) {
	return checker.Analyze([]*analysis.Analyzer{a}, rootGraph(initial), opts)
}

// rootGraph returns copies of the requested packages whose Imports hold
// only requested packages: for each, the requested packages it reaches
// without passing through another requested one. checker.Analyze then
// builds one action per requested package and none for the rest.
func rootGraph(initial []*packages.Package) []*packages.Package {
	copies := make(map[*packages.Package]*packages.Package, len(initial))
	for _, p := range initial {
		c := *p
		copies[p] = &c
	}
	out := make([]*packages.Package, 0, len(initial))
	for _, p := range initial {
		c := copies[p]
		imports := make(map[string]*packages.Package)
		seen := make(map[*packages.Package]bool)
		var walk func(*packages.Package)
		walk = func(q *packages.Package) {
			for _, imp := range q.Imports {
				if seen[imp] {
					continue
				}
				seen[imp] = true
				if ic, ok := copies[imp]; ok {
					imports[imp.ID] = ic
					continue
				}
				walk(imp)
			}
		}
		walk(p)
		c.Imports = imports
		out = append(out, c)
	}
	return out
}

func countActions(g *checker.Graph) int {
	n := 0
	for range g.All() {
		n++
	}
	return n
}

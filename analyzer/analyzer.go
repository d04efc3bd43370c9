package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Diagnostic categories. They are part of the public interface: drivers
// link each to its section of the documentation (Analyzer.URL + "#" +
// category), and users filter on them.
const (
	catMissing    = "missing"    // a session created without ExpiresAt
	catTTL        = "ttl"        // ExpiresAt set to a TTL other than the sanctioned one
	catUnverified = "unverified" // ExpiresAt set, but its TTL can't be proven
	catConstant   = "constant"   // right TTL, not derived from the -const constant
	catWindow     = "window"     // TTL outside Stripe's documented window (-stripe-window)
	catDirective  = "directive"  // a malformed //checkoutexpiry: directive
)

// docsURL is where each category's page lives: docs/<category>.md.
const docsURL = "https://github.com/paylint/checkoutexpiry/blob/main/docs/"

// Analyzer reports Checkout Sessions created without the sanctioned
// ExpiresAt, under the default configuration (flags -ttl, -const and
// -stripe-window adjust it).
var Analyzer = mustNew(Config{})

func mustNew(c Config) *analysis.Analyzer {
	a, err := New(c)
	if err != nil {
		panic(err)
	}
	return a
}

// New returns an analyzer for c. Each analyzer has its own flag set bound to
// its own copy of the configuration, so several may run side by side.
func New(c Config) (*analysis.Analyzer, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	cfg := &c
	a := &analysis.Analyzer{
		Name:             "checkoutexpiry",
		Doc:              doc,
		URL:              "https://github.com/paylint/checkoutexpiry",
		RunDespiteErrors: true,
		FactTypes:        []analysis.Fact{new(paramsFact), new(returnsFact), new(expiryFact)},
	}
	bindFlags(&a.Flags, cfg)
	a.Run = func(pass *analysis.Pass) (any, error) {
		run(pass, *cfg)
		return nil, nil
	}
	return a, nil
}

// run analyzes one package.
func run(pass *analysis.Pass, cfg Config) {
	if isStripePath(pass.Pkg.Path()) && !hasTestFiles(pass) {
		// stripe-go as a dependency: nothing of its users' to find, and its
		// root package is large. Its own tests are analyzed like any code.
		return
	}
	facts := newFactStore(pass.ImportObjectFact)
	stripe := dependsOnStripe(pass.Pkg)
	r := newReporter(pass)
	pol := newPolicy(pass, cfg, r)
	r.fx = newFixer(pass, pol)
	var ix *index
	if stripe {
		ix = newIndex(pass.TypesInfo, pass.Pkg, inspector.New(pass.Files), facts)
	}
	exportExpiryFacts(pass, ix, facts)
	if !stripe {
		if pol.constPath == pass.Pkg.Path() {
			r.flush() // problems with the -const constant, at the constant
		}
		return
	}
	f := newFlow(ix)
	summ := f.solve()
	exportParamsFacts(pass, summ)
	f.reportMissing(r, pol)
	exportReturnsFacts(pass, f, r)
	checkTTLs(pass, f, pol, r)
	r.flush()
}

func hasTestFiles(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			return true
		}
	}
	return false
}

// reporter is the one way diagnostics leave the analyzer: it drops those in
// generated files and those silenced by a directive, and reports malformed
// directives.
type reporter struct {
	pass      *analysis.Pass
	dirs      directives
	generated map[*token.File]bool
	diags     []analysis.Diagnostic
	reported  map[ast.Node]bool // origins reported as missing
	fx        *fixer
	// sdk: this is stripe-go's own package, analyzed for its tests. The
	// SDK's implementation is not the user's to fix; its tests are.
	sdk bool
}

func newReporter(pass *analysis.Pass) *reporter {
	r := &reporter{pass: pass, generated: make(map[*token.File]bool), reported: make(map[ast.Node]bool), sdk: isStripePath(pass.Pkg.Path())}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			if tf := pass.Fset.File(f.Pos()); tf != nil {
				r.generated[tf] = true
			}
		}
	}
	var bad []badDirective
	r.dirs, bad = parseDirectives(pass.Fset, pass.Files)
	for _, b := range bad {
		r.report(analysis.Diagnostic{Pos: b.pos, End: b.end, Category: catDirective, Message: b.message})
	}
	return r
}

func (r *reporter) report(d analysis.Diagnostic) {
	r.diags = append(r.diags, d)
}

// flush reports, in position order, every diagnostic that is not in a
// generated file and not silenced.
func (r *reporter) flush() {
	slices.SortStableFunc(r.diags, func(a, b analysis.Diagnostic) int { return int(a.Pos - b.Pos) })
	for i, d := range r.diags {
		if i > 0 && d.Pos == r.diags[i-1].Pos && d.Message == r.diags[i-1].Message {
			continue
		}
		tf := r.pass.Fset.File(d.Pos)
		if r.generated[tf] || r.sdk && !strings.HasSuffix(tf.Name(), "_test.go") {
			continue
		}
		if d.Category != catDirective && r.dirs.silenced(r.pass.Fset, d.Pos) {
			continue
		}
		d.URL = docsURL + d.Category + ".md"
		r.pass.Report(d)
	}
}

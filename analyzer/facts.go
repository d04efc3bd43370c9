package analyzer

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Facts carry what a package learned about its functions to the packages
// that import it, so that go vet, which analyzes one package at a time, sees
// through helpers in other packages. Facts never depend on the
// configuration: they describe code, and the verdict is reached where the
// code is used.

// paramsFact describes what a function does with each of its params
// parameters (indexed like the signature's parameters).
type paramsFact struct {
	Params []paramFlow
}

// paramFlow is what a function does with one params parameter.
type paramFlow struct {
	Sets    bool // sets ExpiresAt on it
	Creates bool // creates a session from it without setting ExpiresAt first
	Escapes bool // hands it to code that can't be seen
	Marks   bool // sets a field only creations use
}

func (*paramsFact) AFact() {}

func (f *paramsFact) String() string {
	var parts []string
	for i, p := range f.Params {
		var bits []string
		for _, b := range []struct {
			on   bool
			name string
		}{{p.Sets, "sets"}, {p.Creates, "creates"}, {p.Escapes, "escapes"}, {p.Marks, "marks"}} {
			if b.on {
				bits = append(bits, b.name)
			}
		}
		if len(bits) > 0 {
			parts = append(parts, fmt.Sprintf("%d:%s", i, strings.Join(bits, "+")))
		}
	}
	return "params(" + strings.Join(parts, " ") + ")"
}

func (p paramFlow) any() bool { return p.Sets || p.Creates || p.Escapes || p.Marks }

// returnsFact marks a function that returns params built without ExpiresAt
// that were not reported where they were built: a creation from its result
// is reported at the creation.
type returnsFact struct{}

func (*returnsFact) AFact()         {}
func (*returnsFact) String() string { return "returnsUnset" }

// factStore memoizes fact imports for one pass.
type factStore struct {
	importFact func(types.Object, analysis.Fact) bool
	params     map[*types.Func]*paramsFact
	returns    map[*types.Func]bool
	expiry     map[*types.Func]*expiryFact
}

func newFactStore(importFact func(types.Object, analysis.Fact) bool) *factStore {
	return &factStore{
		importFact: importFact,
		params:     make(map[*types.Func]*paramsFact),
		returns:    make(map[*types.Func]bool),
		expiry:     make(map[*types.Func]*expiryFact),
	}
}

func (ix *index) paramsFactOf(fn *types.Func) (*paramsFact, bool) {
	fs := ix.facts
	if p, ok := fs.params[fn]; ok {
		return p, p != nil
	}
	var fact paramsFact
	if fs.importFact(fn, &fact) {
		fs.params[fn] = &fact
		return &fact, true
	}
	fs.params[fn] = nil
	return nil, false
}

func (ix *index) returnsFactOf(fn *types.Func) *returnsFact {
	fs := ix.facts
	if r, ok := fs.returns[fn]; ok {
		if r {
			return &returnsFact{}
		}
		return nil
	}
	var fact returnsFact
	ok := fs.importFact(fn, &fact)
	fs.returns[fn] = ok
	if ok {
		return &fact
	}
	return nil
}

// exportParamsFacts exports the summaries of exported functions and methods.
func exportParamsFacts(pass *analysis.Pass, summ summaries) {
	for fb, ps := range summ {
		if fb.fn == nil || !fb.fn.Exported() {
			continue // only exported names are reachable from other packages
		}
		pass.ExportObjectFact(fb.fn, &paramsFact{Params: ps})
	}
}

// exportReturnsFacts marks exported builders whose params lack ExpiresAt
// and were not reported here.
func exportReturnsFacts(pass *analysis.Pass, f *flow, r *reporter) {
	for fn, fb := range f.funcs {
		if !fn.Exported() {
			continue
		}
		res := fn.Signature().Results()
		if res.Len() == 0 || !carries(res.At(0).Type()) {
			continue
		}
		if _, ok := paramsOf(res.At(0).Type()); !ok {
			continue
		}
		for _, o := range f.locTerms(res.At(0)) {
			if o.kind != oParam && o.kind != oNil && len(o.sets) == 0 && !r.reported[o.node] {
				pass.ExportObjectFact(fb.fn, &returnsFact{})
				break
			}
		}
	}
}

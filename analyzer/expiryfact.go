package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// expiryFact describes what an exported helper returns, for TTL purposes:
// the evaluated value, with numeric parameters left symbolic so each caller
// substitutes its own arguments. Helpers returning *int64, int64, time.Time
// or time.Duration get one, whether or not their package imports stripe-go.
type expiryFact struct {
	Ptr   bool  // a pointer to the value below
	Kind  uint8 // vkind
	Base  uint8 // vbase
	Moved bool
	Known bool
	N     int64
	Div   int64 // symbolic amounts: arg*N/Div
	Pre   int64 // symbolic amounts: arg*Pre must fit an int64 (amount.pre)
	Param int
	Refs  []string
	// TimeArg > 0: the time is the caller's argument TimeArg-1, moved.
	TimeArg int
}

func (*expiryFact) AFact() {}

func (f *expiryFact) String() string {
	var b strings.Builder
	b.WriteString("expiry(")
	if f.Ptr {
		b.WriteString("*")
	}
	amt := "?"
	switch {
	case f.Known:
		amt = fmt.Sprint(f.N)
	case f.Param >= 0:
		amt = fmt.Sprintf("%d*arg%d", f.N, f.Param)
		if f.Div > 1 {
			amt += fmt.Sprintf("/%d", f.Div)
		}
	}
	base := "now"
	if vbase(f.Base) == baseAbs {
		base = "abs"
	}
	if f.TimeArg > 0 {
		base = fmt.Sprintf("arg%d", f.TimeArg-1)
	}
	switch vkind(f.Kind) {
	case vUnix:
		fmt.Fprintf(&b, "unix %s+%ss", base, amt)
	case vTime:
		fmt.Fprintf(&b, "time %s+%sns", base, amt)
	case vNum:
		fmt.Fprintf(&b, "num %s", amt)
	case vNil:
		b.WriteString("nil")
	}
	if len(f.Refs) > 0 {
		fmt.Fprintf(&b, " from %s", strings.Join(f.Refs, ","))
	}
	b.WriteString(")")
	return b.String()
}

func (f *expiryFact) value() value {
	v := value{kind: vkind(f.Kind), base: vbase(f.Base), moved: f.Moved, timeArg: f.TimeArg,
		off: amount{known: f.Known, n: f.N, div: f.Div, pre: f.Pre, param: f.Param, refs: f.Refs}}
	if f.Ptr {
		return value{kind: vPtr, elem: &v}
	}
	return v
}

// factOf encodes a helper's value, or returns nil for values not worth a
// fact: unknown ones, and a bare time.Time, which callers assume anyway.
func factOf(v value) *expiryFact {
	f := &expiryFact{Param: -1}
	if v.kind == vPtr {
		f.Ptr = true
		v = *v.elem
	}
	switch v.kind {
	case vUnknown:
		return nil
	case vTime:
		if !v.moved && !f.Ptr && v.timeArg == 0 {
			return nil
		}
	case vNum:
		if !v.off.known && !v.off.isSym() {
			return nil
		}
	}
	f.Kind, f.Base, f.Moved, f.TimeArg = uint8(v.kind), uint8(v.base), v.moved, v.timeArg
	f.Known, f.N, f.Div, f.Pre, f.Param, f.Refs = v.off.known, v.off.n, v.off.div, v.off.pre, v.off.param, v.off.refs
	if f.Known {
		f.Param = -1
	}
	return f
}

func (ix *index) expiryFactOf(fn *types.Func) *expiryFact {
	fs := ix.facts
	if f, ok := fs.expiry[fn]; ok {
		return f
	}
	var fact expiryFact
	if fs.importFact(fn, &fact) {
		fs.expiry[fn] = &fact
		return &fact
	}
	fs.expiry[fn] = nil
	return nil
}

// expiryResult reports whether a function's only result can carry an
// expiry: *int64, int64, time.Time or time.Duration.
func expiryResult(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	t := sig.Results().At(0).Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if isTime(t) || isDuration(t) {
		return true
	}
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.Int64
}

// exportExpiryFacts exports a fact for every exported helper that returns
// an expiry. Packages that don't import stripe-go have no index: the
// candidates alone are indexed, which costs little.
func exportExpiryFacts(pass *analysis.Pass, ix *index, facts *factStore) {
	var cands []*ast.FuncDecl
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if ok && expiryResult(fn.Signature()) {
				cands = append(cands, fd)
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	if ix == nil {
		// Index only the candidates. Package and the last declaration
		// bound the synthetic file, so the inspector sizes its buffer for
		// the candidates, not for everything before them in the FileSet.
		slices.SortFunc(cands, func(a, b *ast.FuncDecl) int { return int(a.Pos() - b.Pos()) })
		file := &ast.File{Package: cands[0].Pos(), Name: pass.Files[0].Name}
		for _, fd := range cands {
			file.Decls = append(file.Decls, fd)
		}
		ix = newIndex(pass.TypesInfo, pass.Pkg, inspector.New([]*ast.File{file}), facts)
	}
	ev := newEvaluator(ix)
	for _, fd := range cands {
		if !fd.Name.IsExported() {
			continue
		}
		fn := pass.TypesInfo.Defs[fd.Name].(*types.Func)
		fb := ix.funcs[fn]
		if fb == nil {
			continue
		}
		if f := factOf(ev.helperValue(fb)); f != nil {
			pass.ExportObjectFact(fn, f)
		}
	}
}

package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file follows Checkout Session params through a package. Every params
// value starts at an origin (a composite literal, new(T), a zero-valued
// variable, a parameter, or a builder in another package); expressions
// resolve to the set of origins they may hold. Local variables are resolved
// through their reaching definitions; struct fields, package variables and
// function results are locations that collect every value stored in them.

type originKind uint8

const (
	oLit     originKind = iota // a composite literal
	oNew                       // new(T)
	oZero                      // var p T
	oNil                       // nil handed straight to a creation
	oParam                     // a parameter of a function here
	oForeign                   // returned by a builder in another package
	oCopy                      // p := tpl: a copy of a params value
)

// origin is one params value and what happens to it.
type origin struct {
	kind originKind
	node ast.Node // the literal, the new call, the variable's name, the creation or builder call
	typ  paramsType
	fb   *funcBody // oParam
	idx  int       // oParam: parameter index

	creations []event   // creations it reaches
	sets      []event   // where it gets ExpiresAt
	escapes   bool      // reaches code this package can't see
	marked    bool      // sets a field only creations use
	from      []*origin // oCopy: the values it copies, whose fields it has
	copied    event     // oCopy: where the copy is made
}

// event is something happening to an origin at a point of a top-level
// declaration. Events of one declaration are ordered by pos.
type event struct {
	unit ast.Node
	pos  token.Pos
	call *ast.CallExpr // the creation call, for creations
	via  *types.Func   // the helper the event happens in, if any
}

// source is a value stored in a location: an expression, or the value of a
// variable at a point (a bare return of a named result).
type source struct {
	expr  inspector.Cursor
	tuple int // >= 0: that result of a multi-value call
	v     *types.Var
}

// flow holds the origins of one package.
type flow struct {
	*index
	origins map[any]*origin           // keyed by node, or by paramKey
	stored  map[types.Object][]source // what each location receives
	// litCallSites are the calls of each function literal called
	// directly or through a local variable.
	litCallSites map[*ast.FuncLit][]inspector.Cursor
	uses         map[*types.Var]int // lazily: uses of each variable
}

type paramKey struct {
	fb  *funcBody
	idx int
}

func newFlow(ix *index) *flow {
	f := &flow{index: ix, origins: make(map[any]*origin)}
	f.calledLits = make(map[*ast.FuncLit]bool)
	f.litCallSites = make(map[*ast.FuncLit][]inspector.Cursor)
	for _, cur := range f.litCalls {
		if fb, _ := f.callee(cur, cur.Node().(*ast.CallExpr)); fb != nil && fb.lit != nil {
			f.calledLits[fb.lit] = true
			f.litCallSites[fb.lit] = append(f.litCallSites[fb.lit], cur)
		}
	}
	f.collectStores()
	return f
}

func (f *flow) origin(key any, mk func() *origin) *origin {
	if o, ok := f.origins[key]; ok {
		return o
	}
	o := mk()
	f.origins[key] = o
	return o
}

// termsOf returns the origins the expression at c may hold.
func (f *flow) termsOf(c inspector.Cursor) []*origin {
	n := c.Node()
	if r, ok := f.termMemo[n]; ok {
		return r
	}
	if f.inFlight[n] {
		return nil
	}
	f.inFlight[n] = true
	r := f.computeTerms(c)
	delete(f.inFlight, n)
	f.termMemo[n] = r
	return r
}

func (f *flow) computeTerms(c inspector.Cursor) []*origin {
	switch n := c.Node().(type) {
	case *ast.ParenExpr:
		return f.termsOf(c.ChildAt(edge.ParenExpr_X, -1))
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			return f.termsOf(c.ChildAt(edge.UnaryExpr_X, -1))
		}
	case *ast.StarExpr:
		return f.termsOf(c.ChildAt(edge.StarExpr_X, -1))
	case *ast.IndexExpr:
		if tv, ok := f.info.Types[n.X]; ok && tv.IsValue() {
			if _, isSig := types.Unalias(tv.Type).Underlying().(*types.Signature); !isSig {
				return f.termsOf(c.ChildAt(edge.IndexExpr_X, -1))
			}
		}
	case *ast.SliceExpr:
		return f.termsOf(c.ChildAt(edge.SliceExpr_X, -1))
	case *ast.CompositeLit:
		t := f.info.TypeOf(n)
		if pt, ok := paramsOf(t); ok {
			return []*origin{f.origin(n, func() *origin { return &origin{kind: oLit, node: n, typ: pt} })}
		}
		if !carries(t) {
			return nil
		}
		var out []*origin
		for i, elt := range n.Elts {
			ec := c.ChildAt(edge.CompositeLit_Elts, i)
			if _, ok := elt.(*ast.KeyValueExpr); ok {
				ec = ec.ChildAt(edge.KeyValueExpr_Value, -1)
			}
			out = union(out, f.termsOf(ec))
		}
		return out
	case *ast.Ident:
		switch obj := f.info.Uses[n].(type) {
		case *types.Var:
			if v := f.localVar(n); v != nil {
				return f.varTerms(v, c)
			}
			if obj.Pkg() == f.pkg && !obj.IsField() {
				return f.locTerms(obj)
			}
		}
	case *ast.SelectorExpr:
		if sel, ok := f.info.Selections[n]; ok && sel.Kind() == types.FieldVal {
			return f.locTerms(sel.Obj())
		}
		if v, ok := f.info.Uses[n.Sel].(*types.Var); ok && v.Pkg() == f.pkg {
			return f.locTerms(v)
		}
	case *ast.CallExpr:
		return f.callTerms(c, n, 0)
	}
	return nil
}

// varTerms returns the origins local variable v may hold at the use c.
func (f *flow) varTerms(v *types.Var, c inspector.Cursor) []*origin {
	var out []*origin
	for _, d := range f.reaching(v, c) {
		out = union(out, f.defTerms(d))
	}
	return out
}

func (f *flow) defTerms(d *def) []*origin {
	switch d.kind {
	case defValue:
		if pt, ok := asParamsType(d.v.Type()); ok && isCopy(d.rhs.Node()) {
			// p := tpl copies a params value: setting p.ExpiresAt leaves
			// tpl (and its other copies) as they are.
			from := f.termsOf(d.rhs)
			if len(from) == 0 {
				return nil
			}
			return []*origin{f.origin(d, func() *origin {
				at := event{unit: unitOf(d.rhs), pos: d.pos}
				return &origin{kind: oCopy, node: d.rhs.Node(), typ: pt, from: from, copied: at}
			})}
		}
		return f.termsOf(d.rhs)
	case defWeak:
		return f.termsOf(d.rhs)
	case defTuple:
		if call, ok := ast.Unparen(d.rhs.Node().(ast.Expr)).(*ast.CallExpr); ok {
			return f.callTerms(d.rhs, call, d.tuple)
		}
		if d.tuple == 0 {
			if _, ok := d.rhs.Node().(*ast.IndexExpr); ok {
				return f.termsOf(d.rhs)
			}
		}
	case defRange:
		if d.tuple == 1 {
			return f.termsOf(d.rhs)
		}
	case defZero:
		pt, ok := asParamsType(d.v.Type())
		if ok && !f.whole[d.v] {
			return []*origin{f.origin(d.v, func() *origin { return &origin{kind: oZero, node: zeroNode(d), typ: pt} })}
		}
	case defParam:
		if d.param < 0 || !carries(d.v.Type()) {
			return nil
		}
		key := paramKey{d.fn, d.param}
		pt, _ := paramsOf(d.v.Type())
		return []*origin{f.origin(key, func() *origin { return &origin{kind: oParam, fb: d.fn, idx: d.param, typ: pt} })}
	}
	return nil
}

// isCopy reports whether a params value expression reads an existing
// value (a variable, field, element or dereference) rather than making one.
func isCopy(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.ParenExpr:
		return isCopy(x.X)
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
		return true
	}
	return false
}

// zeroNode is the name of a zero-valued variable, for reporting.
func zeroNode(d *def) ast.Node {
	return &ast.Ident{NamePos: d.pos, Name: d.v.Name()}
}

// callTerms returns the origins result i of a call may hold.
func (f *flow) callTerms(c inspector.Cursor, call *ast.CallExpr, i int) []*origin {
	if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return f.termsOf(c.ChildAt(edge.CallExpr_Args, 0))
		}
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := f.info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "new":
				if isNewParams(f.info, call) {
					pt, _ := asParamsType(f.info.Types[call.Args[0]].Type)
					return []*origin{f.origin(call, func() *origin { return &origin{kind: oNew, node: call, typ: pt} })}
				}
				if len(call.Args) == 1 {
					return f.termsOf(c.ChildAt(edge.CallExpr_Args, 0))
				}
			case "append":
				var out []*origin
				for j := range call.Args {
					out = union(out, f.termsOf(c.ChildAt(edge.CallExpr_Args, j)))
				}
				return out
			}
			return nil
		}
	}
	fb, fn := f.callee(c, call)
	if fb != nil {
		res := fb.sig.Results()
		if i >= res.Len() {
			return nil
		}
		var out []*origin
		for _, o := range f.locTerms(res.At(i)) {
			if o.kind == oParam && o.fb == fb {
				// A builder that returns its argument: follow the argument.
				if j := argIndex(call, fb.sig, o.idx); j >= 0 {
					out = union(out, f.termsOf(c.ChildAt(edge.CallExpr_Args, j)))
				}
				continue
			}
			out = union(out, []*origin{o})
		}
		return out
	}
	if fn != nil && fn.Pkg() != f.pkg {
		if fact := f.returnsFactOf(fn); fact != nil && i == 0 {
			pt, ok := paramsOf(fn.Signature().Results().At(0).Type())
			if ok {
				return []*origin{f.origin(call, func() *origin { return &origin{kind: oForeign, node: call, typ: pt} })}
			}
		}
	}
	return nil
}

// argIndex returns the index of the call argument that supplies parameter
// idx, or -1 (a variadic parameter is not one argument).
func argIndex(call *ast.CallExpr, sig *types.Signature, idx int) int {
	if idx < 0 || idx >= len(call.Args) || sig.Variadic() && idx == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		return -1
	}
	return idx
}

// paramOf maps call argument j to the callee's parameter index.
func paramOf(sig *types.Signature, j int) int {
	n := sig.Params().Len()
	if sig.Variadic() && j >= n-1 {
		return n - 1
	}
	if j >= n {
		return -1
	}
	return j
}

// callee resolves a call to a function whose body is in this package
// (declared, a literal called in place, or a literal held by a local
// variable), and also returns the static callee object if any.
func (f *flow) callee(c inspector.Cursor, call *ast.CallExpr) (*funcBody, *types.Func) {
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	if fn != nil {
		fn = fn.Origin()
		return f.funcs[fn], fn
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		return f.lits[fun], nil
	case *ast.Ident:
		v := f.localVar(fun)
		if v == nil {
			return nil, nil
		}
		var lit *ast.FuncLit
		for _, d := range f.reaching(v, c.ChildAt(edge.CallExpr_Fun, -1)) {
			if d.kind != defValue {
				return nil, nil
			}
			l, ok := ast.Unparen(d.rhs.Node().(ast.Expr)).(*ast.FuncLit)
			if !ok || lit != nil && l != lit {
				return nil, nil
			}
			lit = l
		}
		if lit != nil {
			return f.lits[lit], nil
		}
	}
	return nil, nil
}

// locTerms returns the origins a location (field, package variable or
// function result) may hold.
func (f *flow) locTerms(obj types.Object) []*origin {
	if r, ok := f.locMemo[obj]; ok {
		return r
	}
	if f.inFlight[obj] {
		return nil
	}
	f.inFlight[obj] = true
	var out []*origin
	for _, s := range f.stored[obj] {
		out = union(out, f.sourceTerms(s))
	}
	delete(f.inFlight, obj)
	f.locMemo[obj] = out
	return out
}

func (f *flow) sourceTerms(s source) []*origin {
	if s.v != nil {
		return f.varTerms(s.v, s.expr)
	}
	if s.tuple >= 0 {
		if call, ok := ast.Unparen(s.expr.Node().(ast.Expr)).(*ast.CallExpr); ok {
			return f.callTerms(s.expr, call, s.tuple)
		}
		return nil
	}
	return f.termsOf(s.expr)
}

// collectStores buckets every value stored into a location.
func (f *flow) collectStores() {
	f.stored = make(map[types.Object][]source)
	add := func(obj types.Object, s source) {
		if obj != nil {
			f.stored[obj] = append(f.stored[obj], s)
		}
	}
	for _, cur := range f.stores {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				continue
			}
			for i, lhs := range n.Lhs {
				obj := f.storeTarget(lhs)
				if obj == nil {
					continue
				}
				if len(n.Lhs) == len(n.Rhs) {
					add(obj, source{expr: cur.ChildAt(edge.AssignStmt_Rhs, i), tuple: -1})
				} else if len(n.Rhs) == 1 {
					add(obj, source{expr: cur.ChildAt(edge.AssignStmt_Rhs, 0), tuple: i})
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				v, ok := f.info.Defs[name].(*types.Var)
				if !ok || v.Parent() != f.pkg.Scope() {
					continue
				}
				if len(n.Values) == len(n.Names) {
					add(v, source{expr: cur.ChildAt(edge.ValueSpec_Values, i), tuple: -1})
				} else if len(n.Values) == 1 {
					add(v, source{expr: cur.ChildAt(edge.ValueSpec_Values, 0), tuple: i})
				}
			}
		}
	}
	for _, cur := range f.returns {
		fb := f.enclosingFunc(cur)
		if fb == nil {
			continue
		}
		ret := cur.Node().(*ast.ReturnStmt)
		res := fb.sig.Results()
		switch {
		case len(ret.Results) == res.Len():
			for i := range ret.Results {
				if carries(res.At(i).Type()) {
					add(res.At(i), source{expr: cur.ChildAt(edge.ReturnStmt_Results, i), tuple: -1})
				}
			}
		case len(ret.Results) == 1 && res.Len() > 1:
			for i := range res.Len() {
				if carries(res.At(i).Type()) {
					add(res.At(i), source{expr: cur.ChildAt(edge.ReturnStmt_Results, 0), tuple: i})
				}
			}
		case len(ret.Results) == 0:
			for i := range res.Len() {
				if r := res.At(i); carries(r.Type()) && r.Name() != "" {
					add(r, source{expr: cur, v: r, tuple: -1})
				}
			}
		}
	}
	for _, cur := range f.holders {
		lit := cur.Node().(*ast.CompositeLit)
		st, ok := types.Unalias(f.info.TypeOf(lit)).Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i, elt := range lit.Elts {
			ec := cur.ChildAt(edge.CompositeLit_Elts, i)
			var field *types.Var
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, _ := kv.Key.(*ast.Ident)
				if id != nil {
					field, _ = f.info.ObjectOf(id).(*types.Var)
				}
				ec = ec.ChildAt(edge.KeyValueExpr_Value, -1)
			} else if i < st.NumFields() {
				field = st.Field(i)
			}
			if field != nil && carries(field.Type()) {
				add(field, source{expr: ec, tuple: -1})
			}
		}
	}
}

// storeTarget returns the location an assignment's left-hand side writes:
// a field or a package variable, possibly through indexing (s.byID[k] = p).
func (f *flow) storeTarget(lhs ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(lhs).(type) {
		case *ast.IndexExpr:
			lhs = x.X
			continue
		case *ast.StarExpr:
			lhs = x.X
			continue
		case *ast.SelectorExpr:
			if sel, ok := f.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
				return sel.Obj()
			}
			if v, ok := f.info.Uses[x.Sel].(*types.Var); ok && v.Pkg() == f.pkg {
				return v
			}
		case *ast.Ident:
			if v, ok := f.info.ObjectOf(x).(*types.Var); ok && v.Pkg() == f.pkg && v.Parent() == f.pkg.Scope() {
				return v
			}
		}
		return nil
	}
}

// locEscapes reports whether values stored in a location can be read by
// code this package's syntax doesn't show.
func (f *flow) locEscapes(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok {
		return true
	}
	if v.Pkg() != f.pkg {
		return true
	}
	return v.Exported()
}

// union appends the origins of b missing from a.
func union(a, b []*origin) []*origin {
outer:
	for _, o := range b {
		for _, x := range a {
			if x == o {
				continue outer
			}
		}
		a = append(a, o)
	}
	return a
}

package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// index is what one walk over a package's syntax learns: where each local
// variable is defined, which functions have bodies here, and the nodes that
// consume Checkout Session params (calls, stores, returns, field writes).
// It is built once per package and read by the flow and TTL evaluators.
type index struct {
	info  *types.Info
	pkg   *types.Package
	insp  *inspector.Inspector
	funcs map[*types.Func]*funcBody // functions and methods declared here
	lits  map[*ast.FuncLit]*funcBody
	defs  map[*types.Var][]*def
	whole map[*types.Var]bool // assigned as a whole somewhere (not only field by field)

	calls      []inspector.Cursor // calls that take params, and every creation
	stores     []inspector.Cursor // assignments and specs
	returns    []inspector.Cursor // return statements of functions that return params
	literals   []inspector.Cursor // params composite literals
	holders    []inspector.Cursor // struct and other literals holding params
	sends      []inspector.Cursor // channel sends of params
	expiryKVs  []inspector.Cursor // ExpiresAt: v in a params literal
	calledAt   map[*types.Func]int
	litCalls   []inspector.Cursor // calls of a function literal or a local variable
	calledLits map[*ast.FuncLit]bool
	facts      *factStore

	// Per-query memoization, filled lazily.
	termMemo map[ast.Node][]*origin
	locMemo  map[types.Object][]*origin
	inFlight map[any]bool
}

// funcBody is a function with a body in this package: a declared function or
// method, or a function literal.
type funcBody struct {
	fn  *types.Func // nil for a literal
	lit *ast.FuncLit
	cur inspector.Cursor // the FuncDecl or FuncLit
	sig *types.Signature
	// escapes: callers may be outside what this package's syntax shows.
	escapes bool
}

// def is one definition of a local variable.
type def struct {
	kind  defKind
	v     *types.Var
	pos   token.Pos
	rhs   inspector.Cursor // the value, for defValue, defTuple, defRange, defWeak, defOp
	tuple int              // result index, for defTuple
	fn    *funcBody        // for defParam
	param int              // for defParam: index into the signature's parameters
	// lit is the function literal the definition sits in when the variable
	// is declared outside it: such a definition may run at any time.
	lit *ast.FuncLit
}

type defKind uint8

const (
	defValue   defKind = iota // v = x, v := x, var v = x
	defTuple                  // v, w := f()
	defZero                   // var v T
	defRange                  // for _, v := range x
	defParam                  // a parameter of fn
	defWeak                   // v[k] = x, *v = x: adds a value, kills none
	defOp                     // v += x
	defUnknown                // &v handed to a call, and other writes we can't see
)

func newIndex(info *types.Info, pkg *types.Package, insp *inspector.Inspector, facts *factStore) *index {
	ix := &index{
		info:     info,
		pkg:      pkg,
		insp:     insp,
		funcs:    make(map[*types.Func]*funcBody),
		lits:     make(map[*ast.FuncLit]*funcBody),
		defs:     make(map[*types.Var][]*def),
		whole:    make(map[*types.Var]bool),
		calledAt: make(map[*types.Func]int),
		termMemo: make(map[ast.Node][]*origin),
		locMemo:  make(map[types.Object][]*origin),
		inFlight: make(map[any]bool),
		facts:    facts,
	}
	ix.walk()
	return ix
}

var walkTypes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.FuncLit)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.RangeStmt)(nil),
	(*ast.CallExpr)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.CompositeLit)(nil),
	(*ast.SendStmt)(nil),
	(*ast.UnaryExpr)(nil),
}

func (ix *index) walk() {
	for cur := range ix.insp.Root().Preorder(walkTypes...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			fn, _ := ix.info.Defs[n.Name].(*types.Func)
			if fn == nil {
				continue
			}
			fb := &funcBody{fn: fn, cur: cur, sig: fn.Signature()}
			fb.escapes = n.Name.IsExported() || n.Recv != nil && ast.IsExported(n.Name.Name)
			ix.funcs[fn] = fb
			ix.paramDefs(fb, n.Recv, n.Type)
		case *ast.FuncLit:
			sig, _ := ix.info.TypeOf(n).(*types.Signature)
			if sig == nil {
				continue
			}
			fb := &funcBody{lit: n, cur: cur, sig: sig}
			ix.lits[n] = fb
			ix.paramDefs(fb, nil, n.Type)
		case *ast.AssignStmt:
			ix.assignDefs(cur, n)
			ix.stores = append(ix.stores, cur)
		case *ast.ValueSpec:
			ix.specDefs(cur, n)
			ix.stores = append(ix.stores, cur)
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
				x := cur.ChildAt(edge.RangeStmt_X, -1)
				if id, ok := n.Key.(*ast.Ident); ok {
					ix.addDef(cur, id, &def{kind: defRange, rhs: x, tuple: 0})
				}
				if id, ok := n.Value.(*ast.Ident); ok {
					ix.addDef(cur, id, &def{kind: defRange, rhs: x, tuple: 1})
				}
			}
		case *ast.CallExpr:
			ix.visitCall(cur, n)
		case *ast.ReturnStmt:
			ix.returns = append(ix.returns, cur)
		case *ast.CompositeLit:
			ix.visitLiteral(cur, n)
		case *ast.SendStmt:
			if carries(ix.info.TypeOf(n.Value)) {
				ix.sends = append(ix.sends, cur)
			}
		case *ast.UnaryExpr:
			// &v handed to a call may write v.
			if n.Op == token.AND && cur.ParentEdgeKind() == edge.CallExpr_Args {
				if role, _ := stripeCall(ix.info, cur.Parent().Node().(*ast.CallExpr)); role != roleNone {
					continue // stripe-go reads its params
				}
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					ix.addDef(cur, id, &def{kind: defUnknown})
				}
			}
		}
	}
}

func (ix *index) paramDefs(fb *funcBody, recv *ast.FieldList, ft *ast.FuncType) {
	i := 0
	add := func(list *ast.FieldList, isRecv bool) {
		if list == nil {
			return
		}
		for _, field := range list.List {
			if len(field.Names) == 0 {
				if !isRecv {
					i++
				}
				continue
			}
			for _, name := range field.Names {
				v, _ := ix.info.Defs[name].(*types.Var)
				if v != nil {
					idx := i
					if isRecv {
						idx = -1
					}
					ix.defs[v] = append(ix.defs[v], &def{kind: defParam, v: v, pos: name.Pos(), fn: fb, param: idx})
				}
				if !isRecv {
					i++
				}
			}
		}
	}
	add(recv, true)
	add(ft.Params, false)
}

// addDef records a definition of the local variable id denotes, if it is one.
func (ix *index) addDef(at inspector.Cursor, id *ast.Ident, d *def) {
	v := ix.localVar(id)
	if v == nil {
		return
	}
	d.v = v
	d.pos = id.Pos()
	if d.kind != defWeak && d.kind != defZero && d.kind != defParam {
		ix.whole[v] = true
	}
	// A definition inside a function literal that the variable is declared
	// outside of can happen whenever the literal runs.
	for c := range at.Enclosing((*ast.FuncLit)(nil)) {
		lit := c.Node().(*ast.FuncLit)
		if !(lit.Pos() <= v.Pos() && v.Pos() < lit.End()) {
			d.lit = lit
		}
		break
	}
	ix.defs[v] = append(ix.defs[v], d)
}

// localVar returns the function-local variable id defines or uses, or nil.
func (ix *index) localVar(id *ast.Ident) *types.Var {
	if id == nil || id.Name == "_" {
		return nil
	}
	obj := ix.info.ObjectOf(id)
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() != ix.pkg || v.Parent() == nil || v.Parent() == ix.pkg.Scope() {
		return nil
	}
	return v
}

func (ix *index) assignDefs(cur inspector.Cursor, n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		var d *def
		switch {
		case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
			d = &def{kind: defOp, rhs: cur}
		case len(n.Lhs) == len(n.Rhs):
			d = &def{kind: defValue, rhs: cur.ChildAt(edge.AssignStmt_Rhs, i)}
		case len(n.Rhs) == 1:
			d = &def{kind: defTuple, rhs: cur.ChildAt(edge.AssignStmt_Rhs, 0), tuple: i}
		default:
			continue
		}
		switch l := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			ix.addDef(cur, l, d)
		case *ast.IndexExpr, *ast.StarExpr:
			// m[k] = x, *p = x: the value joins what the base holds.
			if base, ok := baseIdent(l); ok && d.kind == defValue {
				d.kind = defWeak
				ix.addDef(cur, base, d)
			}
		}
	}
}

// baseIdent strips index, star and paren expressions down to an identifier.
func baseIdent(e ast.Expr) (*ast.Ident, bool) {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x, true
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return nil, false
		}
	}
}

func (ix *index) specDefs(cur inspector.Cursor, n *ast.ValueSpec) {
	for i, name := range n.Names {
		var d *def
		switch {
		case len(n.Values) == 0:
			d = &def{kind: defZero}
		case len(n.Values) == len(n.Names):
			d = &def{kind: defValue, rhs: cur.ChildAt(edge.ValueSpec_Values, i)}
		case len(n.Values) == 1:
			d = &def{kind: defTuple, rhs: cur.ChildAt(edge.ValueSpec_Values, 0), tuple: i}
		default:
			continue
		}
		ix.addDef(cur, name, d)
	}
}

func (ix *index) visitCall(cur inspector.Cursor, n *ast.CallExpr) {
	switch fn := typeutil.Callee(ix.info, n).(type) {
	case *types.Func:
		if fn.Pkg() == ix.pkg {
			ix.calledAt[fn.Origin()]++
		}
	case *types.Var, nil: // a function-valued variable, or a literal called in place
		switch ast.Unparen(n.Fun).(type) {
		case *ast.FuncLit, *ast.Ident:
			ix.litCalls = append(ix.litCalls, cur)
		}
	}
	if role, _ := stripeCall(ix.info, n); role == roleCreate {
		ix.calls = append(ix.calls, cur)
		return
	}
	for _, arg := range n.Args {
		if carries(ix.info.TypeOf(arg)) {
			ix.calls = append(ix.calls, cur)
			return
		}
	}
}

// isNewParams reports whether call is new(CheckoutSessionParams) (or the
// create params).
func isNewParams(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 1 {
		return false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "new" {
		return false
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || !tv.IsType() {
		return false
	}
	_, ok = asParamsType(tv.Type)
	return ok
}

func (ix *index) visitLiteral(cur inspector.Cursor, n *ast.CompositeLit) {
	t := ix.info.TypeOf(n)
	if t == nil {
		return
	}
	if _, ok := paramsOf(t); ok {
		ix.literals = append(ix.literals, cur)
		for i, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "ExpiresAt" {
					ix.expiryKVs = append(ix.expiryKVs, cur.ChildAt(edge.CompositeLit_Elts, i))
				}
			}
		}
		return
	}
	// Struct literals store params in fields; other non-params containers
	// ([]any, map[string]any) hide them.
	if !carries(t) {
		for _, elt := range n.Elts {
			v := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				v = kv.Value
			}
			if carries(ix.info.TypeOf(v)) {
				ix.holders = append(ix.holders, cur)
				break
			}
		}
	}
}

// enclosingFunc returns the innermost function (declared or literal)
// containing cur, or nil at package level.
func (ix *index) enclosingFunc(cur inspector.Cursor) *funcBody {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := ix.info.Defs[n.Name].(*types.Func); ok {
				return ix.funcs[fn]
			}
			return nil
		case *ast.FuncLit:
			return ix.lits[n]
		}
	}
	return nil
}

// unitOf returns the top-level declaration containing cur. Events in the
// same unit are ordered by position; events in different units are not.
func unitOf(cur inspector.Cursor) ast.Node {
	var top ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.GenDecl)(nil)) {
		top = c.Node()
	}
	return top
}

// reaching returns the definitions of v that may reach the use at cur. A
// later unconditional assignment in an enclosing block hides the earlier
// ones; definitions inside function literals always count.
func (ix *index) reaching(v *types.Var, use inspector.Cursor) []*def {
	all := ix.defs[v]
	if len(all) <= 1 {
		return all
	}
	filter := func(lo, hi token.Pos) []*def {
		var out []*def
		for _, d := range all {
			if d.pos >= lo && d.pos < hi || d.lit != nil && !(d.lit.Pos() <= use.Node().Pos() && use.Node().Pos() < d.lit.End()) {
				out = append(out, d)
			}
		}
		return out
	}
	for cur := use; ; {
		parent := cur.Parent()
		if !parent.Valid() {
			break
		}
		switch p := parent.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return all
		case *ast.RangeStmt:
			if cur.ParentEdgeKind() == edge.RangeStmt_Body && (isIdentOf(ix.info, p.Key, v) || isIdentOf(ix.info, p.Value, v)) {
				return filter(p.Pos(), use.Node().Pos())
			}
		}
		switch cur.ParentEdgeKind() {
		case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
			for sib, ok := cur.PrevSibling(); ok; sib, ok = sib.PrevSibling() {
				if definesWhole(ix.info, sib.Node(), v) {
					return filter(sib.Node().Pos(), cur.Node().End())
				}
			}
		}
		cur = parent
	}
	return all
}

func isIdentOf(info *types.Info, e ast.Expr, v *types.Var) bool {
	id, ok := e.(*ast.Ident)
	return ok && info.ObjectOf(id) == v
}

// definesWhole reports whether stmt unconditionally assigns all of v.
func definesWhole(info *types.Info, stmt ast.Node, v *types.Var) bool {
	switch s := stmt.(type) {
	case *ast.AssignStmt:
		// v += x also redefines all of v (from its previous value).
		for _, l := range s.Lhs {
			if isIdentOf(info, ast.Unparen(l), v) {
				return true
			}
		}
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok {
			for _, spec := range gd.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok {
					for _, name := range vs.Names {
						if info.Defs[name] == v {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file distributes events (creations, ExpiresAt assignments, escapes)
// to origins, and summarizes, for each function here, what it does with its
// params parameters. Summaries make calls to helpers behave like the
// helper's body at the call site; they are computed to a fixed point
// because helpers call helpers.

type summaries map[*funcBody][]paramFlow

// solve distributes events until the summaries of this package's functions
// stop changing.
func (f *flow) solve() summaries {
	summ := summaries{}
	for range 10 {
		f.distribute(summ)
		next := f.summarize()
		if sameSummaries(next, summ) {
			break
		}
		summ = next
	}
	return summ
}

func sameSummaries(a, b summaries) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

// summarize derives each function's parameter summaries from the events of
// its parameter origins.
func (f *flow) summarize() summaries {
	summ := summaries{}
	for _, o := range f.origins {
		if o.kind != oParam {
			continue
		}
		s := paramFlow{
			Sets:    len(o.sets) > 0,
			Creates: len(o.missingCreations()) > 0,
			Escapes: o.escapes,
			Marks:   o.marked,
		}
		if !s.any() {
			continue
		}
		ps := summ[o.fb]
		if ps == nil {
			ps = make([]paramFlow, o.fb.sig.Params().Len())
			summ[o.fb] = ps
		}
		ps[o.idx] = s
	}
	return summ
}

// missingCreations returns the creations o reaches with no ExpiresAt set
// before them. A set in another top-level declaration (a builder, a helper
// reached through a field) is taken to happen first.
func (o *origin) missingCreations() []event {
	var out []event
	for _, c := range o.creations {
		if !o.setBefore(c) {
			out = append(out, c)
		}
	}
	return out
}

func (o *origin) setBefore(c event) bool {
	for _, s := range o.sets {
		if s.unit != c.unit || s.pos < c.pos {
			return true
		}
	}
	for _, src := range o.from {
		if src.setBefore(o.copied) {
			return true // the copied value had ExpiresAt
		}
	}
	return false
}

// isMarked reports whether o, or the value it copies, sets a field only
// creations use.
func (o *origin) isMarked() bool {
	if o.marked {
		return true
	}
	for _, src := range o.from {
		if src.marked {
			return true
		}
	}
	return false
}

// distribute recomputes every origin's events under the given summaries.
func (f *flow) distribute(summ summaries) {
	for _, o := range f.origins {
		o.creations, o.sets, o.escapes, o.marked = nil, nil, false, false
	}
	for _, cur := range f.literals {
		f.literalEvents(cur)
	}
	for _, cur := range f.calls {
		f.callEvents(cur, summ)
	}
	for _, cur := range f.stores {
		f.storeEvents(cur)
	}
	for _, cur := range f.returns {
		f.returnEvents(cur)
	}
	for _, cur := range f.holders {
		f.structEvents(cur)
	}
	for _, cur := range f.sends {
		escape(f.termsOf(cur.ChildAt(edge.SendStmt_Value, -1)))
	}
}

func escape(os []*origin) {
	for _, o := range os {
		o.escapes = true
	}
}

// literalEvents records what a params literal sets itself.
func (f *flow) literalEvents(cur inspector.Cursor) {
	lit := cur.Node().(*ast.CompositeLit)
	terms := f.termsOf(cur)
	if len(terms) != 1 {
		return
	}
	o := terms[0]
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		f.fieldEvent(o, id.Name, event{unit: unitOf(cur), pos: lit.Pos()})
	}
}

// fieldEvent records that field name of o is written at ev.
func (f *flow) fieldEvent(o *origin, name string, ev event) {
	switch {
	case name == "ExpiresAt":
		o.sets = append(o.sets, ev)
	case o.typ.kind == sessionParams && creationOnlyField(name, o.typ):
		o.marked = true
	}
}

func (f *flow) callEvents(cur inspector.Cursor, summ summaries) {
	call := cur.Node().(*ast.CallExpr)
	ev := event{unit: unitOf(cur), pos: call.End(), call: call}
	role, argIdx := stripeCall(f.info, call)
	switch role {
	case roleCreate:
		if argIdx < 0 || argIdx >= len(call.Args) {
			return
		}
		if sig := callSig(f.info, call); sig != nil && argIdx < sig.Params().Len() && isNil(f.info, call.Args[argIdx]) {
			pt, _ := paramsOf(sig.Params().At(argIdx).Type())
			o := f.origin(call, func() *origin { return &origin{kind: oNil, node: call, typ: pt} })
			o.creations = append(o.creations, ev)
			return
		}
		for _, o := range f.termsOf(cur.ChildAt(edge.CallExpr_Args, argIdx)) {
			o.creations = append(o.creations, ev)
		}
		return
	case roleOther:
		return
	}
	if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() {
		return // a conversion: the value flows on to where the result goes
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, ok := f.info.Uses[id].(*types.Builtin); ok {
			return
		}
	}
	fb, fn := f.callee(cur, call)
	var ext *paramsFact
	if fb == nil && fn != nil && fn.Pkg() != f.pkg {
		ext, _ = f.paramsFactOf(fn)
	}
	for j, arg := range call.Args {
		if !carries(f.info.TypeOf(arg)) {
			continue
		}
		terms := f.termsOf(cur.ChildAt(edge.CallExpr_Args, j))
		if len(terms) == 0 {
			continue
		}
		var s paramFlow
		switch {
		case fb != nil:
			pi := paramOf(fb.sig, j)
			if pi < 0 || !carries(fb.sig.Params().At(pi).Type()) {
				s.Escapes = true // e.g. a type parameter: the body can't be followed
			} else if ps := summ[fb]; ps != nil {
				s = ps[pi]
			}
		case ext != nil:
			if pi := paramOf(fn.Signature(), j); pi >= 0 && pi < len(ext.Params) {
				s = ext.Params[pi]
			}
		default:
			// The callee can't be seen (an interface method, a function
			// value). Its shape still tells: only creations take params
			// alone and return a session (Get and Update take an id), and a
			// func(*params) with no results is an option that may set any
			// field, ExpiresAt included.
			s.Escapes = true
			switch sig := callSig(f.info, call); {
			case isCreationShaped(sig):
				s.Creates = true
			case isMutatorShaped(sig):
				s.Sets = true
			}
		}
		ev := ev
		ev.via = fn
		setAt, runs := f.whenRun(cur, ev.pos)
		for _, o := range terms {
			if s.Sets && runs {
				o.sets = append(o.sets, event{unit: ev.unit, pos: setAt, via: fn})
			}
			if s.Creates {
				o.creations = append(o.creations, ev)
			}
			o.escapes = o.escapes || s.Escapes
			o.marked = o.marked || s.Marks
		}
	}
}

func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// callSig is the signature of a call's function, or nil in code that
// doesn't type-check.
func callSig(info *types.Info, call *ast.CallExpr) *types.Signature {
	t := info.TypeOf(call.Fun)
	if t == nil {
		return nil
	}
	sig, _ := t.Underlying().(*types.Signature)
	return sig
}

// storeEvents handles an assignment or declaration: ExpiresAt and other
// field writes on params, and params stored where other code may read them.
func (f *flow) storeEvents(cur inspector.Cursor) {
	n, ok := cur.Node().(*ast.AssignStmt)
	if !ok {
		spec := cur.Node().(*ast.ValueSpec)
		for i, v := range spec.Values {
			if !carries(f.info.TypeOf(v)) {
				continue
			}
			if spec.Type != nil && !carries(f.info.TypeOf(spec.Type)) {
				escape(f.termsOf(cur.ChildAt(edge.ValueSpec_Values, i)))
				continue
			}
			if i < len(spec.Names) {
				if obj, ok := f.info.Defs[spec.Names[i]].(*types.Var); ok && obj.Parent() == f.pkg.Scope() && f.locEscapes(obj) {
					escape(f.termsOf(cur.ChildAt(edge.ValueSpec_Values, i)))
				}
			}
		}
		return
	}
	ev := event{unit: unitOf(cur), pos: n.Pos()}
	setEv, runs := f.whenRun(cur, n.Pos())
	for i, lhs := range n.Lhs {
		if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
			lc := cur.ChildAt(edge.AssignStmt_Lhs, i)
			for lc.Node() != sel {
				lc = lc.ChildAt(edge.ParenExpr_X, -1)
			}
			if holder, name, _, ok := f.paramsField(lc, sel); ok {
				for _, o := range holder {
					if name == "ExpiresAt" {
						if runs {
							f.fieldEvent(o, name, event{unit: ev.unit, pos: setEv})
						}
						continue
					}
					f.fieldEvent(o, name, ev)
				}
			}
		}
		if n.Tok != token.ASSIGN && n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) {
			continue
		}
		if !carries(f.info.TypeOf(n.Rhs[i])) {
			continue
		}
		rc := cur.ChildAt(edge.AssignStmt_Rhs, i)
		if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		if lt := f.info.TypeOf(lhs); lt != nil && !carries(lt) {
			escape(f.termsOf(rc)) // stored as an interface
			continue
		}
		if obj := f.storeTarget(lhs); obj != nil && f.locEscapes(obj) {
			escape(f.termsOf(rc))
		}
	}
}

// paramsField resolves a selector x.F where F is a field of a params type,
// and returns the origins holding that params value.
func (f *flow) paramsField(c inspector.Cursor, sel *ast.SelectorExpr) ([]*origin, string, paramsType, bool) {
	s, ok := f.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil, "", paramsType{}, false
	}
	path := s.Index()
	t := s.Recv()
	var embedded *types.Var
	for _, i := range path[:len(path)-1] {
		st := structOf(t)
		if st == nil || i >= st.NumFields() {
			return nil, "", paramsType{}, false
		}
		embedded = st.Field(i)
		t = embedded.Type()
	}
	pt, ok := paramsOf(t)
	if !ok {
		return nil, "", paramsType{}, false
	}
	if embedded != nil {
		return f.locTerms(embedded), sel.Sel.Name, pt, true
	}
	return f.termsOf(c.ChildAt(edge.SelectorExpr_X, -1)), sel.Sel.Name, pt, true
}

func structOf(t types.Type) *types.Struct {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := types.Unalias(t).Underlying().(*types.Struct)
	return st
}

// returnEvents: params returned by a function whose callers can't all be
// seen escape.
func (f *flow) returnEvents(cur inspector.Cursor) {
	fb := f.enclosingFunc(cur)
	if fb == nil || !f.resultsEscape(fb) {
		return
	}
	ret := cur.Node().(*ast.ReturnStmt)
	for i, r := range ret.Results {
		if carries(f.info.TypeOf(r)) {
			escape(f.termsOf(cur.ChildAt(edge.ReturnStmt_Results, i)))
		}
	}
	if len(ret.Results) == 0 {
		res := fb.sig.Results()
		for i := range res.Len() {
			if r := res.At(i); carries(r.Type()) && r.Name() != "" {
				escape(f.varTerms(r, cur))
			}
		}
	}
}

// resultsEscape reports whether a function's results reach code this
// package can't see: it is exported, a method with an exported name, or it
// is never called directly here (so it is used as a value).
func (f *flow) resultsEscape(fb *funcBody) bool {
	if fb.fn == nil {
		return !f.calledLits[fb.lit]
	}
	return fb.escapes || f.calledAt[fb.fn] == 0
}

// structEvents: params stored in fields of a struct literal, or in a
// container that can't hold them as params (a []any).
func (f *flow) structEvents(cur inspector.Cursor) {
	lit := cur.Node().(*ast.CompositeLit)
	st, isStruct := types.Unalias(f.info.TypeOf(lit)).Underlying().(*types.Struct)
	for i, elt := range lit.Elts {
		ec := cur.ChildAt(edge.CompositeLit_Elts, i)
		var field *types.Var
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && isStruct {
				field, _ = f.info.ObjectOf(id).(*types.Var)
			}
			ec = ec.ChildAt(edge.KeyValueExpr_Value, -1)
		} else if isStruct && i < st.NumFields() {
			field = st.Field(i)
		}
		v := ec.Node().(ast.Expr)
		if !carries(f.info.TypeOf(v)) {
			continue
		}
		if field == nil || !carries(field.Type()) || f.locEscapes(field) {
			escape(f.termsOf(ec))
		}
	}
}

// sortedOrigins returns the origins in source order, for deterministic
// reports and facts.
func (f *flow) sortedOrigins() []*origin {
	out := make([]*origin, 0, len(f.origins))
	for _, o := range f.origins {
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b *origin) int {
		return int(a.pos() - b.pos())
	})
	return out
}

func (o *origin) pos() token.Pos {
	if o.node != nil {
		return o.node.Pos()
	}
	if o.fb != nil {
		return o.fb.cur.Node().Pos() + token.Pos(o.idx)
	}
	return token.NoPos
}

// whenRun is when code at cur, at pos in its declaration, runs relative to
// the rest of the declaration: inside a function literal that is called in
// place or through a variable, at the (first) call; deferred, at the end;
// in a goroutine, never in order (runs is false); a literal never called
// never runs. A literal handed elsewhere (a callback) keeps its position:
// when it runs can't be known.
func (f *flow) whenRun(cur inspector.Cursor, pos token.Pos) (token.Pos, bool) {
	for c := range cur.Enclosing((*ast.FuncLit)(nil)) {
		lit := c.Node().(*ast.FuncLit)
		var calls []inspector.Cursor
		switch v := f.boundVar(c); {
		case c.ParentEdgeKind() == edge.CallExpr_Fun:
			calls = []inspector.Cursor{c.Parent()}
		case v == nil:
			return pos, true // a callback: it runs when someone calls it
		case f.varUses(v) > len(f.litCallSites[lit]):
			return pos, true // also handed elsewhere
		case len(f.litCallSites[lit]) == 0:
			return 0, false // bound to a variable and never called
		default:
			calls = f.litCallSites[lit]
		}
		best, found := token.NoPos, false
		for _, call := range calls {
			at := call.Node().Pos()
			switch call.Parent().Node().(type) {
			case *ast.GoStmt:
				continue
			case *ast.DeferStmt:
				if unit := unitOf(call); unit != nil {
					at = unit.End()
				}
			}
			p, ok := f.whenRun(call, at)
			if ok && (!found || p < best) {
				best, found = p, true
			}
		}
		return best, found
	}
	return pos, true
}

// boundVar returns the local variable a function literal at c is assigned
// to, if it is.
func (f *flow) boundVar(c inspector.Cursor) *types.Var {
	var lhs ast.Expr
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if i := c.ParentEdgeIndex(); c.ParentEdgeKind() == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			lhs = p.Lhs[i]
		}
	case *ast.ValueSpec:
		if i := c.ParentEdgeIndex(); c.ParentEdgeKind() == edge.ValueSpec_Values && len(p.Names) == len(p.Values) {
			lhs = p.Names[i]
		}
	}
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return nil
	}
	return f.localVar(id)
}

// varUses counts the uses of a local variable (not its definitions).
func (f *flow) varUses(v *types.Var) int {
	if f.uses == nil {
		f.uses = make(map[*types.Var]int)
		for _, obj := range f.info.Uses {
			if lv, ok := obj.(*types.Var); ok && lv.Pkg() == f.pkg && !lv.IsField() {
				f.uses[lv]++
			}
		}
	}
	return f.uses[v]
}

// isCreationShaped reports whether sig is func(*params) (*CheckoutSession,
// error), the shape of session.New.
func isCreationShaped(sig *types.Signature) bool {
	if sig == nil || sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	pt, ok := pointerToParams(sig.Params().At(0).Type())
	if !ok {
		return false
	}
	res := sig.Results().At(0).Type()
	ptr, ok := types.Unalias(res).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && named.Obj().Name() == "CheckoutSession" && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == pt.root &&
		types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

// isMutatorShaped reports whether sig is func(*params), a functional
// option.
func isMutatorShaped(sig *types.Signature) bool {
	if sig == nil || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return false
	}
	_, ok := pointerToParams(sig.Params().At(0).Type())
	return ok
}

func pointerToParams(t types.Type) (paramsType, bool) {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return paramsType{}, false
	}
	return asParamsType(ptr.Elem())
}

package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file works out the TTL of an ExpiresAt value: an abstract
// interpreter over the few shapes an expiry takes. The base "now" is any
// time.Time value (time.Now(), an injected clock, a parameter); the TTL is
// what Add, AddDate or "+ seconds" adds to it; Unix() turns it into epoch
// seconds and stripe.Int64, & or new(...) into the *int64 the field takes.

type vkind uint8

const (
	vUnknown vkind = iota // not provable; why says why
	vNil                  // the nil pointer
	vNum                  // an integer: nanoseconds, seconds or an epoch, by context
	vTime                 // a time.Time: base + off nanoseconds
	vUnix                 // Unix seconds: base + off seconds
	vPtr                  // a pointer to an int64
)

type vbase uint8

const (
	baseNow vbase = iota // any time.Time value: "now" for TTL purposes
	baseAbs              // an absolute time: time.Unix(...), time.Date(...)
)

// amount is an integer that may be known, or be a multiple of the
// argument a helper's caller passes.
type amount struct {
	known bool
	n     int64 // the value, or the scale of param
	div   int64 // symbolic only: the value is arg*n/div (0 means 1)
	param int   // >= 0: arg*n/div, arg being the caller's argument param
	// pre, symbolic only and if not 0: the scale of the Duration that
	// Unix() divided into seconds; arg*pre must fit an int64 too, or the
	// helper's Duration overflows at run time.
	pre  int64
	refs []string // constants it is derived from, as "importpath.Name"
	// site is the one expression that supplied the TTL, for fixes, and
	// siteKind its unit; contrib counts the additions that made the
	// amount (a fix edits the site only when there was exactly one).
	site     inspector.Cursor
	siteKind siteKind
	contrib  int
}

type siteKind uint8

const (
	siteNone       siteKind = iota
	siteDuration            // the argument of Add: a time.Duration
	siteSeconds             // the S of Unix() + S: seconds
	siteSubSeconds          // the S of Unix() - S or u -= S: seconds, subtracted
	siteAddDate             // a whole AddDate(0, 0, days) call
)

// added records that d was added to a, at site, in the given unit.
func added(a, d amount, site inspector.Cursor, kind siteKind) amount {
	sum := addAmount(a, d, site)
	sum.site, sum.siteKind, sum.contrib = site, kind, a.contrib+1
	return sum
}

func known(n int64) amount    { return amount{known: true, n: n, param: -1} }
func symbolic(i int) amount   { return amount{n: 1, param: i} }
func (a amount) isSym() bool  { return !a.known && a.param >= 0 }
func (a amount) isZero() bool { return a.known && a.n == 0 }

type value struct {
	kind  vkind
	base  vbase
	off   amount // vTime, vUnix: offset from base; vNum: the number
	moved bool   // vTime, vUnix: something was added to the base
	elem  *value // vPtr
	why   string // vUnknown
	// unit is, for a value in the wrong unit (UnixMilli), the method name
	// to replace with Unix.
	unit inspector.Cursor
	// desc is the expression a Unix value came from, and note a hint
	// about it, for messages.
	desc, note string
	// timeArg > 0: while a helper is evaluated for its callers, the time
	// is the caller's argument timeArg-1 (plus off), not any "now".
	timeArg int
}

// now is any time.Time value: "now" for TTL purposes.
func now() value { return value{kind: vTime, base: baseNow, off: known(0)} }

func unknown(format string, args ...any) value {
	return value{kind: vUnknown, why: fmt.Sprintf(format, args...)}
}

// evaluator evaluates expressions of one package.
type evaluator struct {
	*index
	helpers map[*funcBody]*value // helper results, evaluated with symbolic parameters
	depth   int
	active  map[*def]bool // definitions being evaluated: a loop comes back to them
}

func newEvaluator(ix *index) *evaluator {
	return &evaluator{index: ix, helpers: make(map[*funcBody]*value), active: make(map[*def]bool)}
}

// symEnv is set while a helper's body is evaluated for its callers: its
// numeric parameters become symbolic.
type symEnv struct{ fb *funcBody }

const maxDepth = 12

// eval evaluates the expression at c.
func (e *evaluator) eval(c inspector.Cursor, env *symEnv) value {
	if e.depth > maxDepth {
		return unknown("the expression is too deeply nested to follow")
	}
	e.depth++
	defer func() { e.depth-- }()

	expr, ok := c.Node().(ast.Expr)
	if !ok {
		return unknown("unrecognized expression")
	}
	v := e.evalExpr(c, expr, env)
	if v.kind == vNum && v.off.known {
		// Go wraps a run-time integer that overflows its type; say so
		// rather than compute a different number.
		if b, ok := types.Unalias(e.info.TypeOf(expr)).Underlying().(*types.Basic); ok && !fitsBasic(v.off.n, b) {
			return unknown("%s overflows %s", types.ExprString(expr), b)
		}
	}
	return v
}

// fitsBasic reports whether n is a value of the basic type b (ints are 64
// bits wide, as on every platform Stripe services run on).
func fitsBasic(n int64, b *types.Basic) bool {
	switch b.Kind() {
	case types.Int8:
		return n >= math.MinInt8 && n <= math.MaxInt8
	case types.Int16:
		return n >= math.MinInt16 && n <= math.MaxInt16
	case types.Int32:
		return n >= math.MinInt32 && n <= math.MaxInt32
	case types.Uint8:
		return n >= 0 && n <= math.MaxUint8
	case types.Uint16:
		return n >= 0 && n <= math.MaxUint16
	case types.Uint32:
		return n >= 0 && n <= math.MaxUint32
	case types.Uint, types.Uint64, types.Uintptr:
		return n >= 0
	}
	return true
}

func (e *evaluator) evalExpr(c inspector.Cursor, expr ast.Expr, env *symEnv) value {
	if tv, ok := e.info.Types[expr]; ok && tv.Value != nil {
		if v := constant.ToInt(tv.Value); v.Kind() == constant.Int {
			if n, exact := constant.Int64Val(v); exact {
				a := known(n)
				a.refs = e.constRefs(expr)
				a.site = c
				return value{kind: vNum, off: a}
			}
		}
		return unknown("%s is not an integer", types.ExprString(expr))
	}
	switch n := expr.(type) {
	case *ast.ParenExpr:
		return e.eval(c.ChildAt(edge.ParenExpr_X, -1), env)
	case *ast.Ident:
		return e.evalIdent(c, n, env)
	case *ast.SelectorExpr:
		if isTime(e.info.TypeOf(n)) {
			return unknown("%s is a stored time, not now: ExpiresAt must be now plus the TTL", types.ExprString(n))
		}
		if v, ok := e.info.Uses[n.Sel].(*types.Var); ok && !v.IsField() {
			return unknown("%s is a package-level variable, which can change at run time", types.ExprString(n))
		}
		return unknown("%s is a value read at run time", types.ExprString(n))
	case *ast.UnaryExpr:
		x := c.ChildAt(edge.UnaryExpr_X, -1)
		switch n.Op {
		case token.AND:
			v := e.eval(x, env)
			return value{kind: vPtr, elem: &v}
		case token.SUB:
			v := e.eval(x, env)
			if v.kind == vNum && v.off.known && v.off.n != math.MinInt64 {
				v.off.n = -v.off.n
				return v
			}
			return unknown("a negated run-time value")
		}
	case *ast.StarExpr:
		if v := e.eval(c.ChildAt(edge.StarExpr_X, -1), env); v.kind == vPtr {
			return *v.elem
		}
		return unknown("%s dereferences a pointer this analyzer can't follow", types.ExprString(n))
	case *ast.BinaryExpr:
		return e.evalBinary(c, n, env)
	case *ast.CallExpr:
		return e.evalCall(c, n, env)
	}
	if isTime(e.info.TypeOf(expr)) {
		return unknown("%s is a stored time, not now: ExpiresAt must be now plus the TTL", types.ExprString(expr))
	}
	return unknown("%s is not a shape this analyzer recognizes", types.ExprString(expr))
}

// constRefs lists the named constants a constant expression uses.
func (e *evaluator) constRefs(expr ast.Expr) []string {
	var refs []string
	ast.Inspect(expr, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if c, ok := e.info.Uses[id].(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() != "time" {
			ref := c.Pkg().Path() + "." + c.Name()
			if !slices.Contains(refs, ref) {
				refs = append(refs, ref)
			}
		}
		return true
	})
	return refs
}

func (e *evaluator) evalIdent(c inspector.Cursor, id *ast.Ident, env *symEnv) value {
	obj := e.info.Uses[id]
	if _, ok := obj.(*types.Nil); ok {
		return value{kind: vNil}
	}
	v, ok := obj.(*types.Var)
	if !ok {
		return unknown("%s is not a value this analyzer can follow", id.Name)
	}
	if e.localVar(id) == nil {
		return unknown("%s is a package-level variable, which can change at run time", id.Name)
	}
	return e.varValue(v, c, env)
}

// varValue is the value of local v at c, which all its reaching
// definitions must agree on.
func (e *evaluator) varValue(v *types.Var, c inspector.Cursor, env *symEnv) value {
	defs := e.reaching(v, c)
	if len(defs) == 0 {
		return unknown("%s is never assigned a value this analyzer can see", v.Name())
	}
	var out value
	for i, d := range defs {
		if d.kind == defOp && d.rhs.Node() == c.Node() {
			continue // the statement being evaluated
		}
		dv := e.evalDef(d, env)
		if i == 0 {
			out = dv
			continue
		}
		if !sameValue(out, dv) {
			return unknown("%s holds different values on different paths", v.Name())
		}
	}
	return out
}

func (e *evaluator) evalDef(d *def, env *symEnv) value {
	if e.active[d] {
		// v += x in a loop: the value depends on how often it runs.
		return unknown("%s changes on every iteration of a loop", d.v.Name())
	}
	e.active[d] = true
	defer delete(e.active, d)
	switch d.kind {
	case defValue:
		return e.eval(d.rhs, env)
	case defParam:
		if isTime(d.v.Type()) {
			t := now()
			if env != nil && d.fn == env.fb && d.param >= 0 {
				t.timeArg = d.param + 1
			}
			return t
		}
		if env != nil && d.fn == env.fb && d.param >= 0 {
			if _, ok := types.Unalias(d.v.Type()).Underlying().(*types.Basic); ok {
				return value{kind: vNum, off: symbolic(d.param)}
			}
		}
		return unknown("%s is a parameter, a value known only at run time", d.v.Name())
	case defZero:
		if b, ok := types.Unalias(d.v.Type()).Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			return value{kind: vNum, off: known(0)}
		}
	case defOp:
		// v += x is v = v + x, with v's value before the statement.
		as := d.rhs.Node().(*ast.AssignStmt)
		if len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ADD_ASSIGN && as.Tok != token.SUB_ASSIGN {
			break
		}
		prev := e.varValue(d.v, d.rhs, env)
		x := e.eval(d.rhs.ChildAt(edge.AssignStmt_Rhs, 0), env)
		op := token.ADD
		if as.Tok == token.SUB_ASSIGN {
			op = token.SUB
		}
		v := e.arith(op, prev, x, as)
		if v.kind == vUnix {
			kind := siteSeconds
			if op == token.SUB {
				kind = siteSubSeconds
			}
			v.off.site, v.off.siteKind, v.off.contrib = d.rhs.ChildAt(edge.AssignStmt_Rhs, 0), kind, prev.off.contrib+1
		}
		return v
	}
	return unknown("%s is computed at run time", d.v.Name())
}

// sameValue reports whether two values are provably equal for TTL purposes.
func sameValue(a, b value) bool {
	if a.kind != b.kind || a.base != b.base || a.moved != b.moved || a.timeArg != b.timeArg {
		return false
	}
	switch a.kind {
	case vPtr:
		return sameValue(*a.elem, *b.elem)
	case vUnknown:
		return false
	}
	return a.off.known == b.off.known && a.off.n == b.off.n && a.off.param == b.off.param
}

func (e *evaluator) evalBinary(c inspector.Cursor, n *ast.BinaryExpr, env *symEnv) value {
	xc, yc := c.ChildAt(edge.BinaryExpr_X, -1), c.ChildAt(edge.BinaryExpr_Y, -1)
	x, y := e.eval(xc, env), e.eval(yc, env)
	if b, ok := types.Unalias(e.info.TypeOf(n)).Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 && n.Op == token.QUO {
		if x.kind != vNum || y.kind != vNum || !x.off.known || !y.off.known || y.off.n == 0 || x.off.n%y.off.n != 0 {
			return unknown("%s is a fractional value", types.ExprString(n))
		}
	}
	v := e.arith(n.Op, x, y, n)
	if v.kind == vUnix && (n.Op == token.ADD || n.Op == token.SUB) {
		// Unix() + S: S supplied the TTL.
		site, prev, kind := yc, x.off, siteSeconds
		if x.kind == vNum {
			site, prev = xc, y.off
		} else if n.Op == token.SUB {
			kind = siteSubSeconds
		}
		v.off.site, v.off.siteKind, v.off.contrib = site, kind, prev.contrib+1
	}
	return v
}

// arith applies a binary operator; n is the expression, for messages.
func (e *evaluator) arith(op token.Token, x, y value, n ast.Node) value {
	for _, v := range []value{x, y} {
		if v.kind == vUnknown {
			v.unit = inspector.Cursor{} // arithmetic on it: not a unit slip
			return v
		}
	}
	switch op {
	case token.ADD:
		if x.kind == vNum && y.kind == vUnix {
			x, y = y, x
		}
		if x.kind == vUnix && y.kind == vNum {
			x.off = addAmount(x.off, y.off, y.off.site)
			x.moved = true
			return x
		}
		if x.kind == vNum && y.kind == vNum {
			return value{kind: vNum, off: addAmount(x.off, y.off, inspector.Cursor{})}
		}
	case token.SUB:
		if x.kind == vUnix && y.kind == vNum {
			x.off = addAmount(x.off, negAmount(y.off), y.off.site)
			x.moved = true
			return x
		}
		if x.kind == vNum && y.kind == vNum {
			return value{kind: vNum, off: addAmount(x.off, negAmount(y.off), inspector.Cursor{})}
		}
	case token.MUL:
		if x.kind == vNum && y.kind == vNum {
			return value{kind: vNum, off: mulAmount(x.off, y.off)}
		}
	case token.QUO:
		if x.kind == vNum && y.kind == vNum && y.off.known && y.off.n != 0 && x.off.known {
			return value{kind: vNum, off: amount{known: true, n: x.off.n / y.off.n, param: -1, refs: mergeRefs(x.off.refs, y.off.refs)}}
		}
	}
	return unknown("%s is computed at run time", exprString(n))
}

func exprString(n ast.Node) string {
	switch n := n.(type) {
	case ast.Expr:
		return types.ExprString(n)
	case *ast.AssignStmt:
		return types.ExprString(n.Lhs[0]) + " " + n.Tok.String() + " " + types.ExprString(n.Rhs[0])
	}
	return "the expression"
}

func mergeRefs(a, b []string) []string {
	out := slices.Clone(a)
	for _, r := range b {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func addAmount(a, b amount, site inspector.Cursor) amount {
	refs := mergeRefs(a.refs, b.refs)
	switch {
	case a.known && b.known:
		if s, ok := addInt(a.n, b.n); ok {
			return amount{known: true, n: s, param: -1, refs: refs, site: site}
		}
	case a.isZero() && b.isSym():
		b.refs, b.site = refs, site
		return b
	case b.isZero() && a.isSym():
		a.refs, a.site = refs, site
		return a
	}
	return amount{param: -1, refs: refs}
}

func negAmount(a amount) amount {
	switch {
	case a.known && a.n != math.MinInt64:
		a.n = -a.n
	case a.isSym() && a.n != math.MinInt64:
		a.n = -a.n
	default:
		a.known, a.param = false, -1
	}
	return a
}

func mulAmount(a, b amount) amount {
	refs := mergeRefs(a.refs, b.refs)
	switch {
	case a.known && b.known:
		if p, ok := mulInt(a.n, b.n); ok {
			return amount{known: true, n: p, param: -1, refs: refs}
		}
	case a.isSym() && b.known:
		p, ok := mulInt(a.n, b.n)
		pre, preOK := mulInt(a.pre, b.n)
		if ok && preOK {
			return amount{n: p, param: a.param, refs: refs, pre: pre}
		}
	case b.isSym() && a.known:
		return mulAmount(b, a)
	}
	return amount{param: -1, refs: refs}
}

func addInt(a, b int64) (int64, bool) {
	s := a + b
	if (s > a) != (b > 0) {
		return 0, false
	}
	return s, true
}

func mulInt(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || a == -1 && b == math.MinInt64 || b == -1 && a == math.MinInt64 {
		return 0, false
	}
	return p, true
}

func (e *evaluator) evalCall(c inspector.Cursor, call *ast.CallExpr, env *symEnv) value {
	arg := func(i int) inspector.Cursor { return c.ChildAt(edge.CallExpr_Args, i) }
	// Conversions: int64(x), time.Duration(x).
	if tv, ok := e.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) != 1 {
			return unknown("a malformed conversion")
		}
		v := e.eval(arg(0), env)
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 && (v.kind == vNum || v.kind == vUnix) {
			return v
		}
		if v.kind == vUnknown {
			return v
		}
		return unknown("%s converts a value this analyzer can't follow", types.ExprString(call))
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := e.info.Uses[id].(*types.Builtin); ok {
			if b.Name() == "new" && len(call.Args) == 1 {
				if tv := e.info.Types[call.Args[0]]; tv.IsType() {
					return value{kind: vPtr, elem: &value{kind: vNum, off: known(0)}}
				}
				v := e.eval(arg(0), env)
				return value{kind: vPtr, elem: &v}
			}
			return unknown("%s is computed at run time", types.ExprString(call))
		}
	}
	fn, _ := typeutil.Callee(e.info, call).(*types.Func)
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := e.info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return unknown("%s is a method expression; write the call on a value, e.g. t.Add(d)", types.ExprString(sel))
		}
	}
	if fn != nil && fn.Pkg() != nil {
		sig := fn.Signature()
		recv := sig.Recv()
		switch {
		case fn.Pkg().Path() == "time" && recv == nil:
			switch fn.Name() {
			case "Now":
				return now()
			case "Unix", "UnixMilli", "UnixMicro", "Date", "Parse", "ParseInLocation":
				return value{kind: vTime, base: baseAbs, off: known(0)}
			}
		case recv != nil && isTime(recv.Type()):
			return e.timeMethod(c, call, fn, env)
		case recv != nil && isDuration(recv.Type()):
			sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if sel != nil && fn.Name() == "Seconds" {
				d := e.eval(c.ChildAt(edge.CallExpr_Fun, -1).ChildAt(edge.SelectorExpr_X, -1), env)
				if d.kind == vNum && d.off.known {
					if d.off.n%int64(1e9) != 0 {
						return unknown("%s is a fractional number of seconds", types.ExprString(call))
					}
					d.off.n /= int64(1e9)
					return d
				}
				if d.kind == vUnknown {
					return d
				}
				return unknown("%s is computed at run time", types.ExprString(call))
			}
		case recv == nil && fn.Name() == "Int64" && isStripeRoot(fn.Pkg()) && len(call.Args) == 1:
			v := e.eval(arg(0), env)
			return value{kind: vPtr, elem: &v}
		}
	}
	// A generic pointer helper, func[T any](v T) *T, from any package
	// (lo.ToPtr, ptr.To): a pointer to its argument.
	if fn != nil && isGenericPtrHelper(fn) {
		v := e.eval(arg(0), env)
		return value{kind: vPtr, elem: &v}
	}
	// A helper in this package, or one with a fact from another.
	fb, _ := (&flow{index: e.index}).callee(c, call)
	if fb != nil && fb.sig.Results().Len() == 1 {
		return e.substitute(c, call, e.helperValue(fb), fb.sig, env)
	}
	if fn != nil && fn.Pkg() != e.pkg {
		if fact := e.expiryFactOf(fn); fact != nil {
			return e.substitute(c, call, fact.value(), fn.Signature(), env)
		}
	}
	if isTime(e.info.TypeOf(call)) {
		if isClock(call) {
			return now() // time.Now behind an interface or a field: a clock
		}
		return unknown("%s() returns a time this analyzer can't relate to now: ExpiresAt must be now plus the TTL", types.ExprString(call.Fun))
	}
	return unknown("%s is computed at run time", types.ExprString(call.Fun)+"()")
}

// argSiteKind is the unit of a helper argument that the helper scales by
// scale/div into a value of kind k (seconds for vUnix, nanoseconds else).
func argSiteKind(k vkind, scale, div int64) siteKind {
	perSecond := int64(1e9)
	switch {
	case k == vUnix && scale == 1 && div == 1, k != vUnix && scale == perSecond && div == 1:
		return siteSeconds
	case k == vUnix && scale == 1 && div == perSecond, k != vUnix && scale == 1 && div == 1:
		return siteDuration
	}
	return siteNone
}

// isClock reports whether call reads a clock: a function, method or
// function-valued field named Now (s.clock.Now(), s.now(), clock.Now()),
// the name every clock library and injected clock uses.
func isClock(call *ast.CallExpr) bool {
	var name string
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	}
	return len(call.Args) == 0 && strings.EqualFold(name, "now")
}

// isGenericPtrHelper reports whether fn is func[T any](v T) *T.
func isGenericPtrHelper(fn *types.Func) bool {
	sig := fn.Origin().Signature()
	if sig.TypeParams().Len() != 1 || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	ptr, ok := sig.Results().At(0).Type().(*types.Pointer)
	if !ok {
		return false
	}
	tp, ok := ptr.Elem().(*types.TypeParam)
	return ok && types.Identical(tp, sig.Params().At(0).Type())
}

func isStripeRoot(p *types.Package) bool {
	_, ok := stripeRoot(p.Path())
	return ok
}

// timeMethod evaluates a method call on a time.Time.
func (e *evaluator) timeMethod(c inspector.Cursor, call *ast.CallExpr, fn *types.Func, env *symEnv) value {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return unknown("a method value of time.Time")
	}
	funC := c.ChildAt(edge.CallExpr_Fun, -1)
	for funC.Node() != sel {
		funC = funC.ChildAt(edge.ParenExpr_X, -1)
	}
	t := e.eval(funC.ChildAt(edge.SelectorExpr_X, -1), env)
	if t.kind == vUnknown {
		return t
	}
	if t.kind != vTime {
		return unknown("%s is not a time this analyzer can follow", types.ExprString(sel.X))
	}
	arg := func(i int) inspector.Cursor { return c.ChildAt(edge.CallExpr_Args, i) }
	switch fn.Name() {
	case "UTC", "Local", "In":
		return t
	case "Round", "Truncate":
		d := e.eval(arg(0), env)
		if d.kind == vNum && d.off.known && d.off.n <= int64(60e9) {
			return t
		}
		return unknown("%s moves the time by up to a run-time or large amount", types.ExprString(call))
	case "Add":
		d := e.eval(arg(0), env)
		if d.kind == vUnknown {
			return d
		}
		if d.kind != vNum {
			return unknown("the duration %s is not a constant", types.ExprString(call.Args[0]))
		}
		t.off = added(t.off, d.off, arg(0), siteDuration)
		t.moved = true
		if d.off.known && d.off.n > 0 && d.off.n < int64(time.Second) {
			t.note = fmt.Sprintf("Add counts nanoseconds: %s is %s; seconds need * time.Second", types.ExprString(call.Args[0]), fmtDuration(time.Duration(d.off.n)))
		}
		if !t.off.known && !t.off.isSym() {
			return unknown("the duration %s is not a constant", types.ExprString(call.Args[0]))
		}
		return t
	case "AddDate":
		var ymd [3]int64
		for i := range 3 {
			v := e.eval(arg(i), env)
			if v.kind == vUnknown {
				return v
			}
			if v.kind != vNum || !v.off.known {
				return unknown("AddDate with run-time arguments")
			}
			ymd[i] = v.off.n
		}
		if ymd[0] != 0 || ymd[1] != 0 {
			return unknown("AddDate(%d, %d, %d) adds months or years, whose length varies", ymd[0], ymd[1], ymd[2])
		}
		days, ok := mulInt(ymd[2], int64(24*60*60*1e9))
		if !ok {
			return unknown("AddDate adds too many days")
		}
		d := known(days)
		t.off = added(t.off, d, c, siteAddDate)
		t.moved = true
		if !t.off.known {
			return unknown("AddDate on a time this analyzer can't follow")
		}
		return t
	case "Unix":
		u := value{kind: vUnix, base: t.base, moved: t.moved, timeArg: t.timeArg, desc: types.ExprString(call), note: t.note}
		switch {
		case t.off.known:
			u.off = t.off
			u.off.n = t.off.n / int64(1e9)
		case t.off.isSym():
			u.off = t.off
			if t.off.n%int64(1e9) == 0 {
				u.off.n, u.off.pre = t.off.n/int64(1e9), t.off.n
			} else if d, ok := mulInt(max(t.off.div, 1), int64(1e9)); ok {
				u.off.div = d
			} else {
				return unknown("the time's offset is out of range")
			}
		default:
			return unknown("the time's offset is not a whole number of seconds this analyzer can follow")
		}
		return u
	case "UnixMilli", "UnixMicro", "UnixNano":
		v := unknown("%s counts in the wrong unit: ExpiresAt is Unix seconds, use .Unix()", fn.Name())
		v.unit = funC.ChildAt(edge.SelectorExpr_Sel, -1)
		return v
	}
	return unknown("time.Time.%s is not a shape this analyzer recognizes", fn.Name())
}

// helperValue evaluates what a helper in this package returns, with its
// numeric parameters symbolic.
func (e *evaluator) helperValue(fb *funcBody) value {
	if v, ok := e.helpers[fb]; ok {
		if v == nil {
			return unknown("a recursive helper")
		}
		return *v
	}
	e.helpers[fb] = nil
	v := e.evalReturns(fb)
	e.helpers[fb] = &v
	return v
}

// evalReturns evaluates the results of every return statement of fb,
// which must agree.
func (e *evaluator) evalReturns(fb *funcBody) value {
	var (
		out   value
		found bool
	)
	env := &symEnv{fb: fb}
	body := fb.cur.ChildAt(bodyEdge(fb), -1)
	for ret := range body.Preorder((*ast.ReturnStmt)(nil), (*ast.FuncLit)(nil)) {
		if _, ok := ret.Node().(*ast.FuncLit); ok {
			continue
		}
		if e.enclosingFunc(ret) != fb {
			continue
		}
		r := ret.Node().(*ast.ReturnStmt)
		if len(r.Results) != 1 {
			return unknown("%s has a bare return", fb.name())
		}
		v := e.eval(ret.ChildAt(edge.ReturnStmt_Results, 0), env)
		if !found {
			out, found = v, true
			continue
		}
		if !sameValue(out, v) {
			return unknown("%s returns different values on different paths", fb.name())
		}
	}
	if !found {
		return unknown("%s returns nothing this analyzer can see", fb.name())
	}
	if out.kind == vUnknown {
		out.why = fb.name() + ": " + out.why
	}
	return out
}

func bodyEdge(fb *funcBody) edge.Kind {
	if fb.lit != nil {
		return edge.FuncLit_Body
	}
	return edge.FuncDecl_Body
}

func (fb *funcBody) name() string {
	if fb.fn != nil {
		return fb.fn.Name()
	}
	return "the function literal"
}

// substitute replaces a helper result's symbolic amounts by the caller's
// arguments.
func (e *evaluator) substitute(c inspector.Cursor, call *ast.CallExpr, v value, sig *types.Signature, env *symEnv) value {
	switch v.kind {
	case vPtr:
		elem := e.substitute(c, call, *v.elem, sig, env)
		return value{kind: vPtr, elem: &elem}
	case vTime, vUnix, vNum:
		if v.timeArg > 0 {
			return e.substituteTime(c, call, v, sig, env)
		}
		if v.kind == vNum && v.off.isSym() && v.off.n == 1 && max(v.off.div, 1) == 1 && len(v.off.refs) == 0 {
			// The helper returns its argument as is (aws.Int64 returns a
			// pointer to it): the argument's value, whatever it is.
			if j := argIndex(call, sig, v.off.param); j >= 0 {
				return e.eval(c.ChildAt(edge.CallExpr_Args, j), env)
			}
		}
		if !v.off.isSym() {
			v.off.site, v.off.siteKind = inspector.Cursor{}, siteNone // the TTL is inside the helper
			return v
		}
		j := argIndex(call, sig, v.off.param)
		if j < 0 {
			return unknown("a helper argument this analyzer can't follow")
		}
		a := e.eval(c.ChildAt(edge.CallExpr_Args, j), env)
		if a.kind != vNum || !(a.off.known || a.off.isSym()) {
			if a.kind == vUnknown {
				return a
			}
			return unknown("the helper's argument %s is not a constant", types.ExprString(call.Args[j]))
		}
		scale, div := v.off.n, max(v.off.div, 1)
		if _, ok := mulInt(a.off.n, v.off.pre); a.off.known && !ok {
			return unknown("the helper's argument %s is out of range", types.ExprString(call.Args[j]))
		}
		v.off = mulAmount(a.off, known(scale))
		if div != 1 {
			if !v.off.known {
				return unknown("a helper argument this analyzer can't follow")
			}
			v.off.n /= div
		}
		// The caller's argument supplied the TTL: in seconds or as a
		// Duration, depending on how the helper scales it.
		v.off.site, v.off.siteKind, v.off.contrib = c.ChildAt(edge.CallExpr_Args, j), argSiteKind(v.kind, scale, div), 1
		if !v.off.known && !v.off.isSym() {
			return unknown("the helper's argument %s is out of range", types.ExprString(call.Args[j]))
		}
	}
	return v
}

// substituteTime resolves a helper result computed from the caller's
// time.Time argument: the argument's value, moved by what the helper adds.
func (e *evaluator) substituteTime(c inspector.Cursor, call *ast.CallExpr, v value, sig *types.Signature, env *symEnv) value {
	j := argIndex(call, sig, v.timeArg-1)
	if j < 0 || !v.off.known {
		return unknown("a helper argument this analyzer can't follow")
	}
	a := e.eval(c.ChildAt(edge.CallExpr_Args, j), env)
	if a.kind != vTime {
		if a.kind == vUnknown {
			return a
		}
		return unknown("the helper's argument %s is not a time this analyzer can follow", types.ExprString(call.Args[j]))
	}
	extra := v.off
	if v.kind == vUnix {
		// The helper's offset is in seconds; the argument's in nanoseconds.
		ns, ok := mulInt(v.off.n, int64(1e9))
		if !ok {
			return unknown("the TTL is out of range")
		}
		extra.n = ns
	}
	out := a
	out.off = addAmount(a.off, extra, a.off.site)
	out.off.site, out.off.siteKind, out.off.contrib = inspector.Cursor{}, siteNone, a.off.contrib+v.off.contrib
	out.moved = a.moved || v.moved
	if !out.off.known && !out.off.isSym() {
		return unknown("the TTL is out of range")
	}
	if v.kind == vUnix {
		out.kind = vUnix
		if out.off.known {
			out.off.n /= int64(1e9)
		} else {
			return unknown("the TTL is computed at run time")
		}
	}
	return out
}

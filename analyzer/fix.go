package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file builds the one suggested fix each missing, ttl and constant
// diagnostic carries (golangci-lint applies every fix of a diagnostic, so
// alternatives would collide). Fixes use the file's own names for stripe-go
// and time, add imports when needed, and are laid out as gofmt would: the
// edit is applied to the file, the file is formatted, and the changed lines
// become the edit.

// fixer builds fixes for one package.
type fixer struct {
	pass *analysis.Pass
	pol  *policy
	srcs map[*token.File][]byte
}

func newFixer(pass *analysis.Pass, pol *policy) *fixer {
	return &fixer{pass: pass, pol: pol, srcs: make(map[*token.File][]byte)}
}

// fileOf returns the syntax tree containing pos.
func (fx *fixer) fileOf(pos token.Pos) *ast.File {
	for _, f := range fx.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

func (fx *fixer) source(tf *token.File) []byte {
	if src, ok := fx.srcs[tf]; ok {
		return src
	}
	src, err := fx.pass.ReadFile(tf.Name())
	if err != nil || len(src) != tf.Size() {
		src = nil // the file changed under us: no fixes
	}
	fx.srcs[tf] = src
	return src
}

// expiry is the sanctioned ExpiresAt expression as written at pos in file,
// with the import edits it needs: stripe.Int64(time.Now().Add(TTL).Unix()).
func (fx *fixer) expiry(file *ast.File, pos token.Pos, root string) (string, []analysis.TextEdit, bool) {
	stripe, ok := refPackage(fx.pass, file, pos, root, "stripe")
	if !ok {
		return "", nil, false
	}
	timeRef, ok := refPackage(fx.pass, file, pos, "time", "time")
	if !ok || timeRef.name == "" && fx.pass.Pkg.Path() != "time" && !dotImported(file, "time") {
		return "", nil, false
	}
	ttl, edits, ok := fx.ttlExpr(file, pos, timeRef, true)
	if !ok {
		return "", nil, false
	}
	text := fmt.Sprintf("%s(%s().Add(%s).Unix())", stripe.qual("Int64"), timeRef.qual("Now"), ttl)
	all := append(append(append([]analysis.TextEdit(nil), stripe.edits...), timeRef.edits...), edits...)
	return text, dedupEdits(all), true
}

func dotImported(file *ast.File, path string) bool {
	for _, spec := range file.Imports {
		if spec.Name != nil && spec.Name.Name == "." && spec.Path.Value == fmt.Sprintf("%q", path) {
			return true
		}
	}
	return false
}

// ttlExpr is the sanctioned TTL as a Duration (duration true) or as seconds:
// the -const constant where it can be referenced, else a literal.
func (fx *fixer) ttlExpr(file *ast.File, pos token.Pos, timeRef pkgRef, duration bool) (string, []analysis.TextEdit, bool) {
	if c := fx.pol.constObj; c != nil && !fx.pol.constBroken {
		ref, ok := refPackage(fx.pass, file, pos, c.Pkg().Path(), c.Pkg().Name())
		if ok {
			name := ref.qual(c.Name())
			edits := append(ref.edits, timeRef.edits...)
			switch {
			case duration && fx.pol.constSeconds:
				return fmt.Sprintf("%s(%s) * %s", timeRef.qual("Duration"), name, timeRef.qual("Second")), edits, true
			case duration:
				return name, edits, true
			case fx.pol.constSeconds:
				return name, ref.edits, true
			default:
				return fmt.Sprintf("int64(%s / %s)", name, timeRef.qual("Second")), edits, true
			}
		}
	}
	if fx.pol.cfg.Const != "" && fx.pol.constObj == nil && fx.importable(fx.pol.constPath) {
		// The constant's package is not yet imported here: import it, so
		// the fixed code derives from the constant.
		ref, ok := refPackage(fx.pass, file, pos, fx.pol.constPath, defaultName(fx.pol.constPath))
		if ok {
			return ref.qual(fx.pol.constName), append(ref.edits, timeRef.edits...), true
		}
	}
	if duration {
		return canonicalDuration(fx.pol.ttl, timeRef.name), timeRef.edits, true
	}
	return canonicalSeconds(fx.pol.ttl), nil, true
}

// importable reports whether this package may import path without
// changing its module's requirements: path is in the same module (or,
// outside module mode, anywhere on GOPATH). An import cycle is possible if
// that package imports this one, which a constants package doesn't.
func (fx *fixer) importable(path string) bool {
	m := fx.pass.Module
	if m == nil || m.Path == "" {
		return true
	}
	return strings.HasPrefix(path+"/", m.Path+"/")
}

// canonicalSeconds writes a TTL in seconds: 30 * 24 * 60 * 60.
func canonicalSeconds(d interface{ Seconds() float64 }) string {
	s := int64(d.Seconds())
	switch {
	case s%86400 == 0 && s > 86400:
		return fmt.Sprintf("%d * 24 * 60 * 60", s/86400)
	case s%3600 == 0 && s > 3600:
		return fmt.Sprintf("%d * 60 * 60", s/3600)
	case s%60 == 0 && s > 60:
		return fmt.Sprintf("%d * 60", s/60)
	}
	return fmt.Sprint(s)
}

// dedupEdits drops repeated edits and joins insertions at one position
// into one edit, in the order given, so no driver has to order them.
func dedupEdits(edits []analysis.TextEdit) []analysis.TextEdit {
	var out []analysis.TextEdit
outer:
	for _, e := range edits {
		for i, o := range out {
			if o.Pos == e.Pos && o.End == e.End && bytes.Equal(o.NewText, e.NewText) {
				continue outer
			}
			if o.Pos == o.End && e.Pos == e.End && o.Pos == e.Pos {
				out[i].NewText = append(append([]byte(nil), o.NewText...), e.NewText...)
				continue outer
			}
		}
		out = append(out, e)
	}
	return out
}

// fixMessage is what a person picks from a menu.
func (fx *fixer) fixMessage() string {
	if fx.pol.constObj != nil && !fx.pol.constBroken {
		return "Set ExpiresAt to now + " + fx.pol.constObj.Pkg().Name() + "." + fx.pol.constObj.Name()
	}
	return "Set ExpiresAt to now + " + fmtDuration(fx.pol.ttl)
}

// missingFix sets ExpiresAt where a missing report points: in the literal,
// before the creation for params with no literal, or in place of a nil.
func (fx *fixer) missingFix(f *flow, o *origin, node ast.Node, c event) *analysis.SuggestedFix {
	if !o.typ.hasExpiresAt() {
		return nil // an old stripe-go: no field to set, so no fix that compiles
	}
	file := fx.fileOf(node.Pos())
	if file == nil {
		return nil
	}
	var edits []analysis.TextEdit
	switch n := node.(type) {
	case *ast.CompositeLit:
		expr, imps, ok := fx.expiry(file, n.Lbrace, o.typ.root)
		if !ok {
			return nil
		}
		e, ok := fx.insertElement(n, "ExpiresAt: "+expr)
		if !ok {
			return nil
		}
		edits = dedupEdits(append(imps, e))
	case *ast.CallExpr:
		e, ok := fx.creationFix(f, file, o, n)
		if !ok {
			return nil
		}
		edits = e
	default:
		return nil
	}
	return &analysis.SuggestedFix{Message: fx.fixMessage(), TextEdits: edits}
}

// insertElement adds elt as the last element of lit.
func (fx *fixer) insertElement(lit *ast.CompositeLit, elt string) (analysis.TextEdit, bool) {
	for _, e := range lit.Elts {
		if _, ok := e.(*ast.KeyValueExpr); !ok {
			return analysis.TextEdit{}, false // positional: can't add a field
		}
	}
	fset := fx.pass.Fset
	lineOf := func(p token.Pos) int { return fset.Position(p).Line }
	var pos token.Pos
	var text string
	switch {
	case lineOf(lit.Lbrace) != lineOf(lit.Rbrace) && (len(lit.Elts) == 0 || lineOf(lit.Elts[len(lit.Elts)-1].End()) != lineOf(lit.Rbrace)):
		// Multi-line: a new line before the closing brace's line, indented
		// like the elements.
		pos = lineStart(fx.pass, lit.Rbrace)
		indent := fx.indentOf(lit.Rbrace) + "\t"
		if len(lit.Elts) > 0 {
			indent = fx.indentOf(lit.Elts[len(lit.Elts)-1].Pos())
		}
		text = indent + elt + ",\n"
	case len(lit.Elts) == 0:
		pos, text = lit.Rbrace, elt
	default:
		pos, text = lit.Rbrace, ", "+elt
		if fx.byteBefore(lit.Rbrace) == ',' {
			text = " " + elt
		}
	}
	return fx.formatted(lit, pos, pos, text)
}

// indentOf returns the leading whitespace of pos's line.
func (fx *fixer) indentOf(pos token.Pos) string {
	tf := fx.pass.Fset.File(pos)
	src := fx.source(tf)
	if src == nil {
		return ""
	}
	start := tf.Offset(lineStart(fx.pass, pos))
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

func (fx *fixer) byteBefore(pos token.Pos) byte {
	tf := fx.pass.Fset.File(pos)
	src := fx.source(tf)
	for i := tf.Offset(pos) - 1; i >= 0 && src != nil; i-- {
		if src[i] != ' ' && src[i] != '\t' {
			return src[i]
		}
	}
	return 0
}

// formatted replaces [pos, end) with text, and returns the edit that makes
// the lines of within look as gofmt would print them (gofmt may realign
// the neighbouring key-value pairs). If the file isn't gofmt-clean to begin
// with, or formatting would touch lines outside within, the plain edit is
// returned.
func (fx *fixer) formatted(within ast.Node, pos, end token.Pos, text string) (analysis.TextEdit, bool) {
	plain := analysis.TextEdit{Pos: pos, End: end, NewText: []byte(text)}
	tf := fx.pass.Fset.File(pos)
	src := fx.source(tf)
	if src == nil {
		return analysis.TextEdit{}, false
	}
	clean, err := format.Source(src)
	if err != nil || !bytes.Equal(clean, src) {
		return plain, true
	}
	p, e := tf.Offset(pos), tf.Offset(end)
	cand := make([]byte, 0, len(src)+len(text))
	cand = append(append(append(cand, src[:p]...), text...), src[e:]...)
	out, err := format.Source(cand)
	if err != nil {
		return plain, true
	}
	// The changed region, trimmed of the common prefix and suffix.
	pre := 0
	for pre < len(src) && pre < len(out) && src[pre] == out[pre] {
		pre++
	}
	suf := 0
	for suf < len(src)-pre && suf < len(out)-pre && src[len(src)-1-suf] == out[len(out)-1-suf] {
		suf++
	}
	lo := tf.Offset(lineStart(fx.pass, within.Pos()))
	hi := tf.Offset(lineEnd(fx.pass, within.End()))
	if pre < lo || len(src)-suf > hi {
		return plain, true
	}
	return analysis.TextEdit{Pos: tf.Pos(pre), End: tf.Pos(len(src) - suf), NewText: out[pre : len(out)-suf]}, true
}

// creationFix sets ExpiresAt for params that have no literal: in place of
// a nil argument, or by an assignment before the creation's statement.
func (fx *fixer) creationFix(f *flow, file *ast.File, o *origin, call *ast.CallExpr) ([]analysis.TextEdit, bool) {
	cur, ok := f.insp.Root().FindNode(call)
	if !ok {
		return nil, false
	}
	_, argIdx := stripeCall(f.info, call)
	if argIdx < 0 {
		// A helper that creates: find its params argument.
		for i, a := range call.Args {
			for _, t := range f.termsOf(cur.ChildAt(edge.CallExpr_Args, i)) {
				if t == o {
					argIdx = i
				}
			}
			_ = a
		}
	}
	if argIdx < 0 || argIdx >= len(call.Args) {
		return nil, false
	}
	arg := call.Args[argIdx]
	expr, imps, ok := fx.expiry(file, call.Pos(), o.typ.root)
	if !ok {
		return nil, false
	}
	if isNil(f.info, arg) {
		stripe, ok := refPackage(fx.pass, file, call.Pos(), o.typ.root, "stripe")
		if !ok {
			return nil, false
		}
		lit := fmt.Sprintf("&%s{ExpiresAt: %s}", stripe.qual(o.typ.named.Obj().Name()), expr)
		within := ast.Node(call)
		if stmt, ok := enclosingStmt(cur); ok {
			within = stmt.Node()
		}
		e, ok := fx.formatted(within, arg.Pos(), arg.End(), lit)
		if !ok {
			return nil, false
		}
		return dedupEdits(append(append(imps, stripe.edits...), e)), true
	}
	stmt, ok := enclosingStmt(cur)
	if !ok {
		return nil, false
	}
	indent := fx.indentOf(stmt.Node().Pos())
	at := lineStart(fx.pass, stmt.Node().Pos())
	if fx.pass.Fset.Position(stmt.Node().Pos()).Column-1 != len(indent) {
		return nil, false // the statement doesn't start its line
	}
	target, ok := addressable(f.info, arg)
	if ok {
		line := fmt.Sprintf("%s%s.ExpiresAt = %s\n", indent, target, expr)
		e, ok := fx.formatted(stmt.Node(), at, at, line)
		if !ok {
			return nil, false
		}
		return dedupEdits(append(imps, e)), true
	}
	// Params from a call: name them first. The call moves before the
	// statement, so it must be the statement's first effect: only the
	// creation's own arguments may precede it.
	if !isSimpleExpr(fx.pass, arg) {
		return nil, false
	}
	name := freshName(fx.pass, file, stmt.Node().Pos(), "params")
	src := fx.source(fx.pass.Fset.File(arg.Pos()))
	tf := fx.pass.Fset.File(arg.Pos())
	argText := string(src[tf.Offset(arg.Pos()):tf.Offset(arg.End())])
	lines := fmt.Sprintf("%s%s := %s\n%s%s.ExpiresAt = %s\n", indent, name, argText, indent, name, expr)
	return dedupEdits(append(imps,
		analysis.TextEdit{Pos: at, End: at, NewText: []byte(lines)},
		analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte(name)})), true
}

// enclosingStmt returns the statement, directly in a block or case body,
// that contains cur.
func enclosingStmt(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := cur; c.Valid(); c = c.Parent() {
		switch c.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return inspector.Cursor{}, false
		}
		switch c.ParentEdgeKind() {
		case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
			return c, true
		}
	}
	return inspector.Cursor{}, false
}

// addressable returns how to write the params an argument points to, for
// "x.ExpiresAt = ...": p for p or &p, s.params for s.params.
func addressable(info *types.Info, arg ast.Expr) (string, bool) {
	e := ast.Unparen(arg)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name, true
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			if _, ok := baseIdent(x.X); ok || isSelectorChain(x.X) {
				return types.ExprString(x), true
			}
		}
	}
	return "", false
}

func isSelectorChain(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return true
		case *ast.SelectorExpr:
			e = x.X
		default:
			return false
		}
	}
}

// isSimpleExpr reports whether an expression fits on one line, so that
// moving it before its statement keeps the file tidy.
func isSimpleExpr(pass *analysis.Pass, e ast.Expr) bool {
	return pass.Fset.Position(e.Pos()).Line == pass.Fset.Position(e.End()).Line
}

// freshName returns base, or base2, ..., unused at pos.
func freshName(pass *analysis.Pass, file *ast.File, pos token.Pos, base string) string {
	scope := innermostScope(pass, file, pos)
	name := base
	for i := 2; ; i++ {
		if _, obj := scope.LookupParent(name, pos); obj == nil {
			return name
		}
		name = fmt.Sprintf("%s%d", base, i)
	}
}

// ttlFix corrects an ExpiresAt: the TTL part when one expression in the
// same declaration supplied it (the duration in Add, the seconds in
// "+ S", a helper's argument), else the whole value. unverified values
// get a fix only where it can't override a choice: nil, and a time in the
// wrong unit (UnixMilli for Unix). window findings get none: the policy is
// the team's to change.
func (fx *fixer) ttlFix(at, val inspector.Cursor, vd verdict, cat string, pt paramsType) *analysis.SuggestedFix {
	file := fx.fileOf(at.Node().Pos())
	if file == nil || pt.named == nil {
		return nil
	}
	whole := func() *analysis.SuggestedFix {
		if fx.usesOtherPackage(val.Node(), pt.root) {
			// Replacing it could leave that package's import unused, and
			// the TTL is that package's to fix.
			return nil
		}
		expr, imps, ok := fx.expiry(file, val.Node().Pos(), pt.root)
		if !ok {
			return nil
		}
		e, ok := fx.formatted(at.Node(), val.Node().Pos(), val.Node().End(), expr)
		if !ok {
			return nil
		}
		return &analysis.SuggestedFix{Message: fx.fixMessage(), TextEdits: dedupEdits(append(imps, e))}
	}
	switch cat {
	case catUnverified:
		switch {
		case vd.isNil:
			return whole()
		case vd.unit.Valid():
			id := vd.unit.Node()
			return &analysis.SuggestedFix{Message: "Use Unix seconds", TextEdits: []analysis.TextEdit{{Pos: id.Pos(), End: id.End(), NewText: []byte("Unix")}}}
		}
		return nil
	case catTTL, catConstant:
	default:
		return nil
	}
	site := vd.off.site
	if !site.Valid() || vd.off.contrib != 1 || vd.off.siteKind == siteNone || unitOf(site) != unitOf(at) {
		return whole()
	}
	timeRef, ok := refPackage(fx.pass, file, site.Node().Pos(), "time", "time")
	if !ok {
		return whole()
	}
	n := site.Node()
	var text string
	var edits []analysis.TextEdit
	switch vd.off.siteKind {
	case siteDuration:
		text, edits, ok = fx.ttlExpr(file, n.Pos(), timeRef, true)
	case siteSeconds:
		// Products bind tighter than the + or - the seconds sit in.
		text, edits, ok = fx.ttlExpr(file, n.Pos(), timeRef, false)
	case siteAddDate:
		call, isCall := n.(*ast.CallExpr)
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !isCall || !isSel {
			return whole()
		}
		var d string
		d, edits, ok = fx.ttlExpr(file, n.Pos(), timeRef, true)
		src := fx.source(fx.pass.Fset.File(n.Pos()))
		tf := fx.pass.Fset.File(n.Pos())
		text = string(src[tf.Offset(sel.X.Pos()):tf.Offset(sel.X.End())]) + ".Add(" + d + ")"
	}
	if !ok {
		return whole()
	}
	e, ok := fx.formatted(at.Node(), n.Pos(), n.End(), text)
	if !ok {
		return whole()
	}
	msg := "Change the TTL to " + fmtDuration(fx.pol.ttl)
	if fx.pol.constObj != nil && !fx.pol.constBroken {
		msg = "Derive the TTL from " + fx.pol.constObj.Pkg().Name() + "." + fx.pol.constObj.Name()
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: dedupEdits(append(edits, e))}
}

// usesOtherPackage reports whether n refers to a package other than time
// and the stripe-go root.
func (fx *fixer) usesOtherPackage(n ast.Node, root string) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pn, ok := fx.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				if p := pn.Imported().Path(); p != "time" && p != root {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

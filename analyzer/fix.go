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

// This file builds the one suggested fix each missing diagnostic carries
// (golangci-lint applies every fix of a diagnostic, so alternatives would
// collide), and the machinery the TTL fixes share (fixttl.go). Fixes use the
// file's own names for stripe-go and time, add imports when needed, and are
// laid out as gofmt would: the edit is applied to the file, the file is
// formatted, and the changed lines become the edit.

// fixer builds fixes for one package.
type fixer struct {
	pass  *analysis.Pass
	pol   *policy
	srcs  map[*token.File][]byte
	clean map[*token.File]bool // the file is gofmt-clean as it is
	uses  map[*ast.File]*fileUses
}

func newFixer(pass *analysis.Pass, pol *policy) *fixer {
	return &fixer{pass: pass, pol: pol, srcs: make(map[*token.File][]byte), clean: make(map[*token.File]bool), uses: make(map[*ast.File]*fileUses)}
}

// isClean reports whether a file is gofmt-clean, formatting it once.
func (fx *fixer) isClean(tf *token.File, src []byte) bool {
	clean, ok := fx.clean[tf]
	if !ok {
		out, err := format.Source(src)
		clean = err == nil && bytes.Equal(out, src)
		fx.clean[tf] = clean
	}
	return clean
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

// text returns the source of n.
func (fx *fixer) text(n ast.Node) (string, bool) {
	tf := fx.pass.Fset.File(n.Pos())
	src := fx.source(tf)
	if src == nil {
		return "", false
	}
	return string(src[tf.Offset(n.Pos()):tf.Offset(n.End())]), true
}

// ttlText is the sanctioned TTL as written at some point of a file: its
// text, the imports it needs, and a label for fix titles.
type ttlText struct {
	text, label string
	imports     []importReq // to add
	refs        []string    // import paths the text refers to
}

// expiry is the sanctioned ExpiresAt expression as written at pos in file,
// stripe.Int64(time.Now().Add(TTL).Unix()), and the imports it needs.
func (fx *fixer) expiry(file *ast.File, pos token.Pos, root string) (string, ttlText, bool) {
	stripe, ok := refPackage(fx.pass, file, pos, root, "stripe")
	if !ok {
		return "", ttlText{}, false
	}
	timeRef, ok := fx.timeRef(file, pos)
	if !ok {
		return "", ttlText{}, false
	}
	ttl := fx.ttlExpr(file, pos, timeRef, true)
	text := fmt.Sprintf("%s(%s().Add(%s).Unix())", stripe.qual("Int64"), timeRef.qual("Now"), ttl.text)
	ttl.imports = append(append(ttl.imports, stripe.imports()...), timeRef.imports()...)
	ttl.refs = append(ttl.refs, root, "time")
	return text, ttl, true
}

// timeRef is how to refer to package time at pos.
func (fx *fixer) timeRef(file *ast.File, pos token.Pos) (pkgRef, bool) {
	ref, ok := refPackage(fx.pass, file, pos, "time", "time")
	if !ok || ref.name == "" && fx.pass.Pkg.Path() != "time" && !dotImported(file, "time") {
		return pkgRef{}, false
	}
	return ref, true
}

func dotImported(file *ast.File, path string) bool {
	for _, spec := range file.Imports {
		if spec.Name != nil && spec.Name.Name == "." && spec.Path.Value == fmt.Sprintf("%q", path) {
			return true
		}
	}
	return false
}

// ttlExpr is the sanctioned TTL as a Duration (duration true) or as
// seconds: the -const constant where it can be referenced, else a literal.
func (fx *fixer) ttlExpr(file *ast.File, pos token.Pos, timeRef pkgRef, duration bool) ttlText {
	pol := fx.pol
	if pol.cfg.Const != "" && !pol.constBroken {
		path := pol.constPath
		// The constant's package is imported here, or may be: it is in
		// this module, and its source says what unit the constant counts.
		seconds, known, pkgName := pol.constSeconds, pol.constObj != nil, defaultName(path)
		if pol.constObj != nil && pol.constObj.Pkg() != nil {
			pkgName = pol.constObj.Pkg().Name()
		}
		if !known && fx.importable(path) {
			seconds, known = pol.srcKind == kindSeconds, pol.srcKind == kindSeconds || pol.srcKind == kindDuration
			if pol.srcPkgName != "" {
				pkgName = pol.srcPkgName
			}
		}
		if known {
			ref, ok := refPackage(fx.pass, file, pos, path, pkgName)
			if ok {
				name := ref.qual(pol.constName)
				label := pol.constName
				if ref.name != "" {
					label = ref.name + "." + pol.constName
				}
				imps := ref.imports()
				withTime := append(imps, timeRef.imports()...)
				switch {
				case duration && seconds:
					return ttlText{fmt.Sprintf("%s(%s) * %s", timeRef.qual("Duration"), name, timeRef.qual("Second")), label, withTime, []string{path, "time"}}
				case duration, seconds:
					return ttlText{name, label, imps, []string{path}}
				default:
					return ttlText{fmt.Sprintf("int64(%s / %s)", name, timeRef.qual("Second")), label, withTime, []string{path, "time"}}
				}
			}
		}
	}
	if duration {
		return ttlText{canonicalDuration(pol.ttl, timeRef), fmtDuration(pol.ttl), timeRef.imports(), []string{"time"}}
	}
	return ttlText{canonicalSeconds(pol.ttl), fmtDuration(pol.ttl), nil, nil}
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
	// First drop exact repeats, then join what is left at one position.
	var uniq []analysis.TextEdit
outer:
	for _, e := range edits {
		for _, o := range uniq {
			if o.Pos == e.Pos && o.End == e.End && bytes.Equal(o.NewText, e.NewText) {
				continue outer
			}
		}
		uniq = append(uniq, e)
	}
	var out []analysis.TextEdit
joined:
	for _, e := range uniq {
		for i, o := range out {
			if o.Pos == o.End && e.Pos == e.End && o.Pos == e.Pos {
				out[i].NewText = append(append([]byte(nil), o.NewText...), e.NewText...)
				continue joined
			}
		}
		out = append(out, e)
	}
	return out
}

// newFix assembles a fix: the imports it needs, then its edits.
//
// Each import edit replaces the byte before the point where it inserts
// its lines, rather than inserting there. Drivers merge two fixes'
// edits when they are identical, and concatenate two different
// insertions at one point, so fixes adding different sets of imports at
// one point would import a package twice, which does not compile; two
// different replacements of one byte conflict instead, and the driver
// applies one fix now and the other on its next run.
func (fx *fixer) newFix(file *ast.File, msg string, imports []importReq, edits ...analysis.TextEdit) *analysis.SuggestedFix {
	imps := dedupEdits(importEdits(fx.pass, file, imports))
	src := fx.source(fx.pass.Fset.File(file.Pos()))
	for i, e := range imps {
		if src == nil || e.Pos != e.End {
			return nil
		}
		tf := fx.pass.Fset.File(e.Pos)
		prev := src[tf.Offset(e.Pos)-1]
		imps[i] = analysis.TextEdit{Pos: e.Pos - 1, End: e.Pos, NewText: append([]byte{prev}, e.NewText...)}
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: dedupEdits(append(imps, edits...))}
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
	switch n := node.(type) {
	case *ast.CompositeLit:
		expr, ttl, ok := fx.expiry(file, n.Lbrace, o.typ.root)
		if !ok {
			return nil
		}
		e, ok := fx.insertElement(n, "ExpiresAt: "+expr)
		if !ok {
			return nil
		}
		return fx.newFix(file, "Set ExpiresAt to now + "+ttl.label, ttl.imports, e)
	case *ast.CallExpr:
		return fx.creationFix(f, file, o, n)
	}
	return nil
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
	full := fx.source(tf)
	if full == nil {
		return analysis.TextEdit{}, false
	}
	if !fx.isClean(tf, full) {
		return plain, true
	}
	// Format only the top-level declaration holding the edit: gofmt lays
	// out each declaration on its own, and a file with many findings
	// would otherwise be formatted once per fix.
	decl := fx.declAt(pos)
	if decl == nil {
		return plain, true
	}
	base := tf.Offset(lineStart(fx.pass, decl.Pos()))
	src := full[base:tf.Offset(decl.End())]
	p, e := tf.Offset(pos)-base, tf.Offset(end)-base
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
	lo := tf.Offset(lineStart(fx.pass, within.Pos())) - base
	hi := tf.Offset(lineEnd(fx.pass, within.End())) - base
	if pre < lo || len(src)-suf > hi {
		return plain, true
	}
	return analysis.TextEdit{Pos: tf.Pos(base + pre), End: tf.Pos(base + len(src) - suf), NewText: out[pre : len(out)-suf]}, true
}

// declAt returns the top-level declaration containing pos.
func (fx *fixer) declAt(pos token.Pos) ast.Decl {
	file := fx.fileOf(pos)
	if file == nil {
		return nil
	}
	for _, d := range file.Decls {
		if d.Pos() <= pos && pos <= d.End() {
			return d
		}
	}
	return nil
}

// creationFix sets ExpiresAt for params that have no literal: in place of
// a nil argument, or by an assignment before the creation's statement.
func (fx *fixer) creationFix(f *flow, file *ast.File, o *origin, call *ast.CallExpr) *analysis.SuggestedFix {
	cur, ok := f.insp.Root().FindNode(call)
	if !ok {
		return nil
	}
	argIdx := -1
	for i := range call.Args {
		for _, t := range f.termsOf(cur.ChildAt(edge.CallExpr_Args, i)) {
			if t == o {
				argIdx = i
			}
		}
	}
	if role, i := stripeCall(f.info, call); role == roleCreate && o.kind == oNil {
		argIdx = i
	}
	if argIdx < 0 || argIdx >= len(call.Args) {
		return nil
	}
	arg := call.Args[argIdx]
	expr, ttl, ok := fx.expiry(file, call.Pos(), o.typ.root)
	if !ok {
		return nil
	}
	msg := "Set ExpiresAt to now + " + ttl.label
	stmt, inBlock := enclosingStmt(cur)
	if isNil(f.info, arg) {
		stripe, ok := refPackage(fx.pass, file, call.Pos(), o.typ.root, "stripe")
		if !ok {
			return nil
		}
		lit := fmt.Sprintf("&%s{ExpiresAt: %s}", stripe.qual(o.typ.named.Obj().Name()), expr)
		within := ast.Node(call)
		if inBlock {
			within = stmt.Node()
		}
		e, ok := fx.formatted(within, arg.Pos(), arg.End(), lit)
		if !ok {
			return nil
		}
		return fx.newFix(file, msg, append(ttl.imports, stripe.imports()...), e)
	}
	if !inBlock {
		return nil
	}
	indent := fx.indentOf(stmt.Node().Pos())
	at := lineStart(fx.pass, stmt.Node().Pos())
	if fx.pass.Fset.Position(stmt.Node().Pos()).Column-1 != len(indent) {
		return nil // the statement doesn't start its line
	}
	if target, ok := addressable(f.info, arg); ok {
		line := fmt.Sprintf("%s%s.ExpiresAt = %s\n", indent, target, expr)
		e, ok := fx.formatted(stmt.Node(), at, at, line)
		if !ok {
			return nil
		}
		return fx.newFix(file, msg, ttl.imports, e)
	}
	// Params from a call: name them first. That moves the call before its
	// statement, so the statement must evaluate nothing else first.
	if !isSimpleExpr(fx.pass, arg) || !evaluatedFirst(stmt.Node(), call, argIdx) {
		return nil
	}
	argText, ok := fx.text(arg)
	if !ok {
		return nil
	}
	name := freshName(fx.pass, file, stmt.Node().Pos(), "params")
	lines := fmt.Sprintf("%s%s := %s\n%s%s.ExpiresAt = %s\n", indent, name, argText, indent, name, expr)
	return fx.newFix(file, msg, ttl.imports,
		analysis.TextEdit{Pos: at, End: at, NewText: []byte(lines)},
		analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte(name)})
}

// evaluatedFirst reports whether, in stmt, argument argIdx of call is the
// first thing with side effects: call is the statement's whole expression
// (or its init's), and its receiver and earlier arguments are plain names.
func evaluatedFirst(stmt ast.Node, call *ast.CallExpr, argIdx int) bool {
	top := func(e []ast.Expr) bool { return len(e) == 1 && ast.Unparen(e[0]) == call }
	ok := false
	switch s := stmt.(type) {
	case *ast.ExprStmt:
		ok = ast.Unparen(s.X) == call
	case *ast.AssignStmt:
		ok = top(s.Rhs)
	case *ast.ReturnStmt:
		ok = top(s.Results)
	case *ast.IfStmt:
		if as, isAssign := s.Init.(*ast.AssignStmt); isAssign {
			ok = top(as.Rhs)
		}
	}
	if !ok || !isPure(call.Fun) {
		return false
	}
	for _, a := range call.Args[:argIdx] {
		if !isPure(a) {
			return false
		}
	}
	return true
}

// isPure reports whether evaluating e has no side effects to reorder:
// names, selections of names, and literals.
func isPure(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return isPure(x.X)
	}
	return false
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
		if sel, ok := info.Selections[x]; ok && sel.Kind() == types.FieldVal && isPure(x.X) {
			return types.ExprString(x), true
		}
	}
	return "", false
}

// isSimpleExpr reports whether an expression fits on one line, so that
// moving it before its statement keeps the file tidy.
func isSimpleExpr(pass *analysis.Pass, e ast.Expr) bool {
	return pass.Fset.Position(e.Pos()).Line == pass.Fset.Position(e.End()).Line
}

// freshName returns base, or base2, ..., unused at pos and in its block.
func freshName(pass *analysis.Pass, file *ast.File, pos token.Pos, base string) string {
	scope := innermostScope(pass, file, pos)
	name := base
	for i := 2; ; i++ {
		if _, obj := scope.LookupParent(name, pos); obj == nil && scope.Lookup(name) == nil {
			return name
		}
		name = fmt.Sprintf("%s%d", base, i)
	}
}

package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file finds the name a file uses for a package at some point, and
// writes the edit that imports it when the file doesn't. Edits depend only
// on the original file, so several fixes adding the same import produce the
// same edit, which drivers merge.

// pkgRef is how a fix refers to a package at a position: qualified by name,
// unqualified (a dot import, or the package itself), plus the import it
// needs, if any.
type pkgRef struct {
	name string // "" means unqualified
	imp  *importReq
}

// importReq is an import a fix adds: path, under alias if not "".
type importReq struct {
	path, alias string
}

func (r pkgRef) imports() []importReq {
	if r.imp == nil {
		return nil
	}
	return []importReq{*r.imp}
}

func (r pkgRef) qual(sel string) string {
	if r.name == "" {
		return sel
	}
	return r.name + "." + sel
}

// refPackage returns how to refer to the package path from pos in file,
// importing it (as want, or a fresh name if want is taken) if needed. ok is
// false if no correct reference can be written.
func refPackage(pass *analysis.Pass, file *ast.File, pos token.Pos, path, want string) (pkgRef, bool) {
	if pass.Pkg.Path() == path {
		return pkgRef{}, true
	}
	scope := pass.TypesInfo.Scopes[file]
	if scope == nil {
		scope = pass.Pkg.Scope()
	}
	inner := innermostScope(pass, file, pos)
	for _, spec := range file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		pn := pass.TypesInfo.PkgNameOf(spec)
		if pn == nil {
			continue
		}
		if pn.Name() == "." {
			return pkgRef{}, true
		}
		if pn.Name() == "_" {
			continue
		}
		// The import is usable if its name still means it at pos.
		if _, obj := inner.LookupParent(pn.Name(), pos); obj == pn {
			return pkgRef{name: pn.Name()}, true
		}
	}
	// Import it under want, or under a fresh name. The name depends only
	// on the file, never on pos, so that every fix in the file adding this
	// import writes the same edit, which drivers merge.
	name := want
	for i := 2; ; i++ {
		if _, obj := scope.LookupParent(name, token.NoPos); obj == nil && !fileUsesName(file, name) && !fileDeclares(pass, file, name) {
			break
		}
		if i > 20 {
			return pkgRef{}, false
		}
		name = fmt.Sprintf("%s%d", want, i)
	}
	alias := ""
	if name != defaultName(path) {
		alias = name
	}
	return pkgRef{name: name, imp: &importReq{path: path, alias: alias}}, true
}

// fileDeclares reports whether file declares name anywhere, in any scope.
func fileDeclares(pass *analysis.Pass, file *ast.File, name string) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name && pass.TypesInfo.Defs[id] != nil {
			found = true
		}
		return !found
	})
	return found
}

// fileUsesName reports whether any import of the file is named name.
func fileUsesName(file *ast.File, name string) bool {
	for _, spec := range file.Imports {
		if spec.Name != nil && spec.Name.Name == name {
			return true
		}
		p, _ := strconv.Unquote(spec.Path.Value)
		if spec.Name == nil && defaultName(p) == name {
			return true
		}
	}
	return false
}

// defaultName guesses the name a package is imported under: the last path
// element, without a major-version suffix.
func defaultName(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = elems[len(elems)-2]
	}
	if last == "stripe-go" {
		return "stripe"
	}
	return last
}

// innermostScope returns the innermost scope of file containing pos.
func innermostScope(pass *analysis.Pass, file *ast.File, pos token.Pos) *types.Scope {
	s := pass.TypesInfo.Scopes[file]
	if s == nil {
		return pass.Pkg.Scope()
	}
	if inner := s.Innermost(pos); inner != nil {
		return inner
	}
	return s
}

func (r importReq) line() string {
	if r.alias != "" {
		return r.alias + " " + strconv.Quote(r.path)
	}
	return strconv.Quote(r.path)
}

// importEdits adds the imports a fix needs to file, laid out as gofmt
// would: in a parenthesized import declaration, each in sorted position in
// its group (standard library or not); otherwise as one new parenthesized
// declaration. The edits depend only on the file and the set of imports,
// so fixes needing the same imports produce the same edits.
func importEdits(pass *analysis.Pass, file *ast.File, reqs []importReq) []analysis.TextEdit {
	reqs = slices.Clone(reqs)
	slices.SortFunc(reqs, func(a, b importReq) int {
		if isStd(a.path) != isStd(b.path) {
			if isStd(a.path) {
				return -1
			}
			return 1
		}
		return strings.Compare(a.path, b.path)
	})
	reqs = slices.Compact(reqs)
	if len(reqs) == 0 {
		return nil
	}
	var decl, last *ast.GenDecl
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			if decl == nil && gd.Lparen.IsValid() {
				decl = gd
			}
			last = gd
		}
	}
	if decl == nil {
		// A new declaration: after the last import, or the package clause.
		var b strings.Builder
		b.WriteString("import (\n")
		for i, r := range reqs {
			if i > 0 && isStd(reqs[i-1].path) && !isStd(r.path) {
				b.WriteString("\n")
			}
			b.WriteString("\t" + r.line() + "\n")
		}
		b.WriteString(")")
		if last != nil {
			return []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte("\n" + b.String())}}
		}
		return []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\n" + b.String())}}
	}
	var edits []analysis.TextEdit
	for _, r := range reqs {
		edits = append(edits, importEdit(pass, decl, r))
	}
	return dedupEdits(edits)
}

// importEdit inserts one import into a parenthesized declaration, in
// sorted position in the group it belongs to.
func importEdit(pass *analysis.Pass, decl *ast.GenDecl, r importReq) analysis.TextEdit {
	path, line := r.path, r.line()
	std := isStd(path)
	fset := pass.Fset
	// Split the specs into groups separated by blank lines, as gofmt does.
	var groups [][]*ast.ImportSpec
	lastLine := -1
	for _, s := range decl.Specs {
		spec := s.(*ast.ImportSpec)
		l := fset.Position(spec.Pos()).Line
		if lastLine < 0 || l > lastLine+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], spec)
		lastLine = fset.Position(spec.End()).Line
	}
	indent := "\t"
	for _, g := range groups {
		p, _ := strconv.Unquote(g[0].Path.Value)
		if isStd(p) != std {
			continue
		}
		// Insert before the first spec that sorts after path.
		for _, spec := range g {
			sp, _ := strconv.Unquote(spec.Path.Value)
			if sp > path {
				pos := lineStart(pass, spec.Pos())
				return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(indent + line + "\n")}
			}
		}
		last := g[len(g)-1]
		pos := lineEnd(pass, last.End())
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n" + indent + line)}
	}
	// No group of its kind: standard library first, others last.
	if len(decl.Specs) == 0 {
		return analysis.TextEdit{Pos: decl.Lparen + 1, End: decl.Lparen + 1, NewText: []byte("\n" + indent + line + "\n")}
	}
	if std {
		// Right after "import (", a position no other insertion uses.
		pos := decl.Lparen + 1
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n" + indent + line + "\n")}
	}
	pos := lineEnd(pass, decl.Specs[len(decl.Specs)-1].End())
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\n" + indent + line)}
}

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// lineStart returns the position of the first byte of pos's line.
func lineStart(pass *analysis.Pass, pos token.Pos) token.Pos {
	tf := pass.Fset.File(pos)
	return tf.LineStart(tf.Line(pos))
}

// lineEnd returns the position of the end of pos's line (its newline).
func lineEnd(pass *analysis.Pass, pos token.Pos) token.Pos {
	tf := pass.Fset.File(pos)
	l := tf.Line(pos)
	if l == tf.LineCount() {
		return token.Pos(tf.Base() + tf.Size())
	}
	return tf.LineStart(l+1) - 1
}

package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// ttlFix corrects an ExpiresAt: the TTL part when one expression in the
// same declaration supplied it (the duration in Add, the seconds in
// "+ S", a helper's argument), else the whole value. unverified values
// get a fix only where it can't override a choice: nil, and a time in the
// wrong unit (UnixMilli for Unix). window findings get none: the policy is
// the team's to change. When there is no fix, why says why, for the
// message.
func (fx *fixer) ttlFix(at, val inspector.Cursor, vd verdict, cat string, pt paramsType) (fix *analysis.SuggestedFix, why string) {
	file := fx.fileOf(at.Node().Pos())
	if file == nil || pt.named == nil {
		return nil, ""
	}
	switch cat {
	case catUnverified:
		switch {
		case vd.isNil:
			return fx.wholeFix(file, at, val, pt)
		case vd.unit.Valid() && unitOf(vd.unit) == unitOf(at):
			id := vd.unit.Node()
			return fx.newFix(file, "Use Unix seconds", nil, analysis.TextEdit{Pos: id.Pos(), End: id.End(), NewText: []byte("Unix")}), ""
		}
		return nil, ""
	case catTTL, catConstant:
	default:
		return nil, ""
	}
	site := vd.off.site
	if !site.Valid() || vd.off.contrib != 1 || vd.off.siteKind == siteNone || unitOf(site) != unitOf(at) {
		return fx.wholeFix(file, at, val, pt)
	}
	n := site.Node()
	timeRef, ok := fx.timeRef(file, n.Pos())
	if !ok {
		return fx.wholeFix(file, at, val, pt)
	}
	var (
		ttl  ttlText
		text string
		from = n.Pos() // the edit replaces [from, n.End())
	)
	switch vd.off.siteKind {
	case siteDuration:
		ttl = fx.ttlExpr(file, n.Pos(), timeRef, true)
		text = ttl.text
	case siteSeconds:
		// Products bind tighter than the + or - the seconds sit in.
		ttl = fx.ttlExpr(file, n.Pos(), timeRef, false)
		text = ttl.text
	case siteSubSeconds:
		// Subtracted: the operator becomes an addition.
		ttl = fx.ttlExpr(file, n.Pos(), timeRef, false)
		switch p := site.Parent().Node().(type) {
		case *ast.BinaryExpr:
			from, text = p.OpPos, "+ "+ttl.text
		case *ast.AssignStmt:
			from, text = p.TokPos, "+= "+ttl.text
		default:
			return fx.wholeFix(file, at, val, pt)
		}
	case siteAddDate:
		call, isCall := n.(*ast.CallExpr)
		if !isCall {
			return fx.wholeFix(file, at, val, pt)
		}
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		recv, ok := fx.text(sel.X)
		if !isSel || !ok {
			return fx.wholeFix(file, at, val, pt)
		}
		ttl = fx.ttlExpr(file, n.Pos(), timeRef, true)
		text = recv + ".Add(" + ttl.text + ")"
	}
	if why, drops := fx.dropsName(file, n, val.Node(), ttl.refs); drops {
		return nil, "no automatic fix: it would leave " + why
	}
	e, ok := fx.formatted(editScope(at, site), from, n.End(), text)
	if !ok {
		return nil, ""
	}
	return fx.newFix(file, "Change the TTL to "+ttl.label, ttl.imports, e), ""
}

// editScope returns the node whose lines a TTL edit at site may lay out
// anew: the ExpiresAt key or assignment at, or, where a local variable's
// definition supplied the TTL, that definition's statement.
func editScope(at, site inspector.Cursor) ast.Node {
	if n := at.Node(); n.Pos() <= site.Node().Pos() && site.Node().End() <= n.End() {
		return n
	}
	for c := site; c.Valid(); c = c.Parent() {
		switch n := c.Node().(type) {
		case ast.Stmt, *ast.ValueSpec:
			return n
		}
	}
	return at.Node()
}

// wholeFix replaces the whole ExpiresAt value with the sanctioned one,
// unless the TTL comes from a helper in another package (that package's
// to fix), or the replacement would leave an import unused.
func (fx *fixer) wholeFix(file *ast.File, at, val inspector.Cursor, pt paramsType) (*analysis.SuggestedFix, string) {
	if name, ok := fx.foreignHelper(val.Node(), pt.root); ok {
		return nil, "it comes from " + name + " in another package: fix it there"
	}
	expr, ttl, ok := fx.expiry(file, val.Node().Pos(), pt.root)
	if !ok {
		return nil, ""
	}
	if why, drops := fx.dropsName(file, val.Node(), val.Node(), ttl.refs); drops {
		return nil, "no automatic fix: it would leave " + why
	}
	e, ok := fx.formatted(at.Node(), val.Node().Pos(), val.Node().End(), expr)
	if !ok {
		return nil, ""
	}
	return fx.newFix(file, "Set ExpiresAt to now + "+ttl.label, ttl.imports, e), ""
}

// foreignHelper returns the first call in n to a function of another
// package (other than time and stripe-go's root, and pointer helpers).
func (fx *fixer) foreignHelper(n ast.Node, root string) (string, bool) {
	var name string
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || name != "" {
			return name == ""
		}
		fn, ok := typeutil.Callee(fx.pass.TypesInfo, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == fx.pass.Pkg || isGenericPtrHelper(fn) {
			return true
		}
		if p := fn.Pkg().Path(); p != "time" && p != root {
			name = fn.Pkg().Name() + "." + fn.Name()
		}
		return name == ""
	})
	return name, name != ""
}

// fileUses indexes where a file uses each imported package and each local
// variable (uses the compiler counts: not assignments to it), and the
// ExpiresAt values in it (which other fixes may rewrite).
type fileUses struct {
	byPkg   map[*types.PkgName][]token.Pos
	byVar   map[*types.Var][]token.Pos
	expires []ast.Node
}

func (fx *fixer) fileUses(file *ast.File) *fileUses {
	if u, ok := fx.uses[file]; ok {
		return u
	}
	u := &fileUses{byPkg: make(map[*types.PkgName][]token.Pos), byVar: make(map[*types.Var][]token.Pos)}
	assigned := make(map[*ast.Ident]bool)
	params := make(map[types.Object]bool) // parameters and results may go unused
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			for _, fl := range []*ast.FieldList{n.TypeParams, n.Params, n.Results} {
				if fl == nil {
					continue
				}
				for _, f := range fl.List {
					for _, id := range f.Names {
						params[fx.pass.TypesInfo.Defs[id]] = true
					}
				}
			}
		case *ast.Ident:
			switch obj := fx.pass.TypesInfo.Uses[n].(type) {
			case *types.PkgName:
				u.byPkg[obj] = append(u.byPkg[obj], n.Pos())
			case *types.Var:
				local := !obj.IsField() && obj.Pkg() == fx.pass.Pkg && obj.Parent() != nil && obj.Parent() != fx.pass.Pkg.Scope() && !params[obj]
				if local && !assigned[n] {
					u.byVar[obj] = append(u.byVar[obj], n.Pos())
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				assigned[id] = true
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && id.Name == "ExpiresAt" {
				u.expires = append(u.expires, n.Value)
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "ExpiresAt" && i < len(n.Rhs) {
					u.expires = append(u.expires, n.Rhs[i])
				}
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					assigned[id] = true
				}
			}
		}
		return true
	})
	fx.uses[file] = u
	return u
}

// dropsName reports whether replacing n, part of the ExpiresAt value val,
// could leave an import or a local variable of the file unused, and says
// which: n uses it, the replacement (referring to refs) doesn't, and the
// file uses it nowhere else but in other ExpiresAt values (which other
// fixes may rewrite).
func (fx *fixer) dropsName(file *ast.File, n, val ast.Node, refs []string) (string, bool) {
	u := fx.fileUses(file)
	within := func(p token.Pos, m ast.Node) bool { return m.Pos() <= p && p < m.End() }
	onlyIn := func(uses []token.Pos) bool {
		inN := false
		for _, p := range uses {
			if within(p, n) {
				inN = true
				continue
			}
			inExpiry := false
			for _, e := range u.expires {
				if e != val && within(p, e) {
					inExpiry = true
					break
				}
			}
			if !inExpiry {
				return false
			}
		}
		return inN
	}
	// Only a name that n itself uses can be dropped.
	var dropped []string
	seen := make(map[types.Object]bool)
	ast.Inspect(n, func(m ast.Node) bool {
		id, ok := m.(*ast.Ident)
		if !ok {
			return true
		}
		obj := fx.pass.TypesInfo.Uses[id]
		if obj == nil || seen[obj] {
			return true
		}
		seen[obj] = true
		switch obj := obj.(type) {
		case *types.PkgName:
			if uses, ok := u.byPkg[obj]; ok && !slices.Contains(refs, obj.Imported().Path()) && onlyIn(uses) {
				dropped = append(dropped, "the import of "+obj.Name()+" unused")
			}
		case *types.Var:
			if uses, ok := u.byVar[obj]; ok && onlyIn(uses) {
				dropped = append(dropped, obj.Name()+" declared and not used")
			}
		}
		return true
	})
	if len(dropped) == 0 {
		return "", false
	}
	return slices.Min(dropped), true
}

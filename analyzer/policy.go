package analyzer

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
)

// policy is the configuration as it applies to one package: the sanctioned
// TTL, and the -const constant if this package can see it.
//
// go vet analyzes one package at a time, so a package that does not import
// the constant's package (directly or not) cannot know its value. There the
// sanctioned TTL is -ttl (default 720h), and -ttl must agree with the
// constant: where both are visible and they differ, the disagreement is
// reported, at the constant in its own package and at the import in
// packages that import it directly.
type policy struct {
	cfg Config
	ttl time.Duration // the sanctioned TTL here

	constPath, constName string
	constObj             *types.Const // the constant, if visible here
	constSeconds         bool         // it counts seconds, not nanoseconds
	// constBroken: the constant's package is visible but the constant is
	// missing or not a TTL. That is reported once; ExpiresAt values are then
	// not also held against it.
	constBroken bool
	// Where the constant's package is not visible: what its source says
	// of the constant (see constsrc.go), and the package's name.
	srcKind    constKind
	srcPkgName string
}

func newPolicy(pass *analysis.Pass, cfg Config, r *reporter) *policy {
	pol := &policy{cfg: cfg, ttl: cfg.sanctioned()}
	if cfg.Const == "" {
		return pol
	}
	pol.constPath, pol.constName, _ = ParseConst(cfg.Const) // validated by the flag
	pkg := findPackage(pass.Pkg, pol.constPath)
	if pkg == nil {
		if dir, ok := packageDir(pass, pol.constPath); ok && dependsOnStripe(pass.Pkg) {
			pol.srcKind, pol.srcPkgName = constKindFromSource(dir, pol.constName)
			// The constant's own package reports it missing or not a
			// TTL; here, code is not held against it.
			pol.constBroken = pol.srcKind == kindAbsent || pol.srcKind == kindNotTTL
		}
		if dir, ok := missingModulePackage(pass, pol.constPath); ok {
			pol.constBroken = true
			if len(pass.Files) > 0 {
				name := pass.Files[0].Name
				r.report(analysis.Diagnostic{Pos: name.Pos(), End: name.End(), Category: catConstant,
					Message: fmt.Sprintf("-const=%s: module %s has no package %s (no directory %s); check the import path", cfg.Const, pass.Module.Path, pol.constPath, dir)})
			}
		}
		return pol
	}
	// Where to report a problem with the constant: at the constant in its
	// own package, at the import in a direct importer, nowhere otherwise.
	where, end := constReportPos(pass, pkg)
	problem := func(format string, args ...any) {
		pol.constBroken = true
		if where.IsValid() {
			r.report(analysis.Diagnostic{Pos: where, End: end, Category: catConstant, Message: fmt.Sprintf(format, args...)})
		}
	}
	obj, ok := pkg.Scope().Lookup(pol.constName).(*types.Const)
	if !ok {
		problem("-const=%s: package %s has no constant %s; name an existing time.Duration or integer-seconds constant", cfg.Const, pol.constPath, pol.constName)
		return pol
	}
	if pkg == pass.Pkg {
		where, end = obj.Pos(), obj.Pos()+token.Pos(len(obj.Name()))
	}
	d, seconds, ok := constTTL(obj)
	if !ok {
		problem("-const=%s: %s is a constant of type %s, not a time.Duration or integer seconds", cfg.Const, obj.Name(), obj.Type())
		return pol
	}
	if d <= 0 {
		problem("-const=%s: %s is %s, not a positive TTL", cfg.Const, obj.Name(), obj.Val())
		return pol
	}
	if ttl := cfg.sanctioned(); ttl != d {
		defer func() { pol.constBroken = false }()
		given := "-ttl=" + fmtDuration(ttl)
		if cfg.TTL == 0 {
			given = "-ttl (default " + fmtDuration(ttl) + ")"
		}
		problem("%s disagrees with -const=%s, which is %s: packages that cannot see the constant enforce -ttl; pass -ttl=%s", given, cfg.Const, fmtDuration(d), fmtDuration(d))
	}
	pol.constObj, pol.constSeconds, pol.ttl = obj, seconds, d
	return pol
}

// missingModulePackage reports whether path names a package of this
// package's module (in module mode) that does not exist on disk, and
// returns the directory it would be in. Paths outside the module can't be
// checked here.
func missingModulePackage(pass *analysis.Pass, path string) (string, bool) {
	if pass.Module == nil || pass.Module.Path == "" {
		return "", false
	}
	dir, ok := packageDir(pass, path)
	if !ok {
		return "", false
	}
	if _, err := os.Stat(dir); err == nil {
		return "", false
	}
	return dir, true
}

// packageDir returns the directory package path would be in: in this
// package's module (in module mode), or beside this package on GOPATH.
func packageDir(pass *analysis.Pass, path string) (string, bool) {
	if len(pass.Files) == 0 {
		return "", false
	}
	tf := pass.Fset.File(pass.Files[0].Pos())
	if tf == nil {
		return "", false
	}
	// The root: this package's directory minus its path below the module
	// (or GOPATH's src).
	modPath, pkgPath := "", strings.TrimSuffix(pass.Pkg.Path(), "_test")
	if m := pass.Module; m != nil && m.Path != "" {
		if !strings.HasPrefix(path+"/", m.Path+"/") {
			return "", false
		}
		modPath = m.Path
	}
	rel := strings.TrimPrefix(pkgPath, modPath)
	dir := filepath.Dir(tf.Name())
	root, ok := strings.CutSuffix(dir, filepath.FromSlash(rel))
	if !ok || rel == "" && filepath.Base(dir) == "" {
		return "", false
	}
	return filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(path, modPath))), true
}

// constTTL returns the TTL a constant denotes: a time.Duration as is, an
// integer as seconds.
func constTTL(c *types.Const) (d time.Duration, seconds, ok bool) {
	v := constant.ToInt(c.Val())
	if v.Kind() != constant.Int {
		return 0, false, false
	}
	basic, isBasic := c.Type().Underlying().(*types.Basic)
	if !isBasic || basic.Info()&types.IsInteger == 0 {
		return 0, false, false
	}
	n, exact := constant.Int64Val(v)
	if !exact {
		return 0, false, false
	}
	if isDuration(c.Type()) {
		return time.Duration(n), false, true
	}
	if n > int64(1<<63-1)/int64(time.Second) {
		return 0, false, false
	}
	return time.Duration(n) * time.Second, true, true
}

// isDuration reports whether t is time.Duration.
func isDuration(t types.Type) bool {
	return isNamed(t, "time", "Duration")
}

func isTime(t types.Type) bool {
	return isNamed(t, "time", "Time")
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// findPackage returns the package with the given path among pkg and its
// dependencies.
func findPackage(pkg *types.Package, path string) *types.Package {
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) *types.Package
	visit = func(p *types.Package) *types.Package {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == path {
			return p
		}
		for _, imp := range p.Imports() {
			if found := visit(imp); found != nil {
				return found
			}
		}
		return nil
	}
	return visit(pkg)
}

// constReportPos is where a problem with the constant's package is
// reported in this package: the package clause of its own package, or the
// first import of it in a direct importer.
func constReportPos(pass *analysis.Pass, pkg *types.Package) (token.Pos, token.Pos) {
	if pkg == pass.Pkg {
		if len(pass.Files) > 0 {
			return pass.Files[0].Name.Pos(), pass.Files[0].Name.End()
		}
		return token.NoPos, token.NoPos
	}
	for _, f := range pass.Files {
		for _, spec := range f.Imports {
			if path, err := strconv.Unquote(spec.Path.Value); err == nil && path == pkg.Path() {
				return spec.Pos(), spec.End()
			}
		}
	}
	return token.NoPos, token.NoPos
}

// usesConst reports whether the list of constants an expression is derived
// from includes the sanctioned one.
func (p *policy) usesConst(refs []string) bool {
	if p.cfg.Const == "" || p.constBroken {
		return false
	}
	for _, r := range refs {
		if r == p.cfg.Const {
			return true
		}
	}
	return false
}

package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A package that doesn't import the -const constant's package can't see
// the constant's type, yet a fix that imports it must know whether it
// counts nanoseconds (a time.Duration) or seconds: the wrong guess
// compiles, and is a TTL a billion times off. So the fixer reads the
// constant's declaration from source, without type-checking: its declared
// type, or the type its value has (30 * 24 * time.Hour is a Duration,
// 30 * 24 * 3600 an untyped integer). Where that is not clear, fixes use a
// literal TTL instead of the constant.

// constKind is what a constant's declaration says about its unit.
type constKind uint8

const (
	kindUnknown constKind = iota
	kindDuration
	kindSeconds // an integer: untyped, or of an integer type
	kindNotTTL  // a string, a float, a bool: not a TTL
	kindAbsent  // the package declares no such constant
)

// constKindFromSource reads package dir's Go files (not tests) and returns
// the kind of constant name, and the package's name.
func constKindFromSource(dir, name string) (constKind, string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return kindUnknown, ""
	}
	pkgName := ""
	fset := token.NewFileSet()
	decls := constDecls{specs: make(map[string]constSpec)}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err == nil && strings.HasSuffix(f.Name.Name, "_test") {
			continue
		}
		if err != nil {
			continue
		}
		pkgName = f.Name.Name
		decls.add(f)
	}
	return decls.kind(name, 0), pkgName
}

// constSpec is one constant's declaration: its type and value, with
// implicit repetition in a const group resolved.
type constSpec struct {
	typ   ast.Expr
	value ast.Expr
	file  *ast.File
}

type constDecls struct {
	specs map[string]constSpec
}

func (d constDecls) add(f *ast.File) {
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		var typ ast.Expr
		var values []ast.Expr
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			if vs.Type != nil || len(vs.Values) > 0 {
				typ, values = vs.Type, vs.Values
			}
			for i, id := range vs.Names {
				spec := constSpec{typ: typ, file: f}
				if i < len(values) {
					spec.value = values[i]
				}
				d.specs[id.Name] = spec
			}
		}
	}
}

func (d constDecls) kind(name string, depth int) constKind {
	spec, ok := d.specs[name]
	if !ok && depth == 0 {
		return kindAbsent
	}
	if !ok || depth > 10 {
		return kindUnknown
	}
	if spec.typ != nil {
		return typeKind(spec.file, spec.typ)
	}
	if spec.value == nil {
		return kindUnknown
	}
	return d.exprKind(spec.file, spec.value, depth)
}

// typeKind is the kind of a declared type: time.Duration, or a predeclared
// integer type.
func typeKind(f *ast.File, t ast.Expr) constKind {
	switch t := ast.Unparen(t).(type) {
	case *ast.Ident:
		switch t.Name {
		case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr":
			return kindSeconds
		case "string", "bool", "float32", "float64", "complex64", "complex128", "rune", "byte":
			if t.Name == "rune" || t.Name == "byte" {
				return kindSeconds
			}
			return kindNotTTL
		}
	case *ast.SelectorExpr:
		if importsTimeAs(f, t.X) && t.Sel.Name == "Duration" {
			return kindDuration
		}
	}
	return kindUnknown
}

// exprKind is the kind of a constant expression's type.
func (d constDecls) exprKind(f *ast.File, e ast.Expr, depth int) constKind {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind == token.INT {
			return kindSeconds
		}
		return kindNotTTL
	case *ast.Ident:
		if e.Name == "iota" {
			return kindSeconds
		}
		return d.kind(e.Name, depth+1)
	case *ast.SelectorExpr:
		if importsTimeAs(f, e.X) {
			switch e.Sel.Name {
			case "Nanosecond", "Microsecond", "Millisecond", "Second", "Minute", "Hour":
				return kindDuration
			}
		}
	case *ast.CallExpr:
		if len(e.Args) == 1 {
			return typeKind(f, e.Fun) // a conversion
		}
	case *ast.UnaryExpr:
		if e.Op == token.ADD || e.Op == token.SUB {
			return d.exprKind(f, e.X, depth)
		}
	case *ast.BinaryExpr:
		x := d.exprKind(f, e.X, depth)
		switch e.Op {
		case token.SHL, token.SHR:
			return x
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM:
			y := d.exprKind(f, e.Y, depth)
			switch {
			case x == kindUnknown || y == kindUnknown:
				return kindUnknown
			case x == kindDuration || y == kindDuration:
				return kindDuration
			}
			return kindSeconds
		}
	}
	return kindUnknown
}

// importsTimeAs reports whether x names file f's import of package time.
func importsTimeAs(f *ast.File, x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	for _, spec := range f.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != "time" {
			continue
		}
		if spec.Name == nil && id.Name == "time" || spec.Name != nil && spec.Name.Name == id.Name {
			return true
		}
	}
	return false
}

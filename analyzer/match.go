package analyzer

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// This file recognizes stripe-go: its packages (every major version, the
// pre-module path included), the two Checkout Session params types, and the
// calls that create, read or update a session. Everything is decided by
// go/types object identity, never by how the code spells an import.

const stripeModule = "github.com/stripe/stripe-go"

// stripeRoot reports whether path is a stripe-go root package
// ("github.com/stripe/stripe-go" or ".../vNN") and returns its major version
// (0 for the pre-module path).
func stripeRoot(path string) (major int, ok bool) {
	if path == stripeModule {
		return 0, true
	}
	rest, found := strings.CutPrefix(path, stripeModule+"/v")
	if !found || rest == "" || rest[0] == '0' {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 2 || strconv.Itoa(n) != rest {
		return 0, false
	}
	return n, true
}

// splitStripePath splits a stripe-go package path into its root and the
// subpackage below it ("" for the root itself).
func splitStripePath(path string) (root, sub string, ok bool) {
	if _, ok := stripeRoot(path); ok {
		return path, "", true
	}
	if !strings.HasPrefix(path, stripeModule) {
		return "", "", false
	}
	// The root is the longest prefix that is a root path.
	for i := len(path) - 1; i > len(stripeModule)-1; i-- {
		if path[i] == '/' {
			if _, ok := stripeRoot(path[:i]); ok {
				return path[:i], path[i+1:], true
			}
		}
	}
	return "", "", false
}

// isStripePath reports whether path is any package of any stripe-go major.
func isStripePath(path string) bool {
	_, _, ok := splitStripePath(path)
	return ok
}

// paramsKind distinguishes the two params types a session is created from.
type paramsKind int

const (
	notParams     paramsKind = iota
	sessionParams            // CheckoutSessionParams: create, get and update alike
	createParams             // CheckoutSessionCreateParams (v82+): always a creation
)

// paramsType is a Checkout Session params type of some stripe-go major.
type paramsType struct {
	kind  paramsKind
	named *types.Named
	root  string // stripe-go root package path, e.g. github.com/stripe/stripe-go/v85
	major int
}

// hasExpiresAt reports whether this release of the type has the field.
// stripe-go added it in v72.63.0.
func (p paramsType) hasExpiresAt() bool {
	return expiresAtField(p.named) != nil
}

// expiresAtField returns the ExpiresAt field of a params type, or nil.
func expiresAtField(named *types.Named) *types.Var {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for f := range st.Fields() {
		if f.Name() == "ExpiresAt" {
			return f
		}
	}
	return nil
}

// asParamsType reports whether t (not a pointer) is a Checkout Session params type.
func asParamsType(t types.Type) (paramsType, bool) {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return paramsType{}, false
	}
	obj := named.Obj()
	if obj.Pkg() == nil {
		return paramsType{}, false
	}
	major, ok := stripeRoot(obj.Pkg().Path())
	if !ok {
		return paramsType{}, false
	}
	var kind paramsKind
	switch obj.Name() {
	case "CheckoutSessionParams":
		kind = sessionParams
	case "CheckoutSessionCreateParams":
		kind = createParams
	default:
		return paramsType{}, false
	}
	return paramsType{kind: kind, named: named, root: obj.Pkg().Path(), major: major}, true
}

// paramsOf looks through one pointer: it accepts T and *T.
func paramsOf(t types.Type) (paramsType, bool) {
	if t == nil {
		return paramsType{}, false
	}
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	return asParamsType(t)
}

// carries reports whether a value of type t can hold params: T, *T, or a
// slice, array, map or channel (of pointers) of them. Values of such types
// are followed through the package; struct fields are followed as fields.
func carries(t types.Type) bool {
	for depth := 0; t != nil && depth < 8; depth++ {
		if _, ok := asParamsType(t); ok {
			return true
		}
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Chan:
			t = u.Elem()
		default:
			return false
		}
	}
	return false
}

// callRole says what a call does with the Checkout Session params it is given.
type callRole int

const (
	roleNone   callRole = iota // not a stripe-go session call
	roleCreate                 // creates a session
	roleOther                  // a stripe-go call that reads, updates or expires one
)

// stripeCall classifies a call's static callee and returns the index of the
// argument that carries the params (for roleCreate).
func stripeCall(info *types.Info, call *ast.CallExpr) (role callRole, arg int) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return roleNone, -1
	}
	return stripeFunc(fn)
}

// stripeFunc classifies a stripe-go function or method.
func stripeFunc(fn *types.Func) (role callRole, arg int) {
	root, sub, ok := splitStripePath(fn.Pkg().Path())
	if !ok {
		return roleNone, -1
	}
	sig := fn.Signature()
	recv := sig.Recv()
	var recvName string
	if recv != nil {
		t := recv.Type()
		if ptr, ok := t.(*types.Pointer); ok {
			t = ptr.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return roleOther, -1
		}
		recvName = named.Obj().Name()
	}
	switch {
	case sub == "checkout/session" && (recv == nil || recvName == "Client"):
		if fn.Name() == "New" {
			return roleCreate, paramIndex(sig, root)
		}
	case sub == "" && recvName == "v1CheckoutSessionService":
		if fn.Name() == "Create" {
			return roleCreate, paramIndex(sig, root)
		}
	}
	return roleOther, -1
}

// paramIndex is the index of the first parameter of a params type from root.
func paramIndex(sig *types.Signature, root string) int {
	for i := range sig.Params().Len() {
		if p, ok := paramsOf(sig.Params().At(i).Type()); ok && p.root == root {
			return i
		}
	}
	return -1
}

// dependsOnStripe reports whether pkg imports any stripe-go package,
// directly or not. Packages that don't are skipped almost for free.
func dependsOnStripe(pkg *types.Package) bool {
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		if isStripePath(p.Path()) {
			return true
		}
		for _, imp := range p.Imports() {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	return visit(pkg)
}

// creationOnlyField reports whether setting field name on params p marks
// them as built for a creation: the field is accepted by session.New and
// not by Get or Update. Expand and Metadata serve Get and Update too, and
// CollectedInformation (v81.4.0+) is Update's. From v82 the release's own
// CheckoutSessionUpdateParams says what else Update takes (ShippingOptions
// from v82.0.0, LineItems from v84.1.0); before v82, Update (v79.5.0+)
// took nothing else.
func creationOnlyField(name string, p paramsType) bool {
	switch name {
	case "Params", "Expand", "Metadata", "UnsetFields", "ExpiresAt", "CollectedInformation":
		return false
	}
	if p.named == nil || p.named.Obj().Pkg() == nil {
		return true
	}
	update, ok := p.named.Obj().Pkg().Scope().Lookup("CheckoutSessionUpdateParams").(*types.TypeName)
	if !ok {
		return true
	}
	if st, ok := update.Type().Underlying().(*types.Struct); ok {
		for f := range st.Fields() {
			if f.Name() == name {
				return false
			}
		}
	}
	return true
}

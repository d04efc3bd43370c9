package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// reportMissing reports the sessions created without ExpiresAt. One
// creation, one report: a literal is reported where it starts and not again
// at the creation it reaches; params with no literal (a zero variable,
// new(T), nil, a builder in another package) are reported at the creation.
func (f *flow) reportMissing(r *reporter, pol *policy) {
	atCall := make(map[*ast.CallExpr]bool)
	for _, o := range f.sortedOrigins() {
		switch o.kind {
		case oLit, oNew, oZero, oCopy:
			if len(o.creations) > 0 {
				missing := o.missingCreations()
				if len(missing) == 0 {
					continue
				}
				if o.kind == oLit {
					r.missing(f, o, o.node, missing[0], pol)
					continue
				}
				for _, c := range missing {
					if !atCall[c.call] {
						atCall[c.call] = true
						r.missing(f, o, c.call, c, pol)
					}
				}
				continue
			}
			// Never seen reaching a creation.
			if o.kind != oCopy && len(o.sets) == 0 && (o.typ.kind == createParams || o.escapes && o.isMarked()) {
				r.missing(f, o, o.node, event{}, pol)
			}
		case oNil, oForeign:
			for _, c := range o.missingCreations() {
				if !atCall[c.call] {
					atCall[c.call] = true
					r.missing(f, o, c.call, c, pol)
				}
			}
		}
	}
}

// missing reports origin o at node; c is the creation it reaches, if known.
func (r *reporter) missing(f *flow, o *origin, node ast.Node, c event, pol *policy) {
	r.reported[o.node] = true
	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      headEnd(node),
		Category: catMissing,
		Message:  missingMessage(f, o, c, pol),
	}
	fset := r.pass.Fset
	if c.call != nil && c.call != node && fset.Position(c.call.Pos()).Line != fset.Position(node.Pos()).Line {
		msg := "session created here"
		if c.via != nil {
			msg = "session created here, by " + c.via.Name()
		}
		d.Related = []analysis.RelatedInformation{{Pos: c.call.Pos(), End: c.call.End(), Message: msg}}
	}
	if fix := r.fx.missingFix(f, o, node, c); fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	r.report(d)
}

// headEnd is the end of the part of node worth underlining: a literal's
// type and opening brace, a call's function and parenthesis.
func headEnd(n ast.Node) token.Pos {
	switch n := n.(type) {
	case *ast.CompositeLit:
		return n.Lbrace + 1
	case *ast.CallExpr:
		return n.Lparen + 1
	}
	return n.End()
}

const stripeDefault = "Stripe expires it 24h after creation"

func missingMessage(f *flow, o *origin, c event, pol *policy) string {
	tail := fmt.Sprintf(" (sanctioned TTL is %s)", fmtDuration(pol.ttl))
	if !o.typ.hasExpiresAt() {
		return fmt.Sprintf("checkout session created without ExpiresAt: %s has no %s.ExpiresAt (added in v72.63.0), so %s; upgrade stripe-go and set it%s",
			releaseName(o.typ), o.typ.named.Obj().Name(), stripeDefault, tail)
	}
	switch {
	case o.kind == oNil:
		return "checkout session created with nil params, so without ExpiresAt: " + stripeDefault + tail
	case o.kind == oForeign:
		return fmt.Sprintf("checkout session created without ExpiresAt, from params built by %s: %s%s", calleeName(f.info, o.node), stripeDefault, tail)
	case c.call == nil && o.typ.kind == sessionParams:
		return "checkout session params built for a creation without ExpiresAt: " + stripeDefault + tail
	}
	return "checkout session created without ExpiresAt: " + stripeDefault + tail
}

// releaseName names the stripe-go release line a params type comes from.
func releaseName(p paramsType) string {
	if p.major == 0 {
		return "pre-module " + stripeModule
	}
	return fmt.Sprintf("this %s release", p.root)
}

func calleeName(info *types.Info, n ast.Node) string {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return "a helper"
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return "a helper"
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// checkTTLs judges every ExpiresAt a params value receives in this
// package: in a literal (ExpiresAt: v) or by assignment (p.ExpiresAt = v).
// Each is reported where it is written; a helper that assigns p.ExpiresAt
// is judged inside the helper, and its callers get nothing.
func checkTTLs(pass *analysis.Pass, f *flow, pol *policy, r *reporter) {
	ev := newEvaluator(f.index)
	for _, kv := range f.expiryKVs {
		pt, _ := paramsOf(f.info.TypeOf(kv.Parent().Node().(ast.Expr)))
		checkExpiry(ev, pol, r, pt, kv, kv.ChildAt(edge.KeyValueExpr_Value, -1))
	}
	for _, cur := range f.stores {
		as, ok := cur.Node().(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "ExpiresAt" {
				continue
			}
			lc := cur.ChildAt(edge.AssignStmt_Lhs, i)
			for lc.Node() != sel {
				lc = lc.ChildAt(edge.ParenExpr_X, -1)
			}
			if _, _, pt, ok := f.paramsField(lc, sel); ok {
				checkExpiry(ev, pol, r, pt, cur, cur.ChildAt(edge.AssignStmt_Rhs, i))
			}
		}
	}
}

// verdict is what the TTL check concluded about one ExpiresAt.
type verdict struct {
	ttl     time.Duration // when proven
	proven  bool
	why     string // when not proven
	usesCon bool   // derived from the -const constant
	off     amount // the TTL, with the site that supplied it
	isNil   bool
	unit    inspector.Cursor // a UnixMilli-style method to replace with Unix
	note    string           // a hint for the message
	seconds int64            // a proven TTL too long for a Duration, in seconds
}

// judge evaluates an ExpiresAt value.
func judge(ev *evaluator, pol *policy, val inspector.Cursor) verdict {
	v := ev.eval(val, nil)
	switch v.kind {
	case vNil:
		return verdict{why: "ExpiresAt is nil, so Stripe expires the session 24h after creation", isNil: true}
	case vUnknown:
		return verdict{why: v.why}
	case vPtr:
		v = *v.elem
	default:
		return verdict{why: fmt.Sprintf("%s is not a shape this analyzer recognizes", types.ExprString(val.Node().(ast.Expr)))}
	}
	switch v.kind {
	case vUnix:
		switch {
		case v.base == baseAbs:
			return verdict{why: fmt.Sprintf("ExpiresAt is %s, an absolute time, not now plus a TTL", v.desc)}
		case !v.moved:
			return verdict{why: fmt.Sprintf("ExpiresAt is %s, a time with no TTL added, not now plus a TTL", v.desc)}
		case !v.off.known:
			return verdict{why: "the TTL is computed at run time"}
		}
		d, ok := mulInt(v.off.n, int64(time.Second))
		if !ok {
			// Seconds beyond any Duration: nanoseconds added as seconds.
			return verdict{proven: true, seconds: v.off.n, off: v.off,
				note: "a time.Duration counts nanoseconds, Unix() seconds: divide by time.Second"}
		}
		return verdict{ttl: time.Duration(d), proven: true, usesCon: pol.usesConst(v.off.refs), off: v.off, note: v.note}
	case vNum:
		if v.off.known {
			return verdict{why: fmt.Sprintf("ExpiresAt is the constant epoch %d, an absolute time, not now plus a TTL", v.off.n)}
		}
		return verdict{why: "ExpiresAt is a number computed at run time, not now plus a TTL"}
	case vTime:
		return verdict{why: "ExpiresAt must be Unix seconds"}
	case vUnknown:
		return verdict{why: v.why, unit: v.unit}
	}
	return verdict{why: "ExpiresAt is not a shape this analyzer recognizes"}
}

func checkExpiry(ev *evaluator, pol *policy, r *reporter, pt paramsType, at, val inspector.Cursor) {
	node := at.Node()
	vd := judge(ev, pol, val)
	diag := func(cat, msg string) {
		d := analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Category: cat, Message: msg}
		if fix, why := r.fx.ttlFix(at, val, vd, cat, pt); fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		} else if why != "" {
			d.Message += " (" + why + ")"
		}
		r.report(d)
	}
	if !vd.proven {
		diag(catUnverified, fmt.Sprintf("cannot verify the checkout session TTL: %s; write %s", vd.why, pol.advice(ev.pkg)))
		return
	}
	ttl := fmtDuration(vd.ttl)
	if vd.seconds != 0 {
		ttl = fmt.Sprintf("%ds, centuries", vd.seconds)
	}
	note := ""
	if vd.note != "" {
		note = " (" + vd.note + ")"
	}
	switch {
	case vd.seconds != 0 || vd.ttl != pol.ttl:
		diag(catTTL, fmt.Sprintf("checkout session TTL is %s; sanctioned TTL is %s%s", ttl, fmtDuration(pol.ttl), note))
	case pol.cfg.Const != "" && !pol.constBroken && !vd.usesCon:
		diag(catConstant, fmt.Sprintf("checkout session TTL is the sanctioned %s but is not derived from %s; use the constant", ttl, pol.cfg.Const))
	}
	if pol.cfg.StripeWindow && (vd.seconds != 0 || vd.ttl < stripeMinTTL || vd.ttl > stripeMaxTTL) {
		msg := fmt.Sprintf("checkout session TTL is %s, outside Stripe's documented window of 30m to 24h after creation", ttl)
		if vd.seconds == 0 && vd.ttl == pol.ttl {
			msg += "; the sanctioned TTL itself is outside it: choose a TTL within 30m to 24h"
		}
		diag(catWindow, msg)
	}
}

// advice is the ExpiresAt to write instead, as shown in messages.
func (p *policy) advice(pkg *types.Package) string {
	ttl := canonicalDuration(p.ttl, pkgRef{name: "time"})
	if p.constObj != nil {
		ttl = p.constExpr(pkg)
	}
	return "stripe.Int64(time.Now().Add(" + ttl + ").Unix())"
}

// constExpr is the -const constant as a Duration expression, qualified as
// seen from pkg.
func (p *policy) constExpr(pkg *types.Package) string {
	ref := p.constName
	if p.constObj.Pkg() != pkg {
		ref = p.constObj.Pkg().Name() + "." + p.constName
	}
	if p.constSeconds {
		return "time.Duration(" + ref + ") * time.Second"
	}
	return ref
}

// canonicalDuration writes d the way a person would: 30 * 24 * time.Hour,
// 24 * time.Hour, 90 * time.Minute, referring to package time as tm says
// (unqualified where it is dot-imported).
func canonicalDuration(d time.Duration, tm pkgRef) string {
	q := tm.qual("")
	switch {
	case d%(24*time.Hour) == 0 && d > 24*time.Hour:
		return fmt.Sprintf("%d * 24 * %sHour", d/(24*time.Hour), q)
	case d%time.Hour == 0:
		if d == time.Hour {
			return q + "Hour"
		}
		return fmt.Sprintf("%d * %sHour", d/time.Hour, q)
	case d%time.Minute == 0:
		if d == time.Minute {
			return q + "Minute"
		}
		return fmt.Sprintf("%d * %sMinute", d/time.Minute, q)
	case d%time.Second == 0:
		return fmt.Sprintf("%d * %sSecond", d/time.Second, q)
	}
	return fmt.Sprintf("%s(%d)", q+"Duration", int64(d))
}

package analyzer

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

func missingFix(f *flow, o *origin, node ast.Node, c event, pol *policy) *analysis.SuggestedFix {
	return nil
}

func ttlFix(ev *evaluator, pol *policy, at, val inspector.Cursor, vd verdict, cat string) *analysis.SuggestedFix {
	return nil
}

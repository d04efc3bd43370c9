package analyzer

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
)

func missingFix(f *flow, o *origin, node ast.Node, c event, pol *policy) *analysis.SuggestedFix {
	return nil
}

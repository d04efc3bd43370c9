package analyzer_test

import (
	"testing"

	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Golden files hold each file after every fix in it is applied.
func TestFixes(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "fix/literal", "fix/notime", "fix/noliteral", "fix/ttl", "fix/imports")
}

func TestFixesWithConst(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t, analyzer.Config{Const: "example.com/config.CheckoutSessionTTL"})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "fix/consts")
}

// A package that doesn't import the constant's package learns its unit
// from its declaration.
func TestFixesWithUnimportedConst(t *testing.T) {
	t.Parallel()
	a := newAnalyzer(t, analyzer.Config{Const: "example.com/config.CheckoutSessionTTLSeconds"})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "fix/constsec")
	a = newAnalyzer(t, analyzer.Config{Const: "example.com/config.LifetimeTTL"})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "fix/constunknown")
}

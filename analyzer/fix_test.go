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

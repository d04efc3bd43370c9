package analyzer

import "golang.org/x/tools/go/analysis"

// expiryFact describes a helper that returns an expiry.
type expiryFact struct{}

func (*expiryFact) AFact()         {}
func (*expiryFact) String() string { return "expiry" }

func exportExpiryFacts(pass *analysis.Pass, ix *index, facts *factStore) {}

func checkTTLs(pass *analysis.Pass, f *flow, pol *policy, r *reporter) {}

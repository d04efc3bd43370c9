package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/paylint/checkoutexpiry/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is the GOPATH tree shared by the analyzer's tests.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Every package checked under the default configuration, in one load:
// missing/... (every rule of the missing check), example.com/... (helpers in
// one package, callers in another: facts carry the summaries), and
// ttl/defaults (TTL verdicts at 720h).
func TestDefaultConfig(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "missing/...", "example.com/...", "ttl/defaults")
}

// stripe-go v72 before v72.63.0 has no ExpiresAt field.
func TestBeforeExpiresAt(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, filepath.Join(testdata(t), "v72pre63"), analyzer.Analyzer, "old")
}

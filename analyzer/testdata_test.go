package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// The analyzer runs despite type errors, and analysistest then stops
// checking for them, so a typo in testdata would silently test nothing.
// Every testdata package except those under broken/ must type-check.
func TestTestdataTypeChecks(t *testing.T) {
	t.Parallel()
	for _, root := range []string{testdata(t), filepath.Join(testdata(t), "v72pre63")} {
		cfg := &packages.Config{
			Mode:  packages.LoadAllSyntax,
			Dir:   filepath.Join(root, "src"),
			Env:   append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
			Tests: true,
		}
		pkgs, err := packages.Load(cfg, "./...")
		if err != nil {
			t.Fatal(err)
		}
		if len(pkgs) == 0 {
			t.Fatalf("no packages under %s", root)
		}
		for _, p := range pkgs {
			if strings.HasPrefix(p.PkgPath, "broken/") {
				continue
			}
			for _, e := range p.Errors {
				t.Errorf("%s: %v", p.PkgPath, e)
			}
		}
	}
}

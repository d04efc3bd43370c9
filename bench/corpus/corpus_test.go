package corpus_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/paylint/checkoutexpiry/bench/corpus"
	"golang.org/x/tools/go/packages"
)

// The generated code must type-check, or the benchmarks measure the
// analyzer on broken code. This uses the stripe-go v85 stubs in testdata;
// bench/run.sh builds the same code against the real stripe-go.
func TestGeneratedCodeTypeChecks(t *testing.T) {
	gopath := t.TempDir()
	src := filepath.Join(gopath, "src")
	stubs, err := filepath.Abs(filepath.Join("..", "..", "testdata", "src", "github.com", "stripe", "stripe-go", "v85"))
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(src, "github.com", "stripe", "stripe-go", "v85")
	err = filepath.WalkDir(stubs, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(stubs, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	st, err := corpus.Generate(filepath.Join(src, "example.com", "shop"), corpus.Options{
		Module:      "example.com/shop",
		Packages:    12,
		StripeEvery: 4,
		Big:         120,
	})
	if err != nil {
		t.Fatal(err)
	}
	// 12 generated + config, billing, big, cmd/shop; 3 + billing + big import stripe-go.
	if st.Packages != 16 || st.StripePackages != 5 || st.Creations != 3*9+120 {
		t.Errorf("stats: %v", st)
	}
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax,
		Dir:   src,
		Env:   append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, "example.com/shop/...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < st.Packages {
		t.Fatalf("loaded %d packages, want at least %d", len(pkgs), st.Packages)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.ID, e)
		}
	}
}

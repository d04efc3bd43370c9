package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -diff shows the fixes for examples/, -fix applies them, and the fixed
// service builds, is gofmt-clean, and is clean under the analyzer.
func TestFixExamples(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "examples"), dir)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	// The copy is outside the repository: point its replace back at it.
	if r := run(t, dir, "go", "mod", "edit", "-replace=github.com/paylint/checkoutexpiry="+root); r.code != 0 {
		t.Fatal(r.stderr)
	}
	env := []string{"GOFLAGS=-mod=mod"}

	r := runEnv(t, dir, env, bin, "-fix", "-diff", "./...")
	if r.code != 0 || r.stdout == "" {
		t.Errorf("-fix -diff: exit %d, want 0 and a diff\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"+		ExpiresAt:  stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),",
		"-		ExpiresAt:  stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),",
		"+		ExpiresAt:  stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),",
		"+			ExpiresAt:  stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),",
		"+	\"time\"",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("-diff output lacks %q:\n%s", want, r.stdout)
		}
	}
	// -diff changes nothing.
	if r := runEnv(t, dir, env, bin, "./..."); r.code != 3 {
		t.Fatalf("after -diff: exit %d, want 3: files changed?\n%s", r.code, r.stderr)
	}

	if r := runEnv(t, dir, env, bin, "-fix", "./..."); r.code != 0 {
		t.Fatalf("-fix: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runEnv(t, dir, env, "go", "build", "./..."); r.code != 0 {
		t.Fatalf("fixed examples do not build:\n%s", r.stderr)
	}
	if r := runEnv(t, dir, env, "gofmt", "-l", "."); r.stdout != "" {
		t.Errorf("fixed files are not gofmt-clean: %s", r.stdout)
	}
	if r := runEnv(t, dir, env, bin, "./..."); r.code != 0 {
		t.Errorf("after -fix: exit %d, want 0\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "checkout", "blast.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\t\"time\"\n") {
		t.Errorf("blast.go did not get the time import:\n%s", data)
	}
}

// stripe-go's own tests create Checkout Sessions without ExpiresAt, in
// code nobody here wrote: -fix repairs every one, and the module's tests
// still compile, are gofmt-clean, and are clean under the analyzer.
func TestFixStripeGo(t *testing.T) {
	r := run(t, ".", "go", "mod", "download", "-json", "github.com/stripe/stripe-go/v85@v85.0.0")
	if r.code != 0 {
		t.Fatalf("go mod download: %s", r.stderr)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal([]byte(r.stdout), &mod); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	copyTree(t, mod.Dir, dir)
	env := []string{"GOFLAGS=-mod=mod"}

	r = runEnv(t, dir, env, bin, "./...")
	var reports []string
	for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		if strings.Contains(line, ": checkout session") {
			reports = append(reports, line)
		}
	}
	if r.code != 3 || len(reports) != 7 {
		t.Fatalf("exit %d with %d reports, want 3 and the 7 creations without ExpiresAt in stripe-go's tests:\n%s", r.code, len(reports), r.stderr)
	}
	for _, l := range reports {
		file, _, _ := strings.Cut(l, ":")
		if !strings.HasSuffix(file, "_test.go") || !strings.Contains(l, "created without ExpiresAt") {
			t.Errorf("unexpected report: %s", l)
		}
	}

	if r := runEnv(t, dir, env, bin, "-fix", "./..."); r.code != 0 {
		t.Fatalf("-fix: exit %d\n%s", r.code, r.stderr)
	}
	if r := runEnv(t, dir, env, "go", "vet", "./checkout/session", "./example"); r.code != 0 {
		t.Fatalf("fixed tests do not compile:\n%s", r.stderr)
	}
	if r := runEnv(t, dir, env, "gofmt", "-l", "."); r.stdout != "" {
		t.Errorf("fixed files are not gofmt-clean: %s", r.stdout)
	}
	if r := runEnv(t, dir, env, bin, "./..."); r.code != 0 {
		t.Errorf("after -fix: exit %d, want 0\n%s", r.code, r.stderr)
	}
}

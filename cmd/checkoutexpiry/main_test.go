package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bin is the command under test, built once.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "checkoutexpiry-bin")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "checkoutexpiry")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// module copies testdata/e2e and the stub stripe-go it replaces into a
// temporary module, so the commands run offline.
func module(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "testdata", "e2e"), dst)
	stub := filepath.Join(dst, "stripe-go-v85")
	copyTree(t, filepath.Join("..", "..", "testdata", "src", "github.com", "stripe", "stripe-go", "v85"), stub)
	if err := os.WriteFile(filepath.Join(stub, "go.mod"), []byte("module github.com/stripe/stripe-go/v85\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	return runEnv(t, dir, []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}, name, args...)
}

// runEnv runs a command in dir with extra environment variables.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOWORK=off"), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{stdout.String(), stderr.String(), code}
}

func TestStandalone(t *testing.T) {
	dir := module(t)
	r := run(t, dir, bin, "./...")
	if r.code != 3 {
		t.Fatalf("exit %d, want 3 (findings)\n%s%s", r.code, r.stdout, r.stderr)
	}
	want := "app/app.go:12:25: checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 720h)"
	if !strings.Contains(r.stderr, want) {
		t.Errorf("output lacks %q:\n%s", want, r.stderr)
	}
	if !strings.Contains(r.stderr, "app/app.go:25:3: checkout session TTL is 24h; sanctioned TTL is 720h") {
		t.Errorf("output lacks the ttl finding:\n%s", r.stderr)
	}

	// A -const naming a package this module doesn't have is reported, not
	// turned into constant findings everywhere.
	r = run(t, dir, bin, "-const=example.com/e2e/confg.CheckoutSessionTTL", "./...")
	if want := "-const=example.com/e2e/confg.CheckoutSessionTTL: module example.com/e2e has no package example.com/e2e/confg"; r.code != 3 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "not derived from") {
		t.Errorf("-const with a misspelt package: exit %d, want 3 and %q\n%s", r.code, want, r.stderr)
	}

	// Flags change the verdict.
	r = run(t, dir, bin, "-ttl=24h", "./...")
	if r.code != 3 || strings.Contains(r.stderr, "checkout session TTL is 24h") || !strings.Contains(r.stderr, "sanctioned TTL is 24h") {
		t.Errorf("-ttl=24h: exit %d\n%s", r.code, r.stderr)
	}
}

func TestJSONKeepsCategories(t *testing.T) {
	dir := module(t)
	r := run(t, dir, bin, "-json", "./...")
	if r.code != 0 {
		t.Fatalf("exit %d, want 0 under -json\n%s", r.code, r.stderr)
	}
	var tree map[string]map[string][]struct {
		Category string `json:"category"`
		Message  string `json:"message"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	cats := map[string]int{}
	for _, byAnalyzer := range tree {
		for _, diags := range byAnalyzer {
			for _, d := range diags {
				cats[d.Category]++
			}
		}
	}
	if cats["missing"] != 1 || cats["ttl"] != 1 {
		t.Errorf("categories = %v, want one missing and one ttl", cats)
	}
}

func TestGoVet(t *testing.T) {
	dir := module(t)
	r := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "app.go:12:25: checkout session created without ExpiresAt") {
		t.Errorf("go vet output lacks the finding:\n%s", r.stderr)
	}
	// Flags pass through go vet, before the packages.
	r = run(t, dir, "go", "vet", "-vettool="+bin, "-ttl=24h", "./...")
	if r.code != 1 || strings.Contains(r.stderr, "checkout session TTL is 24h") || !strings.Contains(r.stderr, "sanctioned TTL is 24h") {
		t.Errorf("go vet -ttl=24h: exit %d\n%s", r.code, r.stderr)
	}
}

// A bad flag is a clear error naming the flag and what to write, before
// any package is analyzed, and the same on every run (go vet caches a run
// whose analyzer returned an error, then replays it as a success).
func TestBadFlags(t *testing.T) {
	dir := module(t)
	for _, tc := range []struct {
		flag, want string
	}{
		{"-ttl=abc", `invalid value "abc" for flag -ttl: "abc" is not a duration; write a Go duration such as 720h, 24h or 90m`},
		{"-ttl=30d", `(Go durations have no days: 30 days is 720h)`},
		{"-ttl=0", `invalid value "0" for flag -ttl: "0" is not positive; write a positive duration such as 720h`},
		{"-ttl=-1h", `invalid value "-1h" for flag -ttl: "-1h" is not positive`},
		{"-const=nodot", `invalid value "nodot" for flag -const: "nodot" is not importpath.Name; write e.g. example.com/billing/config.CheckoutSessionTTL`},
		{"-const=example.com/config.", `is not a Go identifier`},
	} {
		r := run(t, dir, bin, tc.flag, "./...")
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("checkoutexpiry %s: exit %d, want 2 and %q\n%s", tc.flag, r.code, tc.want, r.stderr)
		}
		if strings.Contains(r.stderr, "app.go") {
			t.Errorf("checkoutexpiry %s analyzed packages:\n%s", tc.flag, r.stderr)
		}
		for range 2 {
			r := run(t, dir, "go", "vet", "-vettool="+bin, tc.flag, "./...")
			if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("go vet %s: exit %d, want failure with %q\n%s", tc.flag, r.code, tc.want, r.stderr)
			}
		}
	}
}

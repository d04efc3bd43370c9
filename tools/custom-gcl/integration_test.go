package main_test

// These tests build the custom golangci-lint (this module's main package)
// and run it on testdata/fixture, a small module that uses a stub stripe-go.
// They live in this nested module, so the root module's `go test ./...`
// neither runs them nor requires golangci-lint. Run them with
//
//	cd tools/custom-gcl && go test ./...
//
// The first run compiles golangci-lint: about two to four minutes on two
// cores with an empty build cache, seconds afterwards.

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

var (
	bin      string // the custom golangci-lint under test
	lintRoot string // GOLANGCI_LINT_CACHE for this run
)

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "custom-gcl-test")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "custom-gcl")
	// The version stays "(devel)", so golangci-lint salts its result cache
	// with the binary's hash. A dedicated cache directory for this run keeps
	// results from other builds out anyway.
	lintRoot = filepath.Join(dir, "lint-cache")
	start := time.Now()
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building custom-gcl: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	if testing.Verbose() {
		fmt.Fprintf(os.Stderr, "built custom-gcl in %s\n", time.Since(start).Round(100*time.Millisecond))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// config is a .golangci.yml that runs only checkoutexpiry, with the given
// lines (unindented YAML) as its settings.
func config(settings ...string) string {
	var b strings.Builder
	b.WriteString("version: \"2\"\nlinters:\n  default: none\n  enable: [checkoutexpiry]\n  settings:\n    custom:\n      checkoutexpiry:\n        type: module\n")
	if len(settings) > 0 {
		b.WriteString("        settings:\n")
		for _, s := range settings {
			b.WriteString("          " + s + "\n")
		}
	}
	return b.String()
}

// fixture copies testdata/fixture and the repository's stub stripe-go v85
// into a temporary module, with cfg as its .golangci.yml.
func fixture(t *testing.T, cfg string) string {
	t.Helper()
	dst := t.TempDir()
	copyTree(t, filepath.Join("testdata", "fixture"), dst)
	stub := filepath.Join(dst, "stripe-go-v85")
	copyTree(t, filepath.Join("..", "..", "testdata", "src", "github.com", "stripe", "stripe-go", "v85"), stub)
	write(t, filepath.Join(stub, "go.mod"), "module github.com/stripe/stripe-go/v85\n\ngo 1.22\n")
	write(t, filepath.Join(dst, ".golangci.yml"), cfg)
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

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// run runs name in dir, offline, with this run's golangci-lint cache.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOLANGCI_LINT_CACHE="+lintRoot)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		r.code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return r
}

// lint runs `custom-gcl run` with one line per issue and no summary.
func lint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	args = append([]string{"run", "--output.text.print-issued-lines=false", "--show-stats=false"}, args...)
	return run(t, dir, bin, append(args, "./...")...)
}

// issues returns the issue lines of a text report, sorted.
func issues(stdout string) []string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	return lines
}

const (
	missing720 = "app/app.go:14:25: checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 720h) (checkoutexpiry)"
	day720     = "app/day.go:15:3: checkout session TTL is 24h; sanctioned TTL is 720h (checkoutexpiry)"
)

func expectIssues(t *testing.T, r result, want ...string) {
	t.Helper()
	sort.Strings(want)
	wantCode := 1
	if len(want) == 0 {
		wantCode = 0
	}
	got := issues(r.stdout)
	if r.code != wantCode || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %d issues, want %d (exit %d, want %d):\n got:\n\t%s\nwant:\n\t%s\nstderr:\n%s",
			len(got), len(want), r.code, wantCode, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"), r.stderr)
	}
}

// The repository's .golangci.example.yml, as is, reports the fixture's two
// bugs, and nothing else: not the session silenced by //nolint, not the
// one whose ExpiresAt a helper in another package sets (facts work), and
// nothing from golangci-lint's standard linters.
func TestExampleConfig(t *testing.T) {
	dir := fixture(t, read(t, filepath.Join("..", "..", ".golangci.example.yml")))
	if r := run(t, dir, bin, "config", "verify"); r.code != 0 {
		t.Errorf("config verify: %s", r)
	}
	expectIssues(t, lint(t, dir), missing720, day720)
}

func TestPluginIsListed(t *testing.T) {
	dir := fixture(t, read(t, filepath.Join("..", "..", ".golangci.example.yml")))
	r := run(t, dir, bin, "linters")
	if r.code != 0 || !strings.Contains(r.stdout, "checkoutexpiry: Stripe Checkout Sessions must set the sanctioned ExpiresAt") {
		t.Errorf("`linters` does not list checkoutexpiry as enabled:\n%s", r)
	}
}

// //nolint:checkoutexpiry silences the finding on its line: without the
// directive, the same session is reported.
func TestNolint(t *testing.T) {
	dir := fixture(t, config())
	expectIssues(t, lint(t, dir), missing720, day720)

	app := filepath.Join(dir, "app", "app.go")
	src := read(t, app)
	const directive = " //nolint:checkoutexpiry // minted when the customer clicks"
	if !strings.Contains(src, directive) {
		t.Fatalf("fixture lacks %q", directive)
	}
	write(t, app, strings.Replace(src, directive, "", 1))
	expectIssues(t, lint(t, dir), missing720, day720,
		"app/app.go:26:25: checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 720h) (checkoutexpiry)")
}

// Settings reach the analyzer and change the verdict. The result cache is
// shared by every run in this test binary, so this also checks that a
// settings change is not answered from the cache.
func TestSettings(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings []string
		want     []string
	}{
		{"defaults", nil, []string{missing720, day720}},
		{"ttl 24h", []string{"ttl: 24h"}, []string{
			"app/app.go:14:25: checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 24h) (checkoutexpiry)",
			"billing/billing.go:13:2: checkout session TTL is 720h; sanctioned TTL is 24h (checkoutexpiry)",
		}},
		{"quoted ttl", []string{`ttl: "24h"`}, []string{
			"app/app.go:14:25: checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 24h) (checkoutexpiry)",
			"billing/billing.go:13:2: checkout session TTL is 720h; sanctioned TTL is 24h (checkoutexpiry)",
		}},
		{"stripe-window", []string{"stripe-window: true"}, []string{missing720, day720,
			"billing/billing.go:13:2: checkout session TTL is 720h, outside Stripe's documented window of 30m to 24h after creation; the sanctioned TTL itself is outside it: choose a TTL within 30m to 24h (checkoutexpiry)",
		}},
		// With a constant, a right TTL not derived from it is reported,
		// also where the constant's package is not visible.
		{"const", []string{"const: example.com/billing/config.CheckoutSessionTTL"}, []string{missing720, day720,
			"billing/billing.go:13:2: checkout session TTL is the sanctioned 720h but is not derived from example.com/billing/config.CheckoutSessionTTL; use the constant (checkoutexpiry)",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := fixture(t, config(tc.settings...))
			expectIssues(t, lint(t, dir), tc.want...)
		})
	}
}

// A bad setting stops golangci-lint before it analyzes anything, with exit
// status 3 and a message naming the setting and what to write.
func TestBadSettings(t *testing.T) {
	const prefix = "build linters: plugin(checkoutexpiry): newPlugin checkoutexpiry settings: "
	for _, tc := range []struct {
		setting, want string
	}{
		{"ttl: banana", `ttl: "banana" is not a duration; write a Go duration such as 720h, 24h or 90m`},
		{"ttl: 30d", `ttl: "30d" is not a duration (Go durations have no days: 30 days is 720h); write a Go duration such as 720h, 24h or 90m`},
		{"ttl: 0s", `ttl: "0s" is not positive; write a positive duration such as 720h`},
		{"ttl: -1h", `ttl: "-1h" is not positive; write a positive duration such as 720h`},
		{"ttl: 86400", `ttl: got a number; write a Go duration as a string, such as "720h" (30 days), "24h" or "90m"`},
		{"const: CheckoutSessionTTL", `const: "CheckoutSessionTTL" is not importpath.Name; write e.g. example.com/billing/config.CheckoutSessionTTL`},
		{"stripe-window: yes", `stripe-window: got a string; write true or false`},
		{"stripe_windw: true", `unknown setting "stripe_windw" (did you mean "stripe-window"?); the settings are const (`},
	} {
		t.Run(tc.setting, func(t *testing.T) {
			dir := fixture(t, config(tc.setting))
			r := lint(t, dir)
			if r.code != 3 || !strings.Contains(r.stderr, prefix+tc.want) {
				t.Errorf("want exit 3 and %q\n%s", prefix+tc.want, r)
			}
			if strings.Contains(r.stdout+r.stderr, "app.go") {
				t.Errorf("analyzed packages despite the bad setting:\n%s", r)
			}
		})
	}
}

// --fix applies the suggested fixes, leaves the //nolint'ed session alone,
// and the fixed module builds, is gofmt-clean and lints clean.
func TestFix(t *testing.T) {
	dir := fixture(t, config())
	r := run(t, dir, bin, "run", "--fix", "./...")
	if r.code != 0 {
		t.Fatalf("--fix: %s", r)
	}
	app := read(t, filepath.Join(dir, "app", "app.go"))
	for _, want := range []string{
		"import (\n\t\"time\"\n\n\t\"github.com/stripe/stripe-go/v85\"",
		"\t\tCustomerEmail: stripe.String(email),\n\t\tExpiresAt:     stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix()),\n\t})",
		"//nolint:checkoutexpiry // minted when the customer clicks\n\t\tMode: stripe.String(\"payment\"),\n\t})",
	} {
		if !strings.Contains(app, want) {
			t.Errorf("fixed app.go lacks\n%s\n--- app.go:\n%s", want, app)
		}
	}
	day := read(t, filepath.Join(dir, "app", "day.go"))
	if want := "ExpiresAt: stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())"; !strings.Contains(day, want) {
		t.Errorf("fixed day.go lacks %s:\n%s", want, day)
	}
	if r := run(t, dir, "go", "build", "./..."); r.code != 0 {
		t.Errorf("fixed fixture does not build:\n%s", r)
	}
	if r := run(t, dir, "gofmt", "-l", "app", "billing"); r.stdout != "" {
		t.Errorf("fixed files are not gofmt-clean: %s", r.stdout)
	}
	expectIssues(t, lint(t, dir))
}

// The JSON report carries each fix as byte offsets into the file, with
// base64 text; editors' language servers apply them as is. Applying them
// gives what --fix writes.
func TestJSONFixes(t *testing.T) {
	dir := fixture(t, config())
	r := run(t, dir, bin, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
	if r.code != 1 {
		t.Fatalf("want exit 1: %s", r)
	}
	var report struct {
		Issues []struct {
			FromLinter     string
			Text           string
			Pos            struct{ Filename string }
			SuggestedFixes []struct {
				Message   string
				TextEdits []struct {
					Pos, End int
					NewText  string
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(report.Issues) != 2 {
		t.Fatalf("%d issues, want 2:\n%s", len(report.Issues), r.stdout)
	}
	type edit struct {
		pos, end int
		text     string
	}
	edits := map[string][]edit{}
	for _, is := range report.Issues {
		if is.FromLinter != "checkoutexpiry" || len(is.SuggestedFixes) != 1 {
			t.Errorf("issue %q from %s has %d fixes, want 1 from checkoutexpiry", is.Text, is.FromLinter, len(is.SuggestedFixes))
		}
		for _, fix := range is.SuggestedFixes {
			for _, te := range fix.TextEdits {
				text, err := base64.StdEncoding.DecodeString(te.NewText)
				if err != nil {
					t.Fatal(err)
				}
				edits[is.Pos.Filename] = append(edits[is.Pos.Filename], edit{te.Pos, te.End, string(text)})
			}
		}
	}
	want := fixture(t, config())
	if r := run(t, want, bin, "run", "--fix", "./..."); r.code != 0 {
		t.Fatalf("--fix: %s", r)
	}
	for file, es := range edits {
		sort.Slice(es, func(i, j int) bool { return es[i].pos > es[j].pos })
		src := read(t, filepath.Join(dir, file))
		for _, e := range es {
			src = src[:e.pos] + e.text + src[e.end:]
		}
		if fixed := read(t, filepath.Join(want, file)); src != fixed {
			t.Errorf("%s: JSON edits give\n%s\n--fix gives\n%s", file, src, fixed)
		}
	}
}

// Editors run golangci-lint with their own flags and parse its output.
// These run the custom binary exactly as each integration does (flags read
// from the integration's source) and parse the output the same way.
func TestEditorVSCode(t *testing.T) {
	dir := fixture(t, config())
	appDir := filepath.Join(dir, "app")
	// vscode-go (extension/src/goLint.ts), go.lintTool golangci-lint-v2,
	// go.lintOnSave "package": no lintFlags, run in the file's directory.
	r := run(t, appDir, bin, "run", "--issues-exit-code=0", "--output.text.print-issued-lines=false",
		"--show-stats=false", "--output.text.path=stdout", "--path-mode=abs")
	if r.code != 0 || r.stderr != "" {
		// vscode-go drops all output when the tool fails and wrote to stderr.
		t.Fatalf("want exit 0 and no stderr: %s", r)
	}
	// vscode-go's parser (extension/src/util.ts runTool).
	line := regexp.MustCompile(`^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+)?)?:(?:\w+:)? (.*)$`)
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("vscode-go would not parse %q", l)
			continue
		}
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", m[2], m[4], m[6], m[7]))
	}
	sort.Strings(got)
	want := []string{
		filepath.Join(appDir, "app.go") + "|14|25|checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 720h) (checkoutexpiry)",
		filepath.Join(appDir, "day.go") + "|15|3|checkout session TTL is 24h; sanctioned TTL is 720h (checkoutexpiry)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("vscode-go would show\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}

	// golangci-lint's --fast-only (suggested in its editor docs) drops
	// checkoutexpiry, which needs type information.
	r = run(t, appDir, bin, "run", "--fast-only", "--issues-exit-code=0", "--output.text.path=stdout")
	if r.code == 0 || !strings.Contains(r.stderr, "no linters enabled") {
		t.Errorf("--fast-only: want failure with no linters enabled: %s", r)
	}
}

type jsonIssue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename     string
		Line, Column int
	}
}

func jsonIssues(t *testing.T, stdout string) []string {
	t.Helper()
	var report struct{ Issues []jsonIssue }
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	var got []string
	for _, is := range report.Issues {
		got = append(got, fmt.Sprintf("%s:%d:%d: %s (%s)", is.Pos.Filename, is.Pos.Line, is.Pos.Column, is.Text, is.FromLinter))
	}
	sort.Strings(got)
	return got
}

func TestEditorNvimLint(t *testing.T) {
	dir := fixture(t, config())
	appDir := filepath.Join(dir, "app")
	// nvim-lint's golangcilint args for v2.1+ (lua/lint/linters/golangcilint.lua),
	// run from the file's directory with that directory as the argument.
	r := run(t, appDir, bin, "run", "--output.json.path=stdout",
		"--output.text.path=", "--output.tab.path=", "--output.html.path=", "--output.checkstyle.path=",
		"--output.code-climate.path=", "--output.junit-xml.path=", "--output.teamcity.path=", "--output.sarif.path=",
		"--issues-exit-code=0", "--show-stats=false", "--path-mode=abs", appDir)
	if r.code != 0 {
		t.Fatalf("want exit 0: %s", r)
	}
	got := jsonIssues(t, r.stdout)
	want := []string{
		filepath.Join(appDir, "app.go") + ":14:25: checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 720h) (checkoutexpiry)",
		filepath.Join(appDir, "day.go") + ":15:3: checkout session TTL is 24h; sanctioned TTL is 720h (checkoutexpiry)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("nvim-lint would show\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestEditorLangserver(t *testing.T) {
	dir := fixture(t, config())
	appDir := filepath.Join(dir, "app")
	// golangci-lint-langserver (handler.go lint) runs init_options.command
	// plus the file's directory, in the module root. It shows nothing when
	// the command exits 0, hence --issues-exit-code=1, and matches
	// Pos.Filename against the path relative to the module root.
	r := run(t, dir, bin, "run", "--output.json.path=stdout", "--show-stats=false", "--issues-exit-code=1", appDir+string(filepath.Separator))
	if r.code != 1 {
		t.Fatalf("want exit 1: %s", r)
	}
	got := jsonIssues(t, r.stdout)
	want := []string{
		"app/app.go:14:25: checkout session created without ExpiresAt: Stripe expires it 24h after creation (sanctioned TTL is 720h) (checkoutexpiry)",
		"app/day.go:15:3: checkout session TTL is 24h; sanctioned TTL is 720h (checkoutexpiry)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("golangci-lint-langserver would get\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// ttlCase is an ExpiresAt expression (after some statements) and the
// verdict the evaluator must reach: a TTL such as "720h", or "?" followed by
// a fragment of the reason it cannot be proven.
type ttlCase struct {
	body, expr, want string
	usesConst        bool
}

var ttlCases = []ttlCase{
	// The sanctioned shapes.
	{expr: `stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())`, want: "720h"},
	{expr: `stripe.Int64(time.Now().Add(TTL).Unix())`, want: "720h", usesConst: true},
	{expr: `stripe.Int64(time.Now().UTC().Add(TTL).Unix())`, want: "720h", usesConst: true},
	{body: `t := time.Now()`, expr: `stripe.Int64(t.Add(7 * 24 * time.Hour).Unix())`, want: "168h"},
	{expr: `stripe.Int64(s.clock.Now().Add(TTL).Unix())`, want: "720h", usesConst: true},
	{expr: `stripe.Int64(now.Add(24 * time.Hour).Unix())`, want: "24h"},
	{expr: `stripe.Int64(time.Now().Add(time.Duration(TTLSeconds) * time.Second).Unix())`, want: "720h"},
	{expr: `stripe.Int64(time.Now().Add(time.Duration(30) * 24 * time.Hour).Unix())`, want: "720h"},
	{expr: `stripe.Int64(time.Now().Add(2592000 * time.Second).Unix())`, want: "720h"},
	{body: `const d = 72 * time.Hour`, expr: `stripe.Int64(time.Now().Add(d).Unix())`, want: "72h"},
	{expr: `stripe.Int64(time.Now().Add(TTL - time.Hour).Unix())`, want: "719h", usesConst: true},
	{expr: `stripe.Int64(time.Now().Add(TTL).Add(time.Hour).Unix())`, want: "721h", usesConst: true},
	{expr: `stripe.Int64(time.Now().Add(-time.Hour).Unix())`, want: "-1h"},
	{expr: `stripe.Int64(time.Now().Round(time.Second).Add(TTL).Unix())`, want: "720h", usesConst: true},
	// Seconds.
	{expr: `stripe.Int64(time.Now().Unix() + 2592000)`, want: "720h"},
	{expr: `stripe.Int64(TTLSeconds + time.Now().Unix())`, want: "720h"},
	{expr: `stripe.Int64(time.Now().Unix() + int64(TTL/time.Second))`, want: "720h", usesConst: true},
	{expr: `stripe.Int64(time.Now().Unix() + int64(TTL.Seconds()))`, want: "720h", usesConst: true},
	{expr: `stripe.Int64(time.Now().Add(TTL).Unix() - 3600)`, want: "719h", usesConst: true},
	{expr: `stripe.Int64(time.Now().Add(24 * time.Hour).Unix() + 29*24*3600)`, want: "720h"},
	{expr: `stripe.Int64(int64(time.Now().Add(TTL).Unix()))`, want: "720h", usesConst: true},
	// Days.
	{expr: `stripe.Int64(time.Now().AddDate(0, 0, 30).Unix())`, want: "720h"},
	{expr: `stripe.Int64(time.Now().AddDate(0, 1, 0).Unix())`, want: "?adds months or years"},
	{expr: `stripe.Int64(time.Now().AddDate(1, 0, 0).Unix())`, want: "?adds months or years"},
	// Pointers.
	{expr: `new(time.Now().Add(TTL).Unix())`, want: "720h", usesConst: true},
	{body: `exp := time.Now().Add(TTL).Unix()`, expr: `&exp`, want: "720h", usesConst: true},
	{body: `exp := time.Now().Add(TTL)`, expr: `stripe.Int64(exp.Unix())`, want: "720h", usesConst: true},
	{body: `var exp int64 = time.Now().Add(7 * 24 * time.Hour).Unix()`, expr: `stripe.Int64(exp)`, want: "168h"},
	{body: `exp := time.Now().Unix()
	exp += 3600`, expr: `stripe.Int64(exp)`, want: "1h"},
	// Helpers in the same package.
	{expr: `helperPtr()`, want: "720h", usesConst: true},
	{expr: `stripe.Int64(helperUnix())`, want: "720h"},
	{expr: `stripe.Int64(helperTime().Unix())`, want: "720h"},
	{expr: `stripe.Int64(time.Now().Add(helperDur()).Unix())`, want: "720h", usesConst: true},
	{expr: `expiryIn(7 * 24 * time.Hour)`, want: "168h"},
	{expr: `expiryIn(TTL)`, want: "720h", usesConst: true},
	{expr: `expiryDays(30)`, want: "720h"},
	// 604800 days overflows the helper's Duration at run time.
	{expr: `expiryDays(604800)`, want: "?out of range"},
	{expr: `expiryInSeconds(TTLSeconds)`, want: "720h"},
	{expr: `expiryFrom(time.Now())`, want: "720h", usesConst: true},
	{expr: `new(helperUnix())`, want: "720h"},
	{expr: `func() *int64 { return stripe.Int64(time.Now().Add(TTL).Unix()) }()`, want: "720h", usesConst: true},
	{expr: `expiryIn(ttl)`, want: "?parameter"},
	{expr: `toPtr(time.Now().Add(TTL).Unix())`, want: "720h", usesConst: true},
	{expr: `int64Ptr(time.Now().Add(7 * 24 * time.Hour).Unix())`, want: "168h"},
	{expr: `stripe.Int64(later(time.Now()).Unix())`, want: "721h", usesConst: true},
	{expr: `stripe.Int64(later(time.Now().Add(-time.Hour)).Unix())`, want: "720h", usesConst: true},
	{expr: `stripe.Int64(identity(time.Now()).Unix())`, want: "?no TTL added"},
	{expr: `stripe.Int64(identity(time.Now().Add(TTL)).Unix())`, want: "720h", usesConst: true},
	// Not provable.
	{expr: `stripe.Int64(time.Now().Add(mutableTTL).Unix())`, want: "?package-level variable"},
	{expr: `stripe.Int64(time.Now().Add(s.cfg.TTL).Unix())`, want: "?read at run time"},
	{expr: `stripe.Int64(time.Now().Add(ttl).Unix())`, want: "?parameter"},
	{expr: `stripe.Int64(time.Now().Add(2 * ttl).Unix())`, want: "?parameter"},
	{expr: `nil`, want: "?nil"},
	{expr: `stripe.Int64(1767225600)`, want: "?constant epoch"},
	{expr: `stripe.Int64(time.Unix(1767225600, 0).Unix())`, want: "?absolute time"},
	{expr: `stripe.Int64(time.Now().Unix())`, want: "?no TTL added"},
	{expr: `stripe.Int64(now.Unix())`, want: "?no TTL added"},
	// A stored time is not now; a clock is, whatever holds it.
	{expr: `stripe.Int64(s.heldUntil.Add(-time.Minute).Unix())`, want: "?s.heldUntil is a stored time"},
	{expr: `stripe.Int64(s.created.Add(TTL).Unix())`, want: "?stored time"},
	{expr: `stripe.Int64(deadline().Unix())`, want: "?deadline: startedAt is a package-level variable"},
	{expr: `stripe.Int64(s.now().Add(TTL).Unix())`, want: "720h", usesConst: true},
	{expr: `stripe.Int64(startedAt.Add(TTL).Unix())`, want: "?package-level variable"},
	{expr: `stripe.Int64(time.Now().Add(TTL).UnixMilli())`, want: "?wrong unit"},
	{expr: `stripe.Int64(time.Now().Add(TTL).UnixNano() / 1e9)`, want: "?wrong unit"},
	{expr: `stripe.Int64(time.Now().Truncate(24 * time.Hour).Add(TTL).Unix())`, want: "?moves the time"},
	{expr: `stripe.Int64(computeExpiry())`, want: "?computed at run time"},
	{body: `d := TTL
	if s.cfg.TTL > 0 {
		d = 7 * 24 * time.Hour
	}`, expr: `stripe.Int64(time.Now().Add(d).Unix())`, want: "?different values"},
	// Go's arithmetic, not ours: floats, narrow integers, method expressions.
	{body: `f := 2.0`, expr: `stripe.Int64(time.Now().Add(time.Duration(f / 3 * float64(time.Hour))).Unix())`, want: "?fractional"},
	{body: `var n int32 = 100000`, expr: `stripe.Int64(time.Now().Unix() + int64(n * 100000))`, want: "?overflows int32"},
	{body: `var n uint8 = 200`, expr: `stripe.Int64(time.Now().AddDate(0, 0, int(n + 100)).Unix())`, want: "?overflows uint8"},
	{body: `var n int32 = 30`, expr: `stripe.Int64(time.Now().AddDate(0, 0, int(n)).Unix())`, want: "720h"},
	{expr: `stripe.Int64(time.Time.Unix(time.Now().Add(TTL)))`, want: "?method expression"},
	{expr: `stripe.Int64(time.Now().Unix() + int64((90 * time.Minute).Seconds()))`, want: "1h30m"},
	{expr: `stripe.Int64(time.Now().Unix() + int64(ttl.Seconds()))`, want: "?parameter"},
	// A variable changed in a loop depends on the number of iterations.
	{body: `var exp int64
	for i := 0; i < 3; i++ {
		exp += 3600
		exp += 3600
	}`, expr: `stripe.Int64(time.Now().Unix() + exp)`, want: "?different values"},
	{expr: `stripe.Int64(time.Now().Unix() + total([]int64{1, 2}))`, want: "?different values"},
	// An integer number of seconds handed to Add is nanoseconds, and a
	// Duration added to Unix seconds is centuries.
	{expr: `stripe.Int64(time.Now().Add(TTLSeconds).Unix())`, want: "0s"},
	{expr: `stripe.Int64(time.Now().Unix() + int64(TTL))`, want: "2592000000000000s"},
}

const ttlPrelude = `package ttlcases

import (
	"math/rand"
	"time"

	"github.com/stripe/stripe-go/v85"
)

const TTL = 30 * 24 * time.Hour

const TTLSeconds = 30 * 24 * 3600

var mutableTTL = 30 * 24 * time.Hour

type clock interface{ Now() time.Time }

type svc struct {
	clock     clock
	now       func() time.Time
	cfg       struct{ TTL time.Duration }
	heldUntil time.Time
	created   time.Time
}

var startedAt = time.Now()

func deadline() time.Time { return startedAt }

func helperPtr() *int64          { return stripe.Int64(time.Now().Add(TTL).Unix()) }
func helperUnix() int64          { return time.Now().Add(30 * 24 * time.Hour).Unix() }
func helperTime() time.Time      { return time.Now().Add(30 * 24 * time.Hour) }
func helperDur() time.Duration   { return TTL }
func computeExpiry() int64       { return rand.Int63() }
func expiryIn(d time.Duration) *int64 {
	return stripe.Int64(time.Now().Add(d).Unix())
}
func expiryInSeconds(secs int64) *int64 {
	return stripe.Int64(time.Now().Unix() + secs)
}
func expiryDays(n int) *int64 {
	return stripe.Int64(time.Now().Add(time.Duration(n) * 24 * time.Hour).Unix())
}
func toPtr[T any](v T) *T       { return &v }
func int64Ptr(v int64) *int64  { return &v }
func identity(t time.Time) time.Time { return t }
func total(xs []int64) int64 {
	var n int64
	for _, x := range xs {
		n += x
		n += x
	}
	return n
}
func later(t time.Time) time.Time    { return t.Add(TTL + time.Hour) }
func expiryFrom(now time.Time) *int64 {
	return stripe.Int64(now.Add(TTL).Unix())
}
`

// loadCases type-checks the cases against the stub stripe-go.
func loadCases(t *testing.T, src string) *packages.Package {
	t.Helper()
	gopath := t.TempDir()
	dir := filepath.Join(gopath, "src", "ttlcases")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cases.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	stubs, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+gopath+string(filepath.ListSeparator)+stubs, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, "ttlcases")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 1 {
		t.Fatalf("loaded %d packages", len(pkgs))
	}
	for _, e := range pkgs[0].Errors {
		t.Fatalf("cases do not type-check: %v", e)
	}
	return pkgs[0]
}

func TestJudgeTTL(t *testing.T) {
	t.Parallel()
	var src strings.Builder
	src.WriteString(ttlPrelude)
	for i, c := range ttlCases {
		fmt.Fprintf(&src, "\nfunc case%d(s *svc, now time.Time, ttl time.Duration) {\n\t%s\n\t_ = &stripe.CheckoutSessionParams{ExpiresAt: %s}\n}\n", i, c.body, c.expr)
	}
	pkg := loadCases(t, src.String())
	noFacts := func(types.Object, analysis.Fact) bool { return false }
	ix := newIndex(pkg.TypesInfo, pkg.Types, inspector.New(pkg.Syntax), newFactStore(noFacts))
	ev := newEvaluator(ix)
	pol := &policy{cfg: Config{Const: "ttlcases.TTL"}, ttl: DefaultTTL}
	found := 0
	for _, kv := range ix.expiryKVs {
		fd := enclosingDecl(kv)
		var i int
		if _, err := fmt.Sscanf(fd.Name.Name, "case%d", &i); err != nil {
			continue
		}
		found++
		c := ttlCases[i]
		vd := judge(ev, pol, kv.ChildAt(edge.KeyValueExpr_Value, -1))
		got := "?" + vd.why
		switch {
		case vd.proven && vd.seconds != 0:
			got = fmt.Sprintf("%ds", vd.seconds)
		case vd.proven:
			got = fmtDuration(vd.ttl)
		}
		switch {
		case strings.HasPrefix(c.want, "?"):
			if vd.proven || !strings.Contains(got, c.want[1:]) {
				t.Errorf("case %d %s: got %q, want unverified with %q", i, c.expr, got, c.want[1:])
			}
		case got != c.want:
			t.Errorf("case %d %s: got %q, want %q", i, c.expr, got, c.want)
		case vd.usesCon != c.usesConst:
			t.Errorf("case %d %s: usesConst = %v, want %v", i, c.expr, vd.usesCon, c.usesConst)
		}
	}
	if found != len(ttlCases) {
		t.Errorf("judged %d cases, want %d", found, len(ttlCases))
	}
}

func enclosingDecl(c inspector.Cursor) *ast.FuncDecl {
	for e := range c.Enclosing((*ast.FuncDecl)(nil)) {
		return e.Node().(*ast.FuncDecl)
	}
	return nil
}

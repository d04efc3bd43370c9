package analyzer

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the fuzz targets. They type-check their inputs in
// memory, against the stub stripe-go in testdata, because go/packages
// (as TestJudgeTTL uses) costs a go list per input.

// fuzzEnv type-checks generated files in memory. The standard library and
// the stripe-go stubs are type-checked once per process (each fuzz worker
// is a process); each input then costs one parse and one check. Its files
// are removed from the FileSet afterwards, so the set doesn't grow.
type fuzzEnv struct {
	fset  *token.FileSet
	std   types.ImporterFrom
	stubs string // the testdata GOPATH's src directory

	mu   sync.Mutex
	pkgs map[string]*types.Package
	errs map[string]error
}

var (
	theFuzzEnv  *fuzzEnv
	fuzzEnvErr  error
	fuzzEnvOnce sync.Once
)

func getFuzzEnv(t testing.TB) *fuzzEnv {
	t.Helper()
	fuzzEnvOnce.Do(func() {
		fset := token.NewFileSet()
		dir, _ := filepath.Abs(filepath.Join("..", "testdata", "src"))
		theFuzzEnv = &fuzzEnv{
			fset:  fset,
			std:   importer.ForCompiler(fset, "gc", nil).(types.ImporterFrom),
			stubs: dir,
			pkgs:  make(map[string]*types.Package),
			errs:  make(map[string]error),
		}
		// Everything else is skipped as "does not type-check" if these
		// don't load.
		for _, path := range []string{"time", "context", "math/rand", "github.com/stripe/stripe-go/v85/checkout/session", "github.com/stripe/stripe-go/v85/client", "example.com/config"} {
			if _, err := theFuzzEnv.Import(path); err != nil {
				fuzzEnvErr = fmt.Errorf("importing %s: %v", path, err)
				return
			}
		}
	})
	if fuzzEnvErr != nil {
		t.Fatal(fuzzEnvErr)
	}
	return theFuzzEnv
}

func (env *fuzzEnv) Import(path string) (*types.Package, error) {
	return env.ImportFrom(path, "", 0)
}

// ImportFrom type-checks the packages testdata/src has (the stripe-go
// stubs, example.com/config) from source, and reads the standard library's
// export data; each once.
func (env *fuzzEnv) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	env.mu.Lock()
	p, err := env.pkgs[path], env.errs[path]
	env.mu.Unlock()
	if p != nil || err != nil {
		return p, err
	}
	if _, serr := os.Stat(filepath.Join(env.stubs, filepath.FromSlash(path))); serr == nil && strings.Contains(path, ".") {
		p, err = env.loadStub(path) // stripe-go, example.com/config
	} else {
		p, err = env.std.ImportFrom(path, env.stubs, mode)
	}
	env.mu.Lock()
	env.pkgs[path], env.errs[path] = p, err
	env.mu.Unlock()
	return p, err
}

func (env *fuzzEnv) loadStub(path string) (*types.Package, error) {
	dir := filepath.Join(env.stubs, filepath.FromSlash(path))
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(env.fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: env}
	return conf.Check(path, env.fset, files, nil)
}

// fileName is where package path's one file would be on the GOPATH the
// stubs form, so that the analyzer finds the packages beside it (the
// -const constant's, whose declaration it reads).
func (env *fuzzEnv) fileName(path string) string {
	return filepath.Join(env.stubs, filepath.FromSlash(path), path[strings.LastIndex(path, "/")+1:]+".go")
}

// checked is one type-checked single-file package.
type checked struct {
	file *ast.File
	pkg  *types.Package
	info *types.Info
	errs []error
	tf   *token.File
}

// check parses and type-checks src as package path. The caller must call
// env.release(c) when done with the result.
func (env *fuzzEnv) check(path, name string, src []byte) (*checked, error) {
	f, err := parser.ParseFile(env.fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if f == nil {
		return nil, err
	}
	c := &checked{file: f, tf: env.fset.File(f.FileStart)}
	if err != nil {
		c.errs = append(c.errs, err)
	}
	c.info = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	conf := types.Config{
		Importer:  env,
		GoVersion: "go1.26",
		Error:     func(err error) { c.errs = append(c.errs, err) },
	}
	c.pkg, _ = conf.Check(path, env.fset, []*ast.File{f}, c.info)
	return c, nil
}

func (env *fuzzEnv) release(c *checked) {
	if c != nil && c.tf != nil {
		env.fset.RemoveFile(c.tf)
	}
}

// The expression generator.
//
// exprGen turns a fuzzed byte string into an ExpiresAt expression, the
// statements it needs before it, and a model of what the expression
// evaluates to at run time. Each byte picks one production (byte % the
// number of choices), so a seed is written as the list of choices; when
// the bytes run out every choice is 0, the simplest production. Numbers
// come from the fuzzed integers, from the bytes, or from a table of the
// usual ones.

// mkind is what a generated expression denotes.
type mkind uint8

const (
	mNum  mkind = iota // an integer: a Duration (ns), seconds, or an epoch
	mTime              // a time.Time: base + n ns
	mUnix              // Unix seconds: base + n s
	mPtr               // an *int64
	mNil               // the nil pointer
)

// mval is the model of a generated expression: what it is at run time,
// and what the analyzer may legitimately fail to see.
type mval struct {
	kind    mkind
	known   bool     // the value doesn't depend on the run (else no TTL can be proven)
	n       *big.Int // mNum: the value; mTime: offset from the base in ns; mUnix: in s
	abs     bool     // mTime, mUnix: the base is an absolute time, not now
	moved   bool     // mTime, mUnix: something was added to the base
	unit    bool     // a count in the wrong unit (UnixMilli and friends)
	months  bool     // AddDate added months or years
	ovf     bool     // an intermediate value left int64: the analyzer may give up
	lim     bool     // a documented limit of the analyzer: it may fail to prove this
	konst   bool     // a Go constant expression
	ttl     bool     // derived from the constant TTL (the -const of the check)
	anyRef  bool     // the constants it derives from are a guess (paths that agree)
	nocheck bool     // the value is implementation-specific: nothing to compare
	frac    bool     // Unix() dropped a fraction of a second: the order of truncations may shift the TTL by 1s
	elem    *mval    // mPtr
}

// texpr is generated source text with its precedence, for parenthesizing.
type texpr struct {
	s       string
	prec    int  // 7 primary, 6 unary, 5 multiplicative, 4 additive
	untyped bool // an untyped constant: declare variables of it with their type
}

const (
	precPrimary = 7
	precUnary   = 6
	precMul     = 5
	precAdd     = 4
)

// primary returns e as an operand of a selector or method call.
func (e texpr) primary() string {
	if e.prec < precPrimary {
		return "(" + e.s + ")"
	}
	return e.s
}

// operand returns e as an operand of a binary operator of precedence p,
// on the right if right.
func (e texpr) operand(p int, right bool) string {
	if e.prec < p || right && e.prec == p {
		return "(" + e.s + ")"
	}
	return e.s
}

// unaryOperand returns e as the operand of unary minus.
func (e texpr) unaryOperand() string {
	if e.prec < precUnary || strings.HasPrefix(e.s, "-") {
		return "(" + e.s + ")"
	}
	return e.s
}

type exprGen struct {
	prog  []byte
	pos   int
	nums  [3]int64
	ni    int
	depth int
	nvar  int
	stmts []string
	// consts are the constant subexpressions, with the value the model
	// gives them; go/types must agree.
	consts []constExpr
	// uses records the package-level names and parameters used, so
	// FuzzFixes can declare only those.
	uses   map[string]bool
	tq, sq string // how "time" and stripe-go are qualified: "time.", "tm.", "" (dot import)
	cond   string // a run-time condition for if statements
	// ttlName, if set, is how the TTL constant is written (a constant
	// of another package): config.CheckoutSessionTTL.
	ttlName string
}

func newExprGen(prog []byte, a, b, c int64) *exprGen {
	return &exprGen{
		prog: prog,
		nums: [3]int64{a, b, c},
		uses: make(map[string]bool),
		tq:   "time.",
		sq:   "stripe.",
		cond: "ttl > 0",
	}
}

// maxGenDepth bounds nesting: deeper, only terminal productions are picked.
const maxGenDepth = 5

// pick returns a choice in [0, n).
func (g *exprGen) pick(n int) int {
	if g.pos >= len(g.prog) {
		return 0
	}
	b := g.prog[g.pos]
	g.pos++
	return int(b) % n
}

// choose picks among terminals productions at the depth limit, among all
// otherwise.
func (g *exprGen) choose(terminals, all int) int {
	if g.depth >= maxGenDepth {
		return g.pick(terminals)
	}
	return g.pick(all)
}

var commonInts = []int64{1, 2, 7, 24, 30, 60, 90, 720, 3600, 86400, 604800, 2592000, 1e9, 0}

// num returns an integer.
func (g *exprGen) num() int64 {
	switch g.pick(4) {
	case 0:
		return commonInts[g.pick(len(commonInts))]
	case 1:
		return int64(g.pick(256))
	case 2:
		v := g.nums[g.ni%len(g.nums)]
		g.ni++
		return v
	default:
		return -int64(g.pick(256))
	}
}

// numWithin returns an integer whose product with scale fits in an int64.
func (g *exprGen) numWithin(scale int64) int64 {
	n := g.num()
	lim := math.MaxInt64 / scale
	if n > lim || n < -lim {
		n %= lim + 1
	}
	return n
}

func (g *exprGen) fresh(prefix string) string {
	g.nvar++
	return fmt.Sprintf("%s%d", prefix, g.nvar)
}

// update writes v op= rhs: once, in a loop, in a function literal called
// in place, or under a condition. It returns how many times it runs,
// whether the analyzer may fail to follow that (it needn't), and whether
// it runs only on some paths (then the result depends on the run, unless
// rhs is 0).
func (g *exprGen) update(v string, op byte, rhs string) (times int, lim, cond bool) {
	st := fmt.Sprintf("%s %c= %s", v, op, rhs)
	switch g.pick(5) {
	case 0:
		g.stmt("%s", st)
		return 1, false, false
	case 1:
		n := 1 + g.pick(3)
		g.stmt("for range %d {\n\t\t%s\n\t}", n, st)
		return n, true, false
	case 2:
		n := 1 + g.pick(3)
		g.stmt("for range %d {\n\t\t%s\n\t\t%s\n\t}", n, st, st)
		return 2 * n, true, false
	case 3:
		g.stmt("func() {\n\t\t%s\n\t}()", st)
		return 1, true, false
	default:
		g.use(strings.Fields(g.cond)[0])
		g.stmt("if %s {\n\t\t%s\n\t}", g.cond, st)
		return 1, true, true
	}
}

// declare declares v := e, or var v typ = e if e is untyped.
func (g *exprGen) declare(v string, e texpr, typ string) {
	if e.untyped {
		if strings.HasPrefix(typ, "time.") {
			typ = g.t(strings.TrimPrefix(typ, "time."))
		}
		g.stmt("var %s %s = %s", v, typ, e.s)
		return
	}
	g.stmt("%s := %s", v, e.s)
}

func (g *exprGen) stmt(format string, args ...any) {
	g.stmts = append(g.stmts, fmt.Sprintf(format, args...))
}

func (g *exprGen) t(name string) string  { g.uses["time"] = true; return g.tq + name }
func (g *exprGen) st(name string) string { g.uses["stripe"] = true; return g.sq + name }
func (g *exprGen) use(name string) string {
	g.uses[name] = true
	return name
}

var (
	bigNs      = big.NewInt(1e9)
	bigDay     = big.NewInt(24 * 3600 * 1e9)
	bigMaxI64  = big.NewInt(math.MaxInt64)
	bigMinI64  = big.NewInt(math.MinInt64)
	bigTwo64   = new(big.Int).Lsh(big.NewInt(1), 64)
	bigSixtyNs = big.NewInt(60e9)
)

func bigFits(n *big.Int) bool { return n.Cmp(bigMinI64) >= 0 && n.Cmp(bigMaxI64) <= 0 }

// wrap64 is n as an int64 computes it: modulo 2^64.
func wrap64(n *big.Int) *big.Int {
	if bigFits(n) {
		return n
	}
	m := new(big.Int).Mod(n, bigTwo64)
	if m.Cmp(bigMaxI64) > 0 {
		m.Sub(m, bigTwo64)
	}
	return m
}

func knownNum(n int64, konst bool) mval {
	return mval{kind: mNum, known: true, n: big.NewInt(n), konst: konst}
}

func runtimeVal(k mkind) mval { return mval{kind: k, n: new(big.Int)} }

// konst records a constant expression's value for the go/types cross-check.
func (g *exprGen) konst(e texpr, m mval) (texpr, mval) {
	if m.konst && m.known {
		g.consts = append(g.consts, constExpr{e.s, m.n})
	}
	return e, m
}

type constExpr struct {
	text string
	val  *big.Int
}

// combine applies an integer operator to two numbers. Constant
// expressions that would not fit an int64 (a compile error) are avoided by
// returning nil; run-time arithmetic wraps, as Go's does.
func combine(op byte, x, y mval) *mval {
	r := mval{kind: mNum, known: x.known && y.known, konst: x.konst && y.konst,
		ovf: x.ovf || y.ovf, lim: x.lim || y.lim, unit: x.unit || y.unit,
		ttl: x.ttl || y.ttl, anyRef: x.anyRef || y.anyRef, frac: x.frac || y.frac, nocheck: x.nocheck || y.nocheck}
	n := new(big.Int)
	switch op {
	case '+':
		n.Add(x.n, y.n)
	case '-':
		n.Sub(x.n, y.n)
	case '*':
		n.Mul(x.n, y.n)
	case '/':
		if y.n.Sign() == 0 {
			if r.konst {
				return nil
			}
			r.known = false // a run-time panic
			r.n = n
			return &r
		}
		n.Quo(x.n, y.n)
	}
	if !bigFits(n) {
		if r.konst {
			return nil
		}
		r.ovf = true
		n = wrap64(n)
	}
	r.n = n
	return &r
}

// genDur generates a time.Duration.
func (g *exprGen) genDur() (texpr, mval) {
	g.depth++
	defer func() { g.depth-- }()
	units := []struct {
		name string
		ns   int64
	}{{"Nanosecond", 1}, {"Microsecond", 1e3}, {"Millisecond", 1e6}, {"Second", 1e9}, {"Minute", 60e9}, {"Hour", 3600e9}}
	switch g.choose(6, 16) {
	case 0:
		u := units[g.pick(len(units))]
		if g.pick(3) == 0 {
			return g.konst(texpr{s: g.t(u.name), prec: precPrimary}, knownNum(u.ns, true))
		}
		n := g.numWithin(u.ns)
		return g.konst(texpr{s: fmt.Sprintf("%d * %s", n, g.t(u.name)), prec: precMul}, knownNum(n*u.ns, true))
	case 1:
		m := knownNum(int64(DefaultTTL), true)
		m.ttl = true
		if g.ttlName != "" {
			g.use("config")
			return g.konst(texpr{s: g.ttlName, prec: precPrimary}, m)
		}
		return g.konst(texpr{s: g.use("TTL"), prec: precPrimary}, m)
	case 2:
		if g.pick(3) == 2 {
			// Seconds handed to Add count nanoseconds.
			return g.konst(texpr{s: g.use("TTLSeconds"), prec: precPrimary, untyped: true}, knownNum(int64(DefaultTTL/time.Second), true))
		}
		n := g.num()
		return g.konst(texpr{s: fmt.Sprintf("%s(%d)", g.t("Duration"), n), prec: precPrimary}, knownNum(n, true))
	case 3:
		switch g.pick(3) {
		case 0:
			return texpr{s: g.use("ttl"), prec: precPrimary}, runtimeVal(mNum)
		case 1:
			return texpr{s: g.use("mutableTTL"), prec: precPrimary}, runtimeVal(mNum)
		default:
			g.use("s")
			return texpr{s: "s.cfg.TTL", prec: precPrimary}, runtimeVal(mNum)
		}
	case 4:
		m := knownNum(int64(DefaultTTL), false)
		m.ttl = true
		return texpr{s: g.use("helperDur") + "()", prec: precPrimary}, m
	case 5:
		n := g.numWithin(24 * 3600e9)
		return g.konst(texpr{s: fmt.Sprintf("%d * 24 * %s", n, g.t("Hour")), prec: precMul}, knownNum(n*24*3600e9, true))
	case 6:
		e, m := g.genDur()
		v := g.fresh("d")
		g.declare(v, e, "time.Duration")
		m.konst = false
		return texpr{s: v, prec: precPrimary}, m
	case 7, 8:
		x, mx := g.genDur()
		nc := len(g.consts)
		y, my := g.genDur()
		op := byte('+')
		if g.pick(2) == 1 {
			op = '-'
		}
		r := combine(op, mx, my)
		if r == nil {
			g.consts = g.consts[:nc] // y is dropped
			return x, mx
		}
		return g.konst(texpr{s: x.operand(precAdd, false) + " " + string(op) + " " + y.operand(precAdd, true), prec: precAdd, untyped: x.untyped && y.untyped}, *r)
	case 9:
		x, mx := g.genDur()
		n := g.num()
		r := combine('*', mx, knownNum(n, true))
		if r == nil {
			return x, mx
		}
		if g.pick(2) == 0 {
			return g.konst(texpr{s: x.operand(precMul, false) + " * " + fmt.Sprint(n), prec: precMul, untyped: x.untyped}, *r)
		}
		return g.konst(texpr{s: fmt.Sprint(n) + " * " + x.operand(precMul, true), prec: precMul, untyped: x.untyped}, *r)
	case 10:
		x, mx := g.genDur()
		r := combine('-', knownNum(0, true), mx)
		if r == nil {
			return x, mx
		}
		return g.konst(texpr{s: "-" + x.unaryOperand(), prec: precUnary, untyped: x.untyped}, *r)
	case 11:
		x, mx := g.genDur()
		n := g.num()
		if n == 0 {
			n = 2
		}
		r := combine('/', mx, knownNum(n, true))
		if r == nil {
			return x, mx
		}
		return g.konst(texpr{s: x.operand(precMul, false) + " / " + fmt.Sprint(n), prec: precMul, untyped: x.untyped}, *r)
	case 12:
		x, mx := g.genSecs()
		r := combine('*', mx, knownNum(1e9, true))
		conv := texpr{s: g.t("Duration") + "(" + x.s + ")", prec: precPrimary}
		if r == nil {
			return g.konst(conv, mx)
		}
		return g.konst(texpr{s: conv.s + " * " + g.t("Second"), prec: precMul}, *r)
	case 13:
		// A local that holds different values on different paths, or
		// the same value.
		a, ma := g.genDur()
		b, mb := g.genDur()
		v := g.fresh("d")
		g.declare(v, a, "time.Duration")
		g.use(strings.Fields(g.cond)[0])
		g.stmt("if %s {\n\t\t%s = %s\n\t}", g.cond, v, b.s)
		m := ma
		m.konst = false
		if !(ma.known && mb.known && ma.n.Cmp(mb.n) == 0) {
			m = runtimeVal(mNum)
		}
		m.lim, m.anyRef = true, true
		return texpr{s: v, prec: precPrimary}, m
	case 14:
		// v := a; v += b
		a, ma := g.genDur()
		b, mb := g.genDur()
		v := g.fresh("d")
		g.declare(v, a, "time.Duration")
		op := byte('+')
		if g.pick(2) == 1 {
			op = '-'
		}
		times, lim, cond := g.update(v, op, b.s)
		ma.konst, mb.konst = false, false
		m := ma
		for range times {
			m = *combine(op, m, mb)
		}
		m.lim = m.lim || lim
		m.known = m.known && !(cond && !(mb.known && mb.n.Sign() == 0))
		return texpr{s: v, prec: precPrimary}, m
	default:
		// A conversion from a float64 computed at run time.
		f, mf := g.genFloat()
		m := runtimeVal(mNum)
		m.lim, m.frac, m.ttl, m.anyRef, m.ovf = true, true, mf.ttl, mf.anyRef, mf.ovf
		switch {
		case !mf.known:
		case math.IsNaN(mf.f) || math.Abs(mf.f) >= math.MaxInt64:
			m.nocheck = true // implementation-specific
		default:
			m.known = true
			m.n.SetInt64(int64(mf.f))
		}
		return texpr{s: g.t("Duration") + "(" + f.s + ")", prec: precPrimary}, m
	}
}

// mfloat models a float64.
type mfloat struct {
	known, ttl, anyRef, ovf bool
	f                       float64
}

var floatLits = []string{"0.5", "1.5", "2.0", "3.0", "7.0", "24.0", "0.25", "1e3", "100.0", "1.0"}

// genFloat generates a float64 that is not a constant (its leaves are
// locals), so that converting it to a Duration compiles whatever its value.
func (g *exprGen) genFloat() (texpr, mfloat) {
	g.depth++
	defer func() { g.depth-- }()
	switch g.choose(2, 5) {
	case 0:
		lit := floatLits[g.pick(len(floatLits))]
		f, _ := strconv.ParseFloat(lit, 64)
		v := g.fresh("f")
		g.stmt("%s := %s", v, lit)
		return texpr{s: v, prec: precPrimary}, mfloat{known: true, f: f}
	case 1:
		d, md := g.genDur()
		v := g.fresh("f")
		g.stmt("%s := float64(%s)", v, d.s)
		return texpr{s: v, prec: precPrimary}, mfloat{known: md.known, f: float64(md.n.Int64()), ttl: md.ttl, anyRef: md.anyRef, ovf: md.ovf}
	default:
		x, mx := g.genFloat()
		y, my := g.genFloat()
		op := "*/+"[g.pick(3)]
		p := precMul
		if op == '+' {
			p = precAdd
		}
		m := mfloat{known: mx.known && my.known, ttl: mx.ttl || my.ttl, anyRef: mx.anyRef || my.anyRef, ovf: mx.ovf || my.ovf}
		switch op {
		case '*':
			m.f = mx.f * my.f
		case '/':
			m.f = mx.f / my.f
		default:
			m.f = mx.f + my.f
		}
		return texpr{s: x.operand(p, false) + " " + string(op) + " " + y.operand(p, true), prec: p}, m
	}
}

// genSecs generates an integer number of seconds (untyped or int64).
func (g *exprGen) genSecs() (texpr, mval) {
	g.depth++
	defer func() { g.depth-- }()
	switch g.choose(4, 10) {
	case 0:
		n := g.num()
		p := precPrimary
		if n < 0 {
			p = precUnary
		}
		return g.konst(texpr{s: fmt.Sprint(n), prec: p}, knownNum(n, true))
	case 1:
		return g.konst(texpr{s: g.use("TTLSeconds"), prec: precPrimary}, knownNum(int64(DefaultTTL/time.Second), true))
	case 2:
		if g.pick(2) == 0 {
			return texpr{s: g.use("computeExpiry") + "()", prec: precPrimary}, runtimeVal(mNum)
		}
		g.use("rand")
		return texpr{s: "rand.Int63()", prec: precPrimary}, runtimeVal(mNum)
	case 3:
		n := g.numWithin(86400)
		return g.konst(texpr{s: fmt.Sprintf("%d * 24 * 60 * 60", n), prec: precMul}, knownNum(n*86400, true))
	case 4:
		d, md := g.genDur()
		r := combine('/', md, knownNum(1e9, true))
		return g.konst(texpr{s: "int64(" + d.operand(precMul, false) + " / " + g.t("Second") + ")", prec: precPrimary}, *r)
	case 5:
		d, md := g.genDur()
		m := mval{kind: mNum, known: md.known, ovf: md.ovf, lim: md.lim, ttl: md.ttl, anyRef: md.anyRef, frac: md.frac, nocheck: md.nocheck, n: new(big.Int)}
		if md.known {
			// What Duration.Seconds computes, in float64, truncated.
			m.n.SetInt64(int64(time.Duration(md.n.Int64()).Seconds()))
			// The analyzer takes only whole seconds.
			m.lim = m.lim || new(big.Int).Rem(md.n, bigNs).Sign() != 0
		}
		return texpr{s: "int64(" + d.primary() + ".Seconds())", prec: precPrimary}, m
	case 6:
		x, mx := g.genSecs()
		v := g.fresh("s")
		g.stmt("var %s int64 = %s", v, x.s)
		mx.konst = false
		return texpr{s: v, prec: precPrimary}, mx
	case 7, 8:
		x, mx := g.genSecs()
		nc := len(g.consts)
		y, my := g.genSecs()
		ops := "+-*"
		op := ops[g.pick(len(ops))]
		p := precAdd
		if op == '*' {
			p = precMul
		}
		r := combine(op, mx, my)
		if r == nil {
			g.consts = g.consts[:nc] // y is dropped
			return x, mx
		}
		return g.konst(texpr{s: x.operand(p, false) + " " + string(op) + " " + y.operand(p, true), prec: p}, *r)
	default:
		// int32 arithmetic, which wraps at 32 bits.
		a, b := int64(int32(g.num())), int64(int32(g.num()))
		v := g.fresh("n")
		g.stmt("var %s int32 = %d", v, a)
		// Go wraps it; the analyzer says it overflows.
		m := knownNum(int64(int32(a*b)), false)
		m.ovf = a*b != int64(int32(a*b))
		return texpr{s: fmt.Sprintf("int64(%s * %d)", v, b), prec: precPrimary}, m
	}
}

func nowVal() mval { return mval{kind: mTime, known: true, n: new(big.Int)} }

// genTime generates a time.Time.
func (g *exprGen) genTime() (texpr, mval) {
	g.depth++
	defer func() { g.depth-- }()
	switch g.choose(6, 14) {
	case 0:
		return texpr{s: g.t("Now") + "()", prec: precPrimary}, nowVal()
	case 1:
		return texpr{s: g.use("now"), prec: precPrimary}, nowVal()
	case 2:
		g.use("s")
		return texpr{s: "s.clock.Now()", prec: precPrimary}, nowVal()
	case 3:
		m := nowVal()
		m.abs = true
		return texpr{s: fmt.Sprintf("%s(%d, 0)", g.t("Unix"), g.num()), prec: precPrimary}, m
	case 4:
		m := nowVal()
		m.n.SetInt64(int64(DefaultTTL))
		m.moved = true
		return texpr{s: g.use("helperTime") + "()", prec: precPrimary}, m
	case 5:
		m := nowVal()
		m.abs = true
		return texpr{s: fmt.Sprintf("%s(2026, %s, 1, 0, 0, 0, 0, %s)", g.t("Date"), g.t("January"), g.t("UTC")), prec: precPrimary}, m
	case 6, 7:
		x, mx := g.genTime()
		d, md := g.genDur()
		return texpr{s: x.primary() + ".Add(" + d.s + ")", prec: precPrimary}, addTime(mx, md)
	case 8:
		x, mx := g.genTime()
		var y, m int64
		switch g.pick(4) {
		case 1:
			y = 1
		case 2:
			m = 1
		}
		days := g.num()
		r := mx
		r.moved = true
		r.ovf = r.ovf || !bigFits(new(big.Int).Mul(big.NewInt(days), bigDay))
		r.n = new(big.Int).Add(mx.n, new(big.Int).Mul(big.NewInt(days), bigDay))
		r.ovf = r.ovf || !bigFits(r.n)
		r.months = r.months || y != 0 || m != 0
		return texpr{s: fmt.Sprintf("%s.AddDate(%d, %d, %d)", x.primary(), y, m, days), prec: precPrimary}, r
	case 9:
		x, mx := g.genTime()
		switch g.pick(3) {
		case 0:
			return texpr{s: x.primary() + ".UTC()", prec: precPrimary}, mx
		case 1:
			return texpr{s: x.primary() + ".Local()", prec: precPrimary}, mx
		default:
			return texpr{s: x.primary() + ".In(" + g.t("UTC") + ")", prec: precPrimary}, mx
		}
	case 10:
		x, mx := g.genTime()
		d, md := g.genDur()
		method := "Round"
		if g.pick(2) == 1 {
			method = "Truncate"
		}
		// Rounding to a minute or less is taken as no move (ttl.go).
		if !md.known || md.n.Cmp(bigSixtyNs) > 0 {
			mx.known = false
		}
		mx.ovf = mx.ovf || md.ovf
		mx.lim = mx.lim || md.lim
		return texpr{s: x.primary() + "." + method + "(" + d.s + ")", prec: precPrimary}, mx
	case 11:
		x, mx := g.genTime()
		v := g.fresh("t")
		g.stmt("%s := %s", v, x.s)
		return texpr{s: v, prec: precPrimary}, mx
	case 12:
		x, mx := g.genTime()
		switch g.pick(3) {
		case 0:
			// A helper that moves its time argument by its duration
			// argument: not followed (only a constant move is).
			d, md := g.genDur()
			m := addTime(mx, md)
			m.lim = true
			return texpr{s: g.use("addTo") + "(" + x.s + ", " + d.s + ")", prec: precPrimary}, m
		case 1:
			return texpr{s: g.use("identity") + "(" + x.s + ")", prec: precPrimary}, mx
		default:
			d := knownNum(int64(DefaultTTL+time.Hour), false)
			d.ttl = true
			return texpr{s: g.use("later") + "(" + x.s + ")", prec: precPrimary}, addTime(mx, d)
		}
	default:
		// Method expressions: the receiver is the first argument.
		x, mx := g.genTime()
		// The analyzer asks for the call on a value instead.
		mx.lim = true
		if g.pick(2) == 0 {
			return texpr{s: g.t("Time") + ".UTC(" + x.s + ")", prec: precPrimary}, mx
		}
		d, md := g.genDur()
		m := addTime(mx, md)
		m.lim = true
		return texpr{s: g.t("Time") + ".Add(" + x.s + ", " + d.s + ")", prec: precPrimary}, m
	}
}

func addTime(t, d mval) mval {
	r := t
	r.moved = true
	r.known = t.known && d.known
	r.ovf = t.ovf || d.ovf
	r.lim = t.lim || d.lim
	r.ttl = t.ttl || d.ttl
	r.anyRef = t.anyRef || d.anyRef
	r.frac = t.frac || d.frac
	r.nocheck = t.nocheck || d.nocheck
	r.n = new(big.Int).Add(t.n, d.n)
	if !bigFits(r.n) {
		r.ovf = true // the time holds it; the analyzer's int64 doesn't
	}
	return r
}

// unixOf is t.Unix(), relative to the base: the offset truncated to whole
// seconds. (At run time the difference from now.Unix() also depends on
// the sub-second part of now: it may be one second more or less.)
func unixOf(t mval) mval {
	r := t
	r.kind = mUnix
	r.konst = false
	r.n = new(big.Int).Quo(t.n, bigNs)
	if new(big.Int).Rem(t.n, bigNs).Sign() != 0 {
		r.frac = true
	}
	return r
}

// addSecs is u + s or u - s for Unix seconds u.
func addSecs(u mval, op byte, s mval) mval {
	r := u
	r.moved = true
	r.known = u.known && s.known
	r.ovf = u.ovf || s.ovf
	r.lim = u.lim || s.lim
	r.unit = u.unit || s.unit
	r.frac = u.frac || s.frac
	r.ttl = u.ttl || s.ttl
	r.anyRef = u.anyRef || s.anyRef
	r.nocheck = u.nocheck || s.nocheck
	r.n = new(big.Int)
	if op == '+' {
		r.n.Add(u.n, s.n)
	} else {
		r.n.Sub(u.n, s.n)
	}
	// The epoch itself is about 1.8e9: leave room for it.
	if r.n.CmpAbs(big.NewInt(math.MaxInt64-1<<32)) > 0 {
		r.ovf = true
	}
	return r
}

// genUnix generates Unix seconds (an int64).
func (g *exprGen) genUnix() (texpr, mval) {
	g.depth++
	defer func() { g.depth-- }()
	switch g.choose(3, 14) {
	case 0:
		return texpr{s: g.use("now") + ".Unix()", prec: precPrimary}, unixOf(nowVal())
	case 1:
		m := nowVal()
		m.n.SetInt64(int64(DefaultTTL))
		m.moved = true
		return texpr{s: g.use("helperUnix") + "()", prec: precPrimary}, unixOf(m)
	case 2:
		return texpr{s: g.use("computeExpiry") + "()", prec: precPrimary}, runtimeVal(mUnix)
	case 3, 4:
		x, mx := g.genTime()
		return texpr{s: x.primary() + ".Unix()", prec: precPrimary}, unixOf(mx)
	case 5:
		x, mx := g.genTime()
		m := unixOf(mx)
		m.unit = true
		method := []string{"UnixMilli", "UnixMicro", "UnixNano"}[g.pick(3)]
		if g.pick(2) == 0 {
			return texpr{s: x.primary() + "." + method + "()", prec: precPrimary}, m
		}
		return texpr{s: x.primary() + "." + method + "() / 1000", prec: precMul}, m
	case 6, 7:
		x, mx := g.genUnix()
		s, ms := g.genSecs()
		switch k := g.pick(3); {
		case k == 0:
			return texpr{s: x.operand(precAdd, false) + " + " + s.operand(precAdd, true), prec: precAdd}, addSecs(mx, '+', ms)
		case k == 1:
			return texpr{s: s.operand(precAdd, false) + " + " + x.operand(precAdd, true), prec: precAdd}, addSecs(mx, '+', ms)
		default:
			return texpr{s: x.operand(precAdd, false) + " - " + s.operand(precAdd, true), prec: precAdd}, addSecs(mx, '-', ms)
		}
	case 8:
		x, mx := g.genUnix()
		v := g.fresh("e")
		if g.pick(2) == 0 {
			g.stmt("%s := %s", v, x.s)
		} else {
			g.stmt("var %s int64 = %s", v, x.s)
		}
		return texpr{s: v, prec: precPrimary}, mx
	case 9:
		x, mx := g.genUnix()
		s, ms := g.genSecs()
		v := g.fresh("e")
		g.stmt("%s := %s", v, x.s)
		op := byte('+')
		if g.pick(2) == 1 {
			op = '-'
		}
		times, lim, cond := g.update(v, op, s.s)
		m := mx
		for range times {
			m = addSecs(m, op, ms)
		}
		m.lim = m.lim || lim
		m.known = m.known && !(cond && !(ms.known && ms.n.Sign() == 0))
		return texpr{s: v, prec: precPrimary}, m
	case 10:
		x, mx := g.genUnix()
		return texpr{s: "int64(" + x.s + ")", prec: precPrimary}, mx
	case 11:
		if g.pick(2) == 0 {
			x, mx := g.genTime()
			return texpr{s: g.use("unixAfter") + "(" + x.s + ")", prec: precPrimary}, addSecs(unixOf(mx), '+', knownNum(60, false))
		}
		s, ms := g.genSecs()
		return texpr{s: g.use("unixIn") + "(" + s.s + ")", prec: precPrimary}, addSecs(unixOf(nowVal()), '+', ms)
	case 12:
		x, mx := g.genUnix()
		return texpr{s: "(" + x.s + ")", prec: precPrimary}, mx
	default:
		x, mx := g.genTime()
		m := unixOf(mx)
		m.lim = true // a method expression: not followed
		return texpr{s: g.t("Time") + ".Unix(" + x.s + ")", prec: precPrimary}, m
	}
}

func ptrTo(m mval) mval { return mval{kind: mPtr, known: true, elem: &m} }

// genPtr generates an *int64: an ExpiresAt value.
func (g *exprGen) genPtr() (texpr, mval) {
	g.depth++
	defer func() { g.depth-- }()
	switch g.choose(3, 14) {
	case 0:
		m := nowVal()
		m.n.SetInt64(int64(DefaultTTL))
		m.moved, m.ttl = true, true
		return texpr{s: g.use("helperPtr") + "()", prec: precPrimary}, ptrTo(unixOf(m))
	case 1:
		return texpr{s: "nil", prec: precPrimary}, mval{kind: mNil}
	case 2:
		return texpr{s: "new(int64)", prec: precPrimary}, ptrTo(knownNum(0, false))
	case 3, 4:
		x, mx := g.genUnix()
		return texpr{s: g.st("Int64") + "(" + x.s + ")", prec: precPrimary}, ptrTo(mx)
	case 5:
		x, mx := g.genUnix()
		switch g.pick(3) {
		case 0:
			return texpr{s: "new(" + x.s + ")", prec: precPrimary}, ptrTo(mx)
		case 1:
			return texpr{s: g.use("toPtr") + "(" + x.s + ")", prec: precPrimary}, ptrTo(mx)
		default:
			return texpr{s: g.use("int64Ptr") + "(" + x.s + ")", prec: precPrimary}, ptrTo(mx)
		}
	case 6:
		x, mx := g.genUnix()
		v := g.fresh("e")
		g.stmt("%s := %s", v, x.s)
		return texpr{s: "&" + v, prec: precUnary}, ptrTo(mx)
	case 7:
		d, md := g.genDur()
		return texpr{s: g.use("expiryIn") + "(" + d.s + ")", prec: precPrimary}, ptrTo(unixOf(addTime(nowVal(), md)))
	case 8:
		s, ms := g.genSecs()
		return texpr{s: g.use("expiryInSeconds") + "(" + s.s + ")", prec: precPrimary}, ptrTo(addSecs(unixOf(nowVal()), '+', ms))
	case 9:
		x, mx := g.genTime()
		ttl := knownNum(int64(DefaultTTL), true)
		ttl.ttl = true
		return texpr{s: g.use("expiryFrom") + "(" + x.s + ")", prec: precPrimary}, ptrTo(unixOf(addTime(mx, ttl)))
	case 10:
		// time.Duration(n) * 24 * time.Hour, computed at run time.
		n := g.num()
		d := combine('*', mval{kind: mNum, known: true, n: big.NewInt(n)}, mval{kind: mNum, known: true, n: bigDay})
		m := unixOf(addTime(nowVal(), *d))
		return texpr{s: fmt.Sprintf("%s(%d)", g.use("expiryDays"), n), prec: precPrimary}, ptrTo(m)
	case 11:
		d, md := g.genDur()
		half := combine('/', md, knownNum(2, false))
		m := unixOf(addTime(nowVal(), *half))
		m.lim = true // a helper that divides its argument: not followed
		return texpr{s: g.use("expiryHalf") + "(" + d.s + ")", prec: precPrimary}, ptrTo(m)
	case 12:
		x, mx := g.genPtr()
		v := g.fresh("p")
		g.stmt("var %s *int64 = %s", v, x.s)
		return texpr{s: v, prec: precPrimary}, mx
	default:
		if g.pick(2) == 0 {
			n := len(g.stmts)
			x, mx := g.genPtr()
			if len(g.stmts) > n && mx.elem != nil {
				// Inside a function literal every definition of an
				// outer local counts, as if the literal ran later.
				elem := *mx.elem
				elem.lim = true
				mx.elem = &elem
			}
			return texpr{s: "func() *int64 { return " + x.s + " }()", prec: precPrimary}, mx
		}
		s, ms := g.genSecs()
		return texpr{s: g.st("Int64") + "(" + s.s + ")", prec: precPrimary}, ptrTo(ms)
	}
}

// judgePrelude declares what generated expressions may use.
const judgePrelude = `package fuzzcase

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
	clock clock
	cfg   struct{ TTL time.Duration }
}

func helperPtr() *int64                 { return stripe.Int64(time.Now().Add(TTL).Unix()) }
func helperUnix() int64                 { return time.Now().Add(30 * 24 * time.Hour).Unix() }
func helperTime() time.Time             { return time.Now().Add(30 * 24 * time.Hour) }
func helperDur() time.Duration          { return TTL }
func computeExpiry() int64              { return rand.Int63() }
func expiryIn(d time.Duration) *int64   { return stripe.Int64(time.Now().Add(d).Unix()) }
func expiryInSeconds(secs int64) *int64 { return stripe.Int64(time.Now().Unix() + secs) }
func expiryFrom(now time.Time) *int64   { return stripe.Int64(now.Add(TTL).Unix()) }
func expiryHalf(d time.Duration) *int64 { return stripe.Int64(time.Now().Add(d / 2).Unix()) }
func unixIn(secs int64) int64           { return time.Now().Unix() + secs }

func expiryDays(n int) *int64 {
	return stripe.Int64(time.Now().Add(time.Duration(n) * 24 * time.Hour).Unix())
}

func addTo(t time.Time, d time.Duration) time.Time { return t.Add(d) }
func identity(t time.Time) time.Time               { return t }
func later(t time.Time) time.Time                  { return t.Add(TTL + time.Hour) }
func unixAfter(t time.Time) int64                  { return t.Unix() + 60 }
func toPtr[T any](v T) *T                          { return &v }
func int64Ptr(v int64) *int64                      { return &v }
`

// judgeSource is the file for one generated expression.
func judgeSource(g *exprGen, e texpr) string {
	var b strings.Builder
	b.WriteString(judgePrelude)
	b.WriteString("\nfunc fuzzCase(s *svc, now time.Time, ttl time.Duration) {\n")
	for _, st := range g.stmts {
		b.WriteString("\t" + st + "\n")
	}
	fmt.Fprintf(&b, "\t_ = &stripe.CheckoutSessionParams{ExpiresAt: %s}\n}\n", e.s)
	return b.String()
}

// fuzzStats counts inputs that type-check, per target. With
// CHECKOUTEXPIRY_FUZZSTATS=dir each fuzz worker writes its counts there.
type fuzzStats struct {
	name          string
	total, typeOK atomic.Int64
	// hits: FuzzJudgeTTL, verdicts that prove a TTL; FuzzFixes, inputs
	// that got at least one fix.
	hits atomic.Int64
}

var judgeStats, fixStats = &fuzzStats{name: "judge"}, &fuzzStats{name: "fixes"}

func (s *fuzzStats) count(typeOK bool) {
	n := s.total.Add(1)
	if typeOK {
		s.typeOK.Add(1)
	}
	if dir := os.Getenv("CHECKOUTEXPIRY_FUZZSTATS"); dir != "" && n%1000 == 0 {
		line := fmt.Sprintf("%s pid=%d total=%d typechecked=%d hits=%d\n", s.name, os.Getpid(), n, s.typeOK.Load(), s.hits.Load())
		_ = os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s.%d", s.name, os.Getpid())), []byte(line), 0o644)
	}
}

// documentedWhy reports whether an unproven verdict gives one of the
// reasons the evaluator documents for values it could compute but won't.
func documentedWhy(why string) bool {
	for _, r := range []string{"too deeply nested", "out of range", "too many days"} {
		if strings.Contains(why, r) {
			return true
		}
	}
	return false
}

// checkVerdict compares a verdict with the model of the expression and
// returns what is wrong, if anything.
func checkVerdict(vd verdict, m mval) string {
	got := "unverified: " + vd.why
	if vd.proven {
		got = "proven " + fmtDuration(vd.ttl)
	}
	if m.kind == mNil {
		if vd.proven || !vd.isNil {
			return "nil: got " + got
		}
		return ""
	}
	if m.kind != mPtr {
		return fmt.Sprintf("model: top-level kind %d", m.kind)
	}
	u := *m.elem
	if u.nocheck {
		return ""
	}
	if u.kind != mUnix {
		// An epoch, not now plus a TTL.
		if vd.proven {
			return "an epoch: got " + got
		}
		return ""
	}
	if !u.known || u.abs || !u.moved || u.unit || u.months {
		if vd.proven {
			return fmt.Sprintf("no TTL can be proven (known=%v abs=%v moved=%v unit=%v months=%v): got %s", u.known, u.abs, u.moved, u.unit, u.months, got)
		}
		return ""
	}
	want := new(big.Int).Mul(u.n, bigNs)
	// (A TTL of centuries is a finding whatever it derives from.)
	if vd.proven && vd.seconds == 0 && !u.lim && !u.anyRef && vd.usesCon != u.ttl {
		return fmt.Sprintf("derived from TTL: %v, got %v", u.ttl, vd.usesCon)
	}
	if vd.proven {
		// A TTL too long for a Duration is proven in seconds.
		gotNs := big.NewInt(int64(vd.ttl))
		if vd.seconds != 0 {
			gotNs.Mul(big.NewInt(vd.seconds), bigNs)
		}
		diff := new(big.Int).Sub(want, gotNs)
		if diff.Sign() != 0 && !(u.frac && diff.CmpAbs(bigNs) <= 0) {
			return fmt.Sprintf("TTL is %ss: got %s (%ds)", u.n, got, vd.seconds)
		}
		return ""
	}
	if u.lim || u.ovf || !bigFits(want) || documentedWhy(vd.why) {
		return ""
	}
	return fmt.Sprintf("TTL is %s, provably: got %s", fmtDuration(time.Duration(want.Int64())), got)
}

// crossCheckConsts checks the model's constant subexpressions against
// go/types, within fn.
func crossCheckConsts(c *checked, src []byte, fn ast.Node, list []constExpr) string {
	consts := make(map[string]*big.Int)
	for _, c := range list {
		consts[c.text] = c.val
	}
	seen := make(map[string]bool)
	var problem string
	ast.Inspect(fn, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok || problem != "" {
			return problem == ""
		}
		tv, ok := c.info.Types[e]
		if !ok || tv.Value == nil {
			return true
		}
		text := string(src[c.tf.Offset(e.Pos()):c.tf.Offset(e.End())])
		want, ok := consts[text]
		if !ok {
			return true
		}
		seen[text] = true
		if constant.Compare(tv.Value, token.NEQ, constant.Make(want)) {
			problem = fmt.Sprintf("model says %s = %s, go/types says %s", text, want, tv.Value)
		}
		return true
	})
	if problem != "" {
		return problem
	}
	for text := range consts {
		if !seen[text] {
			return fmt.Sprintf("model says %s is a constant; go/types doesn't", text)
		}
	}
	return ""
}

func fuzzCaseDecl(f *ast.File) *ast.FuncDecl {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "fuzzCase" {
			return fd
		}
	}
	return nil
}

// judgeSeeds are the shapes of TestJudgeTTL's cases, as generator choices.
var judgeSeeds = [][]byte{
	// stripe.Int64(time.Now().Add(30 * 24 * time.Hour).Unix())
	{3, 3, 6, 0, 5, 0, 4},
	// stripe.Int64(time.Now().Add(TTL).Unix())
	{3, 3, 6, 0, 1},
	// stripe.Int64(time.Now().UTC().Add(TTL).Unix())
	{3, 3, 6, 9, 0, 0, 1},
	// t := time.Now(); stripe.Int64(t.Add(7 * 24 * time.Hour).Unix())
	{3, 3, 6, 11, 0, 5, 0, 2},
	// stripe.Int64(s.clock.Now().Add(TTL).Unix())
	{3, 3, 6, 2, 1},
	// stripe.Int64(now.Add(24 * time.Hour).Unix())
	{3, 3, 6, 1, 0, 5, 1, 0, 3},
	// stripe.Int64(time.Now().Add(time.Duration(TTLSeconds) * time.Second).Unix())
	{3, 3, 6, 0, 12, 1},
	// stripe.Int64(time.Now().Add(TTL - time.Hour).Unix())
	{3, 3, 6, 0, 7, 1, 0, 5, 0, 1},
	// stripe.Int64(time.Now().Add(TTL).Add(time.Hour).Unix())
	{3, 3, 6, 6, 0, 1, 0, 5, 0},
	// stripe.Int64(time.Now().Add(-time.Hour).Unix())
	{3, 3, 6, 0, 10, 0, 5, 0},
	// stripe.Int64(time.Now().Round(time.Second).Add(TTL).Unix())
	{3, 3, 6, 10, 0, 0, 3, 0, 0, 1},
	// stripe.Int64(time.Now().Unix() + 2592000)
	{3, 6, 3, 0, 0, 0, 11, 0},
	// stripe.Int64(TTLSeconds + time.Now().Unix())
	{3, 6, 3, 0, 1, 1},
	// stripe.Int64(time.Now().Unix() + int64(TTL/time.Second))
	{3, 6, 3, 0, 4, 1, 0},
	// stripe.Int64(time.Now().Unix() + int64(TTL.Seconds()))
	{3, 6, 3, 0, 5, 1, 0},
	// stripe.Int64(time.Now().Add(TTL).Unix() - 3600)
	{3, 6, 3, 6, 0, 1, 0, 0, 8, 2},
	// stripe.Int64(time.Now().AddDate(0, 0, 30).Unix())
	{3, 3, 8, 0, 0, 0, 4},
	// stripe.Int64(time.Now().AddDate(0, 1, 0).Unix())
	{3, 3, 8, 0, 2, 0, 13},
	// new(time.Now().Add(TTL).Unix())
	{5, 3, 6, 0, 1},
	// exp := time.Now().Add(TTL).Unix(); &exp
	{6, 3, 6, 0, 1},
	// exp := time.Now().Unix(); exp += 3600
	{3, 9, 3, 0, 0, 0, 8, 0},
	// helperPtr(), helperUnix(), helperTime(), helperDur()
	{0},
	{3, 1},
	{3, 3, 4},
	{3, 3, 6, 0, 4},
	// expiryIn(7 * 24 * time.Hour), expiryIn(TTL), expiryInSeconds(TTLSeconds), expiryFrom(time.Now())
	{7, 5, 0, 2},
	{7, 1},
	{8, 1},
	{9, 0},
	// func() *int64 { return stripe.Int64(time.Now().Add(TTL).Unix()) }()
	{13, 0, 3, 3, 6, 0, 1},
	// expiryIn(ttl); mutableTTL; s.cfg.TTL
	{7, 3, 0},
	{3, 3, 6, 0, 3, 1},
	{3, 3, 6, 0, 3, 2},
	// nil, stripe.Int64(1767225600), time.Unix(...).Unix(), time.Now().Unix()
	{1},
	{13, 1, 0, 0, 11},
	{3, 3, 3},
	{3, 0},
	// UnixMilli, Truncate(24 * time.Hour), computeExpiry()
	{3, 5, 0, 0, 0},
	{3, 3, 6, 10, 0, 5, 0, 3, 1, 1},
	{3, 2},
	// different values on different paths
	{3, 3, 6, 0, 13, 1, 5, 0, 2},
	// time.Now().Add(TTLSeconds): seconds handed to Add are nanoseconds
	{3, 3, 6, 0, 2, 2},
	// expiryDays, expiryHalf, addTo
	{10, 0, 4},
	{11, 1},
	{3, 3, 12, 0, 1},
}

// FuzzJudgeTTL generates ExpiresAt expressions, type-checks them in
// memory, and holds judge's verdict against the generator's model: it
// must never panic, never prove a TTL the code doesn't have, and prove
// every TTL the model knows, except for the evaluator's documented limits
// (overflow, nesting depth, helpers that divide their argument, values
// that agree across paths).
func FuzzJudgeTTL(f *testing.F) {
	for _, s := range judgeSeeds {
		f.Add(s, int64(30), int64(7), int64(3600))
	}
	f.Add([]byte{3, 3, 6, 0, 0, 2, 2}, int64(math.MaxInt64), int64(math.MinInt64), int64(-1))
	f.Fuzz(func(t *testing.T, prog []byte, a, b, c int64) {
		env := getFuzzEnv(t)
		g := newExprGen(prog, a, b, c)
		e, m := g.genPtr()
		src := judgeSource(g, e)
		ck, err := env.check("fuzzcase", "fuzzcase.go", []byte(src))
		if err != nil {
			t.Fatalf("parse: %v\n%s", err, src)
		}
		defer env.release(ck)
		judgeStats.count(len(ck.errs) == 0)
		if len(ck.errs) > 0 {
			t.Skipf("does not type-check: %v", ck.errs[0])
		}
		fd := fuzzCaseDecl(ck.file)
		if p := crossCheckConsts(ck, []byte(src), fd, g.consts); p != "" {
			t.Fatalf("%s\n%s", p, src)
		}
		noFacts := func(types.Object, analysis.Fact) bool { return false }
		ix := newIndex(ck.info, ck.pkg, inspector.New([]*ast.File{ck.file}), newFactStore(noFacts))
		ev := newEvaluator(ix)
		pol := &policy{cfg: Config{Const: "fuzzcase.TTL"}, ttl: DefaultTTL}
		judged := 0
		for _, kv := range ix.expiryKVs {
			if enclosingDecl(kv) != fd {
				continue
			}
			judged++
			vd := judge(ev, pol, kv.ChildAt(edge.KeyValueExpr_Value, -1))
			if vd.proven {
				judgeStats.hits.Add(1)
			}
			if p := checkVerdict(vd, m); p != "" {
				t.Fatalf("%s\nExpiresAt: %s\n%s", p, e.s, src)
			}
		}
		if judged != 1 {
			t.Fatalf("judged %d ExpiresAt values, want 1", judged)
		}
	})
}

// FuzzFixes: whole files.
//
// fileGen writes a file of one to three functions, each creating a
// Checkout Session in one of the ways the analyzer follows (a literal
// handed to session.New, params in a variable, new, nil, the v85 client,
// client.API, a builder, a struct field, an elided literal in a slice, a
// setter helper), with or without ExpiresAt (an expression from exprGen),
// laid out in various ways, with the file's own names for time and
// stripe-go, and sometimes those names shadowed where a fix must refer to
// them.
type fileGen struct {
	*exprGen
	cfg      Config
	decls    []string
	imports  map[string]bool // "context", "session", "client"
	sessName string
	nfn      int
}

var fixConfigs = []Config{
	{},
	{Const: "fuzzfix.TTL"},
	{Const: "fuzzfix.TTLSeconds"},
	{TTL: 90 * time.Minute, StripeWindow: true},
	{Const: "example.com/config.CheckoutSessionTTL"},
	{Const: "example.com/config.CheckoutSessionTTLSeconds"},
}

// fixDecls are the package-level declarations generated code may use,
// written with {T} and {S} for the file's time and stripe-go qualifiers.
var fixDecls = []struct{ name, deps, text string }{
	{"TTL", "", "const TTL = 30 * 24 * {T}Hour"},
	{"TTLSeconds", "", "const TTLSeconds = 30 * 24 * 3600"},
	{"mutableTTL", "", "var mutableTTL = 30 * 24 * {T}Hour"},
	{"s", "", "type clock interface{ Now() {T}Time }\n\ntype svc struct {\n\tclock clock\n\tcfg   struct{ TTL {T}Duration }\n}"},
	{"helperPtr", "TTL", "func helperPtr() *int64 { return {S}Int64({T}Now().Add(TTL).Unix()) }"},
	{"helperUnix", "", "func helperUnix() int64 { return {T}Now().Add(30 * 24 * {T}Hour).Unix() }"},
	{"helperTime", "", "func helperTime() {T}Time { return {T}Now().Add(30 * 24 * {T}Hour) }"},
	{"helperDur", "TTL", "func helperDur() {T}Duration { return TTL }"},
	{"computeExpiry", "", "func computeExpiry() int64 { return rand.Int63() }"},
	{"expiryIn", "", "func expiryIn(d {T}Duration) *int64 { return {S}Int64({T}Now().Add(d).Unix()) }"},
	{"expiryInSeconds", "", "func expiryInSeconds(secs int64) *int64 { return {S}Int64({T}Now().Unix() + secs) }"},
	{"expiryFrom", "TTL", "func expiryFrom(now {T}Time) *int64 { return {S}Int64(now.Add(TTL).Unix()) }"},
	{"expiryHalf", "", "func expiryHalf(d {T}Duration) *int64 { return {S}Int64({T}Now().Add(d / 2).Unix()) }"},
	{"unixIn", "", "func unixIn(secs int64) int64 { return {T}Now().Unix() + secs }"},
	{"expiryDays", "", "func expiryDays(n int) *int64 {\n\treturn {S}Int64({T}Now().Add({T}Duration(n) * 24 * {T}Hour).Unix())\n}"},
	{"addTo", "", "func addTo(t {T}Time, d {T}Duration) {T}Time { return t.Add(d) }"},
	{"identity", "", "func identity(t {T}Time) {T}Time { return t }"},
	{"later", "TTL", "func later(t {T}Time) {T}Time { return t.Add(TTL + {T}Hour) }"},
	{"unixAfter", "", "func unixAfter(t {T}Time) int64 { return t.Unix() + 60 }"},
	{"toPtr", "", "func toPtr[T any](v T) *T { return &v }"},
	{"int64Ptr", "", "func int64Ptr(v int64) *int64 { return &v }"},
}

func genFixFile(prog []byte, a, b, c int64) ([]byte, Config) {
	g := &fileGen{exprGen: newExprGen(prog, a, b, c), imports: make(map[string]bool)}
	g.cfg = fixConfigs[g.pick(len(fixConfigs))]
	if strings.HasPrefix(g.cfg.Const, "example.com/config.") && g.pick(2) == 1 {
		g.ttlName = "config.CheckoutSessionTTL"
	}
	g.tq = []string{"time.", "time.", "tm.", ""}[g.pick(4)]
	g.sq = []string{"stripe.", "stripe.", "sg.", ""}[g.pick(4)]
	if g.tq == "" && g.sq == "" {
		g.sq = "stripe."
	}
	g.sessName = []string{"session", "session", "checkoutsession"}[g.pick(3)]
	generated := g.pick(16) == 15
	var funcs []string
	for n := 1 + g.pick(3); n > 0; n-- {
		funcs = append(funcs, g.genFunc())
	}
	switch g.cfg.Const {
	case "fuzzfix.TTL":
		g.uses["TTL"] = true
	case "fuzzfix.TTLSeconds":
		g.uses["TTLSeconds"] = true
	}
	var decls []string
	for changed := true; changed; {
		changed = false
		for _, d := range fixDecls {
			if g.uses[d.name] && d.deps != "" && !g.uses[d.deps] {
				g.uses[d.deps], changed = true, true
			}
		}
	}
	for _, d := range fixDecls {
		if !g.uses[d.name] {
			continue
		}
		if strings.Contains(d.text, "{T}") {
			g.uses["time"] = true
		}
		if strings.Contains(d.text, "{S}") {
			g.uses["stripe"] = true
		}
		if strings.Contains(d.text, "rand.") {
			g.uses["rand"] = true
		}
		decls = append(decls, strings.NewReplacer("{T}", g.tq, "{S}", g.sq).Replace(d.text))
	}

	var std, other []string
	if g.uses["time"] {
		std = append(std, map[string]string{"time.": `"time"`, "tm.": `tm "time"`, "": `. "time"`}[g.tq])
	}
	if g.uses["rand"] {
		std = append(std, `"math/rand"`)
	}
	if g.imports["context"] {
		std = append(std, `"context"`)
	}
	if g.uses["stripe"] {
		other = append(other, map[string]string{"stripe.": `"github.com/stripe/stripe-go/v85"`, "sg.": `sg "github.com/stripe/stripe-go/v85"`, "": `. "github.com/stripe/stripe-go/v85"`}[g.sq])
	}
	if g.imports["session"] {
		imp := `"github.com/stripe/stripe-go/v85/checkout/session"`
		if g.sessName != "session" {
			imp = g.sessName + " " + imp
		}
		other = append(other, imp)
	}
	if g.imports["client"] {
		other = append(other, `"github.com/stripe/stripe-go/v85/client"`)
	}
	if g.uses["config"] {
		other = append(other, `"example.com/config"`)
	}

	var src strings.Builder
	if generated {
		src.WriteString("// Code generated by fuzz. DO NOT EDIT.\n\n")
	}
	src.WriteString("package fuzzfix\n\n")
	switch g.pick(3) {
	case 0: // goimports style: std, blank line, the rest
		src.WriteString("import (\n")
		for _, i := range std {
			src.WriteString("\t" + i + "\n")
		}
		if len(std) > 0 && len(other) > 0 {
			src.WriteString("\n")
		}
		for _, i := range other {
			src.WriteString("\t" + i + "\n")
		}
		src.WriteString(")\n\n")
	case 1: // one group
		src.WriteString("import (\n")
		for _, i := range append(std, other...) {
			src.WriteString("\t" + i + "\n")
		}
		src.WriteString(")\n\n")
	default: // one declaration per import
		for _, i := range append(std, other...) {
			src.WriteString("import " + i + "\n")
		}
		src.WriteString("\n")
	}
	for _, d := range append(append(decls, g.decls...), funcs...) {
		src.WriteString(d + "\n\n")
	}
	return []byte(src.String()), g.cfg
}

// genFunc writes one function that creates a session.
func (g *fileGen) genFunc() string {
	g.nfn++
	saved := make(map[string]bool)
	for _, k := range []string{"time", "s", "now", "ttl"} {
		saved[k], g.uses[k] = g.uses[k], false
	}
	g.stmts = nil
	S := g.sq
	sess := func() string {
		g.imports["session"] = true
		return g.sessName
	}
	var tail []string // statements after g.stmts
	var call string   // the creation, for wrapping
	switch g.pick(11) {
	case 0:
		call = sess() + ".New(&" + g.lit(S+"CheckoutSessionParams", true) + ")"
	case 1:
		p := g.fresh("p")
		lit := g.lit(S+"CheckoutSessionParams", true)
		tail = append(tail, p+" := &"+lit)
		if !strings.Contains(lit, "ExpiresAt") && g.pick(2) == 0 {
			x, _ := g.genPtr()
			tail = append(tail, p+".ExpiresAt = "+x.s)
		}
		if S == "stripe." && g.pick(3) == 2 {
			tail = append(tail, `stripe := "shadowed"`, "_ = stripe")
		}
		call = sess() + ".New(" + p + ")"
	case 2:
		p := g.fresh("p")
		g.uses["stripe"] = true
		tail = append(tail, "var "+p+" "+S+"CheckoutSessionParams", p+".Mode = "+S+`String("payment")`)
		if g.pick(2) == 0 {
			x, _ := g.genPtr()
			tail = append(tail, p+".ExpiresAt = "+x.s)
		}
		call = sess() + ".New(&" + p + ")"
	case 3:
		call = sess() + ".New(nil)"
	case 4:
		sc := g.fresh("sc")
		g.imports["context"] = true
		tail = append(tail, sc+" := "+g.st("NewClient")+`("sk_test")`)
		params := "nil"
		if g.pick(4) != 0 {
			params = "&" + g.lit(S+"CheckoutSessionCreateParams", true)
		}
		call = sc + ".V1CheckoutSessions.Create(context.Background(), " + params + ")"
	case 5:
		p := g.fresh("p")
		g.uses["stripe"] = true
		tail = append(tail, p+" := new("+S+"CheckoutSessionParams)")
		if g.pick(2) == 0 {
			tail = append(tail, p+".Mode = "+S+`String("payment")`)
		}
		call = sess() + ".New(" + p + ")"
	case 6:
		p := g.fresh("p")
		g.uses["stripe"] = true
		lits := []string{g.lit("", true), g.lit("", true)}
		tail = append(tail, "for _, "+p+" := range []*"+S+"CheckoutSessionParams{\n\t\t"+lits[0]+",\n\t\t"+lits[1]+",\n\t} {\n\t\t"+sess()+".New("+p+")\n\t}")
	case 7:
		build := fmt.Sprintf("build%d", g.nfn)
		savedStmts := g.stmts
		g.stmts = nil
		lit := g.lit(S+"CheckoutSessionParams", true)
		g.decls = append(g.decls, g.helperDecl(build, "", "*"+S+"CheckoutSessionParams", "return &"+lit))
		g.stmts = savedStmts
		call = sess() + ".New(" + build + "(" + g.helperArgs() + "))"
	case 8:
		typ := fmt.Sprintf("request%d", g.nfn)
		r := g.fresh("r")
		g.decls = append(g.decls, "type "+typ+" struct {\n\tparams *"+S+"CheckoutSessionParams\n\tretry  int\n}")
		tail = append(tail, r+" := "+typ+"{\n\t\tparams: &"+g.lit(S+"CheckoutSessionParams", true)+",\n\t\tretry:  3,\n\t}")
		call = sess() + ".New(" + r + ".params)"
	case 9:
		sc := g.fresh("sc")
		g.imports["client"] = true
		tail = append(tail, sc+" := &client.API{}", sc+`.Init("sk_test", nil)`)
		call = sc + ".CheckoutSessions.New(&" + g.lit(S+"CheckoutSessionParams", true) + ")"
	default:
		set := fmt.Sprintf("setExpiry%d", g.nfn)
		savedStmts := g.stmts
		g.stmts = nil
		x, _ := g.genPtr()
		g.decls = append(g.decls, g.helperDecl(set, "p *"+S+"CheckoutSessionParams", "", "p.ExpiresAt = "+x.s))
		g.stmts = savedStmts
		p := g.fresh("p")
		args := p
		if more := g.helperArgs(); more != "" {
			args += ", " + more
		}
		tail = append(tail, p+" := &"+g.lit(S+"CheckoutSessionParams", false), set+"("+args+")")
		call = sess() + ".New(" + p + ")"
	}
	if call != "" {
		if g.pick(8) == 7 {
			tail = append(tail, []string{"//checkoutexpiry:ignore sent when the customer clicks", "// checkoutexpiry:ignore", "//checkoutexpiry:ignore"}[g.pick(3)])
		}
		switch g.pick(6) {
		case 0, 1:
			tail = append(tail, call)
		case 2:
			tail = append(tail, "if _, err := "+call+"; err != nil {\n\t\treturn\n\t}")
		case 3:
			v, e := g.fresh("sess"), g.fresh("err")
			tail = append(tail, v+", "+e+" := "+call, "_, _ = "+v+", "+e)
		case 4:
			tail = append(tail, "func() {\n\t\t"+call+"\n\t}()")
		default:
			tail = append(tail, "switch n := 1; n {\n\tcase 1:\n\t\t"+call+"\n\t}")
		}
	}
	var head []string
	if !g.uses["time"] && g.tq == "time." && g.pick(4) == 3 {
		head = append(head, `time := "shadowed"`, "_ = time")
	}
	if g.pick(6) == 5 {
		head = append(head, "params := 0", "_ = params")
	}
	var params []string
	if g.uses["s"] {
		params = append(params, "s *svc")
	}
	if g.uses["now"] {
		params = append(params, "now "+g.t("Time"))
	}
	if g.uses["ttl"] {
		params = append(params, "ttl "+g.t("Duration"))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "func f%d(%s) {\n", g.nfn, strings.Join(params, ", "))
	for _, st := range append(append(head, g.stmts...), tail...) {
		b.WriteString("\t" + st + "\n")
	}
	b.WriteString("}")
	for k, v := range saved {
		g.uses[k] = g.uses[k] || v
	}
	return b.String()
}

// helperDecl declares a helper whose body may use the run-time values
// s, now and ttl as parameters; helperArgs passes them.
func (g *fileGen) helperDecl(name, params, result, last string) string {
	var ps []string
	if params != "" {
		ps = append(ps, params)
	}
	if g.uses["s"] {
		ps = append(ps, "s *svc")
	}
	if g.uses["now"] {
		ps = append(ps, "now "+g.t("Time"))
	}
	if g.uses["ttl"] {
		ps = append(ps, "ttl "+g.t("Duration"))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "func %s(%s) %s {\n", name, strings.Join(ps, ", "), result)
	for _, st := range append(g.stmts, last) {
		b.WriteString("\t" + st + "\n")
	}
	b.WriteString("}")
	return b.String()
}

func (g *fileGen) helperArgs() string {
	var args []string
	if g.uses["s"] {
		args = append(args, "nil")
	}
	if g.uses["now"] {
		args = append(args, g.t("Now")+"()")
	}
	if g.uses["ttl"] {
		args = append(args, "0")
	}
	return strings.Join(args, ", ")
}

// lit writes a params literal of type typ ("" for an elided type), with
// ExpiresAt among its fields if expiry and the fuzzer wants it.
func (g *fileGen) lit(typ string, expiry bool) string {
	g.uses["stripe"] = true
	S := g.sq
	fields := []string{
		"Mode: " + S + `String("payment")`,
		"SuccessURL: " + S + `String("https://example.com/ok")`,
		"CustomerEmail: " + S + `String("parent@example.com")`,
		"CancelURL: " + S + `String("https://example.com/cancel")`,
		`Metadata: map[string]string{"order": "42"}`,
	}
	rot := g.pick(len(fields))
	fields = append(fields[rot:], fields[:rot]...)[:g.pick(4)]
	if expiry && g.pick(2) == 0 {
		x, _ := g.genPtr()
		at := g.pick(len(fields) + 1)
		fields = append(fields[:at], append([]string{"ExpiresAt: " + x.s}, fields[at:]...)...)
	}
	switch layout := g.pick(4); {
	case len(fields) == 0 && layout < 2:
		return typ + "{}"
	case len(fields) == 0:
		return typ + "{\n\t}"
	case layout == 0:
		return typ + "{" + strings.Join(fields, ", ") + "}"
	default:
		var b strings.Builder
		b.WriteString(typ + "{")
		if layout == 3 {
			b.WriteString(" // the session\n")
		} else {
			b.WriteString("\n")
		}
		for i, f := range fields {
			if layout == 2 && i == 1 {
				b.WriteString("\t\t// more fields\n")
			}
			b.WriteString("\t\t" + f + ",")
			if layout == 3 && i%2 == 0 {
				fmt.Fprintf(&b, " // note %d", i)
			}
			b.WriteString("\n")
		}
		b.WriteString("\t}")
		return b.String()
	}
}

// fixFuzzAnalyzers are the analyzers FuzzFixes runs, one per configuration.
var fixFuzzAnalyzers sync.Map

func fixAnalyzer(t *testing.T, cfg Config) *analysis.Analyzer {
	if a, ok := fixFuzzAnalyzers.Load(cfg); ok {
		return a.(*analysis.Analyzer)
	}
	a, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	fixFuzzAnalyzers.Store(cfg, a)
	return a
}

// runPass runs a on one type-checked file, as a driver would: facts of
// this package are kept (none come from elsewhere), fixes are validated
// as the checker validates them, and fact exports must be gob-encodable.
func runPass(t *testing.T, env *fuzzEnv, a *analysis.Analyzer, ck *checked, src []byte) []analysis.Diagnostic {
	type factKey struct {
		obj types.Object
		typ reflect.Type
	}
	facts := make(map[factKey]analysis.Fact)
	var diags []analysis.Diagnostic
	name := ck.tf.Name()
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       env.fset,
		Files:      []*ast.File{ck.file},
		Pkg:        ck.pkg,
		TypesInfo:  ck.info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		ResultOf:   map[*analysis.Analyzer]any{},
		ReadFile: func(n string) ([]byte, error) {
			if n != name {
				return nil, fmt.Errorf("ReadFile(%q): not a file of this package", n)
			}
			return src, nil
		},
		Report: func(d analysis.Diagnostic) {
			if err := validateFixes(env.fset, d.SuggestedFixes); err != nil {
				t.Fatalf("%s: invalid fix: %v", d.Message, err)
			}
			diags = append(diags, d)
		},
		ImportObjectFact: func(obj types.Object, f analysis.Fact) bool {
			stored, ok := facts[factKey{obj, reflect.TypeOf(f)}]
			if ok {
				reflect.ValueOf(f).Elem().Set(reflect.ValueOf(stored).Elem())
			}
			return ok
		},
		ExportObjectFact: func(obj types.Object, f analysis.Fact) {
			if obj.Pkg() != ck.pkg {
				t.Fatalf("fact %v exported for %v, of another package", f, obj)
			}
			var b1, b2 bytes.Buffer
			if err := gob.NewEncoder(&b1).Encode(f); err != nil {
				t.Fatalf("fact %T does not encode: %v", f, err)
			}
			if err := gob.NewEncoder(&b2).Encode(f); err != nil || !bytes.Equal(b1.Bytes(), b2.Bytes()) {
				t.Fatalf("fact %T does not encode deterministically", f)
			}
			facts[factKey{obj, reflect.TypeOf(f)}] = f
		},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(f analysis.Fact) { t.Fatalf("unexpected package fact %v", f) },
		AllObjectFacts: func() []analysis.ObjectFact {
			var out []analysis.ObjectFact
			for k, f := range facts {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
			return out
		},
		AllPackageFacts: func() []analysis.PackageFact { return nil },
	}
	if _, err := a.Run(pass); err != nil {
		t.Fatalf("analysis failed: %v", err)
	}
	for _, d := range diags {
		if !d.Pos.IsValid() || env.fset.File(d.Pos) != ck.tf || d.End.IsValid() && d.End < d.Pos {
			t.Fatalf("diagnostic %q at an invalid position", d.Message)
		}
		for _, r := range d.Related {
			if env.fset.File(r.Pos) != ck.tf {
				t.Fatalf("diagnostic %q: related information %q at an invalid position", d.Message, r.Message)
			}
		}
	}
	return diags
}

// validateFixes checks fixes as the go/analysis checker does before it
// accepts a diagnostic (driverutil.ValidateFixes).
func validateFixes(fset *token.FileSet, fixes []analysis.SuggestedFix) error {
	msgs := make(map[string]bool)
	for _, fix := range fixes {
		if msgs[fix.Message] {
			return fmt.Errorf("two fixes with message %q", fix.Message)
		}
		msgs[fix.Message] = true
		edits := slices.Clone(fix.TextEdits)
		slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int {
			return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.End, y.End))
		})
		for i, e := range edits {
			f := fset.File(e.Pos)
			if f == nil {
				return fmt.Errorf("edit %d: no file for Pos", i)
			}
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			if end < e.Pos || end > token.Pos(f.Base()+f.Size()) {
				return fmt.Errorf("edit %d: bad range %d-%d", i, e.Pos, e.End)
			}
			if i > 0 && e.Pos < edits[i-1].End {
				return fmt.Errorf("overlapping edits in fix %q", fix.Message)
			}
		}
	}
	return nil
}

type fixEdit struct {
	start, end int
	text       string
}

// applyFixEdits applies edits to src, merging identical ones and refusing
// overlapping ones (converge_test.go's apply).
func applyFixEdits(src []byte, es []fixEdit) ([]byte, error) {
	slices.SortFunc(es, func(a, b fixEdit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), strings.Compare(a.text, b.text))
	})
	es = slices.CompactFunc(es, func(a, b fixEdit) bool {
		return a.start == b.start && a.end == b.end && a.text == b.text
	})
	var out bytes.Buffer
	last := 0
	for i, e := range es {
		if e.start < last || i > 0 && e.start == es[i-1].start && e.start == e.end && es[i-1].start == es[i-1].end {
			return nil, fmt.Errorf("overlapping edits at offset %d: %q", e.start, e.text)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// conflict returns an edit of fix that conflicts with one of edits: they
// overlap, or insert different text at one offset. Identical edits merge.
func conflict(edits, fix []fixEdit) (fixEdit, fixEdit, bool) {
	for _, e := range fix {
		for _, a := range edits {
			switch {
			case a.start == e.start && a.end == e.end && a.text == e.text:
			case a.start == e.start && a.end == a.start && e.end == e.start:
				return a, e, true
			case e.start < a.end && a.start < e.end:
				return a, e, true
			}
		}
	}
	return fixEdit{}, fixEdit{}, false
}

// inImports reports whether e lies within the file's import
// declarations, or right after its package clause if it has none.
func inImports(ck *checked, e fixEdit) bool {
	end := ck.tf.Offset(ck.file.Name.End())
	for _, d := range ck.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			end = ck.tf.Offset(gd.End())
		}
	}
	return e.end <= end
}

// commentAlignment matches the spaces gofmt puts before a trailing
// comment to align it with its neighbours'.
var commentAlignment = regexp.MustCompile(`(\S)[ \t]+//`)

// gofmtClean reports whether src is as gofmt prints it, up to the
// alignment of trailing comments on lines next to a fix (a documented
// limit: each fix must apply on its own, so it leaves its neighbours'
// comments alone).
func gofmtClean(src []byte) (clean, tolerable bool, err error) {
	formatted, err := format.Source(src)
	if err != nil {
		return false, false, err
	}
	if bytes.Equal(formatted, src) {
		return true, true, nil
	}
	norm := func(b []byte) []string {
		return strings.Split(string(commentAlignment.ReplaceAll(b, []byte("$1 //"))), "\n")
	}
	return false, slices.Equal(norm(formatted), norm(src)), nil
}

// fixSeeds are file shapes, as generator choices: config, time and
// stripe-go names, session import, then the functions.
var fixSeeds = [][]byte{
	// a literal handed to session.New, without ExpiresAt, multi-line
	{0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 1, 0, 0, 0, 0, 0},
	// with -const, a literal with a 7-day ExpiresAt
	{1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 3, 3, 6, 0, 5, 0, 2, 0, 1, 0, 0, 0, 0},
	// params in a variable, ExpiresAt assigned, time imported as tm
	{0, 2, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 3, 6, 3, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0},
	// nil params, in an if statement
	{0, 0, 0, 0, 0, 0, 3, 0, 2, 0, 0, 0},
	// the v85 client, -const in seconds
	{2, 0, 0, 0, 0, 0, 4, 1, 0, 1, 1, 1, 0, 3, 0, 0, 1},
	// new(T), with time shadowed
	{0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 3, 0, 2},
	// elided literals in a slice
	{0, 0, 1, 0, 0, 0, 6, 0, 2, 1, 1, 1, 1, 0, 3, 3, 6, 0, 1, 0, 3, 0, 2},
	// a builder, stripe-go imported as sg
	{0, 0, 2, 0, 0, 0, 7, 0, 1, 1, 0, 0, 0, 0, 0, 0},
	// a struct field, -ttl=90m -stripe-window
	{3, 0, 0, 0, 0, 0, 8, 2, 2, 1, 2, 0, 2, 0, 0, 0},
	// client.API
	{0, 0, 0, 2, 0, 0, 9, 0, 0, 1, 0, 0, 0, 0, 0, 0},
	// a setter helper, with -const
	{1, 0, 0, 0, 0, 0, 10, 3, 3, 6, 0, 5, 0, 1, 0, 1, 0, 0, 0, 0, 0},
	// time dot-imported, UnixMilli
	{0, 3, 0, 0, 0, 0, 0, 0, 1, 0, 3, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0},
	// stripe shadowed before the creation
	{0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 2, 0, 0, 0, 0},
	// two functions
	{0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 2, 0, 0, 0},
	// a multi-line literal with comments, a 7-day ExpiresAt in the middle
	{0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 3, 3, 6, 0, 5, 0, 2, 1, 3, 0, 0, 0, 0},
	// a generated file
	{0, 0, 0, 0, 15, 0, 0, 0, 1, 1, 0},
	// a malformed directive
	{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 7, 1, 0, 0, 0, 0},
}

// FuzzFixes runs the whole analyzer on generated files that type-check,
// applies every suggested fix, and requires the result to parse, be
// gofmt-clean and type-check, round after round, until no fix is left.
func FuzzFixes(f *testing.F) {
	for _, s := range fixSeeds {
		f.Add(s, int64(30), int64(7), int64(3600))
	}
	f.Fuzz(func(t *testing.T, prog []byte, a, b, c int64) {
		env := getFuzzEnv(t)
		raw, cfg := genFixFile(prog, a, b, c)
		src, err := format.Source(raw)
		if err != nil {
			t.Fatalf("generated file does not parse: %v\n%s", err, raw)
		}
		an := fixAnalyzer(t, cfg)
		ck, err := env.check("fuzzfix", env.fileName("fuzzfix"), src)
		if err != nil {
			t.Fatal(err)
		}
		defer env.release(ck)
		fixStats.count(len(ck.errs) == 0)
		if len(ck.errs) > 0 {
			t.Skipf("does not type-check: %v", ck.errs[0])
		}
		// twoStep: the last round deferred a fix (a conflict) or applied
		// one that may need another (UnixMilli to Unix keeps the TTL):
		// otherwise a fix of a missing, ttl or constant finding must leave
		// none behind.
		twoStep := false
		for round := 1; ; round++ {
			diags := runPass(t, env, an, ck, src)
			// Fixes are applied in order, each whole or not at all; one
			// that conflicts with an earlier one waits for the next round,
			// as drivers do. Conflicts are bugs, except known ones.
			var es []fixEdit
			nfix, deferred := 0, false
			for _, d := range diags {
				for _, fix := range d.SuggestedFixes {
					nfix++
					if round > 1 && !twoStep && slices.Contains([]string{"missing", "ttl", "constant"}, d.Category) {
						t.Fatalf("round %d (%+v): the previous round's fixes left %q (%s)\n%s", round, cfg, d.Message, env.fset.Position(d.Pos), src)
					}
					var fes []fixEdit
					for _, e := range fix.TextEdits {
						end := cmp.Or(e.End, e.Pos)
						fes = append(fes, fixEdit{ck.tf.Offset(e.Pos), ck.tf.Offset(end), string(e.NewText)})
					}
					if a, b, ok := conflict(es, fes); ok {
						if inImports(ck, a) && inImports(ck, b) {
							// Different imports added at one point
							// conflict on purpose (see fixer.newFix): the
							// fix waits for the next round, as drivers do.
							deferred = true
							continue
						}
						t.Fatalf("round %d (%+v): the fix %q of %q conflicts with an earlier fix: %+v and %+v\n%s", round, cfg, fix.Message, d.Message, a, b, src)
					}
					es = append(es, fes...)
					if d.Category == "unverified" {
						deferred = true
					}
				}
			}
			if nfix == 0 {
				return
			}
			twoStep = deferred
			if round > 3 {
				t.Fatalf("fixes don't converge after 3 rounds:\n%s", src)
			}
			if round == 1 {
				fixStats.hits.Add(1)
			}
			out, err := applyFixEdits(src, es)
			if err != nil {
				t.Fatalf("round %d (%+v): %v\n%s", round, cfg, err, src)
			}
			clean, aligned, err := gofmtClean(out)
			switch {
			case err != nil:
				t.Fatalf("round %d (%+v): fixed file does not parse: %v\nbefore:\n%s\nafter:\n%s", round, cfg, err, src, out)
			case !aligned:
				formatted, _ := format.Source(out)
				t.Fatalf("round %d (%+v): fixed file is not gofmt-clean:\n%s\nbefore:\n%s\nafter:\n%s", round, cfg, fuzzDiff(out, formatted), src, out)
			case !clean:
				// Only trailing comments lost their alignment: gofmt
				// them, as the documentation says to.
				out, _ = format.Source(out)
			}
			ck2, err := env.check("fuzzfix", env.fileName("fuzzfix"), out)
			if err != nil {
				t.Fatal(err)
			}
			defer env.release(ck2)
			if len(ck2.errs) > 0 {
				t.Fatalf("round %d (%+v): fixed file does not type-check: %v\nbefore:\n%s\nafter:\n%s", round, cfg, ck2.errs, src, out)
			}
			ck, src = ck2, out
		}
	})
}

func fuzzDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	var b strings.Builder
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n  got:  %q\n  want: %q\n", i+1, gl, wl)
		}
	}
	return b.String()
}

// FuzzParseTTL: a -ttl value is accepted exactly when it is a positive Go
// duration (surrounding space aside), in whole seconds if ParseTTL asks
// for them (ExpiresAt counts seconds); what is accepted prints back to
// itself; what is rejected says what to write, and what it suggests is
// accepted. Never a panic.
func FuzzParseTTL(f *testing.F) {
	_, err := ParseTTL("1500ms")
	wholeSeconds := err != nil
	for _, s := range []string{"720h", "30d", " 24h ", "-1h", "0", "0s", "1ns", "90m", "1h30m", "", "abc",
		"9223372036854775807ns", "2562047h47m16.854775807s", "2562047h48m", "1e3h", "+5m", ".5h", "5.h", "１h", "30 d", "1h\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseTTL(s)
		want, perr := time.ParseDuration(strings.TrimSpace(s))
		valid := perr == nil && want > 0 && (!wholeSeconds || want%time.Second == 0)
		if valid != (err == nil) {
			t.Fatalf("ParseTTL(%q) = %v, %v; a positive Go duration: %v", s, d, err, valid)
		}
		var c Config
		setErr := ttlValue{&c}.Set(s)
		if (setErr == nil) != valid {
			t.Fatalf("-ttl=%q: Set returned %v", s, setErr)
		}
		if !valid {
			msg := err.Error()
			if !strings.Contains(msg, strconv.Quote(s)) || !strings.Contains(msg, "write") {
				t.Fatalf("ParseTTL(%q): the error %q should quote the value and say what to write", s, msg)
			}
			if _, eg, ok := strings.Cut(msg, "write e.g. "); ok {
				if _, err := ParseTTL(strings.Fields(eg)[0]); err != nil {
					t.Fatalf("ParseTTL(%q): the error %q suggests a value ParseTTL rejects: %v", s, msg, err)
				}
			}
			if strings.HasSuffix(strings.TrimSpace(s), "d") && perr != nil && !strings.Contains(msg, "30 days is 720h") {
				t.Fatalf("ParseTTL(%q): %q lacks the hint about days", s, msg)
			}
			return
		}
		if d != want || c.TTL != d || c.Validate() != nil {
			t.Fatalf("ParseTTL(%q) = %v, Set: %v, want %v", s, d, c.TTL, want)
		}
		// What the analyzer prints (messages, the flag's default) parses
		// back to the same duration.
		for _, printed := range []string{fmtDuration(d), ttlValue{&c}.String()} {
			if back, err := ParseTTL(printed); err != nil || back != d {
				t.Fatalf("ParseTTL(%q) = %v; fmtDuration gives %q, which parses to %v, %v", s, d, printed, back, err)
			}
		}
	})
}

// validConstSpec is the -const syntax as documented: importpath.Name, the
// import path as Go allows it (non-empty elements, not . or .., graphic
// characters other than space and those the spec lets compilers refuse),
// the name an identifier, exported if exported is set.
func validConstSpec(s string, exported bool) (path, name string, ok bool) {
	i := strings.LastIndex(s, ".")
	if i < 0 {
		return "", "", false
	}
	path, name = s[:i], s[i+1:]
	if !token.IsIdentifier(name) || exported && !token.IsExported(name) || path == "" || !utf8.ValidString(path) {
		return "", "", false
	}
	for _, elem := range strings.Split(path, "/") {
		if elem == "" || elem == "." || elem == ".." {
			return "", "", false
		}
	}
	for _, r := range path {
		if !unicode.IsGraphic(r) || unicode.IsSpace(r) || strings.ContainsRune("!\"#$%&'()*,:;<=>?[\\]^`{|}\uFFFD", r) {
			return "", "", false
		}
	}
	return path, name, true
}

// FuzzParseConst: a -const value is accepted exactly when it is a valid
// importpath.Name (an exported name if ParseConst asks for one: other
// packages must refer to it), and split at the last dot. Never a panic.
func FuzzParseConst(f *testing.F) {
	_, _, err := ParseConst("a.b")
	exported := err != nil
	for _, s := range []string{"example.com/billing/config.CheckoutSessionTTL", "ttlcases.TTL", "TTL", ".TTL", "a.", "a.1x",
		"a/.TTL", "a b.TTL", "a.b.c", "example.com/config.func", "日本.TTL", "a/b.T/c", "a\\b.T", "\"a\".T", "a..T", "/a.T", "a//b.T", "a.ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		path, name, err := ParseConst(s)
		wantPath, wantName, valid := validConstSpec(s, exported)
		switch {
		case valid && err != nil:
			t.Fatalf("ParseConst(%q) rejects a valid value: %v", s, err)
		case valid && (path != wantPath || name != wantName):
			t.Fatalf("ParseConst(%q) = %q, %q; want %q, %q", s, path, name, wantPath, wantName)
		case !valid && err == nil:
			t.Fatalf("ParseConst(%q) = %q, %q, nil; want an error", s, path, name)
		case err != nil && !strings.Contains(err.Error(), "e.g."):
			t.Fatalf("ParseConst(%q): %q should say what to write", s, err)
		case err != nil && utf8.ValidString(s) && !utf8.ValidString(err.Error()):
			t.Fatalf("ParseConst(%q): the error %q is not valid UTF-8", s, err)
		}
		// The flag and Config.Validate agree with ParseConst.
		var c Config
		if setErr := (constValue{&c}).Set(s); (setErr == nil) != (err == nil) || err == nil && c.Const != s {
			t.Fatalf("-const=%q: Set returned %v, ParseConst %v", s, setErr, err)
		}
		if vErr := (Config{Const: s}).Validate(); (vErr == nil) != (err == nil || s == "") {
			t.Fatalf("Config{Const: %q}.Validate() = %v, ParseConst %v", s, vErr, err)
		}
	})
}

// directiveSpec classifies a // comment as docs/directive.md describes
// it: a valid ignore directive (the name, whitespace, a reason), or a
// malformed one (anything else that addresses checkoutexpiry:, with or
// without space after //), or an ordinary comment.
func directiveSpec(text string) (valid, malformed bool) {
	rest, ok := strings.CutPrefix(text, "//")
	if !ok {
		return false, false
	}
	if !strings.HasPrefix(strings.TrimLeftFunc(rest, unicode.IsSpace), directiveTool+":") {
		return false, false
	}
	if args, ok := strings.CutPrefix(rest, directiveTool+":ignore"); ok {
		r, _ := utf8.DecodeRuneInString(args)
		if unicode.IsSpace(r) && strings.TrimSpace(args) != "" {
			return true, false
		}
	}
	return false, true
}

// FuzzDirective: checkDirective classifies every comment as documented,
// never panics, and parseDirectives applies the result to its line and
// the next.
func FuzzDirective(f *testing.F) {
	for _, s := range []string{
		"//checkoutexpiry:ignore minted when the customer clicks",
		"//checkoutexpiry:ignore",
		"//checkoutexpiry:ignore   ",
		"// checkoutexpiry:ignore reason",
		"//checkoutexpiry:ignroe reason",
		"//checkoutexpiry:Ignore reason",
		"//checkoutexpiry: ignore reason",
		"//checkoutexpiry:",
		"//\tcheckoutexpiry:ignore reason",
		"//checkoutexpiry:ignore\treason",
		"//checkoutexpiry:ignore\u00a0reason",
		"//go:generate stringer",
		"// an ordinary comment",
		"/* checkoutexpiry:ignore reason */",
		"/*checkoutexpiry:ignore reason*/",
		"//nolint:checkoutexpiry // reason",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := &ast.Comment{Slash: 100, Text: text}
		valid, bad := checkDirective(c) // any text: no panic
		if valid && bad != nil {
			t.Fatalf("%q: both valid and malformed", text)
		}
		if bad != nil && (bad.pos != c.Slash || bad.end != c.End() || bad.message == "") {
			t.Fatalf("%q: malformed report %+v", text, bad)
		}
		// Only texts the parser could have produced: a // comment is one
		// line, a /* comment ends at its first */.
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\r\n\x00\ufeff") {
			return
		}
		if strings.HasPrefix(text, "//") {
			wantValid, wantBad := directiveSpec(text)
			if valid != wantValid || (bad != nil) != wantBad {
				t.Fatalf("%q: valid=%v malformed=%v; want valid=%v malformed=%v", text, valid, bad != nil, wantValid, wantBad)
			}
		} else if valid || bad != nil {
			if !strings.HasPrefix(text, "/*") {
				return
			}
			t.Fatalf("%q: a block comment is no directive: valid=%v malformed=%v", text, valid, bad != nil)
		}
		if !strings.HasPrefix(text, "//") {
			return
		}
		// In a file: the directive covers its line and the next.
		fset := token.NewFileSet()
		src := "package p\n\n" + text + "\nvar x = 1\n"
		file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
		if err != nil || len(file.Comments) != 1 || len(file.Comments[0].List) != 1 || file.Comments[0].List[0].Text != text {
			return
		}
		dirs, bads := parseDirectives(fset, []*ast.File{file})
		x := file.Decls[0].Pos()
		if dirs.silenced(fset, x) != valid || len(bads) != btoi(bad != nil) {
			t.Fatalf("%q in a file: silences the next line: %v, reports %d; checkDirective says valid=%v malformed=%v", text, dirs.silenced(fset, x), len(bads), valid, bad != nil)
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestFuzzGenerators checks that the generators behind FuzzJudgeTTL and
// FuzzFixes mostly write code that type-checks (inputs that don't are
// skipped, so a generator that rarely type-checks fuzzes nothing), on
// random inputs.
func TestFuzzGenerators(t *testing.T) {
	env := getFuzzEnv(t)
	rng := rand.New(rand.NewPCG(1, 2))
	input := func() ([]byte, int64, int64, int64) {
		prog := make([]byte, rng.IntN(64))
		for i := range prog {
			prog[i] = byte(rng.IntN(256))
		}
		return prog, rng.Int64() >> rng.IntN(64), int64(rng.IntN(1000)), -rng.Int64() >> rng.IntN(64)
	}
	const n = 300
	for _, gen := range []struct {
		name string
		src  func(prog []byte, a, b, c int64) []byte
	}{
		{"FuzzJudgeTTL", func(prog []byte, a, b, c int64) []byte {
			g := newExprGen(prog, a, b, c)
			e, _ := g.genPtr()
			return []byte(judgeSource(g, e))
		}},
		{"FuzzFixes", func(prog []byte, a, b, c int64) []byte {
			src, _ := genFixFile(prog, a, b, c)
			return src
		}},
	} {
		ok := 0
		var firstErr error
		for range n {
			src := gen.src(input())
			ck, err := env.check("fuzzgen", "fuzzgen.go", src)
			if err != nil {
				t.Fatalf("%s: generated file does not parse: %v\n%s", gen.name, err, src)
			}
			if len(ck.errs) == 0 {
				ok++
			} else if firstErr == nil {
				firstErr = ck.errs[0]
			}
			env.release(ck)
		}
		t.Logf("%s: %d of %d generated files type-check", gen.name, ok, n)
		if ok < n*9/10 {
			t.Errorf("%s: only %d of %d generated files type-check; the first error: %v", gen.name, ok, n, firstErr)
		}
	}
}

// Package corpus generates Go code that looks like a payment service, for
// measuring what checkoutexpiry costs: a module (or a GOPATH tree) of N
// packages, most of which don't import stripe-go, and some of which create
// Checkout Sessions in the ways real handlers do, with helpers in other
// packages.
//
// The same generator serves the whole-process measurements (bench/run.sh,
// through bench/cmd/gencorpus) and the analyzer's go test benchmarks
// (analyzer/bench_test.go), so the two measure the same kind of code.
package corpus

import (
	"bytes"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

// Options says what to generate.
type Options struct {
	// Module is the module path, or in a GOPATH tree the import path of
	// the root directory, e.g. "example.com/shop".
	Module string
	// Packages is how many packages to generate besides the shared
	// config and billing packages and the one command.
	Packages int
	// StripeEvery makes one package in StripeEvery import stripe-go and
	// create Checkout Sessions (0 means 10).
	StripeEvery int
	// TestsEvery gives one package in TestsEvery a _test.go file (0 means
	// 3, negative means none).
	TestsEvery int
	// Big, when positive, adds package big with that many functions that
	// each create one Checkout Session, cycling through the patterns the
	// stripe packages use.
	Big int
	// GoMod writes go.mod requiring the real stripe-go at this version
	// (e.g. "v85.0.0"); empty writes no go.mod (a GOPATH tree).
	GoMod string
	// GoVersion is the go directive of go.mod (default "1.24").
	GoVersion string
}

// Stats describes what Generate wrote.
type Stats struct {
	Packages       int // all packages, config, billing and cmd included
	StripePackages int // packages that import stripe-go
	Creations      int // Checkout Session creations in the code
	Files          int
	Lines          int
}

func (s Stats) String() string {
	return fmt.Sprintf("%d packages (%d import stripe-go), %d session creations, %d files, %d lines",
		s.Packages, s.StripePackages, s.Creations, s.Files, s.Lines)
}

var domains = []string{
	"orders", "users", "invoices", "shipping", "catalog", "inventory", "reports",
	"notify", "auth", "search", "audit", "tickets", "teams", "events", "venues",
	"coupons", "refunds", "ledger", "tax", "media",
}

type pkgInfo struct {
	Module     string
	Name       string // package name, e.g. orders0007
	Dir        string // relative to the root, e.g. pkg/orders0007
	Path       string // import path
	Stripe     bool
	Tests      bool
	Deps       []pkgInfo
	Index      int
	Creations  int
	FirstBatch int
}

// Generate writes the corpus into dir, which is the module root (or, for
// a GOPATH tree, $GOPATH/src/<Module>).
func Generate(dir string, o Options) (Stats, error) {
	if o.StripeEvery <= 0 {
		o.StripeEvery = 10
	}
	if o.TestsEvery == 0 {
		o.TestsEvery = 3
	}
	if o.GoVersion == "" {
		o.GoVersion = "1.24"
	}
	g := &gen{dir: dir}
	if o.GoMod != "" {
		g.write("go.mod", fmt.Sprintf("module %s\n\ngo %s\n\nrequire github.com/stripe/stripe-go/v85 %s\n", o.Module, o.GoVersion, o.GoMod), false)
		g.st.Files--
	}
	g.gofile("config/config.go", configTmpl, o)
	g.gofile("billing/billing.go", billingTmpl, o)
	g.st.Packages += 2
	g.st.StripePackages++

	rng := rand.New(rand.NewPCG(1, 2)) // deterministic: same N, same code
	var pkgs []pkgInfo
	var stripePkgs []pkgInfo
	for i := range o.Packages {
		d := domains[i%len(domains)]
		p := pkgInfo{
			Module: o.Module,
			Name:   fmt.Sprintf("%s%04d", d, i),
			Index:  i,
			Stripe: i%o.StripeEvery == o.StripeEvery-1,
			Tests:  o.TestsEvery > 0 && i%o.TestsEvery == 0,
		}
		p.Dir = "pkg/" + p.Name
		p.Path = o.Module + "/" + p.Dir
		// Up to three imports among the previous 40 packages: a layered
		// service, not one long chain.
		if i > 0 {
			seen := map[int]bool{}
			for range 1 + rng.IntN(3) {
				j := i - 1 - rng.IntN(min(i, 40))
				if !seen[j] {
					seen[j] = true
					p.Deps = append(p.Deps, pkgs[j])
				}
			}
		}
		g.gofile(p.Dir+"/model.go", modelTmpl, p)
		g.gofile(p.Dir+"/store.go", storeTmpl, p)
		g.gofile(p.Dir+"/http.go", httpTmpl, p)
		if p.Tests {
			g.gofile(p.Dir+"/store_test.go", testTmpl, p)
		}
		if p.Stripe {
			p.Creations = checkoutCreations
			g.gofile(p.Dir+"/checkout.go", checkoutTmpl, p)
			g.st.Creations += checkoutCreations
			g.st.StripePackages++
			stripePkgs = append(stripePkgs, p)
		}
		pkgs = append(pkgs, p)
		g.st.Packages++
	}
	if o.Big > 0 {
		const perFile = 100
		for first := 0; first < o.Big; first += perFile {
			p := pkgInfo{Module: o.Module, Name: "big", FirstBatch: first, Creations: min(perFile, o.Big-first)}
			g.gofile(fmt.Sprintf("big/big%05d.go", first), bigTmpl, p)
		}
		g.st.Creations += o.Big
		g.st.Packages++
		g.st.StripePackages++
	}
	// The command wires the stripe packages together, as a main does.
	if len(stripePkgs) > 8 {
		stripePkgs = stripePkgs[:8]
	}
	g.gofile("cmd/shop/main.go", mainTmpl, struct {
		Module string
		Deps   []pkgInfo
	}{o.Module, stripePkgs})
	g.st.Packages++
	return g.st, g.err
}

type gen struct {
	dir string
	st  Stats
	err error
}

func (g *gen) gofile(name string, t *template.Template, data any) {
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		g.fail(fmt.Errorf("%s: %v", name, err))
		return
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		g.fail(fmt.Errorf("%s: %v\n%s", name, err, b.Bytes()))
		return
	}
	g.write(name, string(src), true)
}

func (g *gen) write(name, content string, count bool) {
	if g.err != nil {
		return
	}
	path := filepath.Join(g.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		g.fail(err)
		return
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		g.fail(err)
		return
	}
	g.st.Files++
	g.st.Lines += strings.Count(content, "\n")
}

func (g *gen) fail(err error) {
	if g.err == nil {
		g.err = err
	}
}

// checkoutCreations is how many sessions checkoutTmpl creates.
const checkoutCreations = 9

var funcs = template.FuncMap{
	"seq": func(first, n int) []int {
		s := make([]int, n)
		for i := range s {
			s[i] = first + i
		}
		return s
	},
	"mod": func(a, b int) int { return a % b },
}

// tmpl parses a template written with « » as delimiters and ‵ for the
// backquotes of struct tags.
func tmpl(name, text string) *template.Template {
	text = strings.ReplaceAll(text, "‵", "`")
	return template.Must(template.New(name).Delims("«", "»").Funcs(funcs).Parse(text))
}

var configTmpl = tmpl("config", `// Package config holds the service's settings. It does not import stripe-go,
// but its helpers compute Checkout Session expiries.
package config

import (
	"os"
	"time"
)

// CheckoutSessionTTL is how long a Checkout Session link stays payable.
const CheckoutSessionTTL = 30 * 24 * time.Hour

// ExpiryUnix is the ExpiresAt, in Unix seconds, of a session created at now.
func ExpiryUnix(now time.Time) int64 {
	return now.Add(CheckoutSessionTTL).Unix()
}

// SessionDeadline is when a session created at now expires.
func SessionDeadline(now time.Time) time.Time {
	return now.Add(CheckoutSessionTTL)
}

// RequestTimeout bounds outgoing calls.
func RequestTimeout() time.Duration {
	if os.Getenv("SHOP_SLOW") != "" {
		return 30 * time.Second
	}
	return 5 * time.Second
}

// BaseURL is where the shop is served.
func BaseURL() string {
	if u := os.Getenv("SHOP_URL"); u != "" {
		return u
	}
	return "https://shop.example.com"
}
`)

var billingTmpl = tmpl("billing", `// Package billing holds the shop's Stripe policy and the helpers that apply it.
package billing

import (
	"context"
	"time"

	"«.Module»/config"

	"github.com/stripe/stripe-go/v85"
)

// SessionExpiry is the ExpiresAt for a session created at now.
func SessionExpiry(now time.Time) *int64 {
	return stripe.Int64(now.Add(config.CheckoutSessionTTL).Unix())
}

// ApplyExpiry sets the sanctioned ExpiresAt on params.
func ApplyExpiry(p *stripe.CheckoutSessionParams, now time.Time) {
	p.ExpiresAt = SessionExpiry(now)
}

// NewParams starts the params of a one-item payment session; callers
// set ExpiresAt.
func NewParams(price string, qty int64) *stripe.CheckoutSessionParams {
	return &stripe.CheckoutSessionParams{
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: []*stripe.CheckoutSessionLineItemParams{{
			Price:    stripe.String(price),
			Quantity: stripe.Int64(qty),
		}},
		SuccessURL: stripe.String(config.BaseURL() + "/thanks"),
	}
}

// Create creates a session with the client API.
func Create(ctx context.Context, sc *stripe.Client, p *stripe.CheckoutSessionCreateParams) (string, error) {
	s, err := sc.V1CheckoutSessions.Create(ctx, p)
	if err != nil {
		return "", err
	}
	return s.URL, nil
}
`)

var modelTmpl = tmpl("model", `// Package «.Name» is one part of a generated service, for benchmarks.
package «.Name»

import (
	"errors"
	"fmt"
	"strings"
	"time"
«range .Deps»
	"«.Path»"«end»
)

// Record is one stored «.Name» item.
type Record struct {
	ID        string            ‵json:"id"‵
	Owner     string            ‵json:"owner"‵
	Amount    int64             ‵json:"amount"‵
	Currency  string            ‵json:"currency"‵
	Tags      []string          ‵json:"tags,omitempty"‵
	Meta      map[string]string ‵json:"meta,omitempty"‵
	CreatedAt time.Time         ‵json:"created_at"‵
	UpdatedAt time.Time         ‵json:"updated_at"‵
}

// ErrNotFound is returned for unknown IDs.
var ErrNotFound = errors.New("«.Name»: not found")

// ErrInvalid wraps validation failures.
var ErrInvalid = errors.New("«.Name»: invalid record")

// Retention is how long records are kept.
const Retention = «mod .Index 90»*24*time.Hour + time.Hour

// DefaultRetention is how long records are kept unless configured.
func DefaultRetention() time.Duration { return Retention }

// ExpiresAt is when a record created at now is purged.
func ExpiresAt(now time.Time) time.Time { return now.Add(Retention) }

// Deadline is a reply deadline in Unix seconds.
func Deadline(now time.Time) int64 { return now.Add(2 * time.Hour).Unix() }

// Validate checks the record.
func (r Record) Validate() error {
	switch {
	case r.ID == "":
		return fmt.Errorf("%w: empty id", ErrInvalid)
	case r.Owner == "":
		return fmt.Errorf("%w: %s has no owner", ErrInvalid, r.ID)
	case r.Amount < 0:
		return fmt.Errorf("%w: %s has negative amount %d", ErrInvalid, r.ID, r.Amount)
	case len(r.Currency) != 3:
		return fmt.Errorf("%w: %s has currency %q", ErrInvalid, r.ID, r.Currency)
	}
	for _, t := range r.Tags {
		if strings.TrimSpace(t) != t || t == "" {
			return fmt.Errorf("%w: %s has tag %q", ErrInvalid, r.ID, t)
		}
	}
	return nil
}

// Age is how old the record is at now.
func (r Record) Age(now time.Time) time.Duration { return now.Sub(r.CreatedAt) }

// CreatedUnix is the creation time in Unix seconds.
func (r Record) CreatedUnix() int64 { return r.CreatedAt.Unix() }

// Expired reports whether the record is past its retention at now.
func (r Record) Expired(now time.Time, retention time.Duration) bool {
	return r.Age(now) > retention
}

// String describes the record.
func (r Record) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s(%s) %d %s", r.ID, r.Owner, r.Amount, strings.ToUpper(r.Currency))
	if len(r.Tags) > 0 {
		b.WriteString(" [" + strings.Join(r.Tags, ",") + "]")
	}
	return b.String()
}

// Policy combines this package's retention with its dependencies'.
func Policy() time.Duration {
	d := DefaultRetention()«range .Deps»
	d = max(d, «.Name».DefaultRetention())«end»
	return d
}

// Describe summarizes a record for the logs«if .Deps», with its dependencies' view«end».
func Describe(r Record) string {
	parts := []string{r.String()}«range .Deps»
	parts = append(parts, «.Name».Describe(«.Name».Record{ID: r.ID, Owner: r.Owner, Amount: r.Amount, Currency: r.Currency}))
«end»
	return strings.Join(parts, "; ")
}
`)

var storeTmpl = tmpl("store", `package «.Name»

import (
	"context"
	"sort"
	"sync"
	"time"
)

// Store keeps records in memory.
type Store struct {
	mu    sync.RWMutex
	items map[string]Record
	now   func() time.Time
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{items: make(map[string]Record), now: time.Now}
}

// Put validates and stores r.
func (s *Store) Put(ctx context.Context, r Record) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := r.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if old, ok := s.items[r.ID]; ok {
		r.CreatedAt = old.CreatedAt
	} else {
		r.CreatedAt = now
	}
	r.UpdatedAt = now
	s.items[r.ID] = r
	return nil
}

// Get returns the record with the given ID.
func (s *Store) Get(ctx context.Context, id string) (Record, error) {
	if err := ctx.Err(); err != nil {
		return Record{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, ok := s.items[id]
	if !ok {
		return Record{}, ErrNotFound
	}
	return r, nil
}

// List returns the owner's records, oldest first.
func (s *Store) List(owner string) []Record {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Record
	for _, r := range s.items {
		if owner == "" || r.Owner == owner {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].CreatedAt.Equal(out[j].CreatedAt) {
			return out[i].CreatedAt.Before(out[j].CreatedAt)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Purge deletes the records past the policy's retention and returns how
// many it deleted.
func (s *Store) Purge() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	now, keep := s.now(), Policy()
	n := 0
	for id, r := range s.items {
		if r.Expired(now, keep) {
			delete(s.items, id)
			n++
		}
	}
	return n
}

// Totals sums the amounts per currency.
func (s *Store) Totals() map[string]int64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	t := make(map[string]int64)
	for _, r := range s.items {
		t[r.Currency] += r.Amount
	}
	return t
}
`)

var httpTmpl = tmpl("http", `package «.Name»

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
)

// Handler serves the store over HTTP.
type Handler struct {
	Store *Store
	Log   *slog.Logger
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/«.Name»/")
	switch {
	case r.Method == http.MethodGet && id == "":
		h.list(w, r)
	case r.Method == http.MethodGet:
		h.get(w, r, id)
	case r.Method == http.MethodPut:
		h.put(w, r, id)
	default:
		w.Header().Set("Allow", "GET, PUT")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request) {
	recs := h.Store.List(r.URL.Query().Get("owner"))
	if n, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && n >= 0 && n < len(recs) {
		recs = recs[:n]
	}
	writeJSON(w, http.StatusOK, recs)
}

func (h *Handler) get(w http.ResponseWriter, r *http.Request, id string) {
	rec, err := h.Store.Get(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		h.Log.Error("get", "id", id, "err", err)
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func (h *Handler) put(w http.ResponseWriter, r *http.Request, id string) {
	var rec Record
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&rec); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rec.ID = id
	if err := h.Store.Put(r.Context(), rec); err != nil {
		status := http.StatusInternalServerError
		if errors.Is(err, ErrInvalid) {
			status = http.StatusUnprocessableEntity
		}
		http.Error(w, err.Error(), status)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
`)

var testTmpl = tmpl("test", `package «.Name»

import (
	"context"
	"testing"
	"time"
)

func TestPutGet(t *testing.T) {
	s := NewStore()
	ctx := context.Background()
	r := Record{ID: "a", Owner: "o", Amount: 5, Currency: "eur"}
	if err := s.Put(ctx, r); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(ctx, "a")
	if err != nil || got.Amount != 5 {
		t.Fatalf("Get = %v, %v", got, err)
	}
	if _, err := s.Get(ctx, "b"); err != ErrNotFound {
		t.Fatalf("Get(b) err = %v", err)
	}
}

func TestPurge(t *testing.T) {
	s := NewStore()
	now := time.Unix(1700000000, 0)
	s.now = func() time.Time { return now }
	_ = s.Put(context.Background(), Record{ID: "x", Owner: "o", Currency: "usd"})
	now = now.Add(Policy() + time.Second)
	if n := s.Purge(); n != 1 {
		t.Fatalf("Purge = %d", n)
	}
}
`)

// checkoutTmpl creates checkoutCreations sessions, in the ways the
// analyzer must follow: helpers in billing (stripe) and config (no
// stripe), a local builder, params through variables, and both client
// APIs. Some are findings on purpose.
var checkoutTmpl = tmpl("checkout", `package «.Name»

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"«.Module»/billing"
	"«.Module»/config"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

// Checkout creates the Checkout Sessions that pay for «.Name» records.
type Checkout struct {
	Stripe *stripe.Client
	Store  *Store
	Prices map[string]string
	Now    func() time.Time
}

type order struct {
	Product  string ‵json:"product"‵
	Quantity int64  ‵json:"quantity"‵
	Email    string ‵json:"email"‵
}

func decodeOrder(r *http.Request) (order, error) {
	var o order
	err := json.NewDecoder(r.Body).Decode(&o)
	if o.Quantity <= 0 {
		o.Quantity = 1
	}
	return o, err
}

func (c *Checkout) redirect(w http.ResponseWriter, r *http.Request, url string, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, url, http.StatusSeeOther)
}

// Pay uses the package-level API and the billing helper.
func (c *Checkout) Pay(w http.ResponseWriter, r *http.Request) {
	o, err := decodeOrder(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	params := &stripe.CheckoutSessionParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(o.Email),
		LineItems: []*stripe.CheckoutSessionLineItemParams{{
			Price:    stripe.String(c.Prices[o.Product]),
			Quantity: stripe.Int64(o.Quantity),
		}},
		SuccessURL: stripe.String(config.BaseURL() + "/thanks"),
	}
	params.AddMetadata("package", "«.Name»")
	billing.ApplyExpiry(params, c.Now())
	s, err := session.New(params)
	if err != nil {
		c.redirect(w, r, "", err)
		return
	}
	c.redirect(w, r, s.URL, nil)
}

// Subscribe uses the client API with the billing expiry.
func (c *Checkout) Subscribe(w http.ResponseWriter, r *http.Request) {
	o, err := decodeOrder(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s, err := c.Stripe.V1CheckoutSessions.Create(r.Context(), &stripe.CheckoutSessionCreateParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModeSubscription)),
		CustomerEmail: stripe.String(o.Email),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Price:    stripe.String(c.Prices["monthly"]),
			Quantity: stripe.Int64(1),
		}},
		SuccessURL: stripe.String(config.BaseURL() + "/welcome"),
		ExpiresAt:  billing.SessionExpiry(c.Now()),
	})
	if err != nil {
		c.redirect(w, r, "", err)
		return
	}
	c.redirect(w, r, s.URL, nil)
}

// Renew takes the expiry from config, which does not import stripe-go.
func (c *Checkout) Renew(ctx context.Context, email, price string) (string, error) {
	s, err := c.Stripe.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(email),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Price:    stripe.String(price),
			Quantity: stripe.Int64(1),
		}},
		ExpiresAt: stripe.Int64(config.ExpiryUnix(c.Now())),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

// Blast emails links; it forgot ExpiresAt.
func (c *Checkout) Blast(ctx context.Context, emails []string, price string) ([]string, error) {
	var urls []string
	for _, e := range emails {
		s, err := c.Stripe.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
			Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
			CustomerEmail: stripe.String(e),
			LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
				Price:    stripe.String(price),
				Quantity: stripe.Int64(1),
			}},
		})
		if err != nil {
			return urls, err
		}
		urls = append(urls, s.URL)
	}
	return urls, nil
}

// Weekly picked a week by hand.
func (c *Checkout) Weekly(ctx context.Context, price string) (string, error) {
	s, err := c.Stripe.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Price:    stripe.String(price),
			Quantity: stripe.Int64(1),
		}},
		ExpiresAt: stripe.Int64(time.Now().Add(7 * 24 * time.Hour).Unix()),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

// Quick builds params with the billing builder and sets ExpiresAt.
func (c *Checkout) Quick(price string, qty int64) (string, error) {
	p := billing.NewParams(price, qty)
	p.ExpiresAt = stripe.Int64(c.Now().Add(config.CheckoutSessionTTL).Unix())
	s, err := session.New(p)
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

// Legacy builds params with the billing builder and forgets ExpiresAt.
func (c *Checkout) Legacy(price string) (string, error) {
	s, err := session.New(billing.NewParams(price, 1))
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

// params is a local builder that sets the expiry.
func (c *Checkout) params(o order) *stripe.CheckoutSessionParams {
	p := &stripe.CheckoutSessionParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(o.Email),
		LineItems: []*stripe.CheckoutSessionLineItemParams{{
			Price:    stripe.String(c.Prices[o.Product]),
			Quantity: stripe.Int64(o.Quantity),
		}},
	}
	p.ExpiresAt = billing.SessionExpiry(c.Now())
	return p
}

// Gift goes through the local builder.
func (c *Checkout) Gift(w http.ResponseWriter, r *http.Request) {
	o, err := decodeOrder(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s, err := session.New(c.params(o))
	if err != nil {
		c.redirect(w, r, "", err)
		return
	}
	c.redirect(w, r, s.URL, nil)
}

// Donate goes through the billing wrapper without ExpiresAt.
func (c *Checkout) Donate(ctx context.Context, amountPrice string) (string, error) {
	return billing.Create(ctx, c.Stripe, &stripe.CheckoutSessionCreateParams{
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Price:    stripe.String(amountPrice),
			Quantity: stripe.Int64(1),
		}},
		SubmitType: stripe.String("donate"),
	})
}
`)

// bigTmpl writes one file of package big: Creations functions, each
// creating one session in one of five ways.
var bigTmpl = tmpl("big", `«if eq .FirstBatch 0»// Package big creates thousands of Checkout Sessions, for benchmarks.
«end»package big

import (
	"context"
	"time"

	"«.Module»/billing"
	"«.Module»/config"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)
«range seq .FirstBatch .Creations»«$k := mod . 5»
«if eq $k 0»
func Create«.»(ctx context.Context, sc *stripe.Client, email string) (string, error) {
	s, err := sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(email),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{{
			Price:    stripe.String("price_«.»"),
			Quantity: stripe.Int64(1),
		}},
		ExpiresAt: billing.SessionExpiry(time.Now()),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}
«else if eq $k 1»
func Create«.»(email string) (string, error) {
	p := &stripe.CheckoutSessionParams{
		Mode:          stripe.String(string(stripe.CheckoutSessionModePayment)),
		CustomerEmail: stripe.String(email),
	}
	billing.ApplyExpiry(p, time.Now())
	s, err := session.New(p)
	if err != nil {
		return "", err
	}
	return s.URL, nil
}
«else if eq $k 2»
func Create«.»(ctx context.Context, sc *stripe.Client) (string, error) {
	s, err := sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{
		Mode: stripe.String(string(stripe.CheckoutSessionModePayment)),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}
«else if eq $k 3»
func Create«.»() (string, error) {
	p := billing.NewParams("price_«.»", 2)
	p.ExpiresAt = stripe.Int64(config.ExpiryUnix(time.Now()))
	s, err := session.New(p)
	if err != nil {
		return "", err
	}
	return s.URL, nil
}
«else»
func Create«.»(ctx context.Context, sc *stripe.Client) (string, error) {
	ttl := 7 * 24 * time.Hour
	return billing.Create(ctx, sc, &stripe.CheckoutSessionCreateParams{
		Mode:      stripe.String(string(stripe.CheckoutSessionModePayment)),
		ExpiresAt: stripe.Int64(time.Now().Add(ttl).Unix()),
	})
}
«end»«end»`)

var mainTmpl = tmpl("main", `// Command shop serves the generated service.
package main

import (
	"log"
	"net/http"
	"time"

	"«.Module»/config"
«range .Deps»
	"«.Path»"«end»

	"github.com/stripe/stripe-go/v85"
)

func main() {
	sc := stripe.NewClient("sk_test_x")
	_ = sc
	mux := http.NewServeMux()«range .Deps»
	{
		c := &«.Name».Checkout{Stripe: sc, Store: «.Name».NewStore(), Now: time.Now}
		mux.HandleFunc("POST /«.Name»/pay", c.Pay)
		mux.HandleFunc("POST /«.Name»/subscribe", c.Subscribe)
		mux.Handle("/«.Name»/", &«.Name».Handler{Store: c.Store})
	}«end»
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadTimeout: config.RequestTimeout()}
	log.Fatal(srv.ListenAndServe())
}
`)

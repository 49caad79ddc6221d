// Package review serves a folder of sources for review in the browser: the
// reviewer corrects the extracted mentions of each document (or an earlier
// gold file), and every change is saved at once, atomically, as
// NAME.gold.yaml in the gold format that check and train read.
package review

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/fsutil"
	"github.com/pressmine/pressmine/internal/check"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
)

//go:embed app.html.tmpl
var appTemplate string

//go:embed app.js
var appJS string

//go:embed app.css
var appCSS string

// MaxBody is the largest request body accepted, in bytes.
const MaxBody = 1 << 20

// Suggester proposes a document's gold record when it has none yet (the
// extraction with the current model), and says how unsure the model is of
// it (higher: review it sooner).
type Suggester interface {
	Suggest(ctx context.Context, doc *corpus.Document) (*score.Gold, error)
	Uncertainty(ctx context.Context, doc *corpus.Document) float64
	// ReadAmount reads an amount's text alone: its value and currency.
	ReadAmount(text string) (value schema.Number, currency string, ok bool)
}

// Options configure a Server.
type Options struct {
	// Order is "" (the folder's order, documents not yet reviewed first) or
	// "uncertain" (not yet reviewed first, the model's least sure first).
	Order string
}

// Server is the review application over one folder.
type Server struct {
	dir     string
	sug     Suggester
	token   string
	docs    []*corpus.Document
	byID    map[string]int
	order   []int
	mu      sync.Mutex // serialises saves: read the version, compare, write
	app     []byte
	allowed map[string]bool // Host headers accepted (set by Serve)
}

// New reads the documents under dir and prepares the queue.
func New(ctx context.Context, dir string, sug Suggester, opts Options) (*Server, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	s := &Server{dir: abs, sug: sug, byID: map[string]int{}}
	var unsure []float64
	var reviewed []bool
	err = corpus.NewReader(corpus.Options{}).Walk(ctx, []string{abs}, func(doc *corpus.Document, err error) error {
		if err != nil {
			return nil // a source that cannot be read is not reviewed; extract reports it
		}
		if _, dup := s.byID[doc.ID]; dup {
			return nil
		}
		s.byID[doc.ID] = len(s.docs)
		s.docs = append(s.docs, doc)
		done := s.goldPath(doc) != ""
		reviewed = append(reviewed, done)
		u := 0.0
		if opts.Order == "uncertain" && !done {
			u = sug.Uncertainty(ctx, doc)
		}
		unsure = append(unsure, u)
		return ctx.Err()
	})
	if err != nil {
		return nil, err
	}
	if len(s.docs) == 0 {
		return nil, fmt.Errorf("%s: no documents (.txt, .html, .htm or .jsonl) to review", dir)
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	s.token = hex.EncodeToString(b)
	for i := range s.docs {
		s.order = append(s.order, i)
	}
	slices.SortStableFunc(s.order, func(a, b int) int {
		ra, rb := reviewed[a], reviewed[b]
		switch {
		case ra != rb && !ra:
			return -1
		case ra != rb:
			return 1
		case opts.Order == "uncertain" && unsure[a] != unsure[b]:
			if unsure[a] > unsure[b] {
				return -1
			}
			return 1
		}
		return 0
	})
	tmpl, err := template.New("app").Parse(appTemplate)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256([]byte(appJS))
	var page bytes.Buffer
	err = tmpl.Execute(&page, map[string]any{
		"CSP": "default-src 'none'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" +
			base64.StdEncoding.EncodeToString(sum[:]) + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
		"Token": s.token,
		"CSS":   template.CSS(appCSS),
		"JS":    template.JS(appJS),
		"Dir":   abs,
	})
	if err != nil {
		return nil, err
	}
	s.app = page.Bytes()
	return s, nil
}

// Token is the run's secret that every write request must carry (header
// X-Pressmine-Token); the page has it, other sites cannot read it.
func (s *Server) Token() string { return s.token }

// Allow sets the Host headers the server answers to (its own address);
// anything else is refused, so that a page elsewhere cannot reach it by a
// name that resolves to loopback. With none set, every host is accepted
// (tests).
func (s *Server) Allow(hosts ...string) {
	s.allowed = map[string]bool{}
	for _, h := range hosts {
		s.allowed[h] = true
	}
}

// Listen binds addr and returns the listener and the hosts to Allow.
func Listen(addr string) (net.Listener, []string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	a := ln.Addr().(*net.TCPAddr)
	hosts := []string{a.String()}
	if a.IP.IsLoopback() {
		hosts = append(hosts, fmt.Sprintf("localhost:%d", a.Port))
	}
	return ln, hosts, nil
}

// goldPath is the document's gold file when there is one, else "".
func (s *Server) goldPath(doc *corpus.Document) string { return check.Sidecar(doc, ".gold.yaml") }

// goldTarget is where the document's gold file is written: beside the
// source, confined to the folder (no symlink leads out of it).
func (s *Server) goldTarget(doc *corpus.Document) (string, error) {
	base := strings.TrimSuffix(doc.Path, filepath.Ext(doc.Path))
	if strings.HasSuffix(doc.Path, ".jsonl") {
		base = filepath.Join(filepath.Dir(doc.Path), filepath.FromSlash(doc.ID)) // an id may name a sub-folder
	}
	p := base + ".gold.yaml"
	// Inside the folder by name first, then, once the folder a JSONL id
	// names exists, by where its links lead.
	if rel, err := filepath.Rel(s.dir, filepath.Clean(p)); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside %s", p, s.dir)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return "", err
	}
	parent, err := filepath.EvalSymlinks(filepath.Dir(p))
	if err != nil {
		return "", err
	}
	root, err := filepath.EvalSymlinks(s.dir)
	if err != nil {
		return "", err
	}
	if rel, err := filepath.Rel(root, parent); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside %s", p, s.dir)
	}
	if st, err := os.Lstat(p); err == nil && st.Mode()&os.ModeSymlink != 0 {
		return "", fmt.Errorf("%s is a symbolic link", p)
	}
	return filepath.Join(parent, filepath.Base(p)), nil
}

func version(b []byte) string {
	if b == nil {
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// ServeHTTP routes the application's requests.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.allowed != nil && !s.allowed[r.Host] {
		http.Error(w, "unknown host", http.StatusForbidden)
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	switch {
	case r.URL.Path == "/" && r.Method == http.MethodGet:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(s.app)
	case r.URL.Path == "/api/queue" && r.Method == http.MethodGet:
		s.queue(w)
	case r.URL.Path == "/api/doc" && r.Method == http.MethodGet:
		s.getDoc(w, r)
	case r.URL.Path == "/api/doc" && r.Method == http.MethodPut:
		s.putDoc(w, r)
	case r.URL.Path == "/api/amount" && r.Method == http.MethodPost:
		s.readAmount(w, r)
	default:
		http.Error(w, "not found", http.StatusNotFound)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

type queueEntry struct {
	ID       string `json:"id"`
	Reviewed bool   `json:"reviewed"`
}

func (s *Server) queue(w http.ResponseWriter) {
	out := struct {
		Total    int          `json:"total"`
		Reviewed int          `json:"reviewed"`
		Docs     []queueEntry `json:"docs"`
	}{Total: len(s.docs), Docs: []queueEntry{}}
	for _, i := range s.order {
		e := queueEntry{ID: s.docs[i].ID, Reviewed: s.goldPath(s.docs[i]) != ""}
		if e.Reviewed {
			out.Reviewed++
		}
		out.Docs = append(out.Docs, e)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) doc(w http.ResponseWriter, r *http.Request) *corpus.Document {
	i, ok := s.byID[r.URL.Query().Get("id")]
	if !ok {
		http.Error(w, "no such document", http.StatusNotFound)
		return nil
	}
	return s.docs[i]
}

// docState is a document as the page edits it.
type docState struct {
	ID       string `json:"id"`
	Path     string `json:"path"`
	Text     string `json:"text"`
	Version  string `json:"version"`
	Reviewed bool   `json:"reviewed"`
	Gold     Gold   `json:"gold"`
}

func (s *Server) getDoc(w http.ResponseWriter, r *http.Request) {
	doc := s.doc(w, r)
	if doc == nil {
		return
	}
	st := docState{ID: doc.ID, Path: doc.Path, Text: doc.Orig}
	if p := s.goldPath(doc); p != "" {
		b, err := os.ReadFile(p)
		var g *score.Gold
		if err == nil {
			g, err = score.ParseGold(p, b, doc.ID)
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusConflict)
			return
		}
		st.Version, st.Reviewed, st.Gold = version(b), true, fromScore(g)
	} else {
		g, err := s.sug.Suggest(r.Context(), doc)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		st.Gold = fromScore(g)
	}
	writeJSON(w, http.StatusOK, st)
}

// authorised checks the run's token.
func (s *Server) authorised(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("X-Pressmine-Token") != s.token {
		http.Error(w, "missing or wrong token", http.StatusForbidden)
		return false
	}
	return true
}

func readBody(w http.ResponseWriter, r *http.Request, v any) bool {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		} else {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
		return false
	}
	return true
}

func (s *Server) putDoc(w http.ResponseWriter, r *http.Request) {
	if !s.authorised(w, r) {
		return
	}
	doc := s.doc(w, r)
	if doc == nil {
		return
	}
	var req struct {
		Version string `json:"version"`
		Gold    Gold   `json:"gold"`
	}
	if !readBody(w, r, &req) {
		return
	}
	g, err := req.Gold.toScore(doc, s.sug)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	out, err := marshalGold(g)
	if err == nil {
		_, err = score.ParseGold(doc.ID+".gold.yaml", out, doc.ID) // what check and train will read
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	target, err := s.goldTarget(doc)
	if err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var cur []byte
	if b, err := os.ReadFile(target); err == nil {
		cur = b
	}
	if v := version(cur); v != req.Version {
		http.Error(w, fmt.Sprintf("the document was saved elsewhere since this page read it (version %s, the page has %s): reload it", v, req.Version), http.StatusConflict)
		return
	}
	if err := fsutil.Write(target, out); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"version": version(out)})
}

func (s *Server) readAmount(w http.ResponseWriter, r *http.Request) {
	if !s.authorised(w, r) {
		return
	}
	var req struct {
		Text string `json:"text"`
	}
	if !readBody(w, r, &req) {
		return
	}
	v, cur, ok := s.sug.ReadAmount(req.Text)
	if !ok {
		http.Error(w, fmt.Sprintf("%q is not a sum of money", req.Text), http.StatusUnprocessableEntity)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"value": string(v), "currency": cur})
}

// Gold is a gold record as the page edits it.
type Gold struct {
	Projects   []Entity `json:"projects"`
	Institutes []Entity `json:"institutes"`
	Industries []Entity `json:"industries"`
	Amounts    []Amount `json:"amounts"`
}

// Entity is a named entity: its attributes, and whether it is optional.
type Entity struct {
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Kind       string   `json:"kind,omitempty"`       // institutes
	Industry   string   `json:"industry,omitempty"`   // projects
	Investment string   `json:"investment,omitempty"` // projects: an amount's text
	Optional   bool     `json:"optional,omitempty"`
}

// Amount is a sum of money.
type Amount struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Currency string `json:"currency"`
	Max      string `json:"max,omitempty"`
	Approx   bool   `json:"approx"`
	Role     string `json:"role"`
}

func fromScore(g *score.Gold) Gold {
	out := Gold{Projects: []Entity{}, Institutes: []Entity{}, Industries: []Entity{}, Amounts: []Amount{}}
	byValue := map[string]string{}
	for _, a := range g.Amounts {
		ga := Amount{Text: a.Text, Value: string(a.Value), Currency: a.Currency, Approx: a.Approx, Role: a.Role}
		if a.Max != nil {
			ga.Max = string(*a.Max)
		}
		out.Amounts = append(out.Amounts, ga)
		if _, ok := byValue[string(a.Value)+a.Currency]; !ok {
			byValue[string(a.Value)+a.Currency] = a.Text
		}
	}
	aliases := func(a []string) []string {
		if a == nil {
			return []string{}
		}
		return a
	}
	for _, p := range g.Projects {
		e := Entity{Name: p.Name, Aliases: aliases(p.Aliases), Industry: p.Industry}
		if p.Investment != nil {
			e.Investment = byValue[string(p.Investment.Value)+p.Investment.Currency]
		}
		out.Projects = append(out.Projects, e)
	}
	for _, e := range g.Institutes {
		out.Institutes = append(out.Institutes, Entity{Name: e.Name, Aliases: aliases(e.Aliases), Kind: e.Kind})
	}
	for _, e := range g.Industries {
		out.Industries = append(out.Industries, Entity{Name: e.Name, Aliases: aliases(e.Aliases)})
	}
	for _, n := range g.Optional.Projects {
		out.Projects = append(out.Projects, Entity{Name: n, Aliases: []string{}, Optional: true})
	}
	for _, n := range g.Optional.Institutes {
		out.Institutes = append(out.Institutes, Entity{Name: n, Aliases: []string{}, Optional: true})
	}
	for _, n := range g.Optional.Industries {
		out.Industries = append(out.Industries, Entity{Name: n, Aliases: []string{}, Optional: true})
	}
	return out
}

// toScore checks the page's record against the text (every name and
// amount text is copied from it) and makes it a gold record.
func (g Gold) toScore(doc *corpus.Document, sug Suggester) (*score.Gold, error) {
	out := &score.Gold{ID: doc.ID}
	// A name is written in the text, maybe across a line break: names
	// are compared without white space, as the gold rules compare them.
	flat := squeeze(doc.Orig)
	inText := func(what, s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s: an empty name", what)
		}
		if !strings.Contains(flat, squeeze(s)) {
			return fmt.Errorf("%s %q is not in the text", what, s)
		}
		return nil
	}
	amountOf := map[string]*schema.Investment{}
	for _, a := range g.Amounts {
		if err := inText("amount", a.Text); err != nil {
			return nil, err
		}
		v, cur := a.Value, a.Currency
		if v == "" || cur == "" {
			n, c, ok := sug.ReadAmount(a.Text)
			if !ok {
				return nil, fmt.Errorf("amount %q: not a sum of money; give its value and currency", a.Text)
			}
			v, cur = string(n), c
		}
		val, err := number(v)
		if err != nil {
			return nil, fmt.Errorf("amount %q: %v", a.Text, err)
		}
		ga := score.GoldAmount{Text: a.Text, Value: val, Currency: cur, Approx: a.Approx, Role: a.Role}
		if a.Max != "" {
			m, err := number(a.Max)
			if err != nil {
				return nil, fmt.Errorf("amount %q: max: %v", a.Text, err)
			}
			ga.Max = &m
		}
		out.Amounts = append(out.Amounts, ga)
		if _, ok := amountOf[a.Text]; !ok {
			amountOf[a.Text] = &schema.Investment{Value: val, Currency: cur}
		}
	}
	for _, e := range g.Projects {
		if err := inText("project", e.Name); err != nil {
			return nil, err
		}
		if e.Optional {
			out.Optional.Projects = append(out.Optional.Projects, e.Name)
			continue
		}
		p := score.GoldProject{Name: e.Name, Aliases: e.Aliases, Industry: e.Industry}
		if e.Investment != "" {
			inv, ok := amountOf[e.Investment]
			if !ok {
				return nil, fmt.Errorf("project %q: its investment %q is not one of the amounts", e.Name, e.Investment)
			}
			p.Investment = inv
		}
		out.Projects = append(out.Projects, p)
	}
	for _, c := range []struct {
		what string
		es   []Entity
		dst  *[]score.GoldEntity
		opt  *[]string
	}{{"institute", g.Institutes, &out.Institutes, &out.Optional.Institutes}, {"industry", g.Industries, &out.Industries, &out.Optional.Industries}} {
		for _, e := range c.es {
			if err := inText(c.what, e.Name); err != nil {
				return nil, err
			}
			if e.Optional {
				*c.opt = append(*c.opt, e.Name)
				continue
			}
			*c.dst = append(*c.dst, score.GoldEntity{Name: e.Name, Aliases: e.Aliases, Kind: e.Kind})
		}
	}
	return out, nil
}

func number(s string) (schema.Number, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok {
		return "", fmt.Errorf("%q is not a number", s)
	}
	return schema.NewNumber(r)
}

// marshalGold writes g in the gold format (score.Gold leaves empty fields
// out).
func marshalGold(g *score.Gold) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# Reviewed with pressmine review; the gold format of check and train.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(g); err != nil {
		return nil, err
	}
	return b.Bytes(), enc.Close()
}

// squeeze removes white space.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

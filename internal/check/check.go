package check

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
)

// Extractor makes a fresh record for a document (the pipeline's Engine).
type Extractor interface {
	Record(ctx context.Context, doc *corpus.Document) (*schema.Record, error)
}

// Levels of findings.
const (
	LevelError   = "error"
	LevelWarning = "warning"
)

// Finding is one problem, at a place in a file.
type Finding struct {
	Doc string `json:"doc,omitempty"`
	diag.Position
	Level string `json:"level"`
	// Rule names the check: read, extract, schema, span, value, duplicate,
	// yaml, drift, FP, FN, DUP, WRONG, gate.
	Rule string `json:"rule"`
	Msg  string `json:"message"`
}

func (f Finding) String() string {
	return fmt.Sprintf("%s%s: %s: %s", f.Position.Prefix(), f.Level, f.Rule, f.Msg)
}

// Gate is one minimum the run must reach.
type Gate struct {
	Name  string  `json:"name"` // a category (projects) or an attribute (project.industry)
	Kind  string  `json:"kind"` // f1 or accuracy
	Value float64 `json:"value"`
	Min   float64 `json:"min"`
	Pass  bool    `json:"pass"`
}

// DocResult is what was found for one document.
type DocResult struct {
	ID       string    `json:"id"`
	Path     string    `json:"path"`
	Gold     string    `json:"gold,omitempty"`
	Record   string    `json:"record,omitempty"`
	Findings []Finding `json:"findings"`
}

// Result is a whole check run.
type Result struct {
	Docs   []DocResult   `json:"documents"`
	Report *score.Report `json:"-"`
	Scored int           `json:"scored"` // documents with an expected record
	Gates  []Gate        `json:"gates"`
	Errors int           `json:"errors"`
	Warns  int           `json:"warnings"`
	FailOn string        `json:"fail_on"`

	goldErr error // the first gold file that could not be read as one
}

// Failed reports whether the run fails: a gate is not reached, or a
// finding at the failing level.
func (r *Result) Failed() bool {
	for _, g := range r.Gates {
		if !g.Pass {
			return true
		}
	}
	return r.Errors > 0 || (r.FailOn == "warnings" && r.Warns > 0)
}

// Options of a run.
type Options struct {
	Paths     []string // folders or files of sources; none means the sample corpus
	Config    *Config
	Extractor Extractor
	Validator *schema.Validator
}

// ErrRuntime wraps failures that are not findings: an input that cannot
// be read at all. The caller exits 2.
var ErrRuntime = errors.New("cannot check")

// Run checks every source document found under opts.Paths.
func Run(ctx context.Context, opts Options) (*Result, error) {
	cfg := opts.Config
	if cfg == nil {
		cfg = &Config{}
	}
	res := &Result{Report: score.NewReport(), FailOn: cfg.FailOn}
	if res.FailOn == "" {
		res.FailOn = "errors"
	}
	ids := map[string]string{}
	var runtimeErr error
	included := 0 // documents the include and exclude globs let through
	visit := func(root string) corpus.Func {
		return func(doc *corpus.Document, err error) error {
			if err != nil {
				var ce *corpus.Error
				if errors.As(err, &ce) && (errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission)) {
					runtimeErr = fmt.Errorf("%w: %v", ErrRuntime, err)
					return nil
				}
				f := Finding{Level: LevelError, Rule: "read", Msg: err.Error()}
				if errors.As(err, &ce) {
					f.Path, f.Line, f.Col, f.Doc = ce.Path, ce.Line, ce.Col, ce.ID
					f.Msg = ce.Err.Error()
				}
				res.Docs = append(res.Docs, DocResult{ID: f.Doc, Path: f.Path, Findings: []Finding{f}})
				return nil
			}
			rel, _ := filepath.Rel(root, doc.Path)
			if root != "" && !cfg.included(rel) {
				return nil
			}
			included++
			res.Docs = append(res.Docs, checkDoc(ctx, opts, cfg, doc, ids, res))
			return ctx.Err()
		}
	}
	r := corpus.NewReader(corpus.Options{})
	paths := opts.Paths
	if len(paths) == 0 {
		paths = cfg.Paths
	}
	if len(paths) == 0 {
		if err := r.WalkSample(ctx, visit("")); err != nil {
			return nil, err
		}
	}
	for _, p := range paths {
		root := p
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			root = filepath.Dir(p)
		}
		if err := r.Walk(ctx, []string{p}, visit(root)); err != nil {
			return nil, err
		}
	}
	if runtimeErr != nil {
		return res, runtimeErr
	}
	if res.goldErr != nil {
		return res, res.goldErr
	}
	if len(cfg.Include) > 0 && included == 0 {
		return res, fmt.Errorf("%w: include %v matches no document under %v", ErrRuntime, cfg.Include, paths)
	}
	res.Gates = gates(cfg, res)
	for _, d := range res.Docs {
		for _, f := range d.Findings {
			if f.Level == LevelError {
				res.Errors++
			} else {
				res.Warns++
			}
		}
	}
	return res, nil
}

func gates(cfg *Config, res *Result) []Gate {
	var gs []Gate
	add := func(kind string, mins map[string]float64, value func(string) float64) {
		names := make([]string, 0, len(mins))
		for k := range mins {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			v := value(k)
			gs = append(gs, Gate{Name: k, Kind: kind, Value: v, Min: mins[k], Pass: res.Scored == 0 || v >= mins[k]})
		}
	}
	add("f1", cfg.MinF1, func(k string) float64 { return res.Report.Counts[k].F1() })
	add("accuracy", cfg.MinAccuracy, func(k string) float64 { return res.Report.Attrs[k].Value() })
	return gs
}

// Sidecar finds a file beside the source: NAME.gold.yaml, NAME.yaml.
func Sidecar(doc *corpus.Document, suffix string) string {
	if doc.Path == "" || strings.HasPrefix(doc.Path, corpus.SamplePrefix) || doc.Path == "-" {
		return ""
	}
	base := strings.TrimSuffix(doc.Path, filepath.Ext(doc.Path))
	if strings.HasSuffix(doc.Path, ".jsonl") {
		base = filepath.Join(filepath.Dir(doc.Path), doc.ID)
	}
	p := base + suffix
	if _, err := os.Stat(p); err == nil {
		return p
	}
	return ""
}

func checkDoc(ctx context.Context, opts Options, cfg *Config, doc *corpus.Document, ids map[string]string, res *Result) DocResult {
	dr := DocResult{ID: doc.ID, Path: doc.Path, Findings: []Finding{}}
	add := func(f Finding) {
		f.Doc = doc.ID
		dr.Findings = append(dr.Findings, f)
	}
	fresh, err := opts.Extractor.Record(ctx, doc)
	if err != nil {
		add(Finding{Position: diag.Position{Path: doc.Path, Line: doc.Line, Col: 1}, Level: LevelError, Rule: "extract", Msg: err.Error()})
	}

	// The committed record: validated, and compared with a fresh one.
	recPath := ""
	if cfg.Records != "" {
		if p := filepath.Join(cfg.Records, filepath.FromSlash(doc.ID)+".yaml"); fileExists(p) {
			recPath = p
		}
	} else {
		recPath = Sidecar(doc, ".yaml")
	}
	if recPath != "" {
		dr.Record = recPath
		committed := checkRecordFile(recPath, doc, opts.Validator, ids, add)
		if committed != nil && fresh != nil && cfg.DriftOn() {
			drift(committed, fresh, doc, add)
		}
	}

	// The expected record: the fresh extraction is scored against it.
	if gp := Sidecar(doc, ".gold.yaml"); gp != "" && fresh != nil {
		dr.Gold = gp
		b, err := os.ReadFile(gp)
		var g *score.Gold
		if err == nil {
			g, err = score.ParseGold(gp, b, doc.ID)
		}
		if err != nil {
			// A gold file that is not one is a usage error (exit 2), like
			// a bad config: scoring against it would say nothing.
			if res.goldErr == nil {
				res.goldErr = fmt.Errorf("%w: %v", ErrRuntime, err)
			}
			return dr
		}
		res.Scored++
		one := score.NewReport()
		one.Add(g, fresh)
		res.Report.Add(g, fresh)
		for _, m := range one.Misses {
			add(missFinding(m, gp, string(b), doc, fresh))
		}
	}
	return dr
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// checkRecordFile validates a committed record file against the source.
func checkRecordFile(p string, doc *corpus.Document, v *schema.Validator, ids map[string]string, add func(Finding)) *schema.Record {
	f, err := os.Open(p)
	if err != nil {
		add(Finding{Position: diag.Position{Path: p}, Level: LevelError, Rule: "read", Msg: err.Error()})
		return nil
	}
	defer f.Close()
	decoded, issues := schema.Decode(p, f)
	for _, is := range issues {
		add(Finding{Position: diag.Position{Path: p, Line: is.Line, Col: is.Col}, Level: LevelError, Rule: is.Rule, Msg: is.Msg})
	}
	if len(decoded) != 1 {
		if len(decoded) > 1 {
			add(Finding{Position: diag.Position{Path: p, Line: 1, Col: 1}, Level: LevelError, Rule: "yaml", Msg: fmt.Sprintf("%d records in one file; want one", len(decoded))})
		}
		return nil
	}
	d := decoded[0]
	issues = v.CheckRaw(d.Record, d.Raw, &doc.Orig)
	if d.Record.Source.SHA256 != doc.SHA256 {
		issues = append(issues, schema.Issue{Pointer: "/source/sha256", Rule: "source", Msg: fmt.Sprintf("the source file's digest is %s: it changed since the record was made", doc.SHA256)})
	}
	if d.Record.Source.Encoding != doc.Encoding {
		issues = append(issues, schema.Issue{Pointer: "/source/encoding", Rule: "source", Msg: fmt.Sprintf("the source file is %s, the record says %s", doc.Encoding, d.Record.Source.Encoding)})
	}
	for _, is := range issues {
		line, col := schema.Position(d.Node, is.Pointer)
		msg := is.Msg
		if is.Pointer != "" {
			msg = is.Pointer + ": " + msg
		}
		add(Finding{Position: diag.Position{Path: p, Line: line, Col: col}, Level: LevelError, Rule: is.Rule, Msg: msg})
	}
	if first, ok := ids[d.Record.ID]; ok {
		line, col := schema.Position(d.Node, "/id")
		add(Finding{Position: diag.Position{Path: p, Line: line, Col: col}, Level: LevelError, Rule: "duplicate", Msg: fmt.Sprintf("id %q is also in %s", d.Record.ID, first)})
	} else {
		ids[d.Record.ID] = p
	}
	if d.Record.ID != doc.ID {
		line, col := schema.Position(d.Node, "/id")
		add(Finding{Position: diag.Position{Path: p, Line: line, Col: col}, Level: LevelError, Rule: "value", Msg: fmt.Sprintf("id %q, but the source's id is %q", d.Record.ID, doc.ID)})
	}
	return d.Record
}

// missFinding places a scoring miss: a false positive at the predicted
// mention in the source, a false negative at the expected entry in the
// gold file, a wrong attribute at the mention.
func missFinding(m score.Miss, goldPath, goldText string, doc *corpus.Document, fresh *schema.Record) Finding {
	f := Finding{Level: LevelWarning, Rule: m.Kind, Msg: fmt.Sprintf("%s %q", m.Category, m.Name)}
	switch m.Kind {
	case "FP", "DUP":
		f.Msg = fmt.Sprintf("%s: %q is not expected", m.Category, m.Name)
		if m.Kind == "DUP" {
			f.Msg = fmt.Sprintf("%s: %q names an expected entity already found", m.Category, m.Name)
		}
	case "FN":
		f.Msg = fmt.Sprintf("%s: %q is expected but not found", m.Category, m.Name)
		f.Path = goldPath
		f.Line, f.Col = textPos(goldText, m.Name)
		return f
	case "WRONG":
		f.Msg = fmt.Sprintf("%s of %q: %s", m.Category, m.Name, m.Detail)
	}
	f.Path = doc.Path
	if s, ok := spanAt(fresh, m.Pointer); ok {
		p := doc.Position(s[0])
		f.Line, f.Col = p.Line, p.Col
	} else {
		f.Line, f.Col = doc.Line, 1
	}
	return f
}

// textPos finds the 1-based line and column (code points) of s in text.
func textPos(text, s string) (int, int) {
	i := strings.Index(text, s)
	if i < 0 {
		return 1, 1
	}
	line := 1 + strings.Count(text[:i], "\n")
	start := strings.LastIndexByte(text[:i], '\n') + 1
	return line, utf8.RuneCountInString(text[start:i]) + 1
}

// spanAt returns the first span of the entity a pointer names
// (/projects/3, /amounts/2/value …).
func spanAt(r *schema.Record, ptr string) (schema.Span, bool) {
	parts := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	if len(parts) < 2 {
		return schema.Span{}, false
	}
	var i int
	if _, err := fmt.Sscan(parts[1], &i); err != nil || i < 0 {
		return schema.Span{}, false
	}
	return r.FirstSpan(parts[0], i)
}

package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/pressmine/pressmine/diag"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed record.schema.json
var schemaJSON []byte

// JSONSchema returns the record v1 JSON Schema (Draft 2020-12).
func JSONSchema() []byte { return bytes.Clone(schemaJSON) }

// Issue is one problem with a record.
type Issue struct {
	// Position is the place in the record file, if any (1-based, when
	// known).
	diag.Position
	// Pointer is the JSON pointer of the offending value in the record
	// (/amounts/2/value).
	Pointer string
	Rule    string // "schema", "span", "value", "duplicate", "yaml"
	Msg     string
}

func (i Issue) Error() string {
	var b strings.Builder
	b.WriteString(i.Position.Prefix())
	b.WriteString(i.Rule)
	b.WriteString(": ")
	if i.Pointer != "" {
		b.WriteString(i.Pointer)
		b.WriteString(": ")
	}
	b.WriteString(i.Msg)
	return b.String()
}

// Reparser reads an amount's text again, so that a record's value can be
// checked against what it says. It returns ok=false when it cannot read
// the text as one sum, and currency "" when the text names the local
// dollar (a bare 元), whose currency only the whole document tells.
type Reparser func(text string) (value, max *big.Rat, currency string, ok bool)

// Validator checks records against the JSON Schema and the semantic rules.
// It is safe for concurrent use.
type Validator struct {
	sch     *jsonschema.Schema
	typed   *typedRules
	reparse Reparser
	printer *message.Printer
}

// NewValidator compiles the embedded schema. reparse may be nil, which
// skips the check that values agree with their text.
func NewValidator(reparse Reparser) (*Validator, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	const url = "https://pressmine.example/schema/record-v1.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	typed, err := newTypedRules(schemaJSON)
	if err != nil {
		return nil, err
	}
	return &Validator{sch: sch, typed: typed, reparse: reparse, printer: message.NewPrinter(language.English)}, nil
}

// Check validates a record. orig is the source's original text, or nil
// when the source is not at hand (then spans are checked only against
// source.chars). It returns the issues sorted by pointer; none means valid.
func (v *Validator) Check(rec *Record, orig *string) []Issue {
	return v.CheckRaw(rec, rec.instance(), orig)
}

// CheckRaw is Check for a record read from a file: the schema judges raw,
// what the file says (Decoded.Raw), and the semantic checks the record.
func (v *Validator) CheckRaw(rec *Record, raw any, orig *string) []Issue {
	var issues []Issue
	issues = append(issues, v.SchemaIssues(raw)...)
	issues = append(issues, v.semantic(rec, indexText(orig))...)
	sort.SliceStable(issues, func(i, j int) bool { return issues[i].Pointer < issues[j].Pointer })
	return issues
}

// CheckBuilt validates a record this process built from Go values (what
// extract does before writing it): the schema's constraints are checked on
// the values directly rather than by the JSON Schema library, then the
// semantic rules as in Check. It finds exactly what Check finds on such a
// record (TestTypedAgreesWithSchema) at a fraction of the cost; records
// read from files, whose shape is not known in advance, go through Check.
func (v *Validator) CheckBuilt(rec *Record, orig *string) []Issue {
	return v.checkBuilt(rec, indexText(orig))
}

// CheckBuiltAt is CheckBuilt for a caller that has already found where
// each code point of orig starts: offsets[i] is the byte offset of code
// point i, with one more entry, len(orig), at the end.
func (v *Validator) CheckBuiltAt(rec *Record, orig string, offsets []int32) []Issue {
	return v.checkBuilt(rec, &textIndex{s: orig, offs: offsets})
}

func (v *Validator) checkBuilt(rec *Record, text *textIndex) []Issue {
	issues := v.typed.typedIssues(rec)
	issues = append(issues, v.semantic(rec, text)...)
	if len(issues) > 1 {
		sort.SliceStable(issues, func(i, j int) bool { return issues[i].Pointer < issues[j].Pointer })
	}
	return issues
}

// SchemaIssues validates any JSON-like value (maps, slices, json.Number)
// against the record schema.
func (v *Validator) SchemaIssues(inst any) []Issue {
	err := v.sch.Validate(inst)
	if err == nil {
		return nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return []Issue{{Rule: "schema", Msg: err.Error()}}
	}
	var issues []Issue
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			msg := e.ErrorKind.LocalizedString(v.printer)
			if strings.Contains(msg, "yamlOnly") {
				msg = "a YAML value with no JSON form (binary data, a YAML-only type): not a value the schema allows"
			}
			issues = append(issues, Issue{Rule: "schema", Pointer: pointer(e.InstanceLocation), Msg: msg})
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return issues
}

func pointer(loc []string) string {
	if len(loc) == 0 {
		return ""
	}
	esc := make([]string, len(loc))
	for i, s := range loc {
		esc[i] = strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
	}
	return "/" + strings.Join(esc, "/")
}

// instance is the record as the JSON value the schema validates (what
// json.Marshal then a JSON decoder with numbers would give), built
// directly.
func (rec *Record) instance() any {
	str := func(p *string) any {
		if p == nil {
			return nil
		}
		return *p
	}
	num := func(n Number) any {
		if !jsonNumberRe.MatchString(string(n)) {
			return string(n) // no JSON number: the schema sees a string
		}
		return json.Number(n)
	}
	span := func(s Span) any { return []any{json.Number(strconv.Itoa(s[0])), json.Number(strconv.Itoa(s[1]))} }
	spans := func(ss Spans) any {
		out := make([]any, len(ss))
		for i, s := range ss {
			out[i] = span(s)
		}
		return out
	}
	names := func(ns []string) any {
		out := make([]any, len(ns))
		for i, n := range ns {
			out[i] = n
		}
		return out
	}
	src := map[string]any{"path": rec.Source.Path, "sha256": rec.Source.SHA256, "encoding": rec.Source.Encoding,
		"chars": json.Number(strconv.Itoa(rec.Source.Chars))}
	if rec.Source.Line != 0 {
		src["line"] = json.Number(strconv.Itoa(rec.Source.Line))
	}
	projects := make([]any, len(rec.Projects))
	for i, p := range rec.Projects {
		m := map[string]any{"name": p.Name, "industry": str(p.Industry), "investment": nil, "spans": spans(p.Spans)}
		if p.Aliases != nil {
			m["aliases"] = names(p.Aliases)
		}
		if p.Investment != nil {
			m["investment"] = map[string]any{"value": num(p.Investment.Value), "currency": p.Investment.Currency}
		}
		projects[i] = m
	}
	institutes := make([]any, len(rec.Institutes))
	for i, p := range rec.Institutes {
		m := map[string]any{"name": p.Name, "kind": p.Kind, "spans": spans(p.Spans)}
		if p.Aliases != nil {
			m["aliases"] = names(p.Aliases)
		}
		institutes[i] = m
	}
	industries := make([]any, len(rec.Industries))
	for i, p := range rec.Industries {
		m := map[string]any{"name": p.Name, "sector": str(p.Sector), "spans": spans(p.Spans)}
		if p.Aliases != nil {
			m["aliases"] = names(p.Aliases)
		}
		if p.SEI != nil {
			m["sei"] = *p.SEI
		}
		industries[i] = m
	}
	amounts := make([]any, len(rec.Amounts))
	for i, a := range rec.Amounts {
		m := map[string]any{"text": a.Text, "value": num(a.Value), "currency": a.Currency, "max": nil,
			"approx": a.Approx, "role": a.Role, "span": span(a.Span)}
		if a.Max != nil {
			m["max"] = num(*a.Max)
		}
		if a.Bound != nil {
			m["bound"] = *a.Bound
		}
		if a.CurrencyInferred {
			m["currency_inferred"] = true
		}
		amounts[i] = m
	}
	return map[string]any{"schema": rec.Schema, "id": rec.ID, "source": src, "title": str(rec.Title), "date": str(rec.Date),
		"publisher": str(rec.Publisher), "projects": projects, "institutes": institutes, "industries": industries, "amounts": amounts}
}

// semantic applies the checks a schema cannot express. Pointers are only
// built for the issues found: a valid record costs no formatting.
func (v *Validator) semantic(rec *Record, text *textIndex) []Issue {
	var issues []Issue
	add := func(ptr, rule, format string, args ...any) {
		issues = append(issues, Issue{Pointer: ptr, Rule: rule, Msg: fmt.Sprintf(format, args...)})
	}
	if text != nil && text.chars() != rec.Source.Chars {
		add("/source/chars", "span", "source has %d code points, record says %d", text.chars(), rec.Source.Chars)
	}
	// spanOK: the span is inside the text and not empty.
	spanOK := func(s Span) bool { return s[0] >= 0 && s[0] < s[1] && s[1] <= rec.Source.Chars }
	checkSpan := func(ptr func() string, s Span, name string, aliases []string) {
		if !spanOK(s) {
			add(ptr(), "span", "span [%d, %d) is not inside the text (%d code points)", s[0], s[1], rec.Source.Chars)
			return
		}
		if text == nil || s[1] > text.chars() {
			return
		}
		got := squeeze(text.slice(s[0], s[1]))
		if squeeze(name) == got {
			return
		}
		for _, n := range aliases {
			if squeeze(n) == got {
				return
			}
		}
		add(ptr(), "span", "text at [%d, %d) is %q, not %q", s[0], s[1], text.slice(s[0], s[1]), name)
	}
	entity := func(kind string, i int, name string, aliases []string, spans Spans, seen map[string]int) {
		key := squeeze(name)
		if j, ok := seen[key]; ok {
			add(fmt.Sprintf("/%s/%d/name", kind, i), "duplicate", "%q is also /%s/%d", name, kind, j)
		}
		seen[key] = i
		for k, s := range spans {
			checkSpan(func() string { return fmt.Sprintf("/%s/%d/spans/%d", kind, i, k) }, s, name, aliases)
		}
	}
	seen := map[string]int{}
	for i, p := range rec.Projects {
		entity("projects", i, p.Name, p.Aliases, p.Spans, seen)
		if p.Investment != nil && !canonical(string(p.Investment.Value)) { // a canonical decimal is a number
			if _, ok := p.Investment.Value.Rat(); !ok {
				add(fmt.Sprintf("/projects/%d/investment/value", i), "value", "%q is not a number", p.Investment.Value)
			}
		}
	}
	clear(seen)
	for i, p := range rec.Institutes {
		entity("institutes", i, p.Name, p.Aliases, p.Spans, seen)
	}
	clear(seen)
	for i, p := range rec.Industries {
		entity("industries", i, p.Name, p.Aliases, p.Spans, seen)
	}
	for i, a := range rec.Amounts {
		ptr := func(field string) func() string {
			return func() string { return fmt.Sprintf("/amounts/%d%s", i, field) }
		}
		checkSpan(ptr("/span"), a.Span, a.Text, nil)
		if text != nil && spanOK(a.Span) && a.Span[1] <= text.chars() && text.slice(a.Span[0], a.Span[1]) != a.Text {
			add(ptr("/text")(), "span", "text is %q but the span holds %q", a.Text, text.slice(a.Span[0], a.Span[1]))
		}
		if v.reparse == nil && a.Max == nil && canonical(string(a.Value)) {
			continue // a number, and nothing to compare it with
		}
		if v.reparse == nil && a.Max != nil {
			if c, ok := cmpPlain(string(*a.Max), string(a.Value)); ok {
				if c <= 0 {
					add(ptr("/max")(), "value", "max %s is not above value %s", *a.Max, a.Value)
				}
				continue // both plain decimals, compared
			}
		}
		val, ok := a.Value.Rat()
		if !ok {
			add(ptr("/value")(), "value", "%q is not a number", a.Value)
			continue
		}
		if a.Max != nil {
			mx, ok := a.Max.Rat()
			if !ok || mx.Cmp(val) <= 0 {
				add(ptr("/max")(), "value", "max %s is not above value %s", *a.Max, a.Value)
			}
		}
		if v.reparse != nil {
			if rv, rmax, cur, ok := v.reparse(a.Text); ok {
				if rv.Cmp(val) != 0 {
					add(ptr("/value")(), "value", "%q reads as %s, record says %s", a.Text, formatRat(rv), a.Value)
				}
				if cur != "" && cur != a.Currency { // "": the local dollar, which the text alone does not tell
					add(ptr("/currency")(), "value", "%q reads as %s, record says %s", a.Text, cur, a.Currency)
				}
				if (rmax == nil) != (a.Max == nil) || (rmax != nil && a.Max != nil && string(*a.Max) != formatRat(rmax)) {
					add(ptr("/max")(), "value", "%q has a different upper end than the record says", a.Text)
				}
			}
		}
	}
	return issues
}

func squeeze(s string) string {
	if !maySpace(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// maySpace reports whether s may hold white space (unicode.IsSpace): an
// ASCII space, or a byte that starts U+0085, U+00A0 (0xC2), U+1680
// (0xE1), U+2000–U+205F (0xE2) or U+3000 (0xE3).
func maySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if spaceBytes[s[i]] {
			return true
		}
	}
	return false
}

// spaceBytes are the bytes maySpace looks for.
var spaceBytes = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\v\f\r\xc2\xe1\xe2\xe3") {
		t[c] = true
	}
	return t
}()

// cmpPlain compares two non-negative canonical decimals (what extract
// writes) without big.Rat; ok is false for anything else.
func cmpPlain(a, b string) (int, bool) {
	if !canonical(a) || !canonical(b) || a[0] == '-' || b[0] == '-' {
		return 0, false
	}
	ai, af, _ := strings.Cut(a, ".")
	bi, bf, _ := strings.Cut(b, ".")
	// Canonical whole parts have no leading zeros: the longer is larger.
	if c := len(ai) - len(bi); c != 0 {
		return c, true
	}
	if c := strings.Compare(ai, bi); c != 0 {
		return c, true
	}
	// Fractions have no trailing zeros: compare digit by digit, the
	// shorter padded with zeros.
	return strings.Compare(af, bf), true
}

// textIndex is a source text with the byte offset of every code point
// (and len(s) after the last), so spans slice it without decoding.
type textIndex struct {
	s    string
	offs []int32
}

// indexText indexes *orig, or gives nil for nil.
func indexText(orig *string) *textIndex {
	if orig == nil {
		return nil
	}
	offs := make([]int32, 0, len(*orig)/2+1)
	for i := range *orig {
		offs = append(offs, int32(i))
	}
	return &textIndex{s: *orig, offs: append(offs, int32(len(*orig)))}
}

func (t *textIndex) chars() int { return len(t.offs) - 1 }

// slice is the text of code points [a, b), which must be inside it.
func (t *textIndex) slice(a, b int) string { return t.s[t.offs[a]:t.offs[b]] }

// atoi is strconv.Atoi for JSON pointer steps.
func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

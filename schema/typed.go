package schema

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// typedRules are the value constraints of the record schema, read from the
// schema document itself (enums, patterns, the schema constant), for
// checking a Record as Go values. The Go types already give the shape the
// schema requires (required keys, no others, the JSON type of each value);
// what a Go value can still get wrong is its content, and that is what
// typedIssues checks.
type typedRules struct {
	version                     string
	sha256, date, sector, money pattern
	encodings, kinds, roles     map[string]bool
	bounds                      map[string]bool
}

// newTypedRules reads the constraints from the schema. Every location it
// reads is required: a schema edit that moves one fails NewValidator, and
// TestTypedAgreesWithSchema checks that the two agree on records that break
// each rule.
func newTypedRules(doc []byte) (*typedRules, error) {
	var s map[string]any
	if err := json.Unmarshal(doc, &s); err != nil {
		return nil, err
	}
	var err error
	at := func(path ...string) any {
		var v any = s
		for _, p := range path {
			m, ok := v.(map[string]any)
			if !ok {
				err = fmt.Errorf("record schema: no %v", path)
				return nil
			}
			v = m[p]
		}
		if v == nil && err == nil {
			err = fmt.Errorf("record schema: no %v", path)
		}
		return v
	}
	pattern := func(path ...string) pattern {
		p, _ := at(path...).(string)
		re, e := regexp.Compile(p)
		if e != nil && err == nil {
			err = fmt.Errorf("record schema: %v: %w", path, e)
		}
		return newPattern(re)
	}
	enum := func(path ...string) map[string]bool {
		vs, _ := at(path...).([]any)
		set := map[string]bool{}
		for _, v := range vs {
			if s, ok := v.(string); ok {
				set[s] = true
			}
		}
		if len(set) == 0 && err == nil {
			err = fmt.Errorf("record schema: %v: no strings", path)
		}
		return set
	}
	props := func(name string) []string { return []string{"properties", name, "items", "properties"} }
	r := &typedRules{
		sha256:    pattern("properties", "source", "properties", "sha256", "pattern"),
		date:      pattern("properties", "date", "pattern"),
		sector:    pattern(append(props("industries"), "sector", "pattern")...),
		money:     pattern("$defs", "currency", "pattern"),
		encodings: enum("properties", "source", "properties", "encoding", "enum"),
		kinds:     enum(append(props("institutes"), "kind", "enum")...),
		roles:     enum(append(props("amounts"), "role", "enum")...),
		bounds:    enum(append(props("amounts"), "bound", "enum")...),
	}
	r.version, _ = at("properties", "schema", "const").(string)
	if err != nil {
		return nil, err
	}
	return r, nil
}

// pattern is a pattern from the schema. The ones this schema has are
// matched by hand (hand, TestPatternsAgree), as the library matches them,
// at a fraction of the cost; any other pattern goes to the regexp.
type pattern struct {
	re    *regexp.Regexp
	match func(string) bool
}

func newPattern(re *regexp.Regexp) pattern {
	if re == nil {
		return pattern{}
	}
	p := pattern{re: re, match: re.MatchString}
	if f, ok := hand[re.String()]; ok {
		p.match = f
	}
	return p
}

func (p pattern) String() string { return p.re.String() }

// hand holds matchers for the schema's patterns, by their text.
var hand = map[string]func(string) bool{
	`^[0-9a-f]{64}$`: func(s string) bool {
		return len(s) == 64 && allBytes(s, func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' })
	},
	`^[A-Z]{3}$`: func(s string) bool {
		return len(s) == 3 && allBytes(s, func(c byte) bool { return c >= 'A' && c <= 'Z' })
	},
	`^[A-T](,[A-T])*$`: func(s string) bool {
		if len(s)%2 == 0 {
			return false
		}
		for i := 0; i < len(s); i++ {
			if i%2 == 0 && (s[i] < 'A' || s[i] > 'T') || i%2 == 1 && s[i] != ',' {
				return false
			}
		}
		return true
	},
	`^([0-9]{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`: func(s string) bool {
		switch {
		case len(s) == 10 && allBytes(s[:4], isDigit):
			s = s[4:]
		case len(s) == 7 && s[0] == '-':
			s = s[1:]
		default:
			return false
		}
		// s is -MM-DD
		if s[0] != '-' || s[3] != '-' || !isDigit(s[1]) || !isDigit(s[2]) || !isDigit(s[4]) || !isDigit(s[5]) {
			return false
		}
		m := int(s[1]-'0')*10 + int(s[2]-'0')
		d := int(s[4]-'0')*10 + int(s[5]-'0')
		return m >= 1 && m <= 12 && d >= 1 && d <= 31
	},
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

// elem is the pointer of an element of a top-level list, formatted only
// when an issue is found.
type elem struct {
	kind string
	i    int
}

func (e elem) String() string { return "/" + e.kind + "/" + strconv.Itoa(e.i) }

// plainNumber reports what extract writes, a non-negative decimal with no
// exponent, which value need not look at (calling it would build the
// pointer's parts on the heap).
func plainNumber(n Number) bool { return len(n) > 0 && n[0] != '-' && canonical(string(n)) }

// plainSigned is plainNumber with a sign allowed.
func plainSigned(n Number) bool { return len(n) > 0 && canonical(string(n)) }

// jsonNumberRe is JSON's number syntax (RFC 8259).
var jsonNumberRe = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// typedIssues checks a record's values against the schema's constraints.
// It agrees with the JSON Schema on every record (TestTypedAgreesWithSchema)
// at a small fraction of the cost: the schema library reads every number
// through fmt and math/big, and a record has hundreds of span offsets.
func (r *typedRules) typedIssues(rec *Record) []Issue {
	var issues []Issue
	add := func(msg string, ptr ...any) {
		issues = append(issues, Issue{Rule: "schema", Pointer: fmt.Sprint(ptr...), Msg: msg})
	}
	if rec.Schema != r.version {
		add(fmt.Sprintf("value must be %q", r.version), "/schema")
	}
	if rec.ID == "" {
		add("empty string", "/id")
	}
	src := rec.Source
	if src.Path == "" {
		add("empty string", "/source/path")
	}
	if src.Line < 0 {
		add("minimum: got "+strconv.Itoa(src.Line)+", want 1", "/source/line")
	}
	if !r.sha256.match(src.SHA256) {
		add("does not match pattern "+r.sha256.String(), "/source/sha256")
	}
	if !r.encodings[src.Encoding] {
		add(fmt.Sprintf("value %q is not one of the encodings", src.Encoding), "/source/encoding")
	}
	if src.Chars < 1 {
		add("minimum: got "+strconv.Itoa(src.Chars)+", want 1", "/source/chars")
	}
	if rec.Date != nil && !r.date.match(*rec.Date) {
		add("does not match pattern "+r.date.String(), "/date")
	}
	names := func(ptr elem, name string, aliases []string) {
		if name == "" {
			add("empty string", ptr, "/name")
		}
		for k, a := range aliases {
			if a == "" {
				add("empty string", ptr, "/aliases/", k)
			}
		}
	}
	span := func(s Span, ptr ...any) {
		if s[0] < 0 {
			add("minimum: got "+strconv.Itoa(s[0])+", want 0", append(ptr, "/0")...)
		}
		if s[1] < 1 {
			add("minimum: got "+strconv.Itoa(s[1])+", want 1", append(ptr, "/1")...)
		}
	}
	spans := func(ptr elem, ss Spans) {
		if len(ss) == 0 {
			add("minItems: got 0, want 1", ptr, "/spans")
		}
		for k, s := range ss {
			if s[0] < 0 || s[1] < 1 { // checked here: the pointer's parts would escape
				span(s, ptr, "/spans/", k)
			}
		}
	}
	value := func(n Number, ptr ...any) {
		mantissa, _, _ := strings.Cut(strings.ToLower(string(n)), "e")
		if !jsonNumberRe.MatchString(string(n)) || n[0] == '-' && strings.Trim(mantissa, "-0.") != "" {
			add(fmt.Sprintf("%q is not a number at least 0", string(n)), ptr...)
		}
	}
	for i, p := range rec.Projects {
		ptr := elem{"projects", i}
		names(ptr, p.Name, p.Aliases)
		if inv := p.Investment; inv != nil {
			if !plainNumber(inv.Value) {
				value(inv.Value, ptr, "/investment/value")
			}
			if !r.money.match(inv.Currency) {
				add("does not match pattern "+r.money.String(), ptr, "/investment/currency")
			}
		}
		spans(ptr, p.Spans)
	}
	for i, p := range rec.Institutes {
		ptr := elem{"institutes", i}
		names(ptr, p.Name, p.Aliases)
		if !r.kinds[p.Kind] {
			add(fmt.Sprintf("value %q is not one of the kinds", p.Kind), ptr, "/kind")
		}
		spans(ptr, p.Spans)
	}
	for i, p := range rec.Industries {
		ptr := elem{"industries", i}
		names(ptr, p.Name, p.Aliases)
		if p.Sector != nil && !r.sector.match(*p.Sector) {
			add("does not match pattern "+r.sector.String(), ptr, "/sector")
		}
		spans(ptr, p.Spans)
	}
	// An amount may be negative where the text gives a sign.
	signed := func(n Number, ptr ...any) {
		if !jsonNumberRe.MatchString(string(n)) {
			add(fmt.Sprintf("%q is not a number", string(n)), ptr...)
		}
	}
	for i, a := range rec.Amounts {
		ptr := elem{"amounts", i}
		if a.Text == "" {
			add("empty string", ptr, "/text")
		}
		if !plainSigned(a.Value) {
			signed(a.Value, ptr, "/value")
		}
		if !r.money.match(a.Currency) {
			add("does not match pattern "+r.money.String(), ptr, "/currency")
		}
		if a.Max != nil && !plainSigned(*a.Max) {
			signed(*a.Max, ptr, "/max")
		}
		if a.Bound != nil && !r.bounds[*a.Bound] {
			add(fmt.Sprintf("value %q is not lower or upper", *a.Bound), ptr, "/bound")
		}
		if !r.roles[a.Role] {
			add(fmt.Sprintf("value %q is not one of the roles", a.Role), ptr, "/role")
		}
		if a.Span[0] < 0 || a.Span[1] < 1 {
			span(a.Span, ptr, "/span")
		}
	}
	return issues
}

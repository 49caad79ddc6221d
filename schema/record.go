package schema

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Version is the value of every record's schema field.
const Version = "pressmine/v1"

// Record is one document's extraction.
type Record struct {
	Schema     string      `yaml:"schema" json:"schema"`
	ID         string      `yaml:"id" json:"id"`
	Source     Source      `yaml:"source" json:"source"`
	Title      *string     `yaml:"title" json:"title"`
	Date       *string     `yaml:"date" json:"date"` // 2017-05-17, or --05-17 when the year is unknown
	Publisher  *string     `yaml:"publisher" json:"publisher"`
	Projects   []Project   `yaml:"projects" json:"projects"`
	Institutes []Institute `yaml:"institutes" json:"institutes"`
	Industries []Industry  `yaml:"industries" json:"industries"`
	Amounts    []Amount    `yaml:"amounts" json:"amounts"`
}

// Source says where the record's text came from.
type Source struct {
	Path     string `yaml:"path" json:"path"`
	Line     int    `yaml:"line,omitempty" json:"line,omitempty"` // JSONL line, 1-based
	SHA256   string `yaml:"sha256" json:"sha256"`
	Encoding string `yaml:"encoding" json:"encoding"`
	Chars    int    `yaml:"chars" json:"chars"` // length of the original text in code points
}

// Project is a named undertaking.
type Project struct {
	Name       string      `yaml:"name" json:"name"`
	Aliases    []string    `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	Industry   *string     `yaml:"industry" json:"industry"`
	Investment *Investment `yaml:"investment" json:"investment"`
	Spans      Spans       `yaml:"spans,flow" json:"spans"`
}

// Investment is a project's own sum.
type Investment struct {
	Value    Number `yaml:"value" json:"value"`
	Currency string `yaml:"currency" json:"currency"`
}

// Institute is a named organisation.
type Institute struct {
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	Kind    string   `yaml:"kind" json:"kind"`
	Spans   Spans    `yaml:"spans,flow" json:"spans"`
}

// Industry is a named industry or field of activity.
type Industry struct {
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	Sector  *string  `yaml:"sector" json:"sector"`               // GB/T 4754-2017 section letters, comma-separated
	SEI     *string  `yaml:"sei,omitempty" json:"sei,omitempty"` // 战略性新兴产业分类(2018) category
	Spans   Spans    `yaml:"spans,flow" json:"spans"`
}

// Amount is one mention of a sum of money.
type Amount struct {
	Text     string  `yaml:"text" json:"text"`
	Value    Number  `yaml:"value" json:"value"`
	Currency string  `yaml:"currency" json:"currency"`
	Max      *Number `yaml:"max" json:"max"`
	Approx   bool    `yaml:"approx" json:"approx"`
	// Bound is "lower" when the text gives a floor (至少, 以上, 超过) and
	// "upper" when it gives a ceiling (不到, 最多, 近).
	Bound *string `yaml:"bound,omitempty" json:"bound,omitempty"`
	// CurrencyInferred is true when no currency word was written and the
	// context made the sum money (总投资50亿).
	CurrencyInferred bool   `yaml:"currency_inferred,omitempty" json:"currency_inferred,omitempty"`
	Role             string `yaml:"role" json:"role"`
	Span             Span   `yaml:"span,flow" json:"span"`
}

// Span is [start, end) in code points of the original text. Fields of
// type Span and Spans carry the yaml ",flow" option: [3, 9], [[3, 9], [40, 46]].
type Span [2]int

// Spans is a list of spans.
type Spans []Span

// Number is an exact decimal, kept as its canonical text (no exponent, no
// trailing zeros): 53200000000, 1.5. It is written to YAML and JSON as a
// number, never through float64.
type Number string

// numberPattern is what a canonical decimal looks like; canonical checks it
// without a regexp (TestCanonical).
const numberPattern = `^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$`

// canonical reports whether s matches numberPattern.
func canonical(s string) bool {
	s = strings.TrimPrefix(s, "-")
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || (s[0] == '0' && i > 1) {
		return false
	}
	if i == len(s) {
		return true
	}
	frac := s[i:]
	if frac[0] != '.' || len(frac) < 2 || frac[len(frac)-1] == '0' {
		return false
	}
	for _, c := range []byte(frac[1:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ErrNumber: a value that is not a canonical decimal.
var ErrNumber = errors.New("not a canonical decimal number")

// NewNumber formats an exact rational as a Number; it must be a finite
// decimal.
func NewNumber(r *big.Rat) (Number, error) {
	s := formatRat(r)
	if !canonical(s) {
		return "", fmt.Errorf("%w: %s", ErrNumber, r.RatString())
	}
	return Number(s), nil
}

// Rat returns the exact value.
func (n Number) Rat() (*big.Rat, bool) { return new(big.Rat).SetString(string(n)) }

// MarshalYAML implements yaml.Marshaler.
func (n Number) MarshalYAML() (any, error) {
	tag := "!!int"
	for _, c := range n {
		if c == '.' {
			tag = "!!float"
		}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: string(n)}, nil
}

// UnmarshalYAML accepts a plain decimal scalar.
func (n *Number) UnmarshalYAML(v *yaml.Node) error {
	if v.Kind != yaml.ScalarNode || v.Style != 0 {
		return fmt.Errorf("line %d: %w: want a plain number", v.Line, ErrNumber)
	}
	r, ok := new(big.Rat).SetString(v.Value)
	if !ok {
		return fmt.Errorf("line %d: %w: %q", v.Line, ErrNumber, v.Value)
	}
	*n = Number(formatRat(r))
	return nil
}

// MarshalJSON writes the digits as a JSON number.
func (n Number) MarshalJSON() ([]byte, error) {
	if !canonical(string(n)) {
		return nil, fmt.Errorf("%w: %q", ErrNumber, string(n))
	}
	return []byte(n), nil
}

func formatRat(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	s := r.FloatString(40)
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}

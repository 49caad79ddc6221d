package schema

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendYAML writes a record as one YAML document in the layout yaml.v3
// gives it (two-space indent, block mappings, spans in flow style). The
// record's shape is fixed, so the document is written directly: yaml.v3's
// emitter keeps every event of a document in memory and cost as much as
// extracting the record. Strings are written plain when nothing in them can
// be read as YAML syntax or as another type, else double-quoted
// (TestYAMLRoundTrip and FuzzYAMLString read them back with yaml.v3). With
// orig non-nil every span line gets a comment showing the text it slices.
func appendYAML(b []byte, rec *Record, orig *string) []byte {
	var rs []rune
	if orig != nil {
		rs = []rune(*orig)
	}
	w := yamlWriter{b: b, rs: rs, annotate: orig != nil}
	w.str(0, "schema", rec.Schema)
	w.str(0, "id", rec.ID)
	w.key(0, "source")
	w.nl()
	w.str(2, "path", rec.Source.Path)
	if rec.Source.Line != 0 {
		w.int(2, "line", rec.Source.Line)
	}
	w.str(2, "sha256", rec.Source.SHA256)
	w.str(2, "encoding", rec.Source.Encoding)
	w.int(2, "chars", rec.Source.Chars)
	w.nullable(0, "title", rec.Title)
	w.nullable(0, "date", rec.Date)
	w.nullable(0, "publisher", rec.Publisher)

	w.list(0, "projects", len(rec.Projects), func(i int) {
		p := rec.Projects[i]
		w.str(-1, "name", p.Name)
		w.aliases(p.Aliases)
		w.nullable(4, "industry", p.Industry)
		w.key(4, "investment")
		if p.Investment == nil {
			w.b = append(w.b, " null\n"...)
		} else {
			w.nl()
			w.number(6, "value", p.Investment.Value)
			w.str(6, "currency", p.Investment.Currency)
		}
		w.spans(p.Spans)
	})
	w.list(0, "institutes", len(rec.Institutes), func(i int) {
		p := rec.Institutes[i]
		w.str(-1, "name", p.Name)
		w.aliases(p.Aliases)
		w.str(4, "kind", p.Kind)
		w.spans(p.Spans)
	})
	w.list(0, "industries", len(rec.Industries), func(i int) {
		p := rec.Industries[i]
		w.str(-1, "name", p.Name)
		w.aliases(p.Aliases)
		w.nullable(4, "sector", p.Sector)
		if p.SEI != nil {
			w.str(4, "sei", *p.SEI)
		}
		w.spans(p.Spans)
	})
	w.list(0, "amounts", len(rec.Amounts), func(i int) {
		a := rec.Amounts[i]
		w.str(-1, "text", a.Text)
		w.number(4, "value", a.Value)
		w.str(4, "currency", a.Currency)
		if a.Max == nil {
			w.key(4, "max")
			w.b = append(w.b, " null\n"...)
		} else {
			w.number(4, "max", *a.Max)
		}
		w.bool(4, "approx", a.Approx)
		if a.Bound != nil {
			w.str(4, "bound", *a.Bound)
		}
		if a.CurrencyInferred {
			w.bool(4, "currency_inferred", true)
		}
		w.str(4, "role", a.Role)
		w.key(4, "span")
		w.b = append(w.b, ' ')
		w.span(a.Span)
		w.comment(Spans{a.Span})
		w.nl()
	})
	return w.b
}

type yamlWriter struct {
	b        []byte
	rs       []rune // the original text, for comments
	annotate bool
}

// key writes "key:" at an indent; indent -1 starts a list item ("  - key:").
func (w *yamlWriter) key(indent int, k string) {
	if indent < 0 {
		w.b = append(w.b, "  - "...)
	} else {
		for i := 0; i < indent; i++ {
			w.b = append(w.b, ' ')
		}
	}
	w.b = append(w.b, k...)
	w.b = append(w.b, ':')
}

func (w *yamlWriter) nl() { w.b = append(w.b, '\n') }

func (w *yamlWriter) str(indent int, k, v string) {
	w.key(indent, k)
	w.b = append(w.b, ' ')
	w.b = appendYAMLString(w.b, v)
	w.nl()
}

func (w *yamlWriter) nullable(indent int, k string, v *string) {
	if v == nil {
		w.key(indent, k)
		w.b = append(w.b, " null\n"...)
		return
	}
	w.str(indent, k, *v)
}

func (w *yamlWriter) int(indent int, k string, v int) {
	w.key(indent, k)
	w.b = append(w.b, ' ')
	w.b = strconv.AppendInt(w.b, int64(v), 10)
	w.nl()
}

func (w *yamlWriter) bool(indent int, k string, v bool) {
	w.key(indent, k)
	w.b = append(w.b, ' ')
	w.b = strconv.AppendBool(w.b, v)
	w.nl()
}

// number writes an exact decimal as a plain number; anything else (which
// validation rejects) as a string, so that the document still parses.
func (w *yamlWriter) number(indent int, k string, n Number) {
	if !canonical(string(n)) {
		w.str(indent, k, string(n))
		return
	}
	w.key(indent, k)
	w.b = append(w.b, ' ')
	w.b = append(w.b, n...)
	w.nl()
}

// list writes a block sequence of mappings, or [] when it is empty.
func (w *yamlWriter) list(indent int, k string, n int, item func(i int)) {
	w.key(indent, k)
	if n == 0 {
		w.b = append(w.b, " []\n"...)
		return
	}
	w.nl()
	for i := 0; i < n; i++ {
		item(i)
	}
}

// aliases writes the list, or nothing when it is empty (omitempty, as in
// yaml.v3 and encoding/json).
func (w *yamlWriter) aliases(as []string) {
	if len(as) == 0 {
		return
	}
	w.key(4, "aliases")
	w.nl()
	for _, a := range as {
		w.b = append(w.b, "      - "...)
		w.b = appendYAMLString(w.b, a)
		w.nl()
	}
}

func (w *yamlWriter) span(s Span) {
	w.b = append(w.b, '[')
	w.b = strconv.AppendInt(w.b, int64(s[0]), 10)
	w.b = append(w.b, ", "...)
	w.b = strconv.AppendInt(w.b, int64(s[1]), 10)
	w.b = append(w.b, ']')
}

func (w *yamlWriter) spans(ss Spans) {
	w.key(4, "spans")
	w.b = append(w.b, " ["...)
	for i, s := range ss {
		if i > 0 {
			w.b = append(w.b, ", "...)
		}
		w.span(s)
	}
	w.b = append(w.b, ']')
	w.comment(ss)
	w.nl()
}

// comment writes " # "text" …" for spans when annotating.
func (w *yamlWriter) comment(ss Spans) {
	if !w.annotate || len(ss) == 0 {
		return
	}
	w.b = append(w.b, " #"...)
	for _, s := range ss {
		w.b = append(w.b, ' ')
		if s[0] < 0 || s[1] > len(w.rs) || s[0] >= s[1] {
			w.b = append(w.b, "(out of range)"...)
			continue
		}
		w.b = strconv.AppendQuote(w.b, string(w.rs[s[0]:s[1]]))
	}
}

// appendYAMLString writes s as a YAML scalar that reads back as the string
// s: plain when that is safe, else double-quoted.
func appendYAMLString(b []byte, s string) []byte {
	if plainSafe(s) {
		return append(b, s...)
	}
	if !utf8.ValidString(s) {
		// Bytes that are not UTF-8 have no YAML string form; as yaml.v3
		// does, write them as !!binary, which reads back as the same bytes.
		b = append(b, `!!binary "`...)
		b = base64.StdEncoding.AppendEncode(b, []byte(s))
		return append(b, '"')
	}
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"':
			b = append(b, `\"`...)
		case r == '\\':
			b = append(b, `\\`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == utf8.RuneError ||
			(r >= 0xd800 && r <= 0xdfff) || r == 0xfffe || r == 0xffff:
			b = fmt.Appendf(b, `\u%04x`, r)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}

// plainSafe reports whether s can be written as a plain scalar and read
// back as the same string. It must hold only letters, digits, marks,
// non-ASCII punctuation and symbols, single inner spaces and a few ASCII
// marks that mean nothing in a plain scalar (. - _ / ( ) % +), and start
// with a letter (then it is no number, date or indicator; ASCII words that
// YAML reads as booleans or null are quoted) or with a digit when a
// non-ASCII letter follows somewhere (532亿元 is no number either).
func plainSafe(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	digitFirst := first >= '0' && first <= '9'
	if !digitFirst && !unicode.IsLetter(first) {
		return false
	}
	prevSpace, wide := false, false
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case r < utf8.RuneSelf:
			if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || strings.ContainsRune(".-_/()%+", r)) {
				return false
			}
		case r == utf8.RuneError || r == 0xfeff || r == 0x2028 || r == 0x2029 || r < 0xa0 || r >= 0xfffe && r <= 0xffff:
			return false
		case unicode.IsSpace(r) || !unicode.IsPrint(r):
			return false
		case unicode.IsLetter(r):
			wide = true
		}
		prevSpace = false
	}
	if prevSpace || digitFirst && !wide {
		return false
	}
	if first < utf8.RuneSelf && !wide {
		switch strings.ToLower(s) {
		case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
			return false
		}
	}
	return true
}

package schema

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends rec as encoding/json's Marshal writes it, byte for
// byte (TestJSONAgreesWithEncodingJSON), without reflection: one record a
// line is what extract --format jsonl writes, and Marshal's reflection cost
// about a twentieth of a run. A Number that is not a canonical decimal is
// an error, as in Marshal.
func AppendJSON(b []byte, rec *Record) ([]byte, error) {
	w := jsonWriter{b: b}
	w.raw(`{"schema":`)
	w.str(rec.Schema)
	w.raw(`,"id":`)
	w.str(rec.ID)
	src := rec.Source
	w.raw(`,"source":{"path":`)
	w.str(src.Path)
	if src.Line != 0 {
		w.raw(`,"line":`)
		w.int(src.Line)
	}
	w.raw(`,"sha256":`)
	w.str(src.SHA256)
	w.raw(`,"encoding":`)
	w.str(src.Encoding)
	w.raw(`,"chars":`)
	w.int(src.Chars)
	w.raw(`},"title":`)
	w.strPtr(rec.Title)
	w.raw(`,"date":`)
	w.strPtr(rec.Date)
	w.raw(`,"publisher":`)
	w.strPtr(rec.Publisher)
	w.raw(`,"projects":`)
	list(&w, rec.Projects, func(p Project) {
		w.raw(`{"name":`)
		w.str(p.Name)
		w.aliases(p.Aliases)
		w.raw(`,"industry":`)
		w.strPtr(p.Industry)
		w.raw(`,"investment":`)
		if p.Investment == nil {
			w.raw("null")
		} else {
			w.raw(`{"value":`)
			w.number(p.Investment.Value)
			w.raw(`,"currency":`)
			w.str(p.Investment.Currency)
			w.raw("}")
		}
		w.spans(p.Spans)
		w.raw("}")
	})
	w.raw(`,"institutes":`)
	list(&w, rec.Institutes, func(p Institute) {
		w.raw(`{"name":`)
		w.str(p.Name)
		w.aliases(p.Aliases)
		w.raw(`,"kind":`)
		w.str(p.Kind)
		w.spans(p.Spans)
		w.raw("}")
	})
	w.raw(`,"industries":`)
	list(&w, rec.Industries, func(p Industry) {
		w.raw(`{"name":`)
		w.str(p.Name)
		w.aliases(p.Aliases)
		w.raw(`,"sector":`)
		w.strPtr(p.Sector)
		if p.SEI != nil {
			w.raw(`,"sei":`)
			w.str(*p.SEI)
		}
		w.spans(p.Spans)
		w.raw("}")
	})
	w.raw(`,"amounts":`)
	list(&w, rec.Amounts, func(a Amount) {
		w.raw(`{"text":`)
		w.str(a.Text)
		w.raw(`,"value":`)
		w.number(a.Value)
		w.raw(`,"currency":`)
		w.str(a.Currency)
		w.raw(`,"max":`)
		if a.Max == nil {
			w.raw("null")
		} else {
			w.number(*a.Max)
		}
		w.raw(`,"approx":`)
		w.b = strconv.AppendBool(w.b, a.Approx)
		if a.Bound != nil {
			w.raw(`,"bound":`)
			w.str(*a.Bound)
		}
		if a.CurrencyInferred {
			w.raw(`,"currency_inferred":true`)
		}
		w.raw(`,"role":`)
		w.str(a.Role)
		w.raw(`,"span":`)
		w.span(a.Span)
		w.raw("}")
	})
	w.raw("}")
	return w.b, w.err
}

// list writes items as a JSON array, each by one; nil is null, as in
// Marshal.
func list[T any](w *jsonWriter, items []T, one func(T)) {
	if items == nil {
		w.raw("null")
		return
	}
	w.raw("[")
	for i, it := range items {
		if i > 0 {
			w.raw(",")
		}
		one(it)
	}
	w.raw("]")
}

type jsonWriter struct {
	b   []byte
	err error
}

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) strPtr(s *string) {
	if s == nil {
		w.raw("null")
		return
	}
	w.str(*s)
}

// str writes a JSON string. Strings Marshal writes as they are (no
// quote, backslash, control character, <, >, &, U+2028, U+2029 or invalid
// UTF-8) are copied; any other goes through Marshal itself.
func (w *jsonWriter) str(s string) {
	if !plainJSON(s) {
		q, _ := json.Marshal(s) // a string always marshals
		w.b = append(w.b, q...)
		return
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, s...)
	w.b = append(w.b, '"')
}

// plainJSON reports whether Marshal copies s unchanged between quotes: no
// byte it escapes, valid UTF-8, and neither U+2028 nor U+2029 (E2 80 A8/A9,
// the only sequences that start with E2 80 A8 or A9 in valid UTF-8).
func plainJSON(s string) bool {
	var seen uint8 // the classes of s's bytes, or'ed
	for i := 0; i < len(s); i++ {
		switch c := jsonByte[s[i]]; c {
		case jsonPlain:
		case jsonEscaped:
			return false
		case jsonE2:
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2]|1 == 0xA9 {
				return false
			}
			seen |= c
		default:
			seen |= c
		}
	}
	return seen == 0 || utf8.ValidString(s)
}

// The classes of bytes plainJSON tells apart.
const (
	jsonPlain   = 0 // ASCII copied as it is
	jsonHigh    = 1 // a byte of a multi-byte sequence
	jsonE2      = 2 // E2, which may start U+2028 or U+2029
	jsonEscaped = 4 // a control character, ", \\, <, > or &
)

var jsonByte = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&':
			t[c] = jsonEscaped
		case c == 0xE2:
			t[c] = jsonE2
		case c >= utf8.RuneSelf:
			t[c] = jsonHigh
		}
	}
	return t
}()

func (w *jsonWriter) number(n Number) {
	if !canonical(string(n)) {
		if w.err == nil {
			_, w.err = n.MarshalJSON()
		}
		return
	}
	w.raw(string(n))
}

func (w *jsonWriter) aliases(as []string) {
	if len(as) == 0 {
		return
	}
	w.raw(`,"aliases":`)
	list(w, as, w.str)
}

func (w *jsonWriter) span(s Span) {
	w.raw("[")
	w.int(s[0])
	w.raw(",")
	w.int(s[1])
	w.raw("]")
}

func (w *jsonWriter) spans(ss Spans) {
	w.raw(`,"spans":`)
	list(w, ss, w.span)
}

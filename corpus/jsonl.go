package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// decodeLineFast decodes the common JSONL line, an object whose members
// are strings, numbers, true, false or null, with "text", "title", "date",
// "url" and "currency" strings and "id" a string or a number, exactly as
// json.Unmarshal would into a jsonlLine (TestDecodeLineFastAgrees,
// FuzzDecodeLineFast). It reports false for anything else (nested values,
// \u escapes, invalid UTF-8, a key that matches a field only when case is
// folded, a null field, a syntax error), which then goes through
// json.Unmarshal: encoding/json's decoder first scans the whole line to
// check it, then again to decode it, and was most of the reader's time.
func decodeLineFast(line []byte) (jsonlLine, bool) {
	var l jsonlLine
	d := lineDecoder{b: line}
	d.space()
	if !d.byte('{') {
		return l, false
	}
	d.space()
	if d.byte('}') {
		return l, d.end()
	}
	for {
		d.space()
		key, ok := d.plainString()
		if !ok {
			return l, false
		}
		d.space()
		if !d.byte(':') {
			return l, false
		}
		d.space()
		switch key {
		case "text", "title", "date", "url", "currency":
			s, ok := d.str()
			if !ok {
				return l, false
			}
			switch key {
			case "text":
				l.Text = &s
			case "title":
				l.Title = s
			case "date":
				l.Date = s
			case "url":
				l.URL = s
			case "currency":
				l.Currency = s
			}
		case "id":
			start := d.i
			if d.i < len(d.b) && d.b[d.i] == '"' {
				if _, ok := d.plainString(); !ok {
					return l, false
				}
			} else if !d.number() {
				return l, false
			}
			l.ID = append([]byte(nil), d.b[start:d.i]...)
		default:
			for _, f := range []string{"text", "title", "date", "url", "currency", "id"} {
				if strings.EqualFold(key, f) {
					return l, false // json.Unmarshal would fill the field
				}
			}
			if !d.skipScalar() {
				return l, false
			}
		}
		d.space()
		if d.byte('}') {
			return l, d.end()
		}
		if !d.byte(',') {
			return l, false
		}
	}
}

type lineDecoder struct {
	b []byte
	i int
}

func (d *lineDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *lineDecoder) byte(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (d *lineDecoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

// plainString reads a string with no escapes, of valid UTF-8.
func (d *lineDecoder) plainString() (string, bool) {
	s, escaped, ok := d.scanString()
	return s, ok && !escaped
}

// str reads a string with the one-character escapes (\" \\ \/ \b \f \n
// \r \t), of valid UTF-8.
func (d *lineDecoder) str() (string, bool) {
	s, _, ok := d.scanString()
	return s, ok
}

// scanString reads a string as str does, and reports whether it had an
// escape.
func (d *lineDecoder) scanString() (s string, escaped, ok bool) {
	if !d.byte('"') {
		return "", false, false
	}
	start := d.i
	var buf []byte // nil until the first escape
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			b := d.b[start:d.i]
			d.i++
			if buf != nil {
				b = append(buf, b...)
			}
			if !utf8.Valid(b) {
				return "", false, false
			}
			return string(b), buf != nil, true
		case c < 0x20:
			return "", false, false
		case c == '\\':
			if d.i+1 >= len(d.b) {
				return "", false, false
			}
			var e byte
			switch d.b[d.i+1] {
			case '"', '\\', '/':
				e = d.b[d.i+1]
			case 'b':
				e = '\b'
			case 'f':
				e = '\f'
			case 'n':
				e = '\n'
			case 'r':
				e = '\r'
			case 't':
				e = '\t'
			default:
				return "", false, false // \u and anything else: json.Unmarshal
			}
			buf = append(append(buf, d.b[start:d.i]...), e)
			d.i += 2
			start = d.i
			continue
		}
		d.i++
	}
	return "", false, false
}

// number reads a JSON number.
func (d *lineDecoder) number() bool {
	b, i := d.b, d.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return false
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return false
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	d.i = i
	return true
}

// skipScalar passes over a member json.Unmarshal ignores: a string, a
// number, true, false or null.
func (d *lineDecoder) skipScalar() bool {
	if d.i >= len(d.b) {
		return false
	}
	switch d.b[d.i] {
	case '"':
		_, ok := d.str()
		return ok
	case 't':
		return d.literal("true")
	case 'f':
		return d.literal("false")
	case 'n':
		return d.literal("null")
	}
	return d.number()
}

func (d *lineDecoder) literal(w string) bool {
	if bytes.HasPrefix(d.b[d.i:], []byte(w)) {
		d.i += len(w)
		return true
	}
	return false
}

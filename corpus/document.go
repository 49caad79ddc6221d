package corpus

import (
	"sort"
	"unicode/utf8"

	"github.com/pressmine/pressmine/diag"
)

// Document is one press release as read from its source.
type Document struct {
	// ID names the document: the JSONL id, or the path relative to the
	// argument it was found under, without extension.
	ID string
	// Path is the file it came from ("-" for standard input).
	Path string
	// Line is the 1-based line of Path the document starts on (JSONL), or 1.
	Line int
	// Orig is the decoded UTF-8 text. It is never edited.
	Orig string
	// Encoding names what Orig was decoded from: utf-8, utf-8-bom,
	// utf-16le, utf-16be, gb18030.
	Encoding string
	// SHA256 is the hex digest of the raw bytes (of the JSONL text field
	// for JSONL documents).
	SHA256 string
	// Title, Date and URL are given by JSONL or HTML metadata, else empty.
	Title, Date, URL string
	// Currency is the ISO 4217 code of the local dollar, the currency a
	// bare 元 names: from the JSONL "currency" field or extract's
	// --currency; empty lets extraction decide from the text.
	Currency string

	lines []int // code-point offsets of line starts, built on demand
}

// Chars is the length of Orig in code points.
func (d *Document) Chars() int { return utf8.RuneCountInString(d.Orig) }

// Position turns a code-point offset in Orig into a 1-based line and
// column (column in code points), in the style of go/token.
func (d *Document) Position(offset int) Pos {
	if d.lines == nil {
		d.lines = []int{0}
		i := 0
		for _, r := range d.Orig {
			i++
			if r == '\n' {
				d.lines = append(d.lines, i)
			}
		}
	}
	k := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > offset }) - 1
	if k < 0 {
		k = 0
	}
	return Pos{Path: d.Path, Line: d.Line + k, Col: offset - d.lines[k] + 1}
}

// Pos is a place in an input file (diag.Position: path:line:col).
type Pos = diag.Position

// Error is a problem with one input, at a position.
type Error struct {
	Pos
	// ID is the document's id when it is known.
	ID  string
	Err error
}

func (e *Error) Error() string { return e.Pos.Prefix() + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

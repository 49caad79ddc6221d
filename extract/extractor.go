package extract

import (
	"context"
	"math/big"
	"strings"
	"unicode"

	"github.com/pressmine/pressmine/corpus"
)

// Kind says what a mention names.
type Kind string

// The kinds of mention.
const (
	KindAmount    Kind = "amount"
	KindIndustry  Kind = "industry"
	KindInstitute Kind = "institute"
	KindProject   Kind = "project"
)

// Mention is one place in a document where something is named.
type Mention struct {
	Kind Kind
	Span Span   // in Orig code points, half-open
	Norm Span   // in Norm code points, half-open
	Text string // Orig[Span]
	// Name is an entity's name as written: Text with white space removed.
	// Compare names with nameKey, which also folds width.
	Name string
	// Label is the institute kind or the industry sector.
	Label string
	// Amount holds the parsed sum of an amount mention.
	Amount *Amount
	// Weak marks a mention found on weak evidence (an institute named by a
	// brand and its trade): it gives way to a mention of another kind
	// around it.
	Weak bool
	// Via names the evidence a candidate came from when it is not the
	// extractor's main rule: "enum" for an item of a list of industries.
	// The ranker reads it.
	Via string
}

// Amount is a parsed sum of money.
type Amount struct {
	Value    *big.Rat // exact, in base units of Currency; the lower end of a range
	Max      *big.Rat // the upper end of a range, or nil
	Currency string   // ISO 4217
	Inferred bool     // the currency was inferred from context (总投资50亿)
	Approx   bool     // hedged (约, 近, 超过, 左右, 多 …)
	Bound    string   // "lower" when the sum is a floor (至少, 以上), "upper" when a ceiling (不到, 最多), else ""
	Role     string   // investment, output_value, revenue, financing, fund_size, registered_capital, tax, other

	word  Span // where the currency word after the number is in Norm, if any
	local bool // the currency is the local dollar: a bare 元, 圆, 块, or none written
}

// Doc is what extractors read: the document, its normalised text, tokens
// and sentences. Extractors do not modify it.
type Doc struct {
	Src       *corpus.Document
	Text      *Text
	Tokens    []Token
	Sentences []Span // in Norm code points
	// Hant is true when the text is written in Traditional characters:
	// Norm is then its Simplified reading (Hant).
	Hant  bool
	runes []rune // Norm as code points
	// starts marks the Norm positions where a token starts (and the end);
	// nil when the document was not segmented, and then every position
	// counts as one. Amounts and industries read it.
	starts []bool
}

// NewDoc normalises and segments a document.
func NewDoc(src *corpus.Document, seg Segmenter) *Doc { return NewDocIn(nil, src, seg) }

// Scratch holds the largest per-document buffers (the tokens, where they
// start, and the normalised text's code point tables) for reuse: a batch
// that builds one Doc after another in the same Scratch allocates them once
// rather than for every document. A Scratch serves one goroutine at a time,
// and a Doc built in it is valid only until the next NewDocIn with the same
// Scratch.
type Scratch struct {
	tokens []Token
	starts []bool
	// Normalize's tables: Norm to Orig, Orig's and Norm's byte offsets,
	// Orig's and Norm's code points.
	toOrig, origByte, normByte []int32
	orig, runes                []rune
}

// NewDocIn is NewDoc with buffers from sc (nil allocates new ones).
func NewDocIn(sc *Scratch, src *corpus.Document, seg Segmenter) *Doc {
	return newDoc(sc, src, seg, nil)
}

// newDoc is NewDocIn that also reads a Traditional text as Simplified
// when h is not nil (Pipeline.Doc).
func newDoc(sc *Scratch, src *corpus.Document, seg Segmenter, h *Hant) *Doc {
	t := normalizeIn(sc, src.Orig)
	hant := h != nil && h.Traditional(t.runes)
	if hant {
		t.simplify(h)
	}
	d := &Doc{Src: src, Text: t, runes: t.runes, Hant: hant}
	d.Sentences = splitSentences(d.runes)
	if seg != nil {
		var toks []Token
		var starts []bool
		if sc != nil {
			toks, starts = sc.tokens[:0], sc.starts
		}
		d.Tokens = tokenizeInto(seg, t, toks)
		if n := len(d.runes) + 1; cap(starts) >= n {
			starts = starts[:n]
			clear(starts)
		} else {
			starts = make([]bool, n)
		}
		d.starts = starts
		for _, tok := range d.Tokens {
			d.starts[tok.Start] = true
		}
		d.starts[len(d.runes)] = true
		if sc != nil {
			sc.tokens, sc.starts = d.Tokens, d.starts
		}
	}
	return d
}

// Runes returns Norm as code points.
func (d *Doc) Runes() []rune { return d.runes }

// mention builds a mention for a Norm span.
func (d *Doc) mention(k Kind, s Span) Mention {
	o := d.Text.OrigSpan(s)
	text := d.Text.OrigSlice(o)
	return Mention{Kind: k, Span: o, Norm: s, Text: text, Name: squeeze(text)}
}

// maySpace reports whether s may hold white space (unicode.IsSpace): an
// ASCII space, or a byte that starts U+0085, U+00A0 (0xC2), U+1680
// (0xE1), U+2000–U+205F (0xE2) or U+3000 (0xE3). schema has the same.
func maySpace(s string) bool { return spaceBytes.in(s) }

// spaceBytes are the bytes maySpace looks for.
var spaceBytes = bytesOf(" \t\n\v\f\r\xc2\xe1\xe2\xe3")

// squeeze removes white space.
func squeeze(s string) string {
	if !maySpace(s) || strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return string(out)
}

// Extractor finds mentions of one kind.
//
// Contract: Extract reads d and returns the mentions it finds, in text
// order; no mentions and a nil error means there is nothing of its kind.
// An error means the extractor could not do its work on this document (the
// context was cancelled): the document is reported as failed. Extract never
// modifies d and is safe for concurrent use on different documents.
type Extractor interface {
	Name() string
	Extract(ctx context.Context, d *Doc) ([]Mention, error)
}

// splitSentences cuts Norm at sentence ends (。！？；!?; and line breaks);
// the mark stays with its sentence.
func splitSentences(rs []rune) []Span {
	var out []Span
	start := 0
	for i, r := range rs {
		switch r {
		case '。', '！', '？', '；', '!', '?', ';', '\n':
			if i+1 > start {
				out = append(out, Span{start, i + 1})
			}
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, Span{start, len(rs)})
	}
	return out
}

// norm returns Norm[s:e] (code points) without copying.
func (d *Doc) norm(s, e int) string { return d.Text.NormSlice(Span{s, e}) }

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one segmenter word with its part-of-speech tag.
type Word struct {
	Text string
	POS  string // jieba/ICTCLAS tag: n, ns, nr, nt, nz, v, m, x, eng …
}

// Segmenter cuts text into words with part-of-speech tags.
//
// Contract: the Text of the returned words, concatenated, is exactly s.
// Implementations are safe for concurrent use by many goroutines. A
// Segmenter never panics on any valid UTF-8 input; empty input gives no
// words.
type Segmenter interface {
	Tag(s string) []Word
}

// Token is a Word placed in a Text: Start and End are code points of Norm.
type Token struct {
	Text  string
	POS   string
	Start int
	End   int
}

// Span returns the token's span in Norm.
func (t Token) Span() Span { return Span{t.Start, t.End} }

// Tokenize segments the normalised text. It cuts Norm at every punctuation
// mark and space itself (cppjieba's own pre-split only knows a few, and a
// name beside 、 is shattered otherwise), feeds each chunk to seg, and
// places the words by code point. Punctuation and spaces become tokens with
// POS "x" and are not sent to the segmenter.
func Tokenize(seg Segmenter, t *Text) []Token {
	toks := make([]Token, 0, t.NormLen()/2)
	norm := t.Norm
	pos := 0 // code point index of norm[i]
	chunkStart, chunkPos := -1, 0
	flush := func(end int) {
		if chunkStart < 0 {
			return
		}
		p := chunkPos
		for _, w := range seg.Tag(norm[chunkStart:end]) {
			n := utf8.RuneCountInString(w.Text)
			toks = append(toks, Token{Text: w.Text, POS: w.POS, Start: p, End: p + n})
			p += n
		}
		chunkStart = -1
	}
	for i, r := range norm {
		if isBreak(r) {
			flush(i)
			toks = append(toks, Token{Text: string(r), POS: "x", Start: pos, End: pos + 1})
		} else if chunkStart < 0 {
			chunkStart, chunkPos = i, pos
		}
		pos++
	}
	flush(len(norm))
	return toks
}

// isBreak reports whether r ends a segmenter chunk: white space and
// punctuation, except the decimal point and the marks inside names and
// numbers (. · - %).
func isBreak(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case '.', '-', '%', '&', '_', '+', '#':
			return false
		}
		return r <= ' ' || unicode.IsPunct(r) || unicode.IsSymbol(r)
	}
	if r == '·' || r == '・' {
		return false
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || (unicode.IsSymbol(r) && !unicode.Is(unicode.Han, r))
}

// splitTag splits gojieba's "word/tag".
func splitTag(s string) Word {
	i := strings.LastIndexByte(s, '/')
	if i < 0 {
		return Word{Text: s, POS: "x"}
	}
	return Word{Text: s[:i], POS: s[i+1:]}
}

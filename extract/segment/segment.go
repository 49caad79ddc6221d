package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract/textmap"
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

// TextTokenizer is a Segmenter that places a text's tokens itself, as
// Tokenize would place the words of its Tag (Native does).
type TextTokenizer interface {
	// TokenizeText appends t's tokens to toks.
	TokenizeText(t *textmap.Text, toks []Token) []Token
}

// Token is a Word placed in a Text: Start and End are code points of Norm,
// so Text is Norm's code points [Start, End) and has End-Start of them (the
// extractors count a token's code points so, without decoding its Text).
type Token struct {
	Text  string
	POS   string
	Start int
	End   int
}

// Span returns the token's span in Norm.
func (t Token) Span() textmap.Span { return textmap.Span{Start: t.Start, End: t.End} }

// BoundSuffix reports whether t is a suffix bound to the word before it
// that the segmenter cut off (生活 性, 现代 化, 科技 型, 一站 式): no name
// starts with it.
func (t Token) BoundSuffix() bool {
	return t.End-t.Start == 1 && strings.ContainsAny(t.Text, "性化型式")
}

// Tokenize segments the normalised text. cppjieba splits its input only
// at a few marks before its unknown-word model, so a name beside 、 or an
// ASCII comma is shattered; Tokenize therefore feeds it each line with every
// other punctuation mark and space replaced by one it splits at, of the
// same length in bytes (，for three-byte marks, a space for one-byte ones),
// so that offsets stay aligned and gojieba is called once a line (it is
// much faster fed lines than chunks or whole documents). Punctuation and
// spaces become tokens with POS "x". Words are placed by code point. The
// native segmenter does the same cut itself, in one pass over the text's
// code points (every break mark ends a range), with the same tokens.
func Tokenize(seg Segmenter, t *textmap.Text) []Token { return TokenizeInto(seg, t, nil) }

// tokenizeInto is Tokenize appending to toks.
func TokenizeInto(seg Segmenter, t *textmap.Text, toks []Token) []Token {
	if toks == nil {
		toks = make([]Token, 0, t.NormLen()*2/3+8) // about two code points a word
	}
	norm := t.Norm
	if nt, ok := seg.(TextTokenizer); ok {
		return nt.TokenizeText(t, toks)
	}
	pos := 0 // code point index of the current line start
	buf := make([]byte, 0, 256)
	for len(norm) > 0 {
		line := norm
		nl := strings.IndexByte(norm, '\n')
		if nl >= 0 {
			line = norm[:nl]
		}
		if line != "" {
			buf = sanitizeLine(buf[:0], line)
			// Walk the line's bytes and code points together with gojieba's
			// words: a word that is the original text becomes a token; in a
			// replaced stretch every original mark whose first byte falls in
			// it becomes an x token (a two-byte mark replaced by two spaces
			// comes back as two words, and gives one token).
			b, p := 0, pos // next unplaced byte of line, its code point in Norm
			off := 0       // byte offset of the current word in buf (and line)
			for piece := range runPieces(line) {
				for _, w := range seg.Tag(string(buf[piece[0]:piece[1]])) {
					end := min(off+len(w.Text), len(line))
					if b == off && line[off:end] == w.Text && utf8.ValidString(w.Text) {
						n := utf8.RuneCountInString(w.Text)
						toks = append(toks, Token{Text: w.Text, POS: w.POS, Start: p, End: p + n})
						p += n
						b = end
					} else {
						for b < end {
							_, size := utf8.DecodeRuneInString(line[b:])
							toks = append(toks, Token{Text: line[b : b+size], POS: "x", Start: p, End: p + 1})
							p++
							b += size
						}
					}
					off = end
				}
			}
			pos = p
		}
		if nl < 0 {
			break
		}
		toks = append(toks, Token{Text: "\n", POS: "x", Start: pos, End: pos + 1})
		pos++
		norm = norm[nl+1:]
	}
	return toks
}

// MaxRun is the longest run of code points without a break mark that is
// segmented as one: a longer run is cut after every MaxRun code points,
// which bounds the segmenter's tables (its route and Viterbi arrays grow
// with the run, in cppjieba as here). cppjieba has no such limit, but no
// sentence comes near it; text without punctuation or spaces for
// thousands of code points is not prose.
const MaxRun = 4096

// runPieces yields [start, end) byte ranges that cover line, cut inside
// any run of more than MaxRun code points without a break mark, after
// every MaxRun of them; a line without such a run is one piece.
func runPieces(line string) func(func([2]int) bool) {
	return func(yield func([2]int) bool) {
		start, run := 0, 0
		for i, r := range line {
			if IsBreak(r) {
				run = 0
				continue
			}
			if run == MaxRun {
				if !yield([2]int{start, i}) {
					return
				}
				start, run = i, 0
			}
			run++
		}
		yield([2]int{start, len(line)})
	}
}

// sanitizeLine copies line into buf with every break mark replaced by a
// mark of the same byte length that cppjieba splits at.
func sanitizeLine(buf []byte, line string) []byte {
	for _, r := range line {
		if !IsBreak(r) || r == '，' || r == '。' {
			buf = utf8.AppendRune(buf, r)
			continue
		}
		switch utf8.RuneLen(r) {
		case 3:
			buf = append(buf, "，"...)
		default:
			for k := 0; k < utf8.RuneLen(r); k++ {
				buf = append(buf, ' ')
			}
		}
	}
	return buf
}

// isBreak reports whether r ends a segmenter chunk: white space and
// punctuation, except the decimal point and the marks inside names and
// numbers (. · - %).
func IsBreak(r rune) bool {
	if r >= 0x4e00 && r <= 0x9fff {
		return false // CJK Unified Ideographs, most of the text
	}
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
func SplitTag(s string) Word {
	i := strings.LastIndexByte(s, '/')
	if i < 0 {
		return Word{Text: s, POS: "x"}
	}
	return Word{Text: s[:i], POS: s[i+1:]}
}

// WordStartingAt returns the index of the token that starts at Norm
// position p, and false when none does (p inside a word or past the end).
func WordStartingAt(toks []Token, p int) (int, bool) {
	k := TokenIndexAt(toks, p)
	return k, k < len(toks) && toks[k].Start == p
}

// TokenIndexAt returns the index of the token that covers Norm position p.
func TokenIndexAt(toks []Token, p int) int {
	lo, hi := 0, len(toks) // sort.Search, written out: it is called for every candidate
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].End > p {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

package textmap

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Span is a half-open range [Start, End) of code points.
type Span struct {
	Start, End int
}

// Len is the number of code points in the span.
func (s Span) Len() int { return s.End - s.Start }

// Text is a normalised text with a map back to its original.
//
// Norm is what extractors match on. Each code point i of Norm came from
// code point toOrig[i] of the original; code points of the original that
// were dropped (line breaks inside a sentence) have no image in Norm.
type Text struct {
	Orig string
	Norm string

	toOrig   []int32 // Norm code point → Orig code point
	normByte []int32 // Norm code point → byte offset in Norm; one extra entry at the end
	origByte []int32 // Orig code point → byte offset in Orig; one extra entry at the end
	runes    []rune  // Norm as code points
	// ident means Norm is Orig: toOrig is nil (the identity), runes and
	// normByte are Orig's.
	ident bool
}

// TextScratch holds Normalize's tables for reuse (NormalizeIn): Norm to
// Orig, Orig's and Norm's byte offsets, Orig's and Norm's code points. It
// serves one goroutine at a time; a Text built in it is valid until the
// next NormalizeIn with it.
type TextScratch struct {
	toOrig, origByte, normByte []int32
	orig, runes                []rune
}

// Normalize folds width and rejoins lines broken inside a sentence.
//
// Width folding maps full-width digits, letters and punctuation to their
// ASCII forms (１２．６亿元 → 12.6亿元, ， → ,) and half-width katakana to full
// width; it maps each code point to exactly one, so it needs no realignment.
// A line break (with the blank lines and indentation around it) is dropped
// when the line before it looks like a sentence in progress: it has a
// clause mark (，、,) and does not end with a sentence end or a closing mark,
// and the next line starts with a letter, digit or ideograph. Carriage
// returns before a line feed are dropped.
func Normalize(orig string) *Text { return NormalizeIn(nil, orig) }

// NormalizeIn is Normalize with its code point tables in sc's buffers
// (nil allocates new ones).
func NormalizeIn(sc *TextScratch, orig string) *Text {
	// A first guess at the code points (Chinese takes three bytes each);
	// the tables grow past it if they must, and reused ones rarely must. A
	// large text is counted instead: the guess would overshoot by half
	// what Chinese needs, in every table.
	n := len(orig)/2 + 16
	if len(orig) > 64<<10 {
		n = utf8.RuneCountInString(orig)
	}
	if sc == nil {
		sc = new(TextScratch)
	}
	t := &Text{Orig: orig, origByte: reuse(sc.origByte, n+1)}
	runes := reuse(sc.orig, n)
	defer func() { sc.origByte, sc.orig = t.origByte, runes }()
	for i := 0; i < len(orig); {
		// Decoded as range decodes, with the three-byte sequences that
		// need no check beyond their continuation bytes (all of CJK) done
		// here rather than in a call.
		c, r, size := orig[i], rune(0), 1
		switch {
		case c < utf8.RuneSelf:
			r = rune(c)
		case c >= 0xe1 && c != 0xed && c <= 0xef && i+2 < len(orig) && orig[i+1]&0xc0 == 0x80 && orig[i+2]&0xc0 == 0x80:
			r, size = rune(c&0x0f)<<12|rune(orig[i+1]&0x3f)<<6|rune(orig[i+2]&0x3f), 3
		default:
			r, size = utf8.DecodeRuneInString(orig[i:])
		}
		t.origByte = append(t.origByte, int32(i))
		runes = append(runes, r)
		i += size
	}
	t.origByte = append(t.origByte, int32(len(orig)))
	if unchanged(runes) {
		// Most texts: Norm is Orig, and its tables are Orig's.
		t.ident, t.Norm, t.runes, t.normByte = true, orig, runes, t.origByte
		return t
	}
	n = len(runes) // Norm has at most Orig's code points
	t.toOrig, t.runes, t.normByte = reuse(sc.toOrig, n), reuse(sc.runes, n), reuse(sc.normByte, n+1)
	defer func() { sc.toOrig, sc.runes, sc.normByte = t.toOrig, t.runes, t.normByte }()

	// Code points that stay as they are go to Norm as runs of Orig's
	// bytes; a folded one is written alone. An invalid byte (U+FFFD in
	// runes) is written as U+FFFD's three bytes, never copied.
	var b strings.Builder
	b.Grow(len(orig))
	origByte := t.origByte
	run := -1 // byte offset in Orig of the run not yet written, or -1
	nlen := 0 // bytes of Norm so far, the run included
	flush := func(end int) {
		if run >= 0 {
			b.WriteString(orig[run:end])
			run = -1
		}
	}
	lineStart := 0 // index in runes of the current line's first code point
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r == '\r' && i+1 < len(runes) && runes[i+1] == '\n' {
			flush(int(origByte[i]))
			continue
		}
		if r == '\n' {
			if j, ok := joinBreak(runes, lineStart, i); ok {
				flush(int(origByte[i]))
				lineStart = j
				i = j - 1
				continue
			}
			lineStart = i + 1
		}
		f := FoldRune(r)
		t.toOrig = append(t.toOrig, int32(i))
		t.normByte = append(t.normByte, int32(nlen))
		t.runes = append(t.runes, f)
		if f == r && r != utf8.RuneError {
			if run < 0 {
				run = int(origByte[i])
			}
			nlen += int(origByte[i+1] - origByte[i])
			continue
		}
		flush(int(origByte[i]))
		b.WriteRune(f)
		nlen += utf8.RuneLen(f)
	}
	flush(len(orig))
	t.Norm = b.String()
	t.normByte = append(t.normByte, int32(len(t.Norm)))
	return t
}

// unchanged reports whether normalising leaves runes as they are: no
// carriage return, nothing to fold, no invalid byte (which becomes
// U+FFFD), no line break to rejoin.
func unchanged(runes []rune) bool {
	lineStart := 0
	for i, r := range runes {
		switch {
		case r == '\r' || r == utf8.RuneError || FoldRune(r) != r:
			return false
		case r == '\n':
			if _, ok := joinBreak(runes, lineStart, i); ok {
				return false
			}
			lineStart = i + 1
		}
	}
	return true
}

// reuse gives buf emptied, with room for n, or a new slice.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, 0, n)
	}
	return buf[:0]
}

// foldRune applies width.Fold to one code point.
func FoldRune(r rune) rune {
	if r < 0x3000 || r > 0x3000 && r < 0xff01 {
		return r // width.Fold changes only U+3000 and U+FF01–U+FFEE (TestFoldRune)
	}
	p := width.LookupRune(r)
	if f := p.Folded(); f != 0 {
		return f
	}
	return r
}

// joinBreak decides whether the line break at runes[nl] (the line started
// at lineStart) continues a sentence. If so it returns the index of the
// first code point of the next line's text.
func joinBreak(runes []rune, lineStart, nl int) (int, bool) {
	// The line before: trimmed of trailing space.
	end := nl
	for end > lineStart && isBlank(runes[end-1]) {
		end--
	}
	if end == lineStart {
		return 0, false
	}
	last := FoldRune(runes[end-1])
	if OneOf("。.!?！？;；:：…”’\"'」』)）】]》>", last) {
		return 0, false
	}
	// A section number (二、, 3、) at the line's start is no clause: 二、生物
	// 医药产业 is a title line.
	from := lineStart
	for from < end && isBlank(runes[from]) {
		from++
	}
	k := from
	for k < end && (cnSectionDigit(runes[k]) || runes[k] >= '0' && runes[k] <= '9') {
		k++
	}
	if k > from && k < end && runes[k] == '、' {
		from = k + 1
	}
	clause := false
	for _, r := range runes[from:end] {
		if r == '，' || r == '、' || r == ',' {
			clause = true
			break
		}
	}
	if !clause {
		return 0, false
	}
	// Skip blank lines (at most two) and indentation.
	j, breaks := nl, 0
	for j < len(runes) && isBlank(runes[j]) {
		if runes[j] == '\n' {
			breaks++
		}
		j++
	}
	if j == len(runes) || breaks > 3 {
		return 0, false
	}
	next := runes[j]
	if !(unicode.Is(unicode.Han, next) || unicode.IsLetter(next) || unicode.IsDigit(next) || next == '“') {
		return 0, false
	}
	// A line that starts with an item's number (1. 2、) starts an item.
	n := j
	for n < len(runes) && runes[n] >= '0' && runes[n] <= '9' {
		n++
	}
	if n > j && n < len(runes) && OneOf(".、．)）", runes[n]) {
		return 0, false
	}
	return j, true
}

// cnSectionDigit reports a Chinese numeral of a section number (一 … 十).
func cnSectionDigit(r rune) bool { return strings.ContainsRune("一二三四五六七八九十", r) }

func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' || r == '\u00a0'
}

// Simplify reads Norm as Simplified Chinese (Hant.Simplify), one code
// point for one, so the map back to Orig is unchanged. Norm gets tables of
// its own (a Scratch's are not reused: Traditional texts are few).
func (t *Text) Simplify(h *Hant) {
	rs := make([]rune, len(t.runes))
	copy(rs, t.runes)
	if t.ident {
		t.toOrig = make([]int32, len(rs))
		for i := range t.toOrig {
			t.toOrig[i] = int32(i)
		}
		t.ident = false
	}
	h.Simplify(rs)
	t.runes = rs
	t.Norm = string(rs)
	nb := make([]int32, 0, len(rs)+1)
	b := 0
	for _, r := range rs {
		nb = append(nb, int32(b))
		b += utf8.RuneLen(r)
	}
	t.normByte = append(nb, int32(b))
}

// OrigOffsets gives the byte offset in Orig of every code point, and
// len(Orig) after the last. The slice is the Text's own: do not change it.
func (t *Text) OrigOffsets() []int32 { return t.origByte }

// Runes returns Norm as code points. The slice is the Text's own: do not
// change it.
func (t *Text) Runes() []rune { return t.runes }

// NormBytes gives the byte offset in Norm of every code point, and
// len(Norm) after the last. The slice is the Text's own: do not change it.
func (t *Text) NormBytes() []int32 { return t.normByte }

// NormLen is the length of Norm in code points.
func (t *Text) NormLen() int { return len(t.runes) }

// OrigLen is the length of Orig in code points.
func (t *Text) OrigLen() int { return len(t.origByte) - 1 }

// OrigSpan maps a span of Norm to the span of Orig it came from: from the
// first code point's origin to just past the last one's. Code points that
// normalisation dropped inside it (a rejoined line break) are inside the
// result.
func (t *Text) OrigSpan(s Span) Span {
	if s.End <= s.Start {
		o := t.origPos(s.Start)
		return Span{o, o}
	}
	if t.ident {
		return s
	}
	return Span{int(t.toOrig[s.Start]), int(t.toOrig[s.End-1]) + 1}
}

func (t *Text) origPos(i int) int {
	if t.ident {
		return min(i, t.OrigLen())
	}
	if i < len(t.toOrig) {
		return int(t.toOrig[i])
	}
	return t.OrigLen()
}

// NormSlice returns Norm[s] (code points).
func (t *Text) NormSlice(s Span) string {
	return t.Norm[t.normByte[s.Start]:t.normByte[s.End]]
}

// OrigSlice returns Orig[s] (code points).
func (t *Text) OrigSlice(s Span) string {
	return t.Orig[t.origByte[s.Start]:t.origByte[s.End]]
}

// NormByte gives the byte offset in Norm of code point i.
func (t *Text) NormByte(i int) int { return int(t.normByte[i]) }

// NormRune gives the code point index in Norm of byte offset b, which must
// start a code point (as regexp match offsets do).
func (t *Text) NormRune(b int) int {
	return sort.Search(len(t.normByte), func(i int) bool { return int(t.normByte[i]) >= b })
}

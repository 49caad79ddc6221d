package textmap

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maySpace reports whether s may hold white space (unicode.IsSpace): an
// ASCII space, or a byte that starts U+0085, U+00A0 (0xC2), U+1680
// (0xE1), U+2000–U+205F (0xE2) or U+3000 (0xE3). schema has the same.
func MaySpace(s string) bool { return spaceBytes.In(s) }

// spaceBytes are the bytes maySpace looks for.
var spaceBytes = BytesOf(" \t\n\v\f\r\xc2\xe1\xe2\xe3")

// squeeze removes white space.
func Squeeze(s string) string {
	if !MaySpace(s) || strings.IndexFunc(s, unicode.IsSpace) < 0 {
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

// splitSentences cuts Norm at sentence ends (。！？；!?; and line breaks);
// the mark stays with its sentence.
func SplitSentences(rs []rune) []Span {
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

func LexOf(words []string) Lexicon {
	m := make(map[string]string, len(words))
	for _, w := range words {
		m[w] = w
	}
	return NewLexicon(m)
}

// HasPrefixRunes reports whether the code points rs start with h.
func HasPrefixRunes(rs []rune, h string) bool {
	for _, r := range h {
		if len(rs) == 0 || rs[0] != r {
			return false
		}
		rs = rs[1:]
	}
	return true
}

// HasSuffixRunes reports whether the code points rs end with h.
func HasSuffixRunes(rs []rune, h string) bool {
	for len(h) > 0 {
		r, n := utf8.DecodeLastRuneInString(h)
		if len(rs) == 0 || rs[len(rs)-1] != r {
			return false
		}
		rs, h = rs[:len(rs)-1], h[:len(h)-n]
	}
	return true
}

// oneOf reports whether r is one of the code points of set.
func OneOf(set string, r rune) bool { return strings.ContainsRune(set, r) }

// byteSet is a table of bytes, for checks that need not decode a text.
type ByteSet [256]bool

func BytesOf(s string) (t ByteSet) {
	for i := 0; i < len(s); i++ {
		t[s[i]] = true
	}
	return t
}

// in reports whether s holds one of the bytes.
func (t *ByteSet) In(s string) bool {
	for i := 0; i < len(s); i++ {
		if t[s[i]] {
			return true
		}
	}
	return false
}

// charSet is a small set of code points, decoded once.
type CharSet []rune

func Chars(s string) CharSet { return CharSet([]rune(s)) }

// in reports whether s holds one of the set's code points (what
// strings.ContainsAny reports, without searching the set's string for
// every code point of s).
func (c CharSet) In(s string) bool {
	for _, r := range s {
		if c.Has(r) {
			return true
		}
	}
	return false
}

// inRunes is in for a text given as code points.
func (c CharSet) InRunes(rs []rune) bool {
	for _, r := range rs {
		if c.Has(r) {
			return true
		}
	}
	return false
}

// has reports whether r is in the set.
func (c CharSet) Has(r rune) bool {
	for _, x := range c {
		if x == r {
			return true
		}
	}
	return false
}

// lexicon matches the longest of a set of words at a place. Words are
// indexed by their first and last code point, so a place where no word can
// start or end costs one bit test (one map look-up beyond 0xFFFF).
type Lexicon struct {
	byFirst     map[rune][]LexWord // longest first
	byLast      map[rune][]LexWord // longest first
	first, last *RuneSet           // the keys of byFirst and byLast below 0x10000
	words       map[string]string
}

// FirstUnion is the set of the code points below 0x10000 that a word of
// any of ls may start with: one test where a scan would ask each lexicon
// in turn (Lexicon.MayStart; beyond 0x10000 any code point may).
func FirstUnion(ls ...Lexicon) *RuneSet {
	set := new(RuneSet)
	for _, l := range ls {
		if l.first == nil {
			continue
		}
		for i := range set {
			set[i] |= l.first[i]
		}
	}
	return set
}

// LexWord is one word of a Lexicon and the value it stands for.
type LexWord struct {
	Runes []rune
	Value string
}

func NewLexicon(m map[string]string) Lexicon {
	var words []LexWord
	for w, v := range m {
		if w != "" {
			words = append(words, LexWord{[]rune(w), v})
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i].Runes) != len(words[j].Runes) {
			return len(words[i].Runes) > len(words[j].Runes)
		}
		return string(words[i].Runes) < string(words[j].Runes)
	})
	l := Lexicon{byFirst: map[rune][]LexWord{}, byLast: map[rune][]LexWord{}, first: new(RuneSet), last: new(RuneSet), words: map[string]string{}}
	for _, w := range words {
		f, e := w.Runes[0], w.Runes[len(w.Runes)-1]
		l.byFirst[f] = append(l.byFirst[f], w)
		l.byLast[e] = append(l.byLast[e], w)
		l.words[string(w.Runes)] = w.Value
		if f < 0x10000 {
			l.first.Add(f)
		}
		if e < 0x10000 {
			l.last.Add(e)
		}
	}
	return l
}

// is reports whether w is one of the words.
func (l Lexicon) Is(w string) bool {
	_, ok := l.words[w]
	return ok
}

// mayStart reports whether a word may start with r (at would look).
func (l Lexicon) MayStart(r rune) bool { return r >= 0x10000 || r >= 0 && l.first.Has(r) }

// mayEnd reports whether a word may end with r (before would look).
func (l Lexicon) MayEnd(r rune) bool { return r >= 0x10000 || r >= 0 && l.last.Has(r) }

// WordsByFirst returns the words grouped by their first code point, each
// group longest first. The map is the Lexicon's own: do not change it.
func (l Lexicon) WordsByFirst() map[rune][]LexWord { return l.byFirst }

// HasWordStartingWith reports whether one of the words starts with r.
func (l Lexicon) HasWordStartingWith(r rune) bool {
	_, ok := l.byFirst[r]
	return ok
}

// within reports whether one of the words occurs in rs[lo:].
func (l Lexicon) Within(rs []rune, lo int) bool {
	for i := lo; i < len(rs); i++ {
		if l.MayStart(rs[i]) {
			if _, n := l.At(rs, i); n > 0 {
				return true
			}
		}
	}
	return false
}

// at returns the longest word starting at rs[i] and its length.
func (l Lexicon) At(rs []rune, i int) (string, int) {
	if i < 0 || i >= len(rs) || !l.MayStart(rs[i]) {
		return "", 0
	}
	for _, w := range l.byFirst[rs[i]] {
		if HasRunes(rs, i, w.Runes) {
			return w.Value, len(w.Runes)
		}
	}
	return "", 0
}

// before returns the longest word ending at rs[i] (exclusive) that starts
// at or after lo, and its length.
func (l Lexicon) Before(rs []rune, i, lo int) (string, int) {
	if i <= 0 || i > len(rs) || !l.MayEnd(rs[i-1]) {
		return "", 0
	}
	for _, w := range l.byLast[rs[i-1]] {
		if s := i - len(w.Runes); s >= lo && HasRunes(rs, s, w.Runes) {
			return w.Value, len(w.Runes)
		}
	}
	return "", 0
}

// hasRunesAt is hasRunes for a word given as a string.
func HasRunesAt(rs []rune, i int, w string) bool {
	return i >= 0 && i <= len(rs) && RunesHavePrefix(rs[i:], w)
}

func HasRunes(rs []rune, i int, w []rune) bool {
	if i < 0 || i+len(w) > len(rs) {
		return false
	}
	for k, r := range w {
		if rs[i+k] != r {
			return false
		}
	}
	return true
}

// runeSet is a set of code points below 0x10000.
type RuneSet [0x10000 / 64]uint64

func (s *RuneSet) Add(r rune) { s[r>>6] |= 1 << (r & 63) }

func (s *RuneSet) Has(r rune) bool { return s[r>>6]&(1<<(r&63)) != 0 }

// addFirst adds the first code point of w; one beyond the set's range
// marks the set as holding all of them (hasFirst is then true for any).
func (s *RuneSet) AddFirst(w string) {
	if r := FirstRune(w); r >= 0 && r < 0x10000 {
		s.Add(r)
	} else {
		s[0] |= 1 // U+0000 stands for "beyond the range"
	}
}

// hasFirst reports whether a word starting with r may be in the set that
// addFirst built.
func (s *RuneSet) HasFirst(r rune) bool {
	if r < 0 || r >= 0x10000 || s[0]&1 != 0 {
		return true
	}
	return s.Has(r)
}

// runesHavePrefix reports whether the code points rs start with w.
func RunesHavePrefix(rs []rune, w string) bool {
	i := 0
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// firstRune is the first code point of s (utf8.RuneError for "").
func FirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Sets of marks that several layers look for.
var (
	ClauseMarkChars   = Chars(",，。;；:：\n")
	QuoteBracketChars = Chars("“”\"()（）《》「」") // quotes and brackets
)

func FollowedBy(rs []rune, e int, words ...string) bool {
	for _, w := range words {
		if e >= 0 && e <= len(rs) && RunesHavePrefix(rs[e:], w) {
			return true
		}
	}
	return false
}

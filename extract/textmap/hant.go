package textmap

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

//go:embed data/t2s.txt
var t2sTable []byte

// Hant reads Traditional Chinese as Simplified, for matching only: every
// extractor, the segmenter and the money grammar see Simplified text, while
// spans and names point back into the original and quote it as written.
//
// The conversion is OpenCC's t2s (github.com/longbridgeapp/opencc), whose
// character and phrase tables map one code point to one, so the offset map
// of a Text stays exact (TestHantOneToOne). data/t2s.txt lists the code
// points t2s changes, one by one, generated from the library
// (TestT2STable -update); it tells a Traditional text from a Simplified one
// without running the converter on every document.
type Hant struct {
	to   map[rune]rune // a Traditional code point and its Simplified form
	bmp  RuneSet       // the keys of to below 0x10000
	conv *opencc.OpenCC
}

// NewHant loads the table and the converter.
func NewHant() (*Hant, error) {
	conv, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("opencc t2s: %w", err)
	}
	h := &Hant{to: map[rune]rune{}, conv: conv}
	sc := bufio.NewScanner(bytes.NewReader(t2sTable))
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		from, to, ok := strings.Cut(t, "\t")
		f, fn := utf8.DecodeRuneInString(from)
		s, sn := utf8.DecodeRuneInString(to)
		if !ok || fn != len(from) || sn != len(to) || f == utf8.RuneError || s == utf8.RuneError {
			return nil, fmt.Errorf("data/t2s.txt:%d: want one code point, a tab, one code point", line)
		}
		h.to[f] = s
		if f < 0x10000 {
			h.bmp.Add(f)
		}
	}
	return h, nil
}

// isHant reports whether t2s changes r.
func (h *Hant) isHant(r rune) bool {
	if r < 0x10000 {
		return h.bmp.Has(r)
	}
	_, ok := h.to[r]
	return ok
}

// Traditional reports whether a text is written in Traditional characters:
// at least minHant of its code points are ones t2s changes, and they are
// at least one in hantShare of its ideographs. A Simplified text has a few
// such characters by chance (乾, 於, 後 in names and quotations), never
// that many: on 3,083 real news articles the most was 1.6%, while the
// Traditional press releases of the gold set have 33–46%.
func (h *Hant) Traditional(rs []rune) bool {
	n, han := 0, 0
	for _, r := range rs {
		if r < 0x3400 {
			continue
		}
		han++
		if h.isHant(r) {
			n++
		}
	}
	return n >= minHant && n*hantShare >= han
}

const (
	minHant   = 1  // a short text (負一百二十萬) has one or two
	hantShare = 10 // one ideograph in 10: Traditional texts have a third or more, Simplified ones under 2%
)

// Simplify converts rs to Simplified in place: with OpenCC's phrase and
// character tables (up to phraseLimit code points) when its output keeps
// one code point for one (it
// always has: TestHantOneToOne), else character by character. Only code
// points that t2s changes on their own may change: the library's trie
// answers for some control characters (it turned U+0001 into 貳), and
// what it says there is not taken.
func (h *Hant) Simplify(rs []rune) {
	if len(rs) > phraseLimit {
		h.SimplifyChars(rs)
		return
	}
	out, err := h.conv.Convert(string(rs))
	if err == nil && utf8.RuneCountInString(out) == len(rs) {
		i := 0
		for _, r := range out {
			if h.isHant(rs[i]) {
				rs[i] = r
			}
			i++
		}
		return
	}
	h.SimplifyChars(rs)
}

// phraseLimit is the longest text, in code points, converted with the
// phrase tables: the library takes about a microsecond a code point, and a
// text longer than any press release is converted character by character,
// which differs only in the few hundred phrases of TSPhrases.
const phraseLimit = 1 << 16

// SimplifyChars converts rs code point by code point.
func (h *Hant) SimplifyChars(rs []rune) {
	for i, r := range rs {
		if h.isHant(r) {
			rs[i] = h.to[r]
		}
	}
}

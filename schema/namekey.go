package schema

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// keyQuotes are the quote marks a name key drops.
const keyQuotes = "“”‘’\"'「」『』《》"

// NameKey is the key by which two names are the same name: the gold set's
// rule (../shared/gold/README.md), shared by the scorer and the
// extractors. It is the name in Unicode NFKC, without white space or quote
// marks (“”‘’"'「」『』《》), and without a trailing 项目 or 項目 when
// something is left before it.
func NameKey(s string) string {
	if !nfkcStable(s) && !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	if mayDrop(s) {
		s = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || strings.ContainsRune(keyQuotes, r) {
				return -1
			}
			return r
		}, s)
	}
	for _, suf := range [...]string{"项目", "項目"} {
		if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s) > 2 {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// nfkcStable reports, cheaply, that NFKC leaves s as it is: s holds only
// ASCII and CJK Unified Ideographs (U+4E00–U+9FFF), which NFKC never
// changes. Most names are so; the others go through norm's quick check.
func nfkcStable(s string) bool {
	for _, r := range s {
		if r >= 0x80 && (r < 0x4e00 || r > 0x9fff) {
			return false
		}
	}
	return true
}

// mayDrop reports whether s may hold white space or a quote mark: an
// ASCII one, or a byte that starts U+0085 or U+00A0 (0xC2), U+1680 (0xE1),
// U+2000–U+205F (0xE2, the curly quotes too) or U+3000–U+300F (0xE3, the
// corner and angle brackets too).
func mayDrop(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r', '"', '\'', 0xc2, 0xe1, 0xe2, 0xe3:
			return true
		}
	}
	return false
}

package segment

import "unicode/utf8"

// Fake is a segmenter for tests that need neither dictionaries nor cgo.
// At each place it cuts the longest word of Words (tagged with its value),
// or else one code point alone, tagged "m" for an ASCII digit and "n" for
// anything else. A zero Fake cuts every code point alone.
type Fake struct {
	Words map[string]string // word → part-of-speech tag
}

// Tag implements Segmenter.
func (f Fake) Tag(s string) []Word {
	var out []Word
	for len(s) > 0 {
		n := 0
		for w := range f.Words {
			if len(w) > n && len(w) <= len(s) && s[:len(w)] == w {
				n = len(w)
			}
		}
		if n > 0 {
			out = append(out, Word{Text: s[:n], POS: f.Words[s[:n]]})
			s = s[n:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		tag := "n"
		if r >= '0' && r <= '9' {
			tag = "m"
		}
		out = append(out, Word{Text: s[:size], POS: tag})
		s = s[size:]
	}
	return out
}

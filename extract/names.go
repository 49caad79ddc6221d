package extract

import (
	"sort"
	"strings"
	"unicode"
)

// nameish reports whether a token can be part of a name to the left of a
// head: nouns of every kind, place and person names, abbreviations,
// distinguishing words, nominal verbs and Latin words. POS tags are only
// evidence: the project dictionary tags what gojieba gets wrong.
func nameish(t Token) bool {
	if t.Text == "" || isBreak([]rune(t.Text)[0]) {
		return false
	}
	switch t.POS {
	case "eng", "j", "b", "vn", "an", "nz", "nt", "ns", "nr", "nrt", "nrfg", "ng", "n", "l", "i", "x", "m", "a", "f":
		if t.POS == "x" || t.POS == "m" {
			// Unknown words and numerals inside a name (海唯真, 2025) but
			// not punctuation.
			for _, r := range t.Text {
				if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r)) {
					return false
				}
			}
			if t.POS == "m" && !unicode.IsDigit([]rune(t.Text)[0]) {
				return false
			}
		}
		if t.POS == "f" || t.POS == "a" {
			return len([]rune(t.Text)) >= 2
		}
		return true
	}
	return strings.HasPrefix(t.POS, "n")
}

var badNameStart = "与和及在由从等的对向把被为将了是于以及共同"

// extendLeft returns the token index where a name ending with token hi
// (inclusive) starts, walking left over name-ish tokens, bracket groups
// (青岛) and quoted groups “中国制造2025”, at most maxTok tokens.
func extendLeft(toks []Token, lo, hi, maxTok int, stop map[string]bool) int {
	k := hi
	n := 0
	for k-1 >= lo && n < maxTok {
		p := toks[k-1]
		if p.Text == ")" || p.Text == "”" || p.Text == "\"" || p.Text == "』" || p.Text == "」" {
			open := map[string]string{")": "(", "”": "“", "\"": "\"", "』": "『", "」": "「"}[p.Text]
			q := k - 2
			for q >= lo && q >= k-10 && toks[q].Text != open {
				if toks[q].Text == "," || toks[q].Text == "。" || toks[q].Text == "、" {
					q = -1
					break
				}
				q--
			}
			if q < lo || q < 0 || toks[q].Text != open {
				break
			}
			k = q
			n++
			continue
		}
		if !nameish(p) || stop[p.Text] {
			break
		}
		k--
		n++
	}
	for k < hi && strings.ContainsAny(toks[k].Text, badNameStart) && len([]rune(toks[k].Text)) == 1 {
		k++
	}
	return k
}

// dropNested removes mentions inside a longer mention of the same kind
// and keeps text order.
func dropNested(ms []Mention) []Mention {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Norm.Start != ms[j].Norm.Start {
			return ms[i].Norm.Start < ms[j].Norm.Start
		}
		return ms[i].Norm.End > ms[j].Norm.End
	})
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.Norm.End <= end {
			continue
		}
		if len(out) > 0 && m.Norm.Start < end {
			// Overlap without nesting: keep the earlier, longer one.
			continue
		}
		out = append(out, m)
		end = m.Norm.End
	}
	return out
}

// tokenIndexAt returns the index of the token that covers Norm position p.
func tokenIndexAt(toks []Token, p int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].End > p })
}

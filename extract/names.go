package extract

import (
	"sort"
	"strings"
	"unicode"
)

// nameish reports whether a token can be part of a name to the left of a
// head: nouns of every kind, place and person names, abbreviations,
// distinguishing words, verbs inside a name (行政审批局, 应用技术研究所),
// unknown words and Latin words. POS tags are only evidence: the project
// dictionary tags what gojieba gets wrong, and predicate verbs (签约, 举行)
// never join a name.
func nameish(t Token) bool {
	if t.Text == "" || isBreak([]rune(t.Text)[0]) || predicateVerbs[t.Text] {
		return false
	}
	switch t.POS {
	case "x", "m":
		// Unknown words and numerals inside a name (海唯真, 2025), not
		// punctuation or Chinese number words.
		for _, r := range t.Text {
			if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return false
			}
		}
		return t.POS == "x" || unicode.IsDigit([]rune(t.Text)[0])
	case "f", "a", "ad":
		return len([]rune(t.Text)) >= 2
	case "p", "c", "cc", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "d", "q", "t", "tg", "y", "e", "o", "zg", "k", "h":
		return false
	}
	return true
}

// predicateVerbs end a name when met walking left: they report what a
// name did, they are not part of it.
var predicateVerbs = map[string]bool{
	"签约": true, "签署": true, "签订": true, "举行": true, "举办": true, "表示": true, "介绍": true, "获悉": true,
	"发起": true, "参与": true, "设立": true, "成立": true, "共建": true, "组建": true, "打造": true, "引进": true,
	"落户": true, "落地": true, "入驻": true, "携手": true, "联合": true, "宣布": true, "启动": true, "开工": true,
	"竣工": true, "投产": true, "揭牌": true, "建设": true, "建成": true, "实现": true, "达成": true, "推进": true,
	"加快": true, "围绕": true, "依托": true, "支持": true, "助力": true, "完成": true, "获得": true, "出席": true,
	"会见": true, "考察": true, "前往": true, "率": true, "位于": true, "选址": true, "总投资": true, "计划": true,
	"拟": true, "涵盖": true, "包括": true, "其中": true, "以及": true, "此外": true, "同时": true, "是": true, "有": true,
}

// functionChars are one-character words that a segmenter sometimes glues
// to the name after them (由古渡): a name does not start with them.
const functionChars = "由与在从向对把被将据经跟和及并或为于"

// extendLeft returns the token index where a name ending with token hi
// (inclusive) starts, walking left over name-ish tokens, bracket groups
// (青岛) and quoted groups “中国制造2025”, at most maxTok tokens. 和 joins
// two name words inside a name (文化和旅游局) when both sides are nouns.
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
		if p.Text == "和" && k-2 >= lo && k < len(toks) && strings.HasPrefix(toks[k-2].POS, "n") && strings.HasPrefix(toks[k].POS, "n") &&
			len([]rune(toks[k-2].Text)) == 2 {
			k--
			n++
			continue
		}
		if !nameish(p) || stop[p.Text] {
			break
		}
		k--
		n++
	}
	// A name starts with neither a verb nor a lone function word.
	for k < hi && (toks[k].POS == "v" || toks[k].POS == "vd" || toks[k].Text == "和" ||
		(len([]rune(toks[k].Text)) == 1 && strings.ContainsAny(toks[k].Text, functionChars))) {
		k++
	}
	return k
}

// trimFunctionChar moves a name's start past a function character that
// the segmenter glued to an unknown word (由古渡文旅 → 古渡文旅).
func trimFunctionChar(rs []rune, s, e int, first Token) int {
	if first.POS == "x" && first.Start == s && first.End-first.Start >= 3 && e-s > 3 && strings.ContainsRune(functionChars, rs[s]) {
		return s + 1
	}
	return s
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

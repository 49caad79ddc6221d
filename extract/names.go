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
	if t.Text == "-" || t.Text == "·" {
		return true // 上海日用-友捷, 中外合资·X
	}
	if t.Text == "" || isBreak([]rune(t.Text)[0]) || isPredicate(t.Text) {
		return false
	}
	switch t.POS {
	case "x":
		// Unknown words inside a name (海唯真), not punctuation.
		for _, r := range t.Text {
			if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return false
			}
		}
		return true
	case "m", "mq":
		// Counts are not part of names (3支基金); numbers inside names
		// come in quotes (“中国制造2025”).
		return false
	case "f", "ad":
		return len([]rune(t.Text)) >= 2
	case "p", "c", "cc", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "d", "q", "t", "tg", "y", "e", "o", "k", "h":
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
	"竣工": true, "投产": true, "揭牌": true, "建成": true, "实现": true, "达成": true, "推进": true,
	"加快": true, "围绕": true, "依托": true, "支持": true, "助力": true, "完成": true, "获得": true, "出席": true,
	"会见": true, "考察": true, "前往": true, "率": true, "位于": true, "选址": true, "总投资": true, "计划": true,
	"拟": true, "涵盖": true, "包括": true, "其中": true, "以及": true, "此外": true, "同时": true, "是": true, "有": true,
	"利用": true, "深化": true, "壮大": true, "代表": true, "陪同": true, "拟建": true, "建立": true, "跟进": true,
	"即": true, "如": true, "预计": true, "分别": true, "就": true, "另有": true, "还有": true, "赴": true, "拥有": true,
	// Titles end a name too: 管委会主任薛良 is a person of the 管委会.
	"主任": true, "副主任": true, "市长": true, "副市长": true, "县长": true, "区长": true, "书记": true, "副书记": true,
	"局长": true, "董事长": true, "总经理": true, "总裁": true, "主席": true, "常委": true, "负责人": true, "记者": true,
	"院长": true, "校长": true, "行长": true, "部长": true, "厅长": true, "处长": true, "秘书长": true, "会长": true,
}

// isPredicate reports a predicate verb, alone or after an adverb in one
// word (大力支持, 成功签约).
func isPredicate(w string) bool {
	if predicateVerbs[w] {
		return true
	}
	for _, adv := range []string{"大力", "积极", "全力", "着力", "努力", "加快", "共同", "正式", "成功", "顺利"} {
		if strings.HasPrefix(w, adv) && predicateVerbs[strings.TrimPrefix(w, adv)] {
			return true
		}
	}
	return false
}

// leadingVerbs are dropped from the start of a name: a name does not
// start with what was done to it (建设X产业园, 投资X项目).
var leadingVerbs = map[string]bool{"建设": true, "投资": true, "新建": true, "扩建": true, "引进": true, "推进": true,
	"加快": true, "打造": true, "实施": true, "开展": true, "成立": true, "组建": true, "筹建": true, "培育": true}

// functionChars are one-character words that a segmenter sometimes glues
// to the name after them (由古渡): a name does not start with them.
const functionChars = "由与在从向对把被将据经跟和及并或为于"

// extendLeft returns the token index where a name ending with token hi
// (inclusive) starts, walking left over name-ish tokens, bracket groups
// (青岛) and quoted groups “中国制造2025”, at most maxTok tokens. 和 joins
// two name words inside a name (文化和旅游局) when both sides are nouns.
func extendLeft(toks []Token, lo, hi, maxTok int, stop map[string]bool, joinHe bool) int {
	return extendLeftVerbs(toks, lo, hi, maxTok, stop, joinHe, false)
}

// extendLeftVerbs is extendLeft; with verbStart, a two-character verb right
// after punctuation may start the name (远航精工科技有限公司: registered
// names often start with such words).
func extendLeftVerbs(toks []Token, lo, hi, maxTok int, stop map[string]bool, joinHe, verbStart bool) int {
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
			if q < lo || q < 0 || toks[q].Text != open || !placeGroup(toks[q+1:k-1]) {
				break
			}
			k = q
			n++
			continue
		}
		if p.Text == "和" && joinHe && k-2 >= lo && k < len(toks) && strings.HasPrefix(toks[k-2].POS, "n") && strings.HasPrefix(toks[k].POS, "n") &&
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
	// A name starts with neither a verb nor a lone function word; a
	// two-character verb right after punctuation may start a name (远航精工).
	atBreak := verbStart && k > lo && len(toks[k-1].Text) > 0 && isBreak([]rune(toks[k-1].Text)[0])
	for k < hi && ((toks[k].POS == "v" && !(atBreak && len([]rune(toks[k].Text)) >= 2 && !isPredicate(toks[k].Text) && !leadingVerbs[toks[k].Text])) ||
		toks[k].POS == "vd" || toks[k].Text == "和" || leadingVerbs[toks[k].Text] || predicateVerbs[toks[k].Text] ||
		(len([]rune(toks[k].Text)) == 1 && strings.ContainsAny(toks[k].Text, functionChars))) {
		k++
	}
	return k
}

// placeGroup reports whether the words inside brackets or quotes may be
// part of a name: a place ((青岛), (天津)) or a short name (“中国制造2025”),
// not a byline ((记者杨骏)).
func placeGroup(toks []Token) bool {
	n := 0
	for _, t := range toks {
		n += len([]rune(t.Text))
		if t.Text == "记者" || t.Text == "通讯员" || t.Text == "摄影" || t.POS == "nr" || t.POS == "v" && predicateVerbs[t.Text] {
			return false
		}
	}
	return n > 0 && n <= 12
}

// trimFunctionChar moves a name's start past a function character that
// the segmenter glued to an unknown word (由古渡文旅 → 古渡文旅).
func trimFunctionChar(rs []rune, s, e int, first Token) int {
	if first.POS == "x" && first.Start == s && first.End-first.Start >= 2 && e-s > 3 && strings.ContainsRune(functionChars, rs[s]) {
		return s + 1
	}
	// 薛良率临港新城管委会: a person's name glued to a verb by the
	// segmenter's unknown-word model ends before the name.
	if first.POS == "x" && first.Start == s && first.End < e && strings.ContainsRune("率赴在向对为从与和到", rs[first.End-1]) {
		return first.End
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

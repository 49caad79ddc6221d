package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// nameish reports whether a token can be part of a name to the left of a
// head: nouns of every kind, place and person names, abbreviations,
// distinguishing words, verbs inside a name (行政审批局, 应用技术研究所),
// unknown words and Latin words. POS tags are only evidence: the project
// dictionary tags what gojieba gets wrong, and predicate verbs (签约, 举行)
// never join a name.
func (nr *nameRules) nameish(t segment.Token) bool {
	if t.Text == "-" || t.Text == "·" {
		return true // 上海日用-友捷, 中外合资·X
	}
	if t.Text == "" || segment.IsBreak(textmap.FirstRune(t.Text)) || nr.isPredicate(t.Text) {
		return false
	}
	if t.Text == "高速" {
		return true // 沈海 高速/d: the road's word, which the segmenter tags as an adverb
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
		// come in quotes (“中国制造2025”), or as ordinals between words
		// of the name (extendLeftVerbs).
		return false
	case "f", "ad":
		return t.End-t.Start >= 2 && !timeLocatives[t.Text]
	case "t":
		// A phase (中海壳牌惠州 三期/t 乙烯项目) or an age (北京 现代/t 汽车,
		// 西湖大学 未来/t 产业研究中心) inside a name; any other time word
		// ends it. 未来 starts no name (在未来 东湖园区将…: extendLeftVerbs).
		return phaseWord(t.Text) || t.Text == "现代" || t.Text == "当代" || t.Text == "未来"
	case "p", "c", "cc", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "d", "q", "tg", "y", "e", "o", "k", "h":
		return false
	}
	return true
}

// timeLocatives are locatives of time or order, which stand in no name
// (前后 四明银行, 期间, 以来).
var timeLocatives = map[string]bool{"前后": true, "以来": true, "之间": true, "之前": true, "之后": true, "以后": true, "以前": true, "左右": true, "期间": true, "当中": true, "之中": true, "其中": true, "此后": true, "此前": true, "今后": true}

// gluedFunctionEnd reports a word the segmenter's model of unknown words
// made of a word's last code point and a function word after it (服务
// 优的/x 民营医院, 现将/x 雅戈尔纺织城, 这是/x 公司), or the rank 中将 read
// in 方案 中将 部分公立医院: the name starts after it. 为 is left out (迈为
// 股份), and so is 是 after a word's character (求是园).
func gluedFunctionEnd(t segment.Token) bool {
	if t.Text == "中将" {
		return true
	}
	if t.POS != "x" || t.End-t.Start != 2 {
		return false // every word of the left walk comes here: no decoding before
	}
	first, n := utf8.DecodeRuneInString(t.Text)
	switch last, _ := utf8.DecodeRuneInString(t.Text[n:]); last {
	case '的', '将', '于', '把', '被', '据':
		return true // 另据/x 上海服装协会
	case '是':
		return strings.ContainsRune("这那即就也都还正仍则乃便更但若又亦均应一二三四五六七八九十", first) // 这是/x 公司, 一是/x 政府; not 求是
	}
	return false
}

// gluedLead reports a name that is one unknown word of two code points
// starting with a function word (有位 经济学家, 弱于 经济学家预期, 而据
// 分析师): the segmenter glued the word to what follows it.
func gluedLead(d *extract.Doc, s textmap.Span) bool {
	k := segment.TokenIndexAt(d.Tokens, s.Start)
	return s.Len() == 2 && d.Tokens[k].POS == "x" && d.Tokens[k].End == s.End && textmap.OneOf("有而据但并则还也又弱于就都", d.Runes[s.Start])
}

// gluedModal reports an unknown word that ends with an adverb or modal of
// the verb after it (恒联拟/x 投资) or starts with a demonstrative or a
// modal (这使/x, 会利用/x, 每趟/x): the segmenter glued them to the word,
// and it is no brand. (A glued preposition, 从卓创/x, is cut elsewhere.)
func gluedModal(t segment.Token) bool {
	if t.POS != "x" || t.End-t.Start < 2 {
		return false
	}
	first := textmap.FirstRune(t.Text)
	last, _ := utf8.DecodeLastRuneInString(t.Text)
	return strings.ContainsRune("拟将欲使会要已也还都就再又", last) || strings.ContainsRune("这那会每该其此", first)
}

// numbered reports whether token k is a number that a line or a unit of
// works goes on from (18 号线, 3 号机组, 5 号楼) between words of a name.
func numbered(toks []segment.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !nominal(toks[k-1].POS) && toks[k-1].POS != "ns" {
		return false
	}
	if !digitsOnly(toks[k].Text) {
		return false
	}
	switch toks[k+1].Text {
	case "号线", "号", "号机组", "号楼", "号地块":
		return true
	}
	return false
}

// addressWord reports a street's or a square's word, which a house number
// follows (宋玉生广场 263 号, 人民路 8 号): what comes after is a building at
// an address, not a numbered unit of the works before.
func addressWord(w string) bool {
	for _, suf := range []string{"路", "街", "道", "巷", "弄", "广场"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// phaseWord reports whether w names a phase of works: numerals and 期
// (三期, 第二期, 10期), not a time (近期, 同期).
func phaseWord(w string) bool {
	rest, ok := strings.CutSuffix(strings.TrimPrefix(w, "第"), "期")
	return ok && numerals(rest)
}

// ordinal reports whether w is 第 and numerals alone (第一, 第十二).
func ordinal(w string) bool {
	rest, ok := strings.CutPrefix(w, "第")
	return ok && numerals(rest)
}

// numerals reports a word of Chinese numerals or ASCII digits alone (十二, 10).
func numerals(w string) bool {
	for _, r := range w {
		if !numeral(r) {
			return false
		}
	}
	return w != ""
}

// numeral reports a Chinese numeral or an ASCII digit.
func numeral(r rune) bool { return cnDigitSet.Has(r) || r >= '0' && r <= '9' }

// nameRules say where names stop; they come from the name_rules section of
// data/entities.yaml.
type nameRules struct {
	predicates, leading, build, location, works map[string]bool
	titles, clause                              map[string]bool
	adverbs                                     []string
	// first code points of predicates, adverbs and leading verbs: most
	// words start with none, and need no look-up
	predFirst, advFirst, leadFirst *textmap.RuneSet
}

// NameRules is the name_rules section of the entity word lists.
type NameRules struct {
	Predicates    []string `yaml:"predicates"`
	Titles        []string `yaml:"titles"`
	Adverbs       []string `yaml:"adverbs"`
	LeadingVerbs  []string `yaml:"leading_verbs"`
	BuildVerbs    []string `yaml:"build_verbs"`
	ClauseVerbs   []string `yaml:"clause_verbs"`
	LocationWords []string `yaml:"location_words"`
	WorksVerbs    []string `yaml:"works_verbs"`
}

func newNameRules(c NameRules) *nameRules {
	nr := &nameRules{
		predicates: setOf(append(append([]string{}, c.Predicates...), c.Titles...)),
		titles:     setOf(c.Titles),
		clause:     setOf(c.ClauseVerbs),
		leading:    setOf(c.LeadingVerbs),
		build:      setOf(c.BuildVerbs),
		location:   setOf(c.LocationWords),
		works:      setOf(c.WorksVerbs),
		adverbs:    c.Adverbs,
		predFirst:  new(textmap.RuneSet),
		advFirst:   new(textmap.RuneSet),
		leadFirst:  new(textmap.RuneSet),
	}
	for w := range nr.leading {
		nr.leadFirst.AddFirst(w)
	}
	for w := range nr.predicates {
		nr.predFirst.AddFirst(w)
	}
	for _, w := range nr.adverbs {
		nr.advFirst.AddFirst(w)
	}
	return nr
}

// isPredicate reports a predicate verb or title, alone or after an adverb
// in one word (大力支持, 成功签约).
func (nr *nameRules) isPredicate(w string) bool {
	r := textmap.FirstRune(w)
	if nr.predFirst.HasFirst(r) && nr.predicates[w] {
		return true
	}
	if !nr.advFirst.HasFirst(r) {
		return false
	}
	for _, adv := range nr.adverbs {
		if strings.HasPrefix(w, adv) && nr.predicates[strings.TrimPrefix(w, adv)] {
			return true
		}
	}
	return false
}

// leadingOrPredicate reports a leading verb or a predicate (alone).
func (nr *nameRules) leadingOrPredicate(w string) bool {
	r := textmap.FirstRune(w)
	return nr.leadFirst.HasFirst(r) && nr.leading[w] || nr.predFirst.HasFirst(r) && nr.predicates[w]
}

// functionChars are one-character words that a segmenter sometimes glues
// to the name after them (由古渡): a name does not start with them.
const functionChars = "由与在从向对把被将据经跟和及并或为于如而且以使让即"

// clauseLeadChars start a clause's adverbs and verbs, never a name
// (不断, 而, 据, 做优, 要).
var clauseLeadChars = textmap.Chars("而但据不并且让使要已也还都就才做把被将对从向在由")

// clauseIdiom reports whether t is a word the segmenter did not know as a
// noun (an idiom, a string of unknown characters: 不断完善/l, 而据/x,
// 做优/x) that starts as a clause does, not as a name.
func clauseIdiom(t segment.Token) bool {
	switch t.POS {
	case "l", "x", "i":
		return t.End-t.Start >= 2 && clauseLeadChars.Has(textmap.FirstRune(t.Text))
	}
	return false
}

// extendLeft returns the token index where a name ending with token hi
// (inclusive) starts, walking left over name-ish tokens, bracket groups
// (青岛) and quoted groups “中国制造2025”, at most maxTok tokens. 和 joins
// two name words inside a name (文化和旅游局) when both sides are nouns.
func (nr *nameRules) extendLeft(toks []segment.Token, lo, hi, maxTok int, stop map[string]bool, joinHe bool) int {
	return nr.extendLeftVerbs(toks, lo, hi, maxTok, stop, joinHe, false)
}

// extendLeftVerbs is extendLeft; with verbStart, a two-character verb right
// after punctuation may start the name (远航精工科技有限公司: registered
// names often start with such words).
func (nr *nameRules) extendLeftVerbs(toks []segment.Token, lo, hi, maxTok int, stop map[string]bool, joinHe, verbStart bool) int {
	k := hi
	n := 0
	for k-1 >= lo && n < maxTok {
		p := toks[k-1]
		if p.Text == ")" || p.Text == "”" || p.Text == "\"" || p.Text == "』" || p.Text == "」" {
			open := openingMark(p.Text)
			q := k - 2
			for q >= lo && q >= k-10 && toks[q].Text != open {
				if toks[q].Text == "," || toks[q].Text == "。" || toks[q].Text == "、" {
					q = -1
					break
				}
				q--
			}
			if q < lo || q < 0 || toks[q].Text != open || !nr.placeGroup(toks[q+1:k-1]) {
				break
			}
			k = q
			n++
			if p.Text != ")" && k-1 >= lo && (toks[k-1].POS == "v" || nr.leadingOrPredicate(toks[k-1].Text)) {
				break // 推动 “澳门新街坊”项目: the verb before a quoted name is the sentence's
			}
			continue
		}
		if p.Text == "和" && joinHe && k-2 >= lo && k < len(toks) && nominal(toks[k-2].POS) && nominal(toks[k].POS) &&
			toks[k-2].End-toks[k-2].Start == 2 && !placeWord(toks[k]) {
			k--
			n++
			continue
		}
		// A generation of a production line (京东方 重庆 第 6 代 AMOLED
		// 生产线, 8.5 代 液晶面板) stands inside the name.
		if g := generationBefore(toks, lo, k); g > 0 && k-g-1 >= lo && nr.nameish(toks[k-g-1]) && !textmap.OneOf("每各该这那此", textmap.FirstRune(toks[k-g-1].Text)) {
			k -= g
			n++
			continue
		}
		// An ordinal between words of a name (西岭 第一 人民医院), not a
		// rank (第一 大 银行) or a name's first word.
		inner := ordinal(p.Text) && k-2 >= lo && nominal(toks[k-2].POS) && k < len(toks) && toks[k].Text != "大" ||
			numbered(toks, k-1) || // 轨道交通 18 号线: the number of a line or unit
			p.Text == "号" && k-2 >= lo && numbered(toks, k-2) && !addressWord(toks[k-3].Text) || // 港区 3 号/m 泊位, not 广场 263 号
			grade(toks, lo, k-1) // 电池 级 硫酸镍: a grade of the product
		inner = inner || k == hi && useBeforeHead(toks, lo, k-1)
		if (!nr.nameish(p) && !headChar(toks, k-1) && !inner) || stop[p.Text] || gluedFunctionEnd(p) {
			break
		}
		if p.POS == "v" && k < hi && toks[k].POS == "ns" && !(k-2 >= lo && toks[k-2].POS == "ns") && p.Text != "控股" {
			// 噩耗 让/v 北京地铁4号线, 乘坐 地铁7号线 到达/v 顾村公园: a
			// verb before a place is the clause's; not between two places
			// (陇东 到/v 山东, 莫桑比克 赞/v 比西: a route, a foreign name)
			// nor a firm's word (国药 控股/v 山东公司).
			break
		}
		k--
		n++
		if p.POS == "x" && p.End-p.Start >= 2 && strings.ContainsRune("与及在对把被将从向据经由跟并或于即", textmap.FirstRune(p.Text)) {
			break // 与鸿海/x 集团, 由恒岳/x 集团: the name starts after the glued 与 (trimFunctionChar)
		}
	}
	// A name starts with neither a verb nor a lone function word; a
	// two-character verb right after punctuation may start a name (远航精工).
	atBreak := verbStart && k > lo && len(toks[k-1].Text) > 0 && segment.IsBreak(textmap.FirstRune(toks[k-1].Text))
	for k < hi && ((toks[k].POS == "v" && !(atBreak && toks[k].End-toks[k].Start >= 2 && !nr.isPredicate(toks[k].Text) && !nr.leading[toks[k].Text])) ||
		toks[k].POS == "vd" || toks[k].Text == "和" || toks[k].Text == "未来" || nr.leadingOrPredicate(toks[k].Text) || ordinal(toks[k].Text) ||
		(toks[k].End-toks[k].Start == 1 && functionCharSet.Has(textmap.FirstRune(toks[k].Text))) ||
		resultative(toks, k)) {
		k++
	}
	return k
}

// grade reports whether token k is 级 between two nouns, the grade of a
// product (电池 级 硫酸镍, 电子 级 多晶硅, 工业 级 碳酸锂), not a level of
// government or a rating (自治区 级, 卓越/nr 级 智能工厂).
func grade(toks []segment.Token, lo, k int) bool {
	if toks[k].Text != "级" || k-1 < lo || k+1 >= len(toks) || !nominal(toks[k+1].POS) {
		return false
	}
	p := toks[k-1]
	return (p.POS == "n" || p.POS == "nz") && !placeWord(p) && p.Text != "国家"
}

// useBeforeHead reports whether token k is 利用 right before a name's head
// after a word of what is used or how (锂电池 回收 利用 项目, 余热 利用
// 工程): the works' activity, not the predicate 利用 X 建设 makes of it.
func useBeforeHead(toks []segment.Token, lo, k int) bool {
	if toks[k].Text != "利用" || k-1 < lo || k+1 >= len(toks) {
		return false
	}
	p := toks[k-1].POS
	return nominal(p) || p == "v" || p == "a"
}

// generationBefore is how many tokens before token k make a generation
// (第 6 代, 10.5 代, 第六代), or 0.
func generationBefore(toks []segment.Token, lo, k int) int {
	if k-2 < lo || toks[k-1].Text != "代" {
		return 0
	}
	num := toks[k-2].Text
	if !digitsOnly(strings.ReplaceAll(num, ".", "")) && !numerals(num) {
		return 0
	}
	if k-3 >= lo && toks[k-3].Text == "第" {
		return 3
	}
	return 2
}

// headChar reports whether token k is 所 or 院 cut off the word before it
// (研究/vn 所/c 有限公司: the segmenter read 所有): the end of a body's
// name inside a longer one.
func headChar(toks []segment.Token, k int) bool {
	t := toks[k]
	if k == 0 || t.End-t.Start != 1 || (t.Text != "所" && t.Text != "院") {
		return false
	}
	p := toks[k-1]
	return p.End == t.Start && p.End-p.Start >= 2 && (strings.HasPrefix(p.POS, "n") || p.POS == "vn" || p.POS == "v")
}

// resultatives are the one-character complements that finish a verb
// (建设好, 建设成, 打造为): after a verb they belong to it, never to the name
// that follows.
const resultatives = "好成为完到"

// resultative reports whether token k is such a complement right after a
// verb.
func resultative(toks []segment.Token, k int) bool {
	t := toks[k]
	if k == 0 || t.End-t.Start != 1 || !strings.ContainsRune(resultatives, textmap.FirstRune(t.Text)) {
		return false
	}
	p := toks[k-1].POS
	return p == "v" || p == "vn"
}

// nominal reports a noun or a verb used as one (发展和改革委员会).
func nominal(pos string) bool { return strings.HasPrefix(pos, "n") || pos == "vn" }

// placeGroup reports whether the words inside brackets or quotes may be
// part of a name: a place ((青岛), (天津)) or a short name (“中国制造2025”),
// not a byline ((记者杨骏)).
func (nr *nameRules) placeGroup(toks []segment.Token) bool {
	n := 0
	for _, t := range toks {
		n += t.End - t.Start
		if t.Text == "记者" || t.Text == "通讯员" || t.Text == "摄影" || t.POS == "nr" || t.POS == "v" && nr.predicates[t.Text] {
			return false
		}
	}
	return n > 0 && n <= 12
}

// trimFunctionChar moves a name's start past a function character that
// the segmenter glued to an unknown word (由古渡文旅 → 古渡文旅).
func trimFunctionChar(rs []rune, s, e int, first segment.Token) int {
	if first.POS == "x" && first.Start == s && first.End-first.Start >= 2 && e-s > 3 && strings.ContainsRune(functionChars, rs[s]) {
		if s+2 <= first.End && e-s > 4 && strings.ContainsRune(functionChars, rs[s+1]) {
			return s + 2 // 而据/x 国信证券
		}
		return s + 1
	}
	// 薛良率临港新城管委会: a person's name glued to a verb by the
	// segmenter's unknown-word model ends before the name.
	if first.POS == "x" && first.Start == s && first.End < e && textmap.OneOf(gluedAfter, rs[first.End-1]) {
		return first.End
	}
	return s
}

// hanOnly reports a word of ideographs alone.
func hanOnly(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return w != ""
}

// placeWord reports a word that starts a body's own name after 和 (安徽省
// 政府, 市 财政局, 自治区 党委): the 和 joins two bodies then, not two fields
// of one (发展和改革委员会).
func placeWord(t segment.Token) bool {
	switch t.Text {
	case "省", "市", "县", "区", "州", "自治区", "自治州", "镇", "乡":
		return true
	}
	return t.POS == "ns"
}

// dropNested removes mentions inside a longer mention of the same kind
// and keeps text order.
func dropNested(ms []extract.Mention) []extract.Mention {
	slices.SortStableFunc(ms, func(a, b extract.Mention) int {
		if a.Norm.Start != b.Norm.Start {
			return a.Norm.Start - b.Norm.Start
		}
		return b.Norm.End - a.Norm.End
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

// openingMark is the mark that a closing bracket or quote closes.
func openingMark(closing string) string {
	switch closing {
	case ")":
		return "("
	case "”":
		return "“"
	case "』":
		return "『"
	case "」":
		return "「"
	}
	return closing // " closes "
}

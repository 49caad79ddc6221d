package entity

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Institutes finds named organisations: a name ending with a head word
// (研究院, 银行…支行, 有限公司, 管委会 …; the head gives the kind), a brand
// and its trade (深兰科技, 昂石资本) where the brand looks like a name, and
// well-known organisations named alone (腾讯, 华为). The name runs left from
// the head over name-ish words; an item of an enumeration (after 、) is a
// name as a whole.
type Institutes struct {
	heads, brands textmap.Lexicon
	stop          map[string]bool
	generic       map[string]bool
	categories    map[string]bool
	relations     map[string]bool
	known         textmap.Lexicon
	known2        map[[2]rune][]textmap.LexWord // known names by their first two code points, longest first
	standalone    map[string]bool
	rules         *nameRules
	firmNouns     textmap.Lexicon // firm_lists: the bodies a list closed by 等 names (等15家企业)
	firmMods      textmap.Lexicon // firm_list_modifiers: words between 等 and them (重点, 本土)
	fields        map[string]bool // the industries of the word lists, which no list item of firms is
	fieldMods     map[string]bool // industry_modifiers
	countries     map[string]bool // foreign_countries: a firm described by one is named after it (英国金融科技公司Revolut)
	portfolios    map[string]bool // department_portfolios: what a department's name joins with 和
}

// NewInstitutes builds the institute extractor from word lists.
func NewInstitutes(c Config) *Institutes {
	x := &Institutes{
		heads:      textmap.NewLexicon(c.InstituteHeads),
		brands:     textmap.NewLexicon(c.BrandHeads),
		stop:       setOf(c.InstituteStop),
		generic:    setOf(c.InstGeneric),
		categories: setOf(c.InstCategories),
		relations:  setOf(c.InstRelations),
		known:      textmap.NewLexicon(c.Known),
		known2:     map[[2]rune][]textmap.LexWord{},
		rules:      newNameRules(c.NameRules),
		standalone: setOf(c.Standalone),
		firmNouns:  textmap.NewLexicon(c.FirmLists),
		firmMods:   textmap.LexOf(c.FirmModifiers),
		fields:     map[string]bool{},
		fieldMods:  setOf(c.IndModifiers),
		countries:  setOf(c.Countries),
		portfolios: setOf(c.Portfolios),
	}
	for w := range c.Industries {
		x.fields[w] = true
	}
	// knownAt looks names up by two code points: hundreds of known names
	// start with 中 or 国, and a look-up by one went through them all.
	for _, ws := range x.known.WordsByFirst() {
		for _, w := range ws {
			if len(w.Runes) >= 2 {
				k := [2]rune{w.Runes[0], w.Runes[1]}
				x.known2[k] = append(x.known2[k], w)
			}
		}
	}
	return x
}

// Name implements Extractor.
func (x *Institutes) Name() string { return "institutes" }

// Kind implements extract.Extractor.
func (x *Institutes) Kind() extract.Kind { return extract.KindInstitute }

// singleHeads are one-character heads that need more evidence: the word
// holding them must be longer than the head, or follow a noun or place.
const singleHeads = "局厅办委网所"

// bureauOfTask reports whether the lone head at token k (局, 委, 厅, 办)
// follows the task it is named by, a noun and a two-character verb (科技
// 创新/v 局, 生态 保护/v 局), as a government's bureaus are named; not a
// lone verb (开 局, 破 局).
func bureauOfTask(toks []segment.Token, k int) bool {
	if k < 2 || !strings.ContainsRune("局委厅办", textmap.FirstRune(toks[k].Text)) {
		return false
	}
	v, n := toks[k-1], toks[k-2]
	return v.POS == "v" && v.End-v.Start == 2 && strings.HasPrefix(n.POS, "n") && n.End-n.Start >= 2 && n.POS != "nr"
}

// verbOrModifier reports the parts of speech of a word that ends with a
// one-character head as a verb, an adjective, an adverb or an idiom does
// (难办/a, 补办/v, 特事特办/l), not a name (国台办/j, 商务厅/nt).
func verbOrModifier(pos string) bool {
	switch pos {
	case "v", "vd", "vi", "a", "ad", "d", "l", "i":
		return true
	}
	return false
}

// verbObject reports a word that can only follow a verb's head as its
// object or its particle: a number (投资 9.54亿元), not a date (英特尔投资
// 1998年 开始), 的 (投资 的), a demonstrative (投资 这些 行业).
func verbObject(rs []rune, t segment.Token) bool {
	if t.POS == "m" {
		return t.End >= len(rs) || !textmap.OneOf("年月日", rs[t.End])
	}
	return t.POS == "uj" || t.POS == "r"
}

// fieldAbbrev reports whether t, before a lone government head h (局, 厅,
// 委, 办), is a field the segmenter tags as an abbreviation or a set
// phrase (交通运输/j 厅, 生态环境/l 局, 自然资源/l 厅): a department is named
// by its field whatever its tag.
func fieldAbbrev(t segment.Token, h rune) bool {
	return (t.POS == "j" || t.POS == "l") && t.End-t.Start >= 2 && strings.ContainsRune("局厅委办", h)
}

// Extract implements Extractor.
func (x *Institutes) Extract(ctx context.Context, d *extract.Doc) ([]extract.Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	toks := d.Tokens
	rs := d.Runes
	var out []extract.Mention
	for _, t := range toks {
		if t.POS == "x" && len(t.Text) == 1 {
			continue
		}
		if last := rs[t.End-1]; t.POS != "nt" && !x.known.MayStart(rs[t.Start]) && !x.heads.MayEnd(last) && !x.brands.MayEnd(last) {
			continue // what the lookups below would find, without the calls
		}
		kind, n := x.knownAt(rs, toks, t)
		if n == 0 {
			kind, n = x.knownEnd(rs, t)
		}
		if n > 0 {
			start := t.Start
			if kind == "government" {
				start = placeBefore(rs, toks, t.Start, t.Start+n)
			}
			var end int
			kind, end = x.knownGoesOn(rs, toks, kind, t.Start+n)
			m := d.Mention(extract.KindInstitute, textmap.Span{Start: start, End: end})
			m.Label = kind
			m.Known = true
			out = append(out, m)
			continue
		}
		label, n := x.heads.Before(rs, t.End, max(0, t.End-8))
		brand := false
		if n == 0 {
			if label, n = x.brands.Before(rs, t.End, max(0, t.End-4)); n == 0 {
				continue
			}
			brand = true
		}
		if x.stopSuffix(t.Text) {
			continue // 布局, 产业布局: a head that names no one
		}
		hs := t.End - n
		k := segment.TokenIndexAt(toks, hs)
		if k > 0 && toks[k].Start == hs && x.stop[d.Slice(toks[k-1].Start, t.End)] {
			continue // 面向 民间 资本: the stop word is the word before and the head
		}
		if n == 1 && strings.ContainsRune(singleHeads, rs[hs]) {
			if t.End-t.Start >= 2 && verbOrModifier(t.POS) {
				continue // 难办/a, 补办/v, 特事特办/l: the verb 办, not an office
			}
			if t.End-t.Start == 1 && (k == 0 || !(strings.HasPrefix(toks[k-1].POS, "n") || toks[k-1].POS == "vn" || fieldAbbrev(toks[k-1], rs[hs]) || bureauOfTask(toks, k))) {
				continue
			}
			if t.End-t.Start == 1 && rs[hs] == '办' && k+1 < len(toks) && (toks[k+1].Text == "的" || toks[k+1].Text == "在") {
				continue // 黄山市 办 的展览, 把好事 办 在: the verb 办 before its particle, not an office
			}
			if rs[hs] == '所' && !institutePlace(toks, k, t) {
				continue // 人们 所 关心, 预期 所 抵消, 多所 高校: the particle or a count
			}
		}
		var start int
		if x.standalone[d.Slice(toks[k].Start, t.End)] {
			start = k
		} else {
			legal := strings.HasSuffix(d.Slice(hs, t.End), "有限公司") || strings.HasSuffix(d.Slice(hs, t.End), "有限责任公司")
			maxTok := 6
			if label == "fund" || legal {
				// 江苏 扬州 数智 电子信息 融合 产业 专项 母 基金: funds are named
				// by all they invest in; 中国 电建 集团 贵阳 勘测 设计 研究 院
				// 有限公司: a registered name holds its parent's and its trade.
				maxTok = 9
			}
			start = x.rules.extendLeftVerbs(toks, 0, k, maxTok, nil, label == "government" || label == "association", legal)
			if start == k && k >= 2 && toks[k].Start < hs && toks[k].POS == "n" && (label == "research" || label == "university") && (toks[k-1].Text == "与" || toks[k-1].Text == "及") && x.fieldWord(toks[k-2]) && !x.rules.works[toks[k-2].Text] {
				// 材料科学 与 工程学院: the second field glued to the head.
				start = x.rules.extendLeftVerbs(toks, 0, k-1, 6, nil, false, legal)
			} else if start == k-1 && k >= 3 && (label == "research" || label == "university" || label == "government") && (toks[k-2].Text == "与" || toks[k-2].Text == "及") && x.fieldWord(toks[k-3]) && x.fieldWord(toks[k-1]) {
				// 运动与健康研究院, 能源与环境学院, 食品与药品监管局, 经济及科技发展局: two fields
				// joined by 与 or 及 name one body (by 和 two: 云计算平台和 人工智能实验室).
				start = x.rules.extendLeftVerbs(toks, 0, k-2, 6, nil, false, legal)
			}
			if j := start; label == "government" && j >= 2 && toks[j-1].Text == "和" && toks[j].Start < hs && x.portfolios[string(rs[toks[j].Start:hs])] && x.portfolios[toks[j-2].Text] {
				// 自然资源 和 规划局, 人力资源 和 社会 保障局: a department of
				// two portfolios joined by 和, as the State Council's
				// departments and their local offices are named; the places
				// of its government before them (北岭区) are in its name.
				start = j - 2
				for start > 0 && (toks[start-1].POS == "ns" || toks[start-1].End-toks[start-1].Start == 1 && textmap.OneOf("省市区县州", rs[toks[start-1].Start])) {
					start-- // 北岭 区, 市 (市城乡建设和交通委员会)
				}
			}
			start = x.afterClause(rs, toks, start, k)
			start = afterVerbBeforePlace(toks, start, k)
			start = afterAppositive(toks, start, k, d.Slice(hs, t.End))
		}
		s := min(toks[start].Start, hs)
		if start < len(toks) {
			s = trimFunctionChar(rs, s, t.End, toks[start])
		}
		s = AfterInnerVerb(d, s, hs)
		s = afterFunctionWords(toks, s, hs)
		s = afterGluedCopula(rs, toks, s, hs)
		for s < hs && textmap.OneOf("-—·", rs[s]) {
			s++ // 生产商 --印度国家铝业公司: a dash starts no name
		}
		if s < hs && (rs[s] == '(' || rs[s] == '（') {
			// A note's number before the name ((28)上海银行公会) goes; any other
			// bracket starts no name: the name before it was cut off at a
			// space (奥的斯电梯 (中国)投资有限公司).
			c := s + 1
			for c < hs && unicode.IsDigit(rs[c]) {
				c++
			}
			if c == s+1 || c >= hs || rs[c] != ')' && rs[c] != '）' {
				continue
			}
			s = c + 1
		}
		item, inList := listItemStart(rs, s, t.End)
		if inList && (t.End-item > 20 || !x.rules.itemWords(toks, item, s)) {
			inList = false
		}
		if inList {
			s = AfterInnerVerb(d, item, hs) // 、福建农林大学 创建 高水平大学: the item's verb too
		}
		name := d.Slice(s, t.End)
		if s == hs && !x.standalone[name] {
			continue // a bare head is no name
		}
		if x.generic[name] || x.stop[name] || t.End-s < 2 || startsWithCount(rs[s:t.End]) || countWordChars.InRunes(rs[s:t.End]) && countInside.MatchString(name) || countedBodies(rs, s, t.End) {
			continue
		}
		filtered := hall(name) || label == "government" && !placedGovernment(rs, toks, s, hs, t.End) // 会展中心多功能厅: a room; 市场和政府: no one's
		if f := segment.TokenIndexAt(toks, s); f < len(toks) && toks[f].Start == s && toks[f].End == t.End && determinerGlued(toks[f].Text, t.End-hs) {
			filtered = true // 当地政府/n: a determiner the segmenter glued to the head
		} else if f < len(toks) && toks[f].Start == s && determiners[toks[f].Text] {
			// 有关部门和地方政府, 各级政府: bodies of a kind, not one; after
			// the determiner, a name may be left (上述江西稀土冶炼公司).
			s2 := toks[f].End
			name2 := d.Slice(s2, t.End)
			if s2 >= hs || x.generic[name2] || strings.ContainsAny(name2, "和与及") || x.categories[d.Slice(s2, hs)] {
				filtered = true
			} else {
				s, name = s2, name2
			}
		}
		if brand {
			if toks[k].Start != hs && !properPOS(toks[k].POS) {
				continue // 中国 房地产/n, 医疗保险/n: the head ends a common word
			}
			// The brand must look like a name: an unknown word, a place or
			// a person name, right before the head (or a whole list item
			// that is not a verb phrase such as 创业投资).
			if k == 0 || hs-s > 6 {
				continue
			}
			if !inList && !nameLike(toks[k-1]) {
				continue
			}
			if p := toks[k-1].Text; strings.HasSuffix(p, "会") || x.categories[p] || x.generic[p] || policyVerb(p) || wholeCountry[p] && toks[k-1].Start == s || Enumerator(p) {
				continue // 厦洽会资本, 央企投资: an event or a kind, not a brand; 做强科技: a policy; 中国实业: a country's trade; 二是科技: a point's number
			}
			if n := segment.TokenIndexAt(toks, t.End); n < len(toks) && toks[n].Start == t.End && (nominal(toks[n].POS) || verbObject(rs, toks[n]) && (t.POS == "v" || t.POS == "vn")) {
				continue // 泉州 投资 环境: the head starts a compound, not a name's end; 克州 投资 9.54亿元: the verb and its object
			}
			if gluedModal(toks[k-1]) {
				continue // 恒联拟/x 投资, 这使/x 资本: a verb's adverb or a clause's word glued to the word before the head
			}
			if _, n := x.heads.Before(rs, hs, s); n > 0 {
				continue // 星海控股集团投资: a whole name, then the verb 投资
			}
			if p := toks[k-1].POS; inList && (p == "v" || p == "vn" || p == "d" || p == "ad" || t.End-s < 4) {
				continue
			}
			if label == "media" && rs[t.End-1] == '网' && (toks[k-1].POS != "ns" || toks[k-1].Start != s || t.Text != "网") {
				continue // 泉州网, not 交通同网
			}
			if t.Text == "发布" && !placeStem(toks, s, hs) {
				continue // 上海发布, 成华发布: a place's account; 中投顾问 发布 报告: the verb
			}
		}
		if textmap.OneOf("该該本此各其我", rs[s]) || hs > s && textmap.OneOf("该該此其", rs[hs-1]) {
			continue // 该局, 本公司; 頃於該局
		}
		if x.generic[trimLevel(name)] {
			continue // 省级母基金: a level of a kind
		}
		if t.POS == "v" && hs > s && x.generic[d.Slice(s, hs)] {
			continue // 公司 控股/v 子公司: a kind, then the verb
		}
		if label == "fund" && hs > s && x.generic[strings.TrimRight(d.Slice(s, hs), "子母")] {
			continue // 天使投资子基金, 产业投资母基金: a kind of fund, named by its kind
		}
		if t.Text == "子公司" {
			continue // 胜华子公司: a subsidiary of 胜华, not its name
		}
		if genericCompanyHead(rs[hs:t.End]) && !hasNameWord(toks, s, t.End) && !namedBody(rs, s, hs) {
			continue // 平台公司, 智能产业公司
		}
		if x.kindOnly(d.Slice(s, hs), d.Slice(hs, t.End)) {
			continue // 中国公司, 外国公司, 整个集团, 汽车集团, 房地产公司: firms of a country or a trade
		}
		if genericCompanyHead(rs[hs:t.End]) && x.describesNext(d, s, hs, t.End) {
			// 英国金融科技公司 Revolut, 日本汽车零部件公司 电装: a country and
			// a trade describe the firm named right after; that name is it.
			if nm, ok := appositiveName(d, t.End); ok {
				out = append(out, nm)
			}
			continue
		}
		if x.categories[d.Slice(afterPlaces(toks, s, t.End), t.End)] {
			continue // 福建省跨国公司
		}
		sp := balance(rs, textmap.Span{Start: s, End: t.End}) // 「家族辦公室: no open quote
		if sp.End != t.End || sp.Len() < 2 {
			continue
		}
		if label == "government" && textmap.HasSuffixRunes(rs[sp.Start:t.End], "委员会") && societyWords.Within(rs[sp.Start:hs], 0) {
			label = "association" // 中国节能协会太阳能专业委员会: a society's committee
		}
		if label == "government" && engineeringBureau.MatchString(d.Slice(sp.Start, t.End)) {
			label = "company" // 中建三局, 中铁十一局: a construction group's bureau is a firm
		}
		if label == "company" && textmap.HasSuffixRunes(rs[sp.Start:t.End], "事务所") {
			// 经济部投资台湾事务所: an office a ministry runs, not a firm of
			// lawyers or accountants.
			if f := segment.TokenIndexAt(toks, sp.Start); f < len(toks) && toks[f].Start == sp.Start {
				if kind, n := x.knownAt(rs, toks, toks[f]); kind == "government" && sp.Start+n < hs {
					label = "government"
				}
			}
		}
		m := d.Mention(extract.KindInstitute, sp)
		m.Label = label
		m.Weak = brand
		if filtered {
			m.Via = extract.ViaFiltered
		}
		out = append(out, m)
	}
	out = innerCompanies(d, joinBranches(d, joinGovernment(d, dropNested(out))))
	out = datelines(d, x.roles(d, x.introducedFirms(d, x.firmLists(d, out))))
	return append(out, instListMates(d, out)...), nil
}

// instListMates are the other items of the lists joined by 、 that hold an
// institute the rules accept as a whole item (格力电器股份有限公司、海信、
// 长虹): names alone (nouns, with a word the segmenter does not know or
// knows as a name, no place alone), which only the ranker may take
// (extract.ViaListMate), of the kind of the institute they are listed with.
func instListMates(d *extract.Doc, accepted []extract.Mention) []extract.Mention {
	rs, toks := d.Runes, d.Tokens
	var out []extract.Mention
	done := map[int]bool{}
	idx := extract.NewIndex(accepted)
	for _, m := range accepted {
		if m.Via != "" || m.Label == "" {
			continue
		}
		lo, hi, ok := listClause(rs, m.Norm)
		if !ok || done[lo] {
			continue
		}
		// The accepted name is a whole item: 、 or the clause's edge on
		// both sides.
		if (m.Norm.Start > lo && rs[m.Norm.Start-1] != '、') || (m.Norm.End < hi && rs[m.Norm.End] != '、') {
			continue
		}
		done[lo] = true
		a := lo
		for j := lo; j <= hi; j++ {
			if j < hi && rs[j] != '、' {
				continue
			}
			it := trimSpace(rs, textmap.Span{Start: a, End: j})
			a = j + 1
			if it.Len() < 2 || it.Len() > 12 || idx.Overlaps(it) || !nameItem(toks, it) ||
				textmap.OneOf("如以像有", rs[it.Start]) || slices.Contains(rs[it.Start:it.End], '等') {
				// 如台积电、…: the word that opens an example; 新大新材等: the
				// list's close glued to its last item.
				continue
			}
			mm := d.Mention(extract.KindInstitute, it)
			mm.Label = m.Label
			mm.Via = extract.ViaListMate
			out = append(out, mm)
		}
	}
	return out
}

// nameItem reports an item that is a name alone: its words start and end
// on its edges, are nouns, and one of them a name or a word the segmenter
// does not know, not all places.
func nameItem(toks []segment.Token, s textmap.Span) bool {
	k := segment.TokenIndexAt(toks, s.Start)
	if k >= len(toks) || toks[k].Start != s.Start {
		return false
	}
	named, places := false, true
	for ; k < len(toks) && toks[k].Start < s.End; k++ {
		t := toks[k]
		if t.End > s.End || t.POS == "" || t.POS[0] != 'n' && t.POS != "x" && t.POS != "j" && t.POS != "eng" {
			return false
		}
		named = named || nameLike(t)
		places = places && t.POS == "ns"
	}
	return named && !places
}

// joinGovernment joins a government named by its place and 政府 to the
// body of it named right after (香港特區政府投資推廣署, 澳門特區政府經濟及科技
// 發展局): one organisation, the department of that government; and a
// ministry to its department (国家发改委价格司, 經濟部投資促進司).
func joinGovernment(d *extract.Doc, ms []extract.Mention) []extract.Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.Label == "government" && ms[i+1].Label == "government" && textmap.HasSuffixRunes(d.Runes[m.Norm.Start:m.Norm.End], "政府") &&
			(ms[i+1].Norm.Start == m.Norm.End || joinedDepartment(d.Runes, m.Norm.End, ms[i+1].Norm.Start)) {
			j := d.Mention(extract.KindInstitute, textmap.Span{Start: m.Norm.Start, End: ms[i+1].Norm.End})
			j.Label = "government"
			out = append(out, j)
			i++
			continue
		}
		// A ministry and its agency named right after it (經濟部 產業發展署,
		// 商务部 外资司): one body, the agency.
		if i+1 < len(ms) && m.Label == "government" && ms[i+1].Label == "government" && d.Runes[m.Norm.End-1] == '部' && ms[i+1].Norm.Start == m.Norm.End &&
			textmap.OneOf("署局司处", d.Runes[ms[i+1].Norm.End-1]) {
			j := d.Mention(extract.KindInstitute, textmap.Span{Start: m.Norm.Start, End: ms[i+1].Norm.End})
			j.Label = "government"
			out = append(out, j)
			i++
			continue
		}
		if m.Label == "government" && textmap.OneOf("部委局署", d.Runes[m.Norm.End-1]) {
			if e := departmentEnd(d, m.Norm.End); e > 0 {
				j := d.Mention(extract.KindInstitute, textmap.Span{Start: m.Norm.Start, End: e})
				j.Label = "government"
				out = append(out, j)
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// branchHeads end the name of a branch that a body's full name before it
// says whose it is (…有限公司 广州分公司, …银行 西岭支行).
var branchHeads = []string{"分公司", "分行", "支行", "分院", "分所", "办事处", "辦事處", "代表处", "代表處", "营业部", "營業部"}

// joinBranches joins a company or bank to the branch of it named right
// after it (凯码认证有限公司 + 广州分公司): one organisation, the branch,
// as the gold set names it.
func joinBranches(d *extract.Doc, ms []extract.Mention) []extract.Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && branchOf(d, m, ms[i+1]) {
			j := d.Mention(extract.KindInstitute, textmap.Span{Start: m.Norm.Start, End: ms[i+1].Norm.End})
			j.Label = ms[i+1].Label
			out = append(out, j)
			i++
			continue
		}
		out = append(out, m)
	}
	return out
}

// innerCompanies adds the company whose full registered name starts a
// longer body's name (浙江某某环境科技有限公司 in 浙江某某环境科技有限公司
// 联合研究中心): the company is named too. Branches keep their parent
// inside (…有限公司广州分公司 is one organisation).
func innerCompanies(d *extract.Doc, ms []extract.Mention) []extract.Mention {
	n := len(ms)
	for i := 0; i < n; i++ {
		m := ms[i]
		name := d.Runes[m.Norm.Start:m.Norm.End]
		if m.Label == "company" || m.Label == "bank" {
			continue
		}
		for e := len(name) - 2; e >= 6; e-- {
			if textmap.HasSuffixRunes(name[:e], "有限公司") || textmap.HasSuffixRunes(name[:e], "有限责任公司") {
				c := d.Mention(extract.KindInstitute, textmap.Span{Start: m.Norm.Start, End: m.Norm.Start + e})
				c.Label = "company"
				ms = append(ms, c)
				break
			}
		}
	}
	if len(ms) > n {
		slices.SortStableFunc(ms, func(a, b extract.Mention) int { return a.Norm.Start - b.Norm.Start })
	}
	return ms
}

// branchOf reports whether b, named right after the company or bank m, is
// a branch of it: a short name (a place) ending in a branch head.
func branchOf(d *extract.Doc, m, b extract.Mention) bool {
	if b.Norm.Start != m.Norm.End || m.Label != "company" && m.Label != "bank" || b.Norm.Len() > 8 {
		return false
	}
	name := d.Runes[b.Norm.Start:b.Norm.End]
	for _, h := range branchHeads {
		if textmap.HasSuffixRunes(name, h) {
			return true
		}
	}
	return false
}

// placedGovernment reports whether a name ending with 政府 (head at hs)
// names whose government: a place or a name right before the head, or
// before a 和 there (昆士兰政府, 中央政府, 香港特区政府), not a common noun
// or a verb (市场和政府, 科学界定政府, 法治政府). Other government heads pass.
func placedGovernment(rs []rune, toks []segment.Token, s, hs, e int) bool {
	if !textmap.HasSuffixRunes(rs[s:e], "政府") || hs > e-2 || s >= e-2 {
		return true
	}
	k := segment.TokenIndexAt(toks, e-3)
	if k >= len(toks) || toks[k].Start < s {
		return true
	}
	t := toks[k]
	if t.End > e-2 {
		return true // 市政府, 香港特区政府/nt: one word
	}
	if t.Text == "和" || t.Text == "与" || t.Text == "及" {
		if k == 0 || toks[k-1].Start < s {
			return false
		}
		t = toks[k-1]
	}
	return placeLike(t) || governmentOf[t.Text] || textmap.OneOf("省市县区州国镇乡村旗盟府", rs[t.End-1])
}

// placeLike reports a word that may be a place's name by its tag: a
// place, a body or short form, a short unknown word or person's name of
// ideographs (the segmenter tags some places so: 荣成/nr); not a longer
// one (严格遵守/nr, 任振鹤作/x) or a mark.
func placeLike(t segment.Token) bool {
	switch t.POS {
	case "ns", "nt", "j", "nz":
		return true
	case "x", "nr":
		return t.End-t.Start <= 3 && hanOnly(t.Text) // not (一)政府, “服务型”政府
	}
	return false
}

// governmentOf are the words other than places that say whose a
// government is (中央政府, 联邦政府).
var governmentOf = map[string]bool{"中央": true, "联邦": true, "特区": true, "自治区": true, "人民": true}

// fieldWord reports a word that may name a body's field on one side of
// 与 (运动, 健康): a common noun of two code points or more, not a place,
// a head or a body's name.
func (x *Institutes) fieldWord(t segment.Token) bool {
	return (t.POS == "n" || t.POS == "vn" || t.POS == "a") && t.End-t.Start >= 2 && !x.heads.Is(t.Text) && !x.generic[t.Text]
}

// levels are the words of a body's administrative level (省级母基金).
var levels = []string{"国家级", "省级", "市级", "县级", "区级", "地方"}

// trimLevel is name without a level word it starts with.
func trimLevel(name string) string {
	for _, l := range levels {
		if rest, ok := strings.CutPrefix(name, l); ok {
			return rest
		}
	}
	return name
}

// joinedDepartment reports whether rs[a:b] is the first part of a
// department's name joined to the rest by 及 (政府 經濟及 科技發展局): a
// few ideographs and 及, right after a government.
func joinedDepartment(rs []rune, a, b int) bool {
	if b-a < 2 || b-a > 5 || rs[b-1] != '及' {
		return false
	}
	for _, r := range rs[a : b-1] {
		if !unicode.Is(unicode.Han, r) || r == '和' || r == '与' || r == '、' {
			return false
		}
	}
	return true
}

// maxDepartment is the longest department name after its ministry, in
// code points (市场运行调节司).
const maxDepartment = 8

// departmentEnd is the end of a ministry's department named right after
// it at rs[s] (国家发改委 价格司, 工信部 装备工业司): nouns ending with a word
// 司 (not 公司); 0 if there is none.
func departmentEnd(d *extract.Doc, s int) int {
	toks := d.Tokens
	rs := d.Runes
	for k := segment.TokenIndexAt(toks, s); k < len(toks) && toks[k].Start >= s && toks[k].End-s <= maxDepartment; k++ {
		t := toks[k]
		if t.Start == s && t.Text == "司" {
			return 0 // 部 司: no name between
		}
		if textmap.HasSuffixRunes(rs[t.Start:t.End], "司") {
			if t.End-t.Start >= 2 && rs[t.End-2] == '公' || t.Text != "司" && t.POS != "n" && t.POS != "nt" {
				return 0 // 公司, 上司
			}
			return t.End
		}
		if !nominal(t.POS) && t.POS != "j" && t.POS != "nz" && !(t.POS == "x" && t.End-t.Start >= 2) && t.POS != "v" {
			return 0
		}
	}
	return 0
}

// afterClause moves a name's first token, start, past a verb that
// follows a whole name of its own (省科技厅 认定 雄安创新研究院, 研究院 聚集
// 北京大学): one body acting on another, not one name. Verbs that join a
// body to the one it belongs to (附属, 直属) stay inside. It also moves it
// past a kind of body that introduces the name (龙头企业 大亚…集团), and
// past a company's relation to another (全资子公司 华润…有限公司, 股东 X).
func (x *Institutes) afterClause(rs []rune, toks []segment.Token, start, k int) int {
	for j := k - 1; j >= start; j-- {
		v := toks[j]
		if v.POS == "x" && v.End-v.Start >= 2 && textmap.OneOf(gluedAfter, rs[v.End-1]) {
			return j + 1 // 研究院由 广东省科技厅: a preposition glued to the word before it
		}
		if x.categories[v.Text] && j+1 <= k && nameLike(toks[j+1]) {
			return j + 1 // 龙头企业 大亚人造板集团, 肉类企业 双汇集团: the kind, then the name
		}
		if x.relations[v.Text] && (j+1 < k || toks[k].POS == "nt") {
			return j + 1 // 子公司 华润北药投资有限公司, 母公司 大众汽车集团/nt: the relation, then the name
		}
		if j == start || v.POS != "v" || v.End-v.Start < 2 || belongsVerbs[v.Text] {
			continue
		}
		if _, n := x.heads.Before(rs, toks[j-1].End, toks[start].Start); n > 0 {
			return j + 1
		}
	}
	return start
}

// afterGluedCopula moves s past a copula or preposition the segmenter's
// model of unknown words glued into a word before the head at hs (已向英/x
// 力士集团, 通号院 是央企/x …集团公司): the name starts after it.
func afterGluedCopula(rs []rune, toks []segment.Token, s, hs int) int {
	for k := segment.TokenIndexAt(toks, s); k < len(toks) && toks[k].End <= hs; k++ {
		t := toks[k]
		if t.POS != "x" || t.End-t.Start < 2 {
			continue
		}
		for i := t.End - 1; i >= max(t.Start, s); i-- {
			// The last code point only after an adverb (仍由/x 晋商…); 求是
			// 园 is a name's.
			if textmap.OneOf("是由向", rs[i]) && (i < t.End-1 || textmap.OneOf("仍正已均都也还就又才便则并皆", rs[t.Start])) {
				if hs-(i+1) >= 1 {
					s = i + 1
				}
				break
			}
		}
	}
	return s
}

// afterVerbBeforePlace moves a name's first token, start, to a place that
// follows a verb inside it (严禁采购 广州市…有限公司, 价格收购 邢台…有限公司,
// 合作 建设/vn 华西天府医院):
// a registered name starts with its place, and a verb before the place is
// the sentence's, not the name's.
func afterVerbBeforePlace(toks []segment.Token, start, k int) int {
	verb := false
	for j := start; j < k; j++ {
		t := toks[j]
		if t.POS == "v" && t.End-t.Start >= 2 && !belongsVerbs[t.Text] || officeVerbs[t.Text] || oneCharVerb(t) && j+1 < k && toks[j+1].POS == "ns" ||
			t.POS == "vn" && buildOrBuy[t.Text] { // 合作 建设/vn 华西天府医院
			verb = true
			continue
		}
		if verb && t.POS == "ns" && t.End-t.Start >= 2 {
			return j
		}
	}
	return start
}

// afterAppositive is where a firm's name starts after a description of it
// that ends with 公司 or 企业 (合资公司 西岭凤凰能源有限公司, 行业调查公司
// 东湖咨询集团): at the place that opens the name, or at any word that
// looks like a name when the description holds none (合资 公司 新澜/x…,
// 品牌 代理 公司 柯达诺 公司, 工程 总 承包 公司 东广/nz…). A branch's
// head keeps its parent before the place (华康公司 西岭 分公司).
func afterAppositive(toks []segment.Token, start, k int, head string) int {
	switch head {
	case "分公司", "分行", "支行", "分院", "分所", "分局", "办事处", "代表处", "分会":
		return start
	}
	for j := k - 1; j > start; j-- {
		if toks[j-1].Text != "公司" && toks[j-1].Text != "企业" {
			continue
		}
		if toks[j].POS == "ns" || nameLike(toks[j]) && !hasNameWord(toks, toks[start].Start, toks[j-1].Start) {
			return j
		}
	}
	return start
}

// afterFunctionWords is where a name that starts at s, its head at hs,
// starts once the function words it starts with are cut off: a conjunction,
// a preposition, an adverb, a pronoun or the number of a point (但 国金证券,
// 由 医保基金, 一是 政府), an unknown word the segmenter glued from one and
// the next word (这是/x 公司, 但据/x 中国机电产品进出口商会), or the measure
// of a number before it (19 楼 澳门贸易投资促进局, 500 强 美国礼来公司).
func afterFunctionWords(toks []segment.Token, s, hs int) int {
	for k := segment.TokenIndexAt(toks, s); k < len(toks) && toks[k].Start == s && toks[k].End < hs; k++ {
		t := toks[k]
		switch {
		case t.POS == "c" || t.POS == "p" || t.POS == "d" || t.POS == "r" || strings.HasPrefix(t.POS, "u") || Enumerator(t.Text):
		case t.POS == "x" && t.End-t.Start == 2 && textmap.OneOf("这那但且已故由即又", textmap.FirstRune(t.Text)):
		case t.End-t.Start == 1 && k > 0 && digitsOnly(toks[k-1].Text) && toks[k-1].End == t.Start:
		case t.POS == "f" && (timeLocatives[t.Text] || boundLocatives[t.Text]): // 100万吨 以上 大型企业集团, 会议 期间 …
		default:
			return s
		}
		s = t.End
	}
	return s
}

// boundLocatives close a phrase of measure or place before them (100万吨
// 以上, 三年之内), as timeLocatives close one of time: a name starts after
// either.
var boundLocatives = map[string]bool{"以上": true, "以下": true, "以内": true, "以外": true, "之内": true, "之外": true}

// officeVerbs say what post a person holds or held, in a body named after
// them (曾任 株洲高新区管委会副主任); the segmenter knows some as unknown words.
var officeVerbs = map[string]bool{"曾任": true, "现任": true, "原任": true, "历任": true, "兼任": true, "出任": true, "担任": true}

// oneCharVerb reports a verb or preposition of one character (成果 令
// 美国X公司, 苹果 诉 韩国三星电子公司): right before a place it ends the
// clause the name is part of.
func oneCharVerb(t segment.Token) bool {
	return t.End-t.Start == 1 && (strings.HasPrefix(t.POS, "v") || t.POS == "p")
}

// gluedAfter are the prepositions and conjunctions the segmenter's
// unknown-word model glues to the word before them (院由, 华及).
const gluedAfter = "率赴在向对为从与和到由及"

// belongsVerbs join a body to the one it belongs to inside a name
// (上海交通大学医学院附属瑞金医院), or say what a company does in its
// registered name (熔盛重工集团 控股/v 有限公司).
var belongsVerbs = map[string]bool{"附属": true, "直属": true, "所属": true, "下属": true, "控股": true}

// placeBefore is where a government body's short form that starts at s
// and ends at e starts with the place named right before it: 长沙 +
// 市政府, 湖南省 + 发改委 (a body that any province or city has, named by
// its own press without the place). The place is one word the segmenter
// tags as a place; it must end with the level the short form starts with
// (湖南省 发改委), or the short form must carry it (长沙 市政府), or neither
// has one: another government's body (墨西哥 经济部, 香港 投资推广署,
// 内蒙古 发改委), unless the place is the whole country (中国 商务部). Else s.
func placeBefore(rs []rune, toks []segment.Token, s, e int) int {
	k := segment.TokenIndexAt(toks, s)
	if k == 0 || k >= len(toks) || toks[k].Start != s {
		return s
	}
	p := toks[k-1]
	if p.POS != "ns" || p.End != s || p.End-p.Start < 2 {
		return s
	}
	const levels = "省市区县州"
	placeLevel := textmap.OneOf(levels, rs[p.End-1])
	bodyLevel := textmap.OneOf(levels, rs[s])
	switch {
	case bodyLevel && !placeLevel:
		return p.Start // 长沙 + 市政府
	case !bodyLevel && placeLevel && localBody(rs[s:e]):
		return p.Start // 湖南省 + 发改委
	case !bodyLevel && !placeLevel && !wholeCountry[p.Text]:
		return p.Start // 美国 + 商务部, 香港 + 投资推广署: another government's
	}
	return s
}

// placeStem reports whether the words of [s, e) are places, unknown words
// (a district the dictionary lacks: 成华), or end with a place's level
// (广东省): the stem an official account's name (X发布) has.
func placeStem(toks []segment.Token, s, e int) bool {
	if s >= e {
		return false
	}
	for k := segment.TokenIndexAt(toks, s); k < len(toks) && toks[k].Start < e; k++ {
		t := toks[k]
		if last, _ := utf8.DecodeLastRuneInString(t.Text); t.POS != "ns" && t.POS != "x" && !(t.End == e && strings.ContainsRune("省市区县州", last)) {
			return false
		}
	}
	return true
}

// localBody reports a short form that names a body every province or city
// has (发改委, 科技厅, 商务局), not a national one (国务院, 商务部).
func localBody(name []rune) bool {
	n := string(name)
	for _, h := range []string{"委", "厅", "局", "办"} {
		if strings.HasSuffix(n, h) {
			return !strings.HasPrefix(n, "国") && !strings.HasPrefix(n, "中")
		}
	}
	return false
}

// afterPlaces returns where a name's text starts once leading place names
// are skipped.
func afterPlaces(toks []segment.Token, s, e int) int {
	for k := segment.TokenIndexAt(toks, s); k < len(toks) && toks[k].End < e && toks[k].POS == "ns"; k++ {
		s = toks[k].End
	}
	return s
}

// placeStems are the words that make a kind of institute with 所 when
// the segmenter cuts it off them (研究 所, 设计 所, 事务 所); after any other
// word a lone 所 is the particle (人们所关心, 预期所抵消).
var placeStems = map[string]bool{
	"研究": true, "设计": true, "勘察": true, "勘测": true, "检测": true, "检验": true, "测试": true,
	"试验": true, "实验": true, "监测": true, "测绘": true, "规划": true, "事务": true, "交易": true,
	"派出": true, "科研": true, "研发": true, "技术": true, "工程": true,
}

// institutePlace reports whether token t, which ends with 所 (its head
// at token k), may end an institute: a lone 所 after a kind's stem, or
// after a noun and before a break or a joiner, or a word of its own that is no count, abbreviation, unknown or function word
// (多所/m, 中所/j, 上文所/x).
func institutePlace(toks []segment.Token, k int, t segment.Token) bool {
	if t.End-t.Start == 1 {
		if k == 0 {
			return false
		}
		if placeStems[toks[k-1].Text] {
			return true
		}
		// A short form after a noun, closed by a break, a joiner or 等
		// (能源所、植物所等): the particle is followed by its verb.
		p := toks[k-1]
		if k+1 >= len(toks) || !strings.HasPrefix(p.POS, "n") || p.End-p.Start < 2 {
			return false
		}
		next := toks[k+1]
		r := textmap.FirstRune(next.Text)
		if textmap.OneOf("“\"「『", r) {
			return false // 被…攻势所“迷惑”: the particle before its quoted verb
		}
		return segment.IsBreak(r) || next.End-next.Start == 1 && (joinerChars.Has(r) || r == '等')
	}
	switch t.POS {
	case "m", "mq", "j", "x", "d", "c", "p", "r", "v":
		return false
	}
	return true
}

// namedBody reports whether a whole name with a legal or group suffix
// stands in [s, e) (光宝科技股份有限公司 in 光宝科技股份有限公司建兴园区分公司): what
// follows it is one of its branches, named by it.
func namedBody(rs []rune, s, e int) bool {
	for i := e; i-s >= 4; i-- {
		if textmap.HasSuffixRunes(rs[s:i], "有限公司") || textmap.HasSuffixRunes(rs[s:i], "有限责任公司") || textmap.HasSuffixRunes(rs[s:i], "集团") {
			return true
		}
	}
	return false
}

// properPOS reports the tags of a word that may be a name with its brand
// head inside (万科地产/nt, 海航置业/nz).
func properPOS(pos string) bool {
	switch pos {
	case "nt", "nz", "nr", "ns", "x":
		return true
	}
	return false
}

// kindOnly reports whether a body named body, then head, is a kind of
// firm, not one named: a firm's, a group's or an enterprise's head after a
// country or abroad alone (中国公司, 外国公司, 美国企业), after a word of
// size or of the whole (大集团, 整个集团, 非本公司, 外国银行, 大银行), or
// after a field alone (汽车集团, 房地产公司, 航运集团). A place or a brand
// before makes a name (东湖汽车集团).
func (x *Institutes) kindOnly(body, head string) bool {
	if head == "银行" {
		// 外国银行, 大银行: a country's bank is one (中国银行, 美国银行).
		return body == "外国" || body == "外资" || body == "大" || body == "中小"
	}
	if head != "公司" && head != "集团" && head != "企业" {
		return false
	}
	switch body {
	case "外国", "外资", "跨国", "整个", "全", "大", "非本":
		return true
	}
	return wholeCountry[body] || x.countries[body] || x.fields[body]
}

// genericCompanyHead: heads that name no one without a proper name.
func genericCompanyHead(h []rune) bool {
	return len(h) == 2 && h[0] == '公' && h[1] == '司'
}

// describesNext reports whether the name [s, e) with its head at hs is a
// description of the firm named right after it: a foreign country, then
// only common nouns of a trade before the head (英国 金融 科技 公司), then
// an unknown, Latin, person's or brand's word, or a known institute.
func (x *Institutes) describesNext(d *extract.Doc, s, hs, e int) bool {
	toks := d.Tokens
	p := afterPlaces(toks, s, e)
	if p == s || p >= hs || !x.countries[d.Slice(s, p)] {
		return false // 赣州稀土矿业公司 会否…: a Chinese place's firm is named so
	}
	for k := segment.TokenIndexAt(toks, p); k < len(toks) && toks[k].Start < hs; k++ {
		if t := toks[k]; t.POS != "n" && t.POS != "vn" || t.End > hs {
			return false
		}
	}
	k := segment.TokenIndexAt(toks, e)
	if k >= len(toks) || toks[k].Start != e {
		return false
	}
	if _, n := x.knownAt(d.Runes, toks, toks[k]); n > 0 {
		return true
	}
	_, ok := appositiveName(d, e)
	return ok
}

// appositiveName is the firm's name that starts at e, right after a
// description of it: one Latin word, or an unknown, person's or brand's
// word of two code points or more followed by a break or a verb.
func appositiveName(d *extract.Doc, e int) (extract.Mention, bool) {
	toks := d.Tokens
	k := segment.TokenIndexAt(toks, e)
	if k >= len(toks) || toks[k].Start != e {
		return extract.Mention{}, false
	}
	t := toks[k]
	end := t.End
	switch {
	case t.POS == "eng" && t.End-t.Start >= 2 && lettersOnly(t.Text):
		// Latin words, with the spaces between them (Golden Harvest).
		for j := k + 1; j < len(toks); j++ {
			if toks[j].POS == "eng" && lettersOnly(toks[j].Text) {
				end = toks[j].End
			} else if strings.TrimSpace(toks[j].Text) != "" {
				if unicode.IsDigit(textmap.FirstRune(toks[j].Text)) {
					return extract.Mention{}, false // a number glued on: a note's mark, not the name's
				}
				break
			}
		}
	case (t.POS == "x" || t.POS == "nr" || t.POS == "nz") && t.End-t.Start >= 2 && t.End-t.Start <= 4 && unicode.Is(unicode.Han, d.Runes[t.Start]):
		if k+1 < len(toks) && !segment.IsBreak(textmap.FirstRune(toks[k+1].Text)) && !strings.HasPrefix(toks[k+1].POS, "v") && toks[k+1].POS != "d" && toks[k+1].POS != "p" {
			return extract.Mention{}, false
		}
	default:
		return extract.Mention{}, false
	}
	m := d.Mention(extract.KindInstitute, textmap.Span{Start: t.Start, End: end})
	m.Label = "company"
	return m, true
}

// lettersOnly reports whether w is letters alone.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// hasNameWord reports whether a proper-name word stands in [s, e).
func hasNameWord(toks []segment.Token, s, e int) bool {
	for k := segment.TokenIndexAt(toks, s); k < len(toks) && toks[k].Start < e; k++ {
		if nameLike(toks[k]) || toks[k].POS == "nz" {
			return true
		}
	}
	return false
}

// itemWords reports whether the words from an item start up to s can be
// part of a name: no predicate verbs, prepositions, pronouns, particles.
func (nr *nameRules) itemWords(toks []segment.Token, item, s int) bool {
	for k := segment.TokenIndexAt(toks, item); k < len(toks) && toks[k].Start < s; k++ {
		t := toks[k]
		if nr.isPredicate(t.Text) {
			return false
		}
		if t.Text == "及" || t.Text == "和" || t.Text == "与" {
			continue // a coordination inside one item
		}
		switch t.POS {
		case "p", "c", "r", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o":
			return false
		}
		if textmap.QuoteBracketChars.In(t.Text) {
			continue // quoted or bracketed parts of a name
		}
		if t.Text != "-" && t.Text != "·" && len(t.Text) > 0 && segment.IsBreak(textmap.FirstRune(t.Text)) {
			return false
		}
	}
	return true
}

// hall reports a name of a room (会展中心多功能厅, 农产品展厅): 厅 heads a
// government department only after its field (财政厅, 商务厅).
func hall(name string) bool {
	for _, h := range []string{"多功能厅", "宴会厅", "展厅", "大厅", "餐厅", "会议厅", "报告厅", "音乐厅", "营业厅", "门厅", "客厅"} {
		if strings.HasSuffix(name, h) {
			return true
		}
	}
	return false
}

// determiners start a phrase about bodies of a kind (有关部门, 地方政府,
// 各级政府), never an organisation's name.
var determiners = map[string]bool{"有关": true, "相关": true, "各级": true, "各类": true, "各": true, "这些": true, "其他": true,
	"上述": true, "所有": true, "全部": true, "一些": true, "地方": true, "当地": true, "本地": true, "该": true, "此": true,
	"本届": true, "今届": true, "下届": true, "上届": true, "历届": true, "新一届": true, "原": true, "前": true}

// engineeringBureau matches the engineering bureaus of the central state
// construction groups (中建三局, 中铁十一局, 中铁大桥局, 中交二航局, 中冶十七局,
// 中国水电八局), which are companies, though named 局 (SASAC's central
// enterprises and their subsidiaries).
var engineeringBureau = regexp.MustCompile(`^(?:中国)?(?:中建|中铁建|中铁|中交|中冶|中水|水电|中电建|中煤|中核|中化)(?:[一二三四五六七八九十]+|大桥|电气化|隧道|建工|港湾|航务|二航|三航|一航|四航)(?:工程)?局$`)

// determinerGlued reports a word that is a determiner and a head of n
// code points (当地政府, 各级政府 as one word).
func determinerGlued(w string, n int) bool {
	rs := []rune(w)
	return len(rs) > n && determiners[string(rs[:len(rs)-n])]
}

var countInside = regexp.MustCompile(`[0-9一二两三四五六七八九十]+[支家个只批项]`)

// knownAt matches a well-known organisation starting at token t, on the
// text (the segmenter may split 中电建), ending at a word end.
func (x *Institutes) knownAt(rs []rune, toks []segment.Token, t segment.Token) (string, int) {
	if r := rs[t.Start]; r < 0x10000 && !x.known.MayStart(r) || t.Start+1 >= len(rs) {
		return "", 0
	}
	for _, w := range x.known2[[2]rune{rs[t.Start], rs[t.Start+1]}] {
		n := len(w.Runes)
		if textmap.HasRunes(rs, t.Start, w.Runes) {
			if e := segment.TokenIndexAt(toks, t.Start+n-1); e < len(toks) && (toks[e].End == t.Start+n || n >= 3 && toks[e].POS == "x" && toks[e].Start < t.Start+n && toks[e].Start >= t.Start) {
				if e+1 < len(toks) && toks[e+1].Start == t.Start+n && toks[e+1].End == t.Start+n+1 && textmap.OneOf("道路街巷桥", rs[t.Start+n]) {
					return "", 0 // 雷锋 北大 道: a street's name the segmenter split
				}
				return w.Value, n
			}
		}
	}
	return "", 0
}

// societyWords are the names of societies (协会, 学会, 商会, 联合会): a
// committee named after one is the society's, not a government's. (Its
// offices, 办公室 and 代表处, stay as they were: made associations, the
// ranker turned three of them down on real news.)
var societyWords = textmap.LexOf([]string{"协会", "学会", "商会", "联合会", "研究会", "促进会"})

// firmWords are the words after a known name that name one of its firms
// (光大 期货, 中信 证券, 华为 公司), with the firm's kind.
var firmWords = map[string]string{"证券": "company", "期货": "company", "公司": "company", "集团": "company", "控股": "company", "信托": "company", "保险": "company", "银行": "bank"}

// knownGoesOn is the kind and end of the name a known name of kind at
// [.., e) makes with the word right after it: an outlet's with a word
// that heads a paper's or a channel's name (第一财经 日报: the title), any
// other's with a firm's word (光大 期货, 华为 公司: that firm), a company's
// with a numbered bureau (中铁 十一局: numberedBureau); else kind and e.
func (x *Institutes) knownGoesOn(rs []rune, toks []segment.Token, kind string, e int) (string, int) {
	k := segment.TokenIndexAt(toks, e)
	if k >= len(toks) || toks[k].Start != e {
		return kind, e
	}
	if kind == "media" {
		if label, n := x.heads.At(rs, e); label == "media" && n == toks[k].End-e {
			return kind, toks[k].End
		}
	} else if firm, ok := firmWords[toks[k].Text]; ok {
		return firm, toks[k].End
	} else if end := numberedBureau(rs, toks, k); kind == "company" && end > e {
		// 中铁 十一 局 集团, 中交 一公局, 中建 八局: a builder's numbered
		// bureau, a firm of its own.
		if j := segment.TokenIndexAt(toks, end); j < len(toks) && toks[j].Start == end && firmWords[toks[j].Text] == "company" {
			end = toks[j].End
		}
		return kind, end
	}
	return kind, e
}

// numberedBureau is the end of a bureau's number and 局 that start at token
// k (十一 局, 八局, 一公局, 二航局), or 0: the numbered bureaus the state
// builders name their firms by.
func numberedBureau(rs []rune, toks []segment.Token, k int) int {
	i := toks[k].Start
	for i < len(rs) && textmap.OneOf("一二三四五六七八九十", rs[i]) {
		i++
	}
	if i == toks[k].Start {
		return 0
	}
	if i < len(rs) && (rs[i] == '公' || rs[i] == '航') {
		i++ // 一公局, 二航局
	}
	if i >= len(rs) || rs[i] != '局' {
		return 0
	}
	if j := segment.TokenIndexAt(toks, i+1); j < len(toks) && toks[j].Start != i+1 {
		return 0 // the 局 starts a word (局面)
	}
	return i + 1
}

// knownEnd is the kind of a body the segmenter knows as one word (nt)
// whose name ends with a known government body's of three code points or
// more after a place's of two or more (美国农业部, 中国铁道部, 法国外交部),
// and its length; else "", 0. Two known bodies in one word (中共中央国务院)
// are left to the lookups of each.
func (x *Institutes) knownEnd(rs []rune, t segment.Token) (string, int) {
	if t.POS != "nt" {
		return "", 0
	}
	for i := t.Start + 2; i <= t.End-3; i++ {
		for _, w := range x.known2[[2]rune{rs[i], rs[i+1]}] {
			if w.Value == "government" && len(w.Runes) == t.End-i && textmap.HasRunes(rs, i, w.Runes) {
				if x.known.Is(string(rs[t.Start:i])) {
					return "", 0 // 中共中央国务院: two bodies
				}
				return w.Value, t.End - t.Start
			}
		}
	}
	return "", 0
}

// nameLike reports whether a token looks like a proper name by its tag.
func nameLike(t segment.Token) bool {
	switch t.POS {
	case "x", "nz", "nr", "nrt", "nrfg", "ns", "nt", "j", "eng":
		return t.End-t.Start >= 2 || t.POS == "eng"
	}
	return false
}

// startsWithCount reports a name that starts with a count (3支基金, 13家,
// 多家上市公司, 五大集团, 两国政府).
// countedBodies reports a name a count stands right before or after (3家
// 国家实验室, 全国重点实验室45家): bodies of a kind, counted, not one named.
func countedBodies(rs []rune, s, e int) bool {
	isNum := func(r rune) bool { return unicode.IsDigit(r) || money.CnDigit(r) > 0 }
	if s >= 2 && textmap.OneOf("家个所批", rs[s-1]) && isNum(rs[s-2]) {
		return true
	}
	// After the name, the count closes its clause (全国重点实验室45家、…,
	// 省创新实验室达8家), not the list it ends (X有限公司4家企业) or a span
	// of time (三个月).
	j := e
	for _, v := range countVerbs {
		if textmap.HasRunesAt(rs, e, v) {
			j += utf8.RuneCountInString(v)
			break
		}
	}
	e = j
	for j < len(rs) && isNum(rs[j]) {
		j++
	}
	return j > e && j+1 < len(rs) && textmap.OneOf("家个所批", rs[j]) && (textmap.ClauseMarkChars.Has(rs[j+1]) || textmap.OneOf("、。)）", rs[j+1]))
}

// countVerbs say how many there are of what comes before them (达8家,
// 增加到20家): longest first.
var countVerbs = []string{"增加到", "增加至", "增长到", "达到", "增至", "突破", "超过", "总数达", "数量达", "达"}

func startsWithCount(rs []rune) bool {
	return len(rs) > 1 && (unicode.IsDigit(rs[0]) || (money.CnDigit(rs[0]) > 0 || textmap.OneOf("多数几各", rs[0])) && textmap.OneOf("支家个所只批项大国", rs[1]))
}

// listItemStart finds the start of the enumeration item that ends at e:
// the item must follow a 、 (within 20 code points, no clause mark
// between) and be followed by 、, 等, 及, 和, a clause mark or the end.
func listItemStart(rs []rune, s, e int) (int, bool) {
	if e < len(rs) && !itemAfterChars.Has(rs[e]) {
		return 0, false
	}
	for i := s - 1; i >= 0 && i >= s-20; i-- {
		switch rs[i] {
		case '、', '及':
			return i + 1, true
		case '和', '与':
			// The last item of A、B和C: only when a 、 comes before in the clause.
			for j := i - 1; j >= 0 && j >= i-40; j-- {
				if rs[j] == '、' {
					return i + 1, true
				}
				if textmap.ClauseMarkChars.Has(rs[j]) {
					break
				}
			}
		case ',', '，', '。', ';', '；', ':', '：', '\n', '(', '（':
			return 0, false
		}
	}
	return 0, false
}

// stopSuffix reports whether a word is, or ends with, a word that ends in
// a head but names no organisation (布局, 产业布局), unless a longer head
// ends it (安全局, not 全局).
func (x *Institutes) stopSuffix(w string) bool {
	// Every suffix of two code points or more, by byte offset.
	// Longest first: a head that ends the word (安全局) outranks a stop
	// word it ends with (全局).
	_, last := utf8.DecodeLastRuneInString(w)
	for i := 0; i <= len(w)-last-1; i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		if x.heads.Is(w[i:]) {
			return false
		}
		if x.stop[w[i:]] {
			return true
		}
	}
	return false
}

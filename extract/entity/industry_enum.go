package entity

import (
	"slices"
	"strings"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Enumerations of industries: the items of a list that the text presents
// as industries (电子信息、生物医药、新材料等产业; 聚焦高端装备、低空经济和
// 算力服务) are candidates whether or not the word lists know them; the
// ranker judges them (Mention.Via is "enum"). A list counts when it ends
// with 等 and an industry word, or is followed by one, or when one of its
// items is an industry the word lists know and a cue word (发展, 聚焦, 涵盖
// …) or an industry word stands in its clause, and at least half of its
// items hold an industry the word lists know.

// enumEnds are the words after a list (after 等, or right after its last
// item) that say its items are industries.
var enumEnds = textmap.LexOf([]string{"产业", "行业", "领域", "业态", "板块", "赛道", "新兴产业", "重点产业", "主导产业", "特色产业", "优势产业", "支柱产业", "传统产业", "重点行业", "主导行业", "支柱行业", "优势行业", "传统行业", "产业集群", "产业链", "战略性新兴产业", "未来产业", "等产业", "等行业", "等领域"})

// enumCues are words before a list, in its clause, that introduce
// industries.
var enumCues = textmap.LexOf([]string{"聚焦", "围绕", "发展", "投向", "主要", "方向", "培育", "布局", "涵盖", "涉及", "覆盖", "包括", "主攻", "壮大", "打造", "深耕", "瞄准", "重点", "主导产业", "产业"})

// copulas link a list to what it is (A、B是重点行业); a bare 为 is left
// out, as it also ends verbs (缩减为, 以A为骨干).
var copulas = textmap.LexOf([]string{"是", "均为", "均是", "都是", "都为", "皆为", "同为", "即为"})

// maxCopulaGap is how far after a copula a word of industries may stand,
// in code points (是今年的重点行业; 均为我市战略性新兴产业).
const maxCopulaGap = 10

// maxEnumGap is how many code points may stand between 等 and the word
// that closes a list of industries (等文旅消费板块).
const maxEnumGap = 6

// roleHeads end what a list names a place to become (打造国际体育活动中心,
// 融城新空间, 创新高地): a role or a place, not a field, whatever field its
// words name.
var roleHeads = textmap.LexOf([]string{"中心", "空间", "基地", "高地", "平台", "枢纽", "新城", "之都", "名城", "强市", "强省", "大省", "门户", "窗口", "样板", "标杆", "示范区", "先行区", "集聚区", "园区", "城市"})

// maxEnumItem is the longest item taken, in code points.
const maxEnumItem = 10

// enumerations adds to have the items of industry lists in d: an item
// takes the place of the mentions inside it (高端装备 for 装备), and is
// left out where a mention crosses its edge.
func (x *Industries) enumerations(d *extract.Doc, have []extract.Mention) []extract.Mention {
	rs := d.Runes
	var out []extract.Mention
	idx := extract.NewIndex(have)
	inside := map[textmap.Span]bool{}
	var goods []textmap.Span
	for _, sent := range d.Sentences {
		for i := sent.Start; i < sent.End; i++ {
			if rs[i] != '、' {
				continue
			}
			items, end := x.listAt(d, sent, i)
			items = afterPreposition(d, items)
			if len(items) < 2 {
				continue
			}
			if x.goodsAfter(d, end) || goodsItems(rs, items) {
				goods = append(goods, textmap.Span{Start: items[0].Start, End: end})
				i = end // 玻璃基板、偏光片、液晶材料等产品: goods, not industries
				continue
			}
			if policyItems(rs, items) || sloganItems(d, items) {
				i = end // 协调发展、民生保障、南疆振兴等领域: a government's tasks; 公路促民航、…: a slogan
				continue
			}
			if !x.industryList(d, sent, items, end) || x.firmAmong(d, items) || x.firmIntro(d, sent, items[0].Start) {
				i = end // not industries; or firms (中建市政、中铁置业、庞大集团)
				continue
			}
			explicit := explicitEnd(rs, end, sent.End)
			for _, it := range items {
				it, ok := trimItem(d, it)
				if !ok {
					continue
				}
				it = countedKind(d, it)
				if it.Len() < 2 || it.Len() > maxEnumItem || policyItem(rs, it) {
					continue // 社会治理: a task, in a list of fields
				}
				if _, n := roleHeads.Before(rs, it.End, it.Start); n > 0 && n < it.Len() {
					continue // 打造 国际体育活动中心、融城新空间: roles a place takes, not fields
				}
				ins := idx.StartingIn(it.Start, it.End)
				label, crosses, same := "", false, false
				for _, o := range ins {
					switch {
					case o.Norm == it && o.Via == "rejected" && (it.Len() > 2 || explicit):
						// A name the lists know but turned down alone (现代服务业
						// in 以现代服务业为支撑): the list presents it. A weak
						// word of two only when the list says so in words
						// (发展环保、金融等产业), not by a count of ranks
						// (汽车、电子信息两大支柱产业: the ranker's call).
						label = o.Label
					case o.Norm == it:
						same = true
					case o.Norm.End > it.End:
						crosses = true
					default:
						label = o.Label
					}
				}
				if same || crosses || idx.Overlaps(textmap.Span{Start: it.Start, End: it.Start + 1}) && len(ins) == 0 {
					continue
				}
				for _, o := range ins {
					inside[o.Norm] = true
				}
				m := d.Mention(extract.KindIndustry, it)
				m.Label = label
				m.Via = "enum"
				out = append(out, m)
			}
			i = end
		}
	}
	if len(goods) > 0 {
		have = slices.DeleteFunc(have, func(m extract.Mention) bool { return inGoods(goods, m) })
	}
	if len(out) == 0 {
		return have
	}
	for _, m := range have {
		if !inside[m.Norm] {
			out = append(out, m)
		}
	}
	return out
}

// firmIntro reports a list that a collective noun of firms introduces
// (业者包括A、B): its items are firms (昇阳国际半导体), not industries.
// The list's first item as read here may start after the first words of
// a firm's name (恒岳/x 国际半导体), so the introduction may end up to
// maxEnumItem code points before it.
func (x *Industries) firmIntro(d *extract.Doc, sent textmap.Span, s int) bool {
	for p := s; p >= sent.Start && s-p <= maxEnumItem; p-- {
		if p < s && textmap.ClauseMarkChars.Has(d.Runes[p]) {
			return false
		}
		if _, ok := FirmIntro(d, x.firmNouns, sent.Start, p); ok && d.Starts[p] {
			return true
		}
	}
	return false
}

// goodsItems reports a list at least half of whose items end with a goods
// word (炼油产品、石化产品和专用化学品: what a firm makes, not industries).
func goodsItems(rs []rune, items []textmap.Span) bool {
	n := 0
	for _, it := range items {
		if _, m := itemGoodsWords.Before(rs, it.End, it.Start); m > 0 {
			n++
		}
	}
	return 2*n >= len(items)
}

// policyItems reports a list at least half of whose items, and two or
// more, end with a word of policy (科技创新、扩大内需、协调发展、民生保障、
// 南疆振兴等领域: the areas of a government's work, not industries, though
// 领域 closes both).
func policyItems(rs []rune, items []textmap.Span) bool {
	n := 0
	for _, it := range items {
		if policyItem(rs, it) || it.Len() > 2 && textmap.HasSuffixRunes(rs[it.Start:it.End], "建设") {
			n++ // 文化建设 among tasks; alone, 工业建设 may be the field
		}
	}
	return n >= 2 && 2*n >= len(items)
}

// sloganItems reports a list at least half of whose items, and two or
// more, are a clause: a one-character verb between two nouns (公路促民航、
// 交通带旅游: a slogan, not fields).
func sloganItems(d *extract.Doc, items []textmap.Span) bool {
	n := 0
	for i, it := range items {
		k0 := segment.TokenIndexAt(d.Tokens, it.Start)
		if i == 0 && k0 >= 2 {
			k0 -= 2 // the first item as read starts after the verb (公路 促 民航)
		}
		for k := k0 + 1; k+1 < len(d.Tokens) && d.Tokens[k+1].End <= it.End; k++ {
			if t := d.Tokens[k]; t.POS == "v" && t.End-t.Start == 1 && nounOrAbbrev(d.Tokens[k-1].POS) && nounOrAbbrev(d.Tokens[k+1].POS) {
				n++
				break
			}
		}
	}
	return n >= 2 && 2*n >= len(items)
}

// afterPreposition is items from the last one with a preposition (在, 对,
// 向, 从, 于; not 与, which joins two fields) inside, which starts after
// it: the items before it are another list (加强与长三角、粤港澳大湾区 在
// 具身智能、低空经济等领域…: regions, then fields).
func afterPreposition(d *extract.Doc, items []textmap.Span) []textmap.Span {
	for i := len(items) - 1; i > 0; i-- {
		it := items[i]
		for k := segment.TokenIndexAt(d.Tokens, it.Start); k < len(d.Tokens) && d.Tokens[k].End < it.End; k++ {
			if t := d.Tokens[k]; t.POS == "p" && t.Start > it.Start && textmap.OneOf("在对向从于", textmap.FirstRune(t.Text)) && t.End-t.Start == 1 {
				items = items[i:]
				items[0].Start = t.End
				return items
			}
		}
	}
	return items
}

// nounOrAbbrev reports a noun's part of speech or an abbreviation's (民航/j).
func nounOrAbbrev(pos string) bool { return nominal(pos) || pos == "j" }

// policyItem reports an item that ends with a word of policy after some
// other word (民生保障, 社会治理, 协调发展).
func policyItem(rs []rune, it textmap.Span) bool {
	_, m := itemPolicyWords.Before(rs, it.End, it.Start)
	return m > 0 && m < it.Len()
}

// itemPolicyWords end the names of a policy's aims and tasks, never of an
// industry.
var itemPolicyWords = textmap.LexOf([]string{"发展", "保障", "振兴", "改革", "开放", "治理", "壮大", "内需", "稳定", "攻坚", "提升", "增收", "民生"})

// itemGoodsWords end the names of goods, not of industries (材料 and 设备
// end both: 新材料, 医疗设备), and 房 of housing (避暑房、康养房).
var itemGoodsWords = textmap.LexOf([]string{"产品", "用品", "制品", "器材", "化学品", "房"})

// goodsWords after a list (after 等, or right after its last item) say
// that its items are goods (钢铁等材料, 偏光片、液晶材料等产品, 芯片、
// 传感器等零部件, 艺术品、文化沙龙等高端品类), which the text sells or uses,
// or makes so many of (工业机器人、光伏电池产量), not industries it presents.
var goodsWords = []string{"产品", "材料", "原材料", "原料", "零部件", "配件", "元器件", "器件", "设备", "商品", "物资", "货物", "用品", "品类", "品种", "产量"}

// costWords after a list (原材料、物流、人力等成本; 物流、市场销售等费用)
// say that its items are what a firm pays for, not industries.
var costWords = []string{"成本", "费用", "支出", "开支"}

// goodsAfter reports whether a goods or cost word follows the list that ends at e,
// after 等 or 等等 and a count (等12类产品), or ends the phrase 等 opens.
func (x *Industries) goodsAfter(d *extract.Doc, e int) bool {
	rs := d.Runes
	deng := e < len(rs) && rs[e] == '等'
	if deng {
		e++
		if e < len(rs) && rs[e] == '等' {
			e++
		}
		for e < len(rs) && (money.IsASCIIDigit(rs[e]) || money.CnDigit(rs[e]) > 0 || textmap.OneOf("十百多余类种大项个", rs[e])) {
			e++
		}
	}
	for _, words := range [][]string{goodsWords, costWords} {
		for _, w := range words {
			if n := len([]rune(w)); e+n <= len(rs) && textmap.HasPrefixRunes(rs[e:], w) && (e+n == len(rs) || d.Starts[e+n]) {
				return true
			}
		}
	}
	// A list closed by 等 and the name of a class of goods (等ECFA早收清单
	// 产品): a goods word ends the phrase after 等, with no field's word
	// (等新材料, 等产业) before it.
	if deng {
		for j := e; j < len(rs) && j < e+maxGoodsGap; j++ {
			if textmap.ClauseMarkChars.Has(rs[j]) || textmap.OneOf("、。；;的", rs[j]) {
				return false
			}
			if _, n := enumEnds.At(rs, j); n > 0 {
				return false
			}
			if _, n := x.cores.At(rs, j); n > 0 && d.Starts[j] {
				return false // 等新材料: a field closes the list
			}
			for _, w := range goodsWords {
				if n := len([]rune(w)); d.Starts[j] && j+n <= len(rs) && textmap.HasPrefixRunes(rs[j:], w) && (j+n == len(rs) || d.Starts[j+n]) && (j+n == len(rs) || textmap.ClauseMarkChars.Has(rs[j+n]) || textmap.OneOf("。；;", rs[j+n])) {
					return true
				}
			}
		}
	}
	return false
}

// maxGoodsGap is how many code points may stand between 等 and the goods
// word that closes a list of goods (等ECFA早收清单产品).
const maxGoodsGap = 12

// inGoods reports whether m lies inside one of the lists of goods and is no
// industry by its own word (产业, 行业, 业).
func inGoods(goods []textmap.Span, m extract.Mention) bool {
	for _, g := range goods {
		if m.Norm.Start >= g.Start && m.Norm.End <= g.End {
			return !strings.HasSuffix(m.Name, "业")
		}
	}
	return false
}

// commonPlaces are kinds of place, not places, which stay in an industry's
// name (城市运行管理, 城镇燃气, 都市工业).
var commonPlaces = map[string]bool{"城市": true, "城镇": true, "都市": true, "乡村": true, "农村": true, "市区": true, "城区": true, "县域": true, "市县": true, "乡镇": true}

// shareChars mark a share (减材料54%), which no industry holds.
var shareChars = textmap.Chars("%％‰")

// firmAmong reports whether an item of a list is a firm's or a body's
// name by its head (庞大集团, 东湖银行): the list names firms, and those of
// its items that end with a trade (中铁置业, 腾势汽车) are firms too.
func (x *Industries) firmAmong(d *extract.Doc, items []textmap.Span) bool {
	for _, it := range items {
		if _, n := x.firms.Before(d.Runes, it.End, it.Start); n > 0 && n < it.Len() {
			return true
		}
	}
	return false
}

// trimItem cuts from a list item what follows the industry it names: a
// count of firms (精密机械产业厂商5家), the verb of the clause (由锰、钡新材料
// 构成, 金融、基金项目签约落地) and a rank before 产业 (汽车、电子信息两大支柱产业).
// It reports false for an item that names a zone or an event, not an
// industry (工具区、大型机械区, …洽谈会、…论坛).
func trimItem(d *extract.Doc, it textmap.Span) (textmap.Span, bool) {
	rs := d.Runes
	toks := d.Tokens
	if shareChars.InRunes(rs[it.Start:it.End]) {
		return it, false // 减时间83%、减材料54%: shares, not industries
	}
	if k := segment.TokenIndexAt(toks, it.Start); k < len(toks) && toks[k].Start == it.Start && !commonPlaces[toks[k].Text] {
		if toks[k].End == it.End && toks[k].POS == "ns" {
			return it, false // 在浙江、福建等茶叶产业发达的地区: places where the field is, not fields
		}
		// 湖北省交通、城市基础设施…: a place before the first item is whose
		// the industry is, not part of its name.
		if explicitPlace(toks[k]) && it.End-toks[k].End >= 2 {
			it.Start = toks[k].End
		}
	}
	// 以A为骨干、以B为支撑: the item is what stands between 以 and 为.
	if k := segment.TokenIndexAt(toks, it.Start); k < len(toks) && toks[k].Start == it.Start && toks[k].Text == "以" {
		for j := k + 1; j < len(toks) && toks[j].End <= it.End; j++ {
			if toks[j].Text == "为" {
				it = textmap.Span{Start: toks[k].End, End: toks[j].Start}
				break
			}
		}
	}
	for it.Len() > 0 {
		k := segment.TokenIndexAt(toks, it.End-1)
		if k >= len(toks) || toks[k].Start < it.Start || toks[k].End != it.End {
			break
		}
		t := toks[k]
		w := t.Text
		switch {
		case clauseVerbs[w] || t.POS == "p" || t.POS == "u" || t.POS == "uj",
			countWord(t) || allDigits(w),
			w == "厂商" || w == "企业" || w == "公司" || w == "家":
			it.End = t.Start
			continue
		}
		break
	}
	// A rank before 产业 (支柱产业), which the segmenter may have glued
	// to it, and a count of ranks (两大, 三大) before that.
	for _, w := range firmRanks {
		if textmap.HasSuffixRunes(rs[it.Start:it.End], w) && it.Len() > len([]rune(w)) {
			it.End -= len([]rune(w))
			break
		}
	}
	if e := it.End; e-it.Start > 2 && rs[e-1] == '大' && money.IsCnNumeral(rs[e-2]) {
		for e--; e > it.Start && money.IsCnNumeral(rs[e-1]); e-- {
		}
		it.End = e
	}
	if it.Len() == 0 {
		return it, false
	}
	last := rs[it.End-1]
	name := rs[it.Start:it.End]
	if last == '区' || last == '会' || textmap.HasSuffixRunes(name, "论坛") || textmap.HasSuffixRunes(name, "峰会") {
		return it, false
	}
	return it, true
}

// policyVerbs are the verbs of a policy that a list of industries is the
// object of (大力发展A、B, 重点培育A、B): the segmenter tags some of them as
// nouns (大力发展/nz), so the first item stops at a word ending in one.
var policyVerbs = []string{"发展", "培育", "打造", "壮大", "做强", "做大", "做优", "推动", "推进", "聚焦", "布局", "引进", "招引", "加快", "围绕", "瞄准", "深耕", "扶持", "支持", "鼓励", "深化", "助力", "面向", "加强", "强化", "实施", "拓展", "优化", "重塑", "提升", "完善"}

func policyVerb(w string) bool {
	for _, v := range policyVerbs {
		if strings.HasSuffix(w, v) {
			return true
		}
	}
	return false
}

// clauseVerbs are the verbs a list of industries is the subject of, which
// end its clause (由A、B构成, A、B项目签约落地); verbs inside a name of an
// industry (制造, 封装, 休闲) stay.
var clauseVerbs = map[string]bool{"构成": true, "组成": true, "为主": true, "签约": true, "落地": true, "落户": true, "开工": true, "投产": true, "入驻": true, "集聚": true}

// firmRanks are the words that rank industries before 产业 (支柱产业,
// 主导产业): no part of an industry's name.
var firmRanks = []string{"支柱", "主导", "优势", "重点", "特色", "新兴"}

// countedKind is a list item without the count before it and the 项目
// after it: in 6个工程机械项目、4个轨道交通装备项目 the items name the
// industries 工程机械 and 轨道交通装备.
func countedKind(d *extract.Doc, it textmap.Span) textmap.Span {
	s := trimLead(d, it, func(t segment.Token) bool {
		return (countWord(t) || allDigits(t.Text)) && !(allDigits(t.Text) && letterGlued(d.Runes, t.End))
	})
	if textmap.HasSuffixRunes(d.Runes[s.Start:s.End], "项目") && s.Len() > 4 {
		s.End -= 2
	}
	return s
}

// letterGlued reports whether a Latin letter follows a number at rs[e]:
// the number is part of a name (5G, 3D打印), not a count.
func letterGlued(rs []rune, e int) bool {
	return e < len(rs) && (rs[e] >= 'A' && rs[e] <= 'Z' || rs[e] >= 'a' && rs[e] <= 'z')
}

func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// listAt reads the list whose first 、 is at rs[i]: its items, and where
// the list ends.
func (x *Industries) listAt(d *extract.Doc, sent textmap.Span, i int) ([]textmap.Span, int) {
	rs := d.Runes
	toks := d.Tokens
	// The first item: the nouns before the first 、, within the clause.
	k := segment.TokenIndexAt(toks, i-1)
	s := i
	for ; k >= 0 && k < len(toks) && toks[k].End <= i && toks[k].Start >= sent.Start; k-- {
		t := toks[k]
		if i-t.Start > maxEnumItem || enumCues.Is(t.Text) || policyVerb(t.Text) || timeToken(t) {
			break // 近几个月/l 汽车、…: a time before the first item
		}
		if !nounish(t) && !(hanWord(t) && t.End == i) {
			break // not a verb (提升 新能源、…) or an unknown word before the item (厚植/x 家电、); 数字 文旅/x、 is one
		}
		s = t.Start
	}
	// A class word alone is no item: the word before it, whatever the
	// segmenter tagged it, names the field (首发/d 经济、冰雪经济).
	if classOnly(d.Slice(s, i)) && k >= 0 && k < len(toks) && toks[k].End == s && toks[k].Start >= sent.Start &&
		toks[k].End-toks[k].Start >= 2 && hanOnly(toks[k].Text) && !enumCues.Is(toks[k].Text) && !policyVerb(toks[k].Text) {
		s = toks[k].Start
	}
	items := []textmap.Span{{Start: s, End: i}}
	j := i + 1
	for j < sent.End {
		e := j
		for e < sent.End && !strings.ContainsRune("、,，:：;；。“”\"()（）等\n", rs[e]) {
			if _, n := copulas.At(rs[:sent.End], e); n > 0 && e > j && d.Starts[e] && (e+n >= len(d.Starts) || d.Starts[e+n]) {
				break // A、B是重点行业: the last item ends at the copula
			}
			e++
		}
		if e-j > maxEnumItem+4 {
			// A long last item holds more than an item (…和新材料产业发展):
			// it is cut at its last noun run.
			break
		}
		item := textmap.Span{Start: j, End: e}
		if e < sent.End && rs[e] == '、' {
			items = append(items, item)
			j = e + 1
			continue
		}
		// The last item: it may join two (A和B), and ends before an
		// industry word (生物医药产业).
		for _, it := range x.splitLast(d, item) {
			items = append(items, it)
		}
		return items, e
	}
	return items, j
}

// afterCount is where a count of kinds that starts at i ends (多个, 几大,
// 十大, 12个, 各个); i when there is none.
func afterCount(rs []rune, i, end int) int {
	j := i
	for j < end && (money.IsASCIIDigit(rs[j]) || money.IsCnNumeral(rs[j]) || textmap.OneOf("多几各", rs[j])) {
		j++
	}
	if j > i && j < end && textmap.OneOf("个大类项", rs[j]) {
		return j + 1
	}
	return i
}

// classOnly reports an item that is a class word alone (经济, 产业).
func classOnly(w string) bool {
	switch w {
	case "经济", "产业", "行业", "业":
		return true
	}
	return false
}

// splitLast cuts the list's last item before a trailing industry word and
// at a joiner (和, 及, 与, 以及).
func (x *Industries) splitLast(d *extract.Doc, it textmap.Span) []textmap.Span {
	rs := d.Runes
	// The item ends where an industry word starts (生物医药产业, 冷链仓储三大
	// 产业引进项目).
	for k := it.Start + 1; k < it.End; k++ {
		if w, n := enumEnds.At(rs[:it.End], k); n > 0 && !strings.HasPrefix(w, "等") {
			it.End = k
			break
		}
	}
	// A count before the industry word is no part of the item (冷链仓储三大
	// 产业, 5个行业).
	if e := it.End; e-it.Start > 2 && strings.ContainsRune("大个类项种", rs[e-1]) && (money.IsCnNumeral(rs[e-2]) || money.IsASCIIDigit(rs[e-2])) {
		e--
		for e > it.Start && (money.IsCnNumeral(rs[e-1]) || money.IsASCIIDigit(rs[e-1])) {
			e--
		}
		it.End = e
	}
	for k := it.Start + 1; k < it.End-1; k++ {
		if _, n := joiners.At(rs[:it.End], k); n > 0 && money.IsWordStart(d.Starts, k) {
			return []textmap.Span{{Start: it.Start, End: k}, {Start: k + n, End: it.End}}
		}
	}
	return []textmap.Span{it}
}

// industryList reports whether a list's items are industries: an industry
// word after it (等产业, 行业), or half its items the word lists know
// with a cue in the clause before the list.
func (x *Industries) industryList(d *extract.Doc, sent textmap.Span, items []textmap.Span, end int) bool {
	rs := d.Runes
	if explicitEnd(rs, end, sent.End) {
		return true
	}
	e := end
	if e < sent.End && rs[e] == '等' {
		e = afterCount(rs, e+1, sent.End)
		// 等文旅消费板块: a word of industries between 等 and the word that
		// closes the list (not 等地区产业, 等城市的产业; nor before 产业链,
		// whose links may be goods: 智能服务器、智能一体机等制造业产业链).
		for k := e + 1; k < sent.End && k <= e+maxEnumGap && !textmap.ClauseMarkChars.Has(rs[k-1]) && rs[k-1] != '的'; k++ {
			if w, n := enumEnds.At(rs[:sent.End], k); n > 0 && !strings.HasPrefix(w, "等") && w != "产业链" && w != "产业集群" && money.IsWordStart(d.Starts, k) {
				if _, c := x.cores.At(rs[:k], e); c > 0 {
					return true
				}
				break
			}
		}
	}
	// A list the subject of a copula whose complement, within its clause,
	// ends with a kind of industry: A、B及C是今年的重点行业, A、B均为我市战略
	// 性新兴产业.
	if _, n := copulas.At(rs[:sent.End], e); n > 0 {
		for k := e + n; k < sent.End && k <= e+n+maxCopulaGap && !textmap.ClauseMarkChars.Has(rs[k]); k++ {
			if _, m := enumEnds.At(rs[:sent.End], k); m > 0 && rs[k] != '等' {
				// The word ends the clause (是重点行业。, 是主导产业之一), not
				// a compound (是产业工人, 为重点产业园区).
				if a := k + m; a >= sent.End || textmap.ClauseMarkChars.Has(rs[a]) || textmap.HasRunesAt(rs, a, "之一") {
					return true
				}
			}
		}
	}
	known := 0
	for _, it := range items {
		if x.cores.Within(rs[:it.End], it.Start) {
			known++
		}
	}
	if 2*known < len(items) {
		return false // a list of other things that names an industry or two
	}
	// A cue in the clause before the list.
	lo := items[0].Start
	for lo > sent.Start && !textmap.ClauseMarkChars.Has(rs[lo-1]) {
		lo--
	}
	return enumCues.Within(rs[:items[0].Start], lo)
}

// explicitEnd reports whether the list that ends at end is closed by a
// word that says its items are industries, after 等 and a count or a kind
// (等多个领域, 等生活性服务业) or right after its last item (A、B产业).
func explicitEnd(rs []rune, end, sentEnd int) bool {
	e := end
	if e < sentEnd && rs[e] == '等' {
		e = afterCount(rs, e+1, sentEnd) // 等多个领域, 等十大产业
		// 等生活性服务业, 等制造业: a class of industries after 等, and a
		// kind of it before it.
		k := e
		for j := e + 2; j <= e+3 && j < sentEnd; j++ {
			if rs[j] == '性' {
				k = j + 1
				break
			}
		}
		if _, n := classEnds.At(rs[:sentEnd], k); n > 0 {
			return true
		}
	}
	_, n := enumEnds.At(rs[:sentEnd], e)
	// 等产业带, 产业园: places; 等领域风险: risks, not fields.
	// 等行业巨头: the items are firms.
	return n > 0 && !(e+n < sentEnd && textmap.OneOf("带园区城廊", rs[e+n])) && !textmap.FollowedBy(rs[:sentEnd], e+n, "风险", "的风险", "隐患", "短板", "问题", "巨头")
}

// classEnds are the classes of industries that close a list after 等
// (A、B等生活性服务业, A、B等制造业); elsewhere they end a field's own name
// (以现代服务业为支撑).
var classEnds = textmap.LexOf([]string{"服务业", "制造业"})

// timeToken reports a word of time (今年/t, 近几个月/l, 上半年).
func timeToken(t segment.Token) bool {
	return t.POS == "t" || t.End-t.Start >= 2 && (timeItem([]rune(t.Text)) || strings.HasSuffix(t.Text, "个月"))
}

// hanWord reports an unknown word of ideographs (文旅/x), which may be part
// of a name of an industry.
func hanWord(t segment.Token) bool { return t.POS == "x" && hanOnly(t.Text) }

// nounish reports a token that may be part of a name of an industry.
func nounish(t segment.Token) bool {
	switch {
	case strings.HasPrefix(t.POS, "n"), t.POS == "vn", t.POS == "eng", t.POS == "j", t.POS == "l", t.POS == "b":
		return true
	}
	return false
}

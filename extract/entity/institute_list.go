package entity

import (
	"slices"
	"strings"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Lists of organisations. A list closed by 等, a count and a collective
// noun of bodies (中电建、青禾科技、远望科技等15家企业; 华盛集团、东湖水泥等
// 重点企业; 新致新励、昂石资本等13家投资机构) names organisations, though most
// of its items carry no head word: companies are named by their short names
// in such lists. Its items are candidates of the noun's kind (firm_lists in
// entities.yaml; an item's own head decides where it has one), and the
// ranker judges them (Mention.Via is ViaFirmList).

// ViaFirmList marks an institute named as an item of a list of
// organisations.
const ViaFirmList = "firmlist"

// maxFirmItem is the longest item taken, in code points.
const maxFirmItem = 12

// firmLists adds to have the items of the lists of organisations in d that
// no mention in have overlaps.
func (x *Institutes) firmLists(d *extract.Doc, have []extract.Mention) []extract.Mention {
	if len(x.firmNouns.WordsByFirst()) == 0 {
		return have
	}
	rs := d.Runes
	var idx extract.Index // of the mentions before the lists: built once
	built := false
	var added []extract.Mention
	overlaps := func(it textmap.Span) bool {
		if idx.Overlaps(it) {
			return true
		}
		for _, m := range added {
			if m.Norm.Start < it.End && it.Start < m.Norm.End {
				return true
			}
		}
		return false
	}
	for _, sent := range d.Sentences {
		for i := sent.Start + 1; i < sent.End; i++ {
			after := i + 1 // where the count or the noun starts
			if rs[i] != '等' {
				if !countedFirmsAt(rs, i, sent.End) {
					continue
				}
				after = i // 吉林建龙、吉林恒联 2家 钢铁子公司: a count closes the list
			}
			kind, counted, e, ok := firmNounAfter(d, x.firmNouns, x.firmMods, after, sent.End)
			if ok && countOfGoodsAt(rs, e, sent.End) {
				continue // 奶油香精、椰子香精等2家企业3种产品: the items are the goods
			}
			// Firms of a trade (等建材企业) may close a list of the trade's
			// branches (陶瓷、卫浴) as well as of its firms: such a list
			// names firms only beside one the text names otherwise.
			plain := ok
			if !ok {
				kind, counted, _, ok = firmNounAfterField(d, x.firmNouns, x.firmMods, x.fields, after, sent.End)
			}
			if !ok {
				continue
			}
			items := x.firmItems(d, sent, i, counted)
			if after == i && !countedList(d, items) {
				continue // 3家企业: a count alone closes no list; 16个省、直辖市149家企业: places
			}
			if len(items) == 1 {
				items[0] = trimLead(d, items[0], notNameStart) // 今年 恒岳精工等3家企业
			}
			if len(items) == 0 || len(items) == 1 && !(counted && x.brandish(d, items[0])) {
				// One item needs a count after 等 (思哲睿等5户企业: it and
				// four more) and a name's words.
				continue
			}
			if !built {
				idx, built = extract.NewIndex(have), true
			}
			var add []extract.Mention
			places, trades, named := 0, 0, false
			for _, it := range items {
				named = named || overlaps(it)
			}
			if !plain && !named {
				continue
			}
			// One item with a name's words makes the others firms beside
			// it (华泰电子、昇/zg 阳/nr 国际半导体等企业); one that ends with a
			// verb names a trade (火箭总装测试、卫星数据应用等企业), though
			// firms' names end so too (株洲冶炼, beside 江西铜业).
			beside := named || slices.ContainsFunc(items, func(it textmap.Span) bool {
				return !placeOnly(d, it) && !x.fieldName(d.Slice(it.Start, it.End)) && !activity(d, it) && x.nameInside(d, it)
			})
			for _, it := range items {
				if placeOnly(d, it) {
					places++
					continue
				}
				if overlaps(it) {
					continue
				}
				name := d.Slice(it.Start, it.End)
				if x.fieldName(name) {
					trades++
					continue // 家电、家具等企业: firms of a trade
				}
				if x.generic[name] || x.stop[name] || x.categories[name] || startsWithCount(rs[it.Start:it.End]) {
					continue
				}
				if _, n := x.firmNouns.Before(rs, it.End, it.Start); n > 0 {
					continue // 科技型中小企业: a kind of firm
				}
				if !beside {
					continue // 战略、人力、流程等: no name, and no firm beside it
				}
				m := d.Mention(extract.KindInstitute, it)
				m.Label = kind
				if label, n := x.heads.Before(rs, it.End, it.Start); n > 0 && n < it.Len() {
					m.Label = label
				}
				m.Via = ViaFirmList
				add = append(add, m)
			}
			if places*2 >= len(items) || trades*2 >= len(items) {
				continue // 江苏、浙江等省份企业: places, not firms; 陶瓷、卫浴等建材企业: trades
			}
			added = append(added, add...)
		}
	}
	return append(have, added...)
}

// countedFirmsAt reports whether a count of firms starts at i, right after
// a list's last item (A、B 2家企业, A、B 两家钢铁子公司): digits or
// Chinese numerals, 家, and a list mark earlier in the clause.
func countedFirmsAt(rs []rune, i, end int) bool {
	if !money.IsASCIIDigit(rs[i]) && !money.IsCnNumeral(rs[i]) || i == 0 || money.IsASCIIDigit(rs[i-1]) || money.IsCnNumeral(rs[i-1]) {
		return false
	}
	k := i
	for k < end && (money.IsASCIIDigit(rs[k]) || money.IsCnNumeral(rs[k])) {
		k++
	}
	if k == i || k >= end || rs[k] != '家' {
		return false
	}
	for j := i - 1; j >= 0 && !textmap.ClauseMarkChars.Has(rs[j]); j-- {
		if rs[j] == '、' {
			return true
		}
	}
	return false
}

// countedList reports whether the items before a count of firms name
// them: two or more, not after a count of their own (16个 省、直辖市),
// no administrative kind among them, and none with a verb, an adverb or a
// conjunction in it (梦洁、富安娜 还有 罗莱).
func countedList(d *extract.Doc, items []textmap.Span) bool {
	if len(items) < 2 {
		return false
	}
	if s := items[0].Start; s > 0 && (money.IsASCIIDigit(d.Runes[s-1]) || money.IsCnNumeral(d.Runes[s-1]) || textmap.OneOf("个家", d.Runes[s-1])) {
		return false
	}
	for _, it := range items {
		if adminKinds[d.Slice(it.Start, it.End)] {
			return false
		}
		for k := segment.TokenIndexAt(d.Tokens, it.Start); k < len(d.Tokens) && d.Tokens[k].Start < it.End; k++ {
			if p := d.Tokens[k].POS; p != "" && textmap.OneOf("vdcpmq", textmap.FirstRune(p)) && p != "vn" {
				return false
			}
		}
	}
	return true
}

// adminKinds are the kinds of administrative divisions, which a list of
// places names (省、直辖市).
var adminKinds = map[string]bool{"省": true, "市": true, "县": true, "区": true, "直辖市": true, "自治区": true, "特别行政区": true, "地区": true, "城市": true, "地市": true, "自治州": true, "自治县": true}

// countOfGoodsAt reports a count of goods at i (3种产品, 5批次样品, 12个
// 品种): after 等N家企业, it says the items before 等 were the firms' goods.
func countOfGoodsAt(rs []rune, i, end int) bool {
	k := i
	for k < end && (money.IsASCIIDigit(rs[k]) || money.IsCnNumeral(rs[k])) {
		k++
	}
	return k > i && k < end && textmap.OneOf("种批款类个件", rs[k])
}

// firmIntros are the words after a collective noun of firms that
// introduce its members (业者则包括A、B, 参展企业有A、B, 厂商主要有A).
var firmIntros = []string{"包括", "主要有", "主要包括", "分别是", "分别为", "有", "如", "为"}

// firmIntroEnds are the last characters of firmIntros.
const firmIntroEnds = "括有是为如"

// firmIntroBefore are what may stand right before a list FirmIntro
// introduces: the end of an introduction or its colon.
var firmIntroBefore = textmap.Chars(firmIntroEnds + ":：")

// FirmIntro reports whether an introduction of firms ends right before s:
// a collective noun of firms (nouns), an adverb (则, 还, 也, 均, 就, 主要), an
// introducing word and a colon (联审业者则包括 A、B), within the clause
// from lo; and the kind the noun gives its members.
func FirmIntro(d *extract.Doc, nouns textmap.Lexicon, lo, s int) (string, bool) {
	rs := d.Runes
	e := s
	if e > lo && (rs[e-1] == ':' || rs[e-1] == '：') {
		e--
	}
	if e <= lo || !textmap.OneOf(firmIntroEnds, rs[e-1]) {
		return "", false // what every introduction ends with, checked first
	}
	for _, w := range firmIntros {
		n := len([]rune(w))
		if e-n <= lo || !textmap.HasRunesAt(rs, e-n, w) || !d.Starts[e-n] {
			continue
		}
		b := e - n
		for _, adv := range []string{"则", "还", "也", "均", "就", "主要"} {
			if k := len([]rune(adv)); b-k > lo && textmap.HasRunesAt(rs, b-k, adv) && d.Starts[b-k] {
				b -= k
				break
			}
		}
		if kind, m := nouns.Before(rs, b, lo); m > 0 && d.Starts[b-m] {
			return kind, true
		}
	}
	return "", false
}

// introducedFirms adds the items of the lists of firms that a collective
// noun of firms introduces (联审业者则包括昇阳半导体、稳懋半导体及全球传动):
// each item that may be a name is a firm, for the ranker to judge.
func (x *Institutes) introducedFirms(d *extract.Doc, have []extract.Mention) []extract.Mention {
	rs := d.Runes
	var idx extract.Index
	built := false
	var added []extract.Mention
	for _, sent := range d.Sentences {
		for i := sent.Start + 1; i < sent.End; i++ {
			if !d.Starts[i] || !firmIntroBefore.Has(rs[i-1]) {
				continue // what FirmIntro checks first, without the call
			}
			kind, ok := FirmIntro(d, x.firmNouns, sent.Start, i)
			if !ok {
				continue
			}
			items, e := introducedItems(d, i, sent.End)
			if len(items) < 2 {
				continue
			}
			// Each item is judged alone: the introduction says what they
			// are (a space, 德信无线 、, is no part of a name).
			kept := items[:0]
			for _, it := range items {
				if it = trimSpace(rs, it); firmItemOK(d, it) {
					kept = append(kept, it)
				}
			}
			if items = kept; len(items) < 2 {
				continue
			}
			if !built {
				idx, built = extract.NewIndex(have), true
			}
			for _, it := range items {
				name := d.Slice(it.Start, it.End)
				if idx.Overlaps(it) || placeOnly(d, it) || x.generic[name] || x.stop[name] || x.categories[name] || startsWithCount(rs[it.Start:it.End]) || x.fieldName(name) || !nounsOnly(d, it) {
					continue
				}
				m := d.Mention(extract.KindInstitute, it)
				m.Label = kind
				m.Via = ViaFirmList
				added = append(added, m)
			}
			i = e
		}
	}
	return append(have, added...)
}

// introducedItems are the items of the list that starts at i, up to the
// end of its clause (a mark in brackets, (NASDAQ:UTSI), ends none), split
// at 、 and a last 和, 及 or 与; a bracket after a name is no part of it
// (UT斯达康(NASDAQ:UTSI)). e is where the clause ends.
func introducedItems(d *extract.Doc, i, end int) (items []textmap.Span, e int) {
	rs := d.Runes
	depth := 0
	for e = i; e < end && (depth > 0 || !textmap.ClauseMarkChars.Has(rs[e])); e++ {
		switch rs[e] {
		case '(', '（':
			depth++
		case ')', '）':
			depth = max(0, depth-1)
		}
	}
	a := i
	for j := i; j <= e; j++ {
		if j < e && (rs[j] == '(' || rs[j] == '（') {
			items = append(items, textmap.Span{Start: a, End: j})
			for j < e && rs[j] != ')' && rs[j] != '）' {
				j++
			}
			a = j + 1
			if j+1 < e && rs[j+1] == '、' {
				j++
				a = j + 1
			}
			continue
		}
		if j == e || rs[j] == '、' || (rs[j] == '和' || rs[j] == '及' || rs[j] == '与') && d.Starts[j] && j+1 < len(d.Starts) && d.Starts[j+1] {
			if j > a { // none after a bracket: A(…)和B
				items = append(items, textmap.Span{Start: a, End: j})
			}
			a = j + 1
		}
	}
	return items, e
}

// nounsOnly reports a span made of nouns, names and letters (升阳/n 国际/n
// 半导体/n, 全球/n 传动/vn), which the introduction says is a firm's name;
// not a phrase with a verb or an adverb (不/d 具名/v RFID领导厂商).
func nounsOnly(d *extract.Doc, s textmap.Span) bool {
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		switch d.Tokens[k].POS {
		case "n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "x", "j", "eng", "vn", "an":
		default:
			return false
		}
	}
	return true
}

// fieldName reports a name of a trade rather than a firm: an industry of
// the word lists (家电, 化工), after a modifier (高端铸锻) or before 产业, 行业
// or 业.
func (x *Institutes) fieldName(name string) bool {
	for _, suf := range []string{"", "产业", "行业", "业"} {
		core, ok := strings.CutSuffix(name, suf)
		if !ok {
			continue
		}
		if x.fields[core] {
			return true
		}
		for m := range x.fieldMods {
			if rest, ok := strings.CutPrefix(core, m); ok && x.fields[rest] {
				return true
			}
		}
	}
	return false
}

// nameInside reports whether a list item holds a word that looks like a
// proper name by its tag (a place only with more after it: 东湖水泥), or
// ends with a brand's trade (蜜蜂科技).
func (x *Institutes) nameInside(d *extract.Doc, it textmap.Span) bool {
	if _, n := x.brands.Before(d.Runes, it.End, it.Start); n > 0 && n < it.Len() {
		return true
	}
	for k := segment.TokenIndexAt(d.Tokens, it.Start); k < len(d.Tokens) && d.Tokens[k].Start < it.End; k++ {
		if t := d.Tokens[k]; nameLike(t) && (t.POS != "ns" || t.End-t.Start < it.Len()) {
			return true
		}
	}
	return false
}

// firmNounAfter reads what follows a list's 等 at rs[j]: a count (15家,
// 一批, 多家), words of firm_list_modifiers (mods), and a noun of
// firm_lists (nouns) that ends a word. It returns the noun's kind, and
// whether a number counts the list (5户企业, 两家公司; not 多家, 一批), and
// where the noun ends.
func firmNounAfter(d *extract.Doc, nouns, mods textmap.Lexicon, j, end int) (kind string, counted bool, e int, ok bool) {
	return firmNounAfterField(d, nouns, mods, nil, j, end)
}

// firmNounAfterField is firmNounAfter where a trade (fields, the word
// lists' industries) may also come before the noun (等医药企业, 等钢铁企业):
// firms of that trade.
func firmNounAfterField(d *extract.Doc, nouns, mods textmap.Lexicon, fields map[string]bool, j, end int) (kind string, counted bool, e int, ok bool) {
	rs := d.Runes
	// The count.
	k := j
	digits := false
	for k < end && (money.IsASCIIDigit(rs[k]) || money.IsCnNumeral(rs[k]) || rs[k] == '余' || rs[k] == '多') {
		digits = digits || money.IsASCIIDigit(rs[k]) || money.IsCnNumeral(rs[k])
		k++
	}
	if k > j && k < end && textmap.OneOf("家个所批名户", rs[k]) {
		counted = digits && rs[k] != '批'
		k++
	} else {
		k = j
	}
	for n := 0; n < 3 && k < end; n++ {
		if kind, m := nouns.At(rs[:end], k); m > 0 && (k+m == len(rs) || d.Starts[k+m]) {
			return kind, counted, k + m, true
		}
		_, m := mods.At(rs[:end], k)
		if m == 0 {
			m = fieldBefore(rs[:end], nouns, fields, k)
		}
		if m == 0 {
			break
		}
		k += m
		if k < end && rs[k] == '的' {
			k++
		}
	}
	return "", false, 0, false
}

// activity reports a list item that ends with a verb (火箭总装测试, 卫星数据
// 应用): what firms do, which names their trade as often as one of them.
func activity(d *extract.Doc, it textmap.Span) bool {
	k := segment.TokenIndexAt(d.Tokens, it.End-1)
	return k < len(d.Tokens) && d.Tokens[k].End == it.End && (d.Tokens[k].POS == "v" || d.Tokens[k].POS == "vn")
}

// fieldBefore is the length of a word of fields at rs[k] that a noun of
// firms follows at once (医药企业, 汽车厂商), or 0.
func fieldBefore(rs []rune, nouns textmap.Lexicon, fields map[string]bool, k int) int {
	if len(fields) == 0 {
		return 0
	}
	for n := min(6, len(rs)-k-1); n >= 2; n-- {
		if fields[string(rs[k:k+n])] {
			if _, m := nouns.At(rs, k+n); m > 0 {
				return n
			}
		}
	}
	return 0
}

// firmItems are the items of the list that 等 at rs[i] closes: the spans
// between its 、 (the last may follow 和, 及 or 与), the first going back
// over words that may be part of a name, to a clause mark or a verb. With
// one, a list of one item is read too (思哲睿等5户企业).
func (x *Institutes) firmItems(d *extract.Doc, sent textmap.Span, i int, one bool) []textmap.Span {
	rs := d.Runes
	var items []textmap.Span
	e := i
	for j := i - 1; j >= sent.Start; j-- {
		r := rs[j]
		switch {
		case r == '、':
			items = append(items, textmap.Span{Start: j + 1, End: e})
			e = j
			continue
		case (r == '和' || r == '及' || r == '与') && d.Starts[j] && d.Starts[j+1]:
			items = append(items, textmap.Span{Start: j + 1, End: e})
			if r == '与' && cooperationAfter(d, i, sent.End) {
				// 项目计划 与 中科院、浙江省农科院等高校院所 合作: 与 is the
				// clause's preposition, and what stands before it the
				// other party, no item.
				return cleanFirmItems(d, items)
			}
			e = j
			continue
		case textmap.ClauseMarkChars.Has(r) || textmap.OneOf("“”\"()（）《》「」等", r):
			if len(items) == 0 && !one {
				return nil // a single name, or a list the rule cannot read
			}
			return cleanFirmItems(d, appendFirst(items, x.firstFirmItem(d, j+1, e)))
		}
		if e-j > maxFirmItem {
			if len(items) == 0 && !one {
				return nil
			}
			// The first item: back over words that may be part of a name.
			return cleanFirmItems(d, appendFirst(items, x.firstFirmItem(d, sent.Start, e)))
		}
	}
	if len(items) == 0 && !one {
		return nil
	}
	return cleanFirmItems(d, appendFirst(items, x.firstFirmItem(d, sent.Start, e)))
}

// cooperationVerbs say two parties work or sign together (A 与 B、C等企业
// 合作).
var cooperationVerbs = textmap.LexOf([]string{"合作", "签约", "签署", "签订", "对接", "洽谈", "共建", "携手", "达成", "开展合作", "战略合作"})

// cooperationAfter reports whether a verb of cooperation follows the list
// that closes at i, in its clause.
func cooperationAfter(d *extract.Doc, i, end int) bool {
	for k := i + 1; k < end && k < i+20; k++ {
		if textmap.ClauseMarkChars.Has(d.Runes[k]) {
			return false
		}
		if _, n := cooperationVerbs.At(d.Runes[:end], k); n > 0 && d.Starts[k] {
			return true
		}
	}
	return false
}

// appendFirst adds the first item of a list to the later ones, unless it
// is empty: the 与 before it was the preposition of the clause (与 A、B
// 等13家投资机构签约), not a conjunction between two items.
func appendFirst(items []textmap.Span, first textmap.Span) []textmap.Span {
	if first.Len() == 0 && len(items) > 0 {
		return items
	}
	return append(items, first)
}

// firstFirmItem is the first item of a list, which ends at e: the words
// before it that may be part of a name, back to a clause mark, a verb, a
// preposition or a word of another kind, at or after lo.
func (x *Institutes) firstFirmItem(d *extract.Doc, lo, e int) textmap.Span {
	toks := d.Tokens
	k := segment.TokenIndexAt(toks, e-1)
	if k < len(toks) && (toks[k].POS == "d" || toks[k].POS == "ad") && e < len(d.Runes) && textmap.OneOf("与和及", d.Runes[e]) {
		return textmap.Span{Start: e, End: e} // 且 已 与 可口可乐、…: an adverb before the clause's 与 (not 高远/d、晶科)
	}
	s := e
	for ; k >= 0 && k < len(toks) && toks[k].End <= e && toks[k].Start >= lo; k-- {
		t := toks[k]
		if !firmWord(t) || e-t.Start > maxFirmItem || s < e && (t.POS == "v" || verbish(t) || t.POS == "d" || x.rules.predicates[t.Text]) {
			break // 发挥 山东恒仁、…; 主要有 安讯士、…
		}
		s = t.Start
	}
	return textmap.Span{Start: s, End: e}
}

// cleanFirmItems keeps, in text order, the items that may be names: two
// code points or more, up to maxFirmItem, starting and ending at word
// edges, made of words that may be part of a name. One item that is not
// drops the list (its items are something else: 推进A、B等企业改革).
func cleanFirmItems(d *extract.Doc, items []textmap.Span) []textmap.Span {
	out := make([]textmap.Span, 0, len(items))
	for n := len(items) - 1; n >= 0; n-- {
		if !firmItemOK(d, items[n]) {
			return nil
		}
		out = append(out, items[n])
	}
	return out
}

// firmItemOK reports whether a list item may be a name: two code points
// or more, up to maxFirmItem, starting and ending at word edges, made of
// words that may be part of a name.
func firmItemOK(d *extract.Doc, it textmap.Span) bool {
	if it.Len() < 2 || it.Len() > maxFirmItem || !d.Starts[it.Start] || it.End < len(d.Starts) && !d.Starts[it.End] {
		return false
	}
	for k := segment.TokenIndexAt(d.Tokens, it.Start); k < len(d.Tokens) && d.Tokens[k].Start < it.End; k++ {
		if !firmWord(d.Tokens[k]) {
			return false
		}
	}
	return true
}

// firmWord reports a word that may be part of a firm's short name: a noun,
// a name, an unknown word, letters, or a word of another class used inside
// a name (蜜蜂科技, 远望/v 科技, 高远/d, 中/f 电建, 昇/zg 阳); not a function
// word, a count or a pronoun.
func firmWord(t segment.Token) bool {
	switch t.POS {
	case "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "mq", "q", "y", "e", "o":
		return false
	}
	return true // zg too: the segmenter's rare characters stand in names (昇/zg 阳 国际半导体)
}

// verbish reports a verb of two code points or more, which starts no
// name in front of a list's first item (发挥山东恒仁、东郭水泥等本土企业).
func verbish(t segment.Token) bool {
	return t.End-t.Start >= 2 && (t.POS == "v" || t.POS == "vd" || t.POS == "vi" || t.POS == "vn")
}

// placeOnly reports a span that is a place name and nothing else (江苏).
func placeOnly(d *extract.Doc, s textmap.Span) bool {
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		if d.Tokens[k].POS != "ns" {
			return false
		}
	}
	return true
}

// notNameStart reports a word that starts no name in front of a list's
// one item: a time, an adverb, a verb (今年 恒岳精工, 已 有).
func notNameStart(t segment.Token) bool {
	switch t.POS {
	case "t", "d", "v", "vd", "p", "c", "f":
		return true
	}
	return false
}

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Organisations named by what the text says they do, though their short
// names carry no head word: a company with its stock code after it
// (中科电气(300035.SZ), 长江基建(01038.HK)), and the subject of a sum to
// be invested (精工科技拟投资3.5亿元, 全球传动规划投资逾17亿元, 由研祥集团
// 投资建设). Both are candidates for the ranker, which judges them like any
// other (Mention.Via is ViaListed or ViaInvestor).

// ViaListed marks a company named with its stock code after it.
const ViaListed = "listed"

// ViaInvestor marks an organisation named as the subject of a sum it is
// to invest.
const ViaInvestor = "investor"

// ViaExecutive marks an organisation named before its executive's title
// (星河科技董事长朱凯).
const ViaExecutive = "executive"

// subsidiaries name a firm by its parent (旗下 子公司 吉林建龙): the name
// that follows one stands in apposition to it.
var subsidiaries = map[string]bool{"子公司": true, "全资子公司": true, "控股子公司": true, "分公司": true}

// viaDescribed marks, inside roles, an organisation named before a bracket
// that says what kind of firm it is (X-Fab(硅晶片制造商)); it is recorded
// as ViaExecutive.
const viaDescribed = "described"

// firmInBracket is the kind of the noun of firms the bracket that opens at
// rs[j-1] closes after, within a few code points (硅晶片制造商, 物流企业), or
// "".
func (x *Institutes) firmInBracket(rs []rune, j, end int) string {
	for c := j; c < end && c < j+12; c++ {
		if rs[c] == ')' || rs[c] == '）' {
			if kind, n := x.firmNouns.Before(rs, c, j); n > 0 && c > j+n {
				return kind
			}
			return ""
		}
		if textmap.ClauseMarkChars.Has(rs[c]) || rs[c] == '、' {
			return ""
		}
	}
	return ""
}

// viaAnalyst marks, inside roles, an organisation named before its
// analyst's title (卓创资讯分析师); it is recorded as ViaExecutive.
const viaAnalyst = "analyst"

// ViaParty marks an organisation named as the other party of a signing
// (与北辰能源签署合作协议).
const ViaParty = "party"

// execTitles are the titles of a firm's executives: the name before one is
// a firm's (a government's officers have other titles).
var execTitles = textmap.LexOf([]string{"董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官", "执行董事", "董事会秘书", "创始人", "联合创始人"})

// analystTitles are the titles of the analysts and researchers the press
// quotes with the firm they work for (卓创资讯分析师, 中投顾问研究员): the
// name before one is an organisation's.
var analystTitles = textmap.LexOf([]string{"分析师", "研究员", "经济学家", "策略师"})

// analystQualifiers stand between an analyst's firm and title: the rank
// (首席, 高级) or the desk (宏观, 行业, 市场).
var analystQualifiers = textmap.LexOf([]string{"首席", "高级", "资深", "助理", "特约", "宏观", "行业", "市场", "研究", "副"})

// titleQualifiers stand between a firm's name and its executive's title:
// the term (现任, 原), the rank (常务, 董事), or the part or region of the
// firm (中国区, 事业部) the executive heads.
var titleQualifiers = textmap.LexOf([]string{"现任", "时任", "原", "前", "兼", "总裁兼", "董事长兼", "总经理兼", "常务", "执行", "董事", "副", "全球", "中国区", "大中华区", "亚太区", "亚太", "中国", "北美区", "北美", "欧洲", "区域", "事业部", "业务部", "研究部", "业务", "分公司"})

// signVerbs follow the other party of a signing (与X 签署, 与X 签订, 与X
// 举行…签约仪式, 与X 携手).
var signVerbs = textmap.LexOf([]string{"签署", "签订", "签约", "举行", "携手", "达成", "共同签署", "正式签约", "正式签署"})

// investVerbs are the verbs of a sum to be invested, after the subject and
// a modal (拟, 将 …).
var investVerbs = textmap.LexOf([]string{"投资", "投入", "出资", "斥资", "增资", "注资"})

// investModals are the words between an investor and its verb: what it
// plans (拟投资, 计划投资) or will do (将投资, 还将投入).
var investModals = textmap.LexOf([]string{"拟", "将", "大手笔", "将大手笔", "计划", "规划", "预计", "还将", "则将", "将会", "共", "总", "累计", "再", "追加", "继续", "已"})

// roleFirst holds the first code points of the words roles looks for at
// each word (titles, signing, building and investing verbs).
var roleFirst = textmap.FirstUnion(execTitles, analystTitles, signVerbs, buildModals, investVerbs)

// buildModals stand between a builder and 在 and the place it will build
// in (将在, 拟在, 计划在).
var buildModals = textmap.LexOf([]string{"将", "拟", "计划", "准备", "决定", "还将", "拟投资", "计划投资", "将投资"})

// buildVerbs are the verbs of works a builder puts up at a place.
var buildVerbs = textmap.LexOf([]string{"建设", "投资建设", "新建", "兴建", "投建", "建立", "落户", "布局", "投资"})

// buildsAfter reports whether a verb of building follows 在 at rs[j] and the
// place after it, within a few code points, in the clause (在 银川 建设).
func buildsAfter(d *extract.Doc, j, end int) bool {
	for k := j + 2; k < end && k <= j+10; k++ {
		if textmap.ClauseMarkChars.Has(d.Runes[k]) {
			return false
		}
		if _, n := buildVerbs.At(d.Runes[:end], k); n > 0 && d.Starts[k] {
			return true
		}
	}
	return false
}

// roles adds to have the listed companies and investors in d that no
// mention in have overlaps.
func (x *Institutes) roles(d *extract.Doc, have []extract.Mention) []extract.Mention {
	rs := d.Runes
	var idx extract.Index
	built := false
	var added []extract.Mention
	add := func(sent textmap.Span, e int, via string) {
		if e <= sent.Start || !d.Starts[e] {
			return
		}
		lo := e
		for lo > sent.Start && !textmap.ClauseMarkChars.Has(rs[lo-1]) && !textmap.OneOf("“”\"()（）《》「」、", rs[lo-1]) {
			lo--
		}
		it := x.firstFirmItem(d, lo, e)
		if it.Len() < 2 || it.Len() > maxFirmItem || !d.Starts[it.Start] {
			return
		}
		if k := segment.TokenIndexAt(d.Tokens, it.Start); d.Tokens[k].POS == "x" {
			for _, w := range []string{"另据", "据"} {
				if n := len([]rune(w)); textmap.HasPrefixRunes(rs[it.Start:], w) && (d.Tokens[k].End-it.Start > n+1 || d.Tokens[k].End-it.Start == n && it.Len() > n+1) {
					it.Start += n // 据卓创/x 资讯 分析师, 另据/x IFA: the segmenter glues 据 to a name or keeps 另据 for a word
					lo = it.Start
					break
				}
			}
		}
		if _, n := x.firmNouns.Before(rs, it.End, it.Start); n > 0 {
			return // 外资企业, 民营企业: a kind of firm
		}
		// 另一家肉制品企业 高金食品, 建龙集团旗下子公司 吉林建龙: the name
		// starts after the kind, which it stands in apposition to.
		appositive := false
		for k := segment.TokenIndexAt(d.Tokens, it.Start); k < len(d.Tokens) && d.Tokens[k].End < it.End; k++ {
			if x.firmNouns.Is(d.Tokens[k].Text) || subsidiaries[d.Tokens[k].Text] {
				it.Start, appositive = d.Tokens[k].End, true
			}
		}
		if !built {
			idx, built = extract.NewIndex(have), true
		}
		if idx.Overlaps(it) || len(added) > 0 && added[len(added)-1].Norm.End > it.Start {
			return
		}
		name := d.Slice(it.Start, it.End)
		if x.generic[name] || x.stop[name] || x.categories[name] || startsWithCount(rs[it.Start:it.End]) || x.fieldName(name) || placeOnly(d, it) {
			return
		}
		if textmap.OneOf("该該本此各其我这這", rs[it.Start]) {
			return // 该公司, 本项目
		}
		if it.Start > lo && it.Len() < 4 {
			return // 和记黄埔 read as 和 记黄埔: a short name must start its clause
		}
		if via == ViaInvestor && (it.Start > lo && !appositive || lo > 0 && rs[lo-1] == '、' || !x.brandish(d, it) || x.fields[d.Tokens[segment.TokenIndexAt(d.Tokens, it.End-1)].Text]) {
			// 民间投资, 河南省水利投资: no name; 普利司通近日宣布投资: the
			// clause is more than a name; 产业类投资5亿元、研发投入3亿元: a
			// list of what sums went to.
			return
		}
		if via == viaDescribed {
			if p := afterPlaces(d.Tokens, it.Start, it.End); p > it.Start && p < it.End && x.countries[d.Slice(it.Start, p)] {
				it.Start, lo = p, p // 德国 X-Fab(硅晶片制造商): the country describes the firm
			}
			via = ViaExecutive
		}
		if via == viaAnalyst {
			if !analystFirm(d, it) || gluedLead(d, it) {
				return
			}
			via = ViaExecutive
		}
		if (via == ViaExecutive || via == ViaParty) && (!x.brandish(d, it) || it.Start > lo && !afterOpening(d, it.Start)) {
			return // 公司董事长, 与会 嘉宾: no name; 推动 重点企业董事长: more than a name
		}
		if x.projectWord(d, it) {
			return // 该项目拟投资, 二期工程总投资: a project's own sum
		}
		m := d.Mention(extract.KindInstitute, it)
		m.Label = "company"
		if via == ViaExecutive && e < len(rs) && (rs[e] == '(' || rs[e] == '（') {
			if kind := x.firmInBracket(rs, e+1, sent.End); kind != "" {
				m.Label = kind // IFA(国际肥料工业协会): the kind the bracket says
			}
		}
		if label, n := x.heads.Before(rs, it.End, it.Start); n > 0 && n < it.Len() {
			m.Label = label
		}
		m.Via = via
		added = append(added, m)
	}
	for _, sent := range d.Sentences {
		for i := sent.Start + 1; i < sent.End; i++ {
			switch r := rs[i]; {
			case r == '(' || r == '（':
				if StockCode(rs, i+1, sent.End) {
					add(sent, i, ViaListed)
				} else if x.firmInBracket(rs, i+1, sent.End) != "" {
					add(sent, i, viaDescribed)
				}
			default:
				if !d.Starts[i] || r < 0x10000 && !roleFirst.Has(r) {
					continue
				}
				if _, n := execTitles.At(rs[:sent.End], i); n > 0 && d.Starts[i+n] {
					e := i
					for range 4 { // 徐福记 现任 总裁, 罗兰·贝格 中国区 总裁, X 董事 总经理, X 总裁 兼 首席执行官
						if _, n := titleQualifiers.Before(rs, e, sent.Start); n > 0 && d.Starts[e-n] {
							e -= n
						} else if _, n := execTitles.Before(rs, e, sent.Start); n > 0 && d.Starts[e-n] {
							e -= n
						}
					}
					add(sent, e, ViaExecutive)
					continue
				}
				if _, n := analystTitles.At(rs[:sent.End], i); n > 0 && d.Starts[i+n] {
					add(sent, x.analystDesk(d, sent.Start, i), viaAnalyst)
					continue
				}
				if _, n := signVerbs.At(rs[:sent.End], i); n > 0 {
					if j := partyBefore(d, sent.Start, i); j > 0 {
						add(sent, i, ViaParty)
						add(sent, j, ViaParty) // the subject: 恒岳精工 与 西岭市政府 签约
						continue
					}
				}
				if _, n := buildModals.At(rs[:sent.End], i); n > 0 && i+n < sent.End && rs[i+n] == '在' && buildsAfter(d, i+n, sent.End) {
					add(sent, i, ViaInvestor) // 威力传动 将 在 银川 建设 风电齿轮箱项目
					continue
				}
				if !investVerbs.MayStart(r) {
					continue
				}
				if _, n := investVerbs.At(rs[:sent.End], i); n == 0 || !investedSum(d, i+n, sent.End) {
					continue
				}
				e := i
				for range 2 { // 还将 追加 投资
					if _, n := investModals.Before(rs, e, sent.Start); n > 0 && d.Starts[e-n] {
						e -= n
					}
				}
				add(sent, e, ViaInvestor)
			}
		}
	}
	if len(added) == 0 {
		return have
	}
	return append(have, added...)
}

// projectWord reports a span that ends with a word of works or a phase
// (二期工程, 该项目), or holds 项目 (X项目概算), whose sum is a project's,
// not an organisation's.
func (x *Institutes) projectWord(d *extract.Doc, s textmap.Span) bool {
	k := segment.TokenIndexAt(d.Tokens, s.End-1)
	if k >= len(d.Tokens) {
		return false
	}
	switch w := d.Tokens[k].Text; {
	case w == "项目" || w == "工程" || w == "一期" || w == "二期" || w == "三期" || w == "期" || w == "年" || w == "累计":
		return true
	case d.Tokens[k].POS == "t" || d.Tokens[k].POS == "m":
		return true
	}
	// 该项目概算 总投资: a project's budget, whatever ends it.
	for j := segment.TokenIndexAt(d.Tokens, s.Start); j < k; j++ {
		if d.Tokens[j].Text == "项目" {
			return true
		}
	}
	return false
}

// brandish reports whether s is made of nouns and names and holds a word a
// company's short name is made of (an unknown word, a name, an
// abbreviation, letters or a brand word after another: 全懋精机, 精工科技),
// not a place alone (河南省水利) and not a work's name (京沪高铁).
func (x *Institutes) brandish(d *extract.Doc, s textmap.Span) bool {
	name := false
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		t := d.Tokens[k]
		if gluedModal(t) {
			return false // 恒联拟/x 投资, 每趟/x 投资: a clause's words glued to a name, or none
		}
		if x.brands.Is(t.Text) && k > 0 && d.Tokens[k-1].Start >= s.Start {
			name = true
			continue
		}
		switch t.POS {
		case "x", "nz", "nr", "nrt", "nrfg", "j":
			name = name || t.End-t.Start >= 2
		case "eng":
			name = true
		case "n", "ns", "nt", "ng":
		default:
			return false // 力拓近日宣布, 今年力争完成: a clause, not a name
		}
	}
	if !name {
		return false
	}
	for _, w := range worksWords {
		if textmap.HasSuffixRunes(d.Runes[s.Start:s.End], w) {
			return false // 京沪高铁总投资, 白石洞水库总投资: a work's own sum
		}
	}
	return true
}

// investedSum reports whether a sum follows an investing verb at rs[j]: a
// digit or a Chinese numeral, right after it or after a hedge (约, 近, 逾,
// 达 …); not 投入使用, 投入强度达3%.
func investedSum(d *extract.Doc, j, end int) bool {
	rs := d.Runes
	k := j
	for k < end && k < j+2 && textmap.OneOf("约近逾超达共计了总额", rs[k]) {
		k++
	}
	// A currency named before the number (投资新台币100亿元, 投资港币5亿元).
	for _, c := range sumCurrencies {
		if textmap.HasRunesAt(rs[:end], k, c) {
			k += utf8.RuneCountInString(c)
			for k < end && textmap.OneOf("约近逾超", rs[k]) {
				k++
			}
			break
		}
	}
	return k < end && (money.IsASCIIDigit(rs[k]) || money.IsCnNumeral(rs[k]) && rs[k] != '一')
}

// sumCurrencies are the currencies a text may name before a sum.
var sumCurrencies = []string{"人民币", "新台币", "台币", "港币", "港元", "美元", "欧元", "日元", "澳门币", "澳门元", "澳币"}

// StockCode reports a stock code at rs[j:] up to its closing bracket:
// six digits (300035, 600519), or four or five with a market
// (00700.HK, 5071), optionally with a market before or after
// (SH600519, 300035.SZ) and a label (股票代码: …).
func StockCode(rs []rune, j, end int) bool {
	k := j
	for _, label := range []string{"股票代码", "证券代码", "代码", "股份代号", "股票代号"} {
		if n := utf8.RuneCountInString(label); k+n < end && textmap.HasRunesAt(rs, k, label) {
			k += n
			if k < end && (rs[k] == ':' || rs[k] == '：') {
				k++
			}
			break
		}
	}
	market := false
	if k+2 < end && marketCode(rs[k:k+2]) {
		k += 2
		market = true
	}
	d0 := k
	for k < end && money.IsASCIIDigit(rs[k]) {
		k++
	}
	digits := k - d0
	if k+3 <= end && rs[k] == '.' && marketCode(rs[k+1:k+3]) {
		k += 3
		market = true
	}
	if k >= end || rs[k] != ')' && rs[k] != '）' {
		return false
	}
	return digits == 6 || market && digits >= 4 && digits <= 6
}

// marketCode reports a stock market's letters (SZ, SH, HK, BJ), in either
// case.
func marketCode(rs []rune) bool {
	switch string(rs) {
	case "SZ", "SH", "HK", "BJ", "sz", "sh", "hk", "bj":
		return true
	}
	return false
}

// afterOpening reports whether the word before s opens a name: a verb of
// meeting or a preposition (会见 星河科技董事长, 与 北辰能源 签署).
func afterOpening(d *extract.Doc, s int) bool {
	k := segment.TokenIndexAt(d.Tokens, s)
	if k == 0 || k >= len(d.Tokens) || d.Tokens[k].Start != s {
		return false
	}
	switch t := d.Tokens[k-1]; t.Text {
	case "与", "和", "同", "跟", "会见", "会晤", "拜会", "接见", "见证", "据":
		return true
	}
	return false
}

// analystDesk is where an analyst's firm ends before the title at i:
// before the rank and the desk (首席, 宏观), and a field's 行业 with the
// field (中投顾问 食品 行业 研究员, 尚普咨询 电子行业 分析师). A field
// without 行业 stays: it may end the firm's name (息旺 能源 分析师).
func (x *Institutes) analystDesk(d *extract.Doc, lo, i int) int {
	e, trade := i, false
	for range 4 {
		if _, n := analystQualifiers.Before(d.Runes, e, lo); n > 0 && d.Starts[e-n] {
			e, trade = e-n, textmap.HasSuffixRunes(d.Runes[e-n:e], "行业")
			continue
		}
		k := segment.TokenIndexAt(d.Tokens, e-1)
		if k >= len(d.Tokens) || d.Tokens[k].End != e || d.Tokens[k].Start <= lo {
			break
		}
		if t := d.Tokens[k]; !(trade && textmap.OneOf("nxjz", textmap.FirstRune(t.POS)) || strings.HasSuffix(t.Text, "行业")) {
			break
		}
		e, trade = d.Tokens[k].Start, false
	}
	return e
}

// analystFirms are the words the names of the firms analysts work for end
// with, besides a name of their own (国金期货, 中投顾问, 卓创资讯, 中华粮网).
var analystFirms = textmap.LexOf([]string{"期货", "证券", "资讯", "咨询", "顾问", "网", "资本", "国际", "研究院", "研究所", "研究中心", "集团", "公司", "银行", "基金", "投资"})

// analystFirm reports whether s, before an analyst's title, ends as the
// name of a firm does: with a name's word (an unknown word, a brand, an
// abbreviation, letters) or a word of analystFirms. A common noun after
// the firm is the analyst's desk or the goods it covers, which the name
// does not take (卓创资讯 棉花, 中投顾问 食品), and a firm whose name ends
// with a field (息旺 能源) reads the same, so neither is taken; nor is a
// name's word after a firm's (中国化工网 橡塑).
func analystFirm(d *extract.Doc, s textmap.Span) bool {
	if _, n := analystFirms.Before(d.Runes, s.End, s.Start); n > 0 && d.Starts[s.End-n] {
		return true
	}
	k := segment.TokenIndexAt(d.Tokens, s.End-1)
	if k > 0 && d.Tokens[k-1].Start >= s.Start {
		if _, n := analystFirms.Before(d.Runes, d.Tokens[k].Start, s.Start); n > 0 {
			return false // 中国化工网 橡塑/x 分析师: the firm, then its desk
		}
	}
	switch d.Tokens[k].POS {
	case "x", "nz", "nr", "nrt", "nt", "j", "eng":
		return true
	}
	return false
}

// partyBefore is where 与, 和 or 同 stands in the clause before a signing
// verb at i, with a name between (西岭市政府 与 北辰能源 签署), or 0.
func partyBefore(d *extract.Doc, lo, i int) int {
	for j := i - 2; j > lo && j >= i-maxFirmItem-1; j-- {
		if textmap.ClauseMarkChars.Has(d.Runes[j]) {
			return 0
		}
		if textmap.OneOf("与和同", d.Runes[j]) && d.Starts[j] && d.Starts[j+1] {
			return j
		}
	}
	return 0
}

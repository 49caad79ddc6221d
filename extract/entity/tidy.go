package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Tidy trims the edges of a name found by other means than these rules
// (the learned tagger), by what no name's edge holds: a bracket or quote
// left open or never opened inside it, a leading one-character function
// word (和, 在, 将, 成 …) or verb complement (建设好 → 好), a function
// character glued to the name's first word (如聚能), leading verbs and
// adverbs (不断 完善), and
// trailing time words (今天). It reports false when too little is left to
// be a name.
func Tidy(d *extract.Doc, s textmap.Span) (textmap.Span, bool) {
	rs := d.Runes
	toks := d.Tokens
	s = trimLead(d, balance(rs, s), func(t segment.Token) bool {
		return t.End-t.Start == 1 && (leadPOS(t.POS) || mark(rs[t.Start])) || verbLead(t.POS) ||
			resultative(toks, segment.TokenIndexAt(toks, t.Start)) || Enumerator(t.Text)
	})
	if i := segment.TokenIndexAt(toks, s.Start); i < len(toks) {
		s.Start = trimFunctionChar(rs, s.Start, s.End, toks[i])
	}
	for s.Len() > 0 {
		i := segment.TokenIndexAt(toks, s.End-1)
		if i >= len(toks) || toks[i].End != s.End || toks[i].Start <= s.Start {
			break
		}
		if t := toks[i]; t.POS == "t" && rs[t.End-1] != '期' || t.End-t.Start == 1 && mark(rs[t.Start]) {
			s.End = t.Start
			continue
		}
		break
	}
	return s, s.Len() >= 2
}

// trimLead moves the start of s past its first words while drop says so,
// keeping its last word.
func trimLead(d *extract.Doc, s textmap.Span, drop func(t segment.Token) bool) textmap.Span {
	toks := d.Tokens
	for s.Len() > 0 {
		i := segment.TokenIndexAt(toks, s.Start)
		if i >= len(toks) || toks[i].Start != s.Start || toks[i].End >= s.End || !drop(toks[i]) {
			break
		}
		s.Start = toks[i].End
	}
	return s
}

// Enumerator reports a word that numbers the points of a text (一是,
// 二是, 首先, 其次): it starts a clause, never a name.
func Enumerator(w string) bool {
	switch w {
	case "首先", "其次", "再次", "最后", "其一", "其二", "其三":
		return true
	}
	rs := []rune(w)
	if len(rs) < 2 || rs[len(rs)-1] != '是' {
		return false
	}
	for _, r := range rs[:len(rs)-1] {
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			return false
		}
	}
	return true
}

// leadPOS are the parts of speech of a one-character word that does not
// start a name: prepositions, conjunctions, adverbs, particles, pronouns
// and verbs (在, 和, 将, 的, 其, 成).
func leadPOS(pos string) bool {
	switch pos {
	case "p", "c", "d", "u", "uj", "ul", "r", "v":
		return true
	}
	return false
}

// verbLead are the parts of speech of a word of any length that does not
// start a name: verbs, adverbs, prepositions and conjunctions (不断 完善
// 电子招投标平台, 建设 物流园).
func verbLead(pos string) bool {
	switch pos {
	case "v", "d", "ad", "p", "c":
		return true
	}
	return false
}

// balance cuts a span at a bracket or quote that it opens and does not
// close (keeping what stands before it, or after it when it starts the
// span), and at one it closes without opening.
func balance(rs []rune, s textmap.Span) textmap.Span {
	open := -1
	var want rune
	for i := s.Start; i < s.End; i++ {
		r := rs[i]
		if open >= 0 && r == want {
			open = -1
			continue
		}
		if c := closerOf(r); c != 0 && open < 0 {
			open, want = i, c
			continue
		}
		if isCloser(r) {
			// closed, never opened: keep the side that is longer
			if i-s.Start >= s.End-i-1 {
				return textmap.Span{Start: s.Start, End: i}
			}
			s.Start = i + 1
			return balance(rs, s)
		}
	}
	if open < 0 {
		return s
	}
	if open == s.Start {
		return balance(rs, textmap.Span{Start: s.Start + 1, End: s.End})
	}
	return textmap.Span{Start: s.Start, End: open}
}

// mark reports a punctuation mark other than a bracket or quote.
func mark(r rune) bool {
	return !textmap.QuoteBracketChars.Has(r) && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

// closerOf is the closing bracket or quote of an opening one, else 0.
func closerOf(r rune) rune {
	switch r {
	case '(':
		return ')'
	case '“':
		return '”'
	case '《':
		return '》'
	case '「':
		return '」'
	case '『':
		return '』'
	case '[':
		return ']'
	case '【':
		return '】'
	case '〔':
		return '〕'
	}
	return 0
}

func isCloser(r rune) bool {
	switch r {
	case ')', '”', '》', '」', '』', ']', '】', '〕':
		return true
	}
	return false
}

// RouteStart is where a project name that follows 至 starts when it names
// a route, "A至B…" (泸州至永川高速公路, 岚皋至陕渝界高速): A is one or two
// places or name-like words right before 至, and the road it is a section
// of when that is named right before (G4京港澳高速 岳阳至长沙段扩容工程),
// also before a name that starts with A (G318线 西岭至南坪段改建工程). The
// works of a section named right before them take it in (西岭至南坪段 改建
// 工程), not a clause that starts with a verb (…段 通车…). Else it is
// s.Start.
func RouteStart(d *extract.Doc, s textmap.Span) int {
	toks := d.Tokens
	i := segment.TokenIndexAt(toks, s.Start)
	if i < 1 || i >= len(toks) || toks[i].Start != s.Start {
		return s.Start
	}
	if i >= 3 && toks[i-1].Text == "段" && routeEnd(toks[i-2].POS) && toks[i-3].Text == "至" && !strings.HasPrefix(toks[i].POS, "v") {
		i -= 2 // 西岭至南坪段 改建工程: the works of a section take in the section
	}
	start, first, route := s.Start, i, false
	switch {
	case i >= 2 && toks[i-1].Text == "至":
		for j := i - 2; j >= 0 && j >= i-3; j-- {
			if t := toks[j]; t.End-t.Start >= 2 && routeEnd(t.POS) {
				start, first, route = t.Start, j, true
				continue
			}
			break
		}
	case i+1 < len(toks) && routeEnd(toks[i].POS) && (toks[i+1].Text == "至" || strings.HasPrefix(toks[i+1].Text, "至") && toks[i+1].POS == "x"):
		route = true // the name starts at A, 至 after it (至北坪/x glued)
	}
	// The road the route is a section of, named right before it
	// (G4京港澳高速 岳阳至长沙段, 国道318线 汉川至仙桃段): its word and the
	// names, numbers or road words before that.
	if route && first > 0 && roadWords[toks[first-1].Text] {
		j := first - 1
		for n := 0; j > 0 && n < 3; n++ {
			if t := toks[j-1]; routeEnd(t.POS) && (t.End-t.Start >= 2 || t.POS == "ns" || t.POS == "j") || t.POS == "eng" || t.POS == "m" && digitsOnly(t.Text) || roadWords[t.Text] {
				j--
				continue
			}
			break
		}
		if j < first-1 {
			start = toks[j].Start
		}
	}
	return start
}

// RoadWord reports a word that names a road or railway (国道, 高速, 线).
func RoadWord(w string) bool { return roadWords[w] }

// roadWords name a road or railway a route is a section of.
var roadWords = map[string]bool{"高速": true, "高速公路": true, "高铁": true, "铁路": true, "国道": true, "省道": true, "线": true, "干线": true, "公路": true}

// routeEnd are the parts of speech of a route's end: places, and names
// the segmenter does not know.
func routeEnd(pos string) bool {
	switch pos {
	case "ns", "nz", "x", "j", "nr", "nt":
		return true
	}
	return false
}

// TidyIndustry trims an industry name found by other means than these
// rules (the learned tagger): a leading count (20个新材料项目) or verb of a
// policy (大力发展/nz 科技服务), a trailing
// 项目, and whatever follows 产业, 行业 or 业 (精密机械产业厂商5家). It
// reports false for a name that holds a count or ends as a place, a
// project or an event does (仓储物流区, 新材料产业园, 服务外包研讨会).
func TidyIndustry(d *extract.Doc, s textmap.Span) (textmap.Span, bool) {
	rs := d.Runes
	s = trimLead(d, balance(rs, s), func(t segment.Token) bool {
		return countWord(t) && !(allDigits(t.Text) && letterGlued(rs, t.End)) || policyVerb(t.Text)
	})
	name := rs[s.Start:s.End]
	if textmap.HasSuffixRunes(name, "项目") && len(name) > 2 {
		s.End -= 2
		name = rs[s.Start:s.End]
	}
	for i := len(name) - 1; i >= 1; i-- {
		if name[i] == '业' && i+1 < len(name) {
			s.End = s.Start + i + 1
			name = rs[s.Start:s.End]
			break
		}
	}
	for _, r := range name {
		if r >= '0' && r <= '9' || textmap.OneOf("一二两三四五六七八九十百千万", r) {
			return s, false
		}
	}
	if len(name) > 0 && textmap.OneOf("区园会坛厅馆", name[len(name)-1]) || textmap.HasSuffixRunes(name, "基地") || textmap.HasSuffixRunes(name, "中心") {
		return s, false
	}
	return s, s.Len() >= 2
}

// PolicyLead cuts from a name the verbs of a policy it starts with
// (推动 雄忻高铁, 深化/j 无界公园, 科学 合理布局 …: the segmenter tags some
// of them as nouns or short forms, so they are known by their words). It
// reports false for a name that starts with a demonstrative (这是/x 多晶硅项目),
// starts with or follows a quantifier (所有 西岭新区配套项目) or starts with a
// share or a head count (7成 电厂, 8人 小工厂).
func PolicyLead(d *extract.Doc, s textmap.Span) (textmap.Span, bool) {
	toks := d.Tokens
	k := segment.TokenIndexAt(toks, s.Start)
	if k >= len(toks) || toks[k].Start != s.Start {
		return s, true
	}
	if k > 0 && toks[k-1].End == s.Start && (toks[k-1].Text == "这是" || toks[k-1].Text == "那是") {
		return s, false // 这是/x 多晶硅项目审批开闸的信号: what this is, a kind
	}
	if textmap.OneOf("这那该此", textmap.FirstRune(toks[k].Text)) || quantifiers[toks[k].Text] || k > 0 && quantifiers[toks[k-1].Text] {
		return s, false // 所有评标项目, 其他重点项目, 所有 西岭新区配套项目: works of a kind, not one
	}
	if referring[toks[k].Text] && toks[k].End < s.End {
		s.Start = toks[k].End // 现有 高端产品生产基地, 前者 高端钛材项目
		k++
	}
	if i := s.Start; i < s.End && money.IsASCIIDigit(d.Runes[i]) {
		for i < s.End && money.IsASCIIDigit(d.Runes[i]) {
			i++
		}
		if i < s.End && textmap.OneOf("成人", d.Runes[i]) {
			return s, false // 7成 电厂, 8人 小工厂: a share or a head count, then a kind
		}
	}
	// A time before the name is no part of it (4月份 大秦铁路, 今年 京沪高铁).
	if e := timeLead(toks, k, s.End); e > s.Start {
		s.Start = e
		if k = segment.TokenIndexAt(toks, e); k >= len(toks) {
			return s, false
		}
	}
	j := k
	if policyAdverbs[toks[j].Text] || toks[j].POS == "d" || toks[j].POS == "ad" {
		j++ // 全力 推动, 科学 合理布局
	}
	for n := 0; n < 2 && j < len(toks) && toks[j].End < s.End && (policyVerb(toks[j].Text) || j > k && isLeadVerb(toks[j].Text) || n > 0 && worksVerbs[toks[j].Text]); n++ {
		s.Start = toks[j].End // 优化 重塑 大学科技园: two verbs of a policy; 将 动工 建设 小岞风电场
		j++
	}
	// Verbs the segmenter glued to the words after them (开/v 工大/j 村至,
	// 建成投产/j 大唐, 全面实现/i): known by their characters.
	for n := 0; n < 3 && s.Len() > 4; n++ {
		v := gluedLeadVerb(d.Runes[s.Start:s.End])
		if v == 0 {
			break
		}
		s.Start += v
	}
	if textmap.OneOf("这那该此", d.Runes[s.Start]) {
		return s, false // 以该/x 项目: a demonstrative after the cut
	}
	if k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start == s.Start && quantifiers[toks[k].Text] {
		return s, false // 力争 所有 评标项目
	}
	// 有 that opens a list the segmenter glued to an unknown name after a
	// class of projects (产业项目 有瑞丰/x …, 属于新能源产业的 有瑞达/x …):
	// the verb, not the name's.
	if k := segment.TokenIndexAt(toks, s.Start); d.Runes[s.Start] == '有' && s.Len() > 4 && k < len(toks) && toks[k].Start == s.Start && toks[k].POS == "x" &&
		(textmap.HasSuffixRunes(d.Runes[:s.Start], "项目") || textmap.HasSuffixRunes(d.Runes[:s.Start], "产业") || textmap.HasSuffixRunes(d.Runes[:s.Start], "领域") || textmap.HasSuffixRunes(d.Runes[:s.Start], "类") || textmap.HasSuffixRunes(d.Runes[:s.Start], "的")) {
		s.Start++
	}
	if e := AfterInnerVerb(d, s.Start, s.End); e > s.Start {
		s.Start = e // 一要做强 开放平台
		k = segment.TokenIndexAt(toks, e)
	}
	// A verb of building or buying inside, with a proper name after it,
	// makes what comes before it the clause's subject (将动工建设 小岞风电场,
	// 潮商会准备筹建 珠海工业园, 成功收购 加拿大X公司风电项目): the name is its
	// object (but 文化公园建设 保护项目 stays whole).
	for i := segment.TokenIndexAt(toks, s.End) - 1; i > k; i-- {
		if t := toks[i]; strings.HasPrefix(t.POS, "v") && buildOrBuy[t.Text] && s.End-t.End >= 3 && nameLike(toks[i+1]) {
			s.Start = t.End
			break
		}
	}
	return s, true
}

// leadVerbs report works begun, finished or pursued, with the adverbs of
// pursuing them (扎实, 有序 开展) and a preposition glued to a demonstrative
// (以该): no project's name starts with one. Verbs that do start official
// names of works (新建, 扩建, 改建: 新建福州至厦门铁路) are not among them.
var leadVerbs = []string{"成功", "提速", "开工", "动工", "竣工", "投产", "建成", "投运", "开建", "奠基", "签约", "落地", "落户", "入驻", "启动", "加快", "推进", "推动", "实施", "实现", "打好", "全力", "全面", "论证", "力争", "确保", "完成", "开通", "新增", "落实",
	"开展", "探索", "做好", "抓好", "办好", "用好", "争创", "争取", "扎实", "有序", "深入", "积极", "稳步", "大力", "着力", "持续", "以该", "以此"}

// isLeadVerb reports whether w is one of leadVerbs.
func isLeadVerb(w string) bool { return slices.Contains(leadVerbs, w) }

// worksVerbs build what a verb of leadVerbs begins (动工 建设 X).
var worksVerbs = map[string]bool{"建设": true, "兴建": true, "新建": true, "扩建": true, "投资建设": true}

// gluedLeadVerb is the length of the verb of leadVerbs that rs starts
// with, or 0.
func gluedLeadVerb(rs []rune) int {
	for _, v := range leadVerbs {
		if textmap.RunesHavePrefix(rs, v) {
			return utf8.RuneCountInString(v)
		}
	}
	return 0
}

// innerVerbs are verbs of a policy or an effort that no name holds inside
// (做大做强 区域性水泥集团, 一要做强 开放平台, 着力办好 …, 九是鼓励 …): what
// comes before one is the sentence's. 发展, 提升 and 优化 are not among them:
// they name what a body or works does (某某科技发展有限公司, 教育综合提升工程).
var innerVerbs = []string{"做大", "做强", "做优", "做实", "实施", "鼓励", "瞄准", "完善", "加强", "着力", "办好", "用好", "建好", "管好", "创建", "争创"}

// AfterInnerVerb is where a name that starts at s and whose head starts at
// hs starts once the words up to the last of innerVerbs before the head are
// cut off (hs when only the head is left: no name); s when there is none.
// The verb must start and end at word boundaries (the segmenter may split
// it: 做/v 强/a).
func AfterInnerVerb(d *extract.Doc, s, hs int) int {
	out := s
	for i := s; i < hs; i++ {
		if !d.Starts[i] || !innerVerbLex.MayStart(d.Runes[i]) {
			continue
		}
		for _, w := range innerVerbLex.WordsByFirst()[d.Runes[i]] {
			if e := i + len(w.Runes); e <= hs && e > out && d.Starts[e] && textmap.HasRunes(d.Runes, i, w.Runes) {
				out = e
			}
		}
	}
	return out
}

// innerVerbLex is innerVerbs, looked up by their first code point.
var innerVerbLex = textmap.LexOf(innerVerbs)

// referring are the words before a name that refer to it rather than
// name it (现有, 前者, 上述, 所谓, 即).
// quantifiers before a name make it a kind of works, not one work (所有
// 评标项目, 其他重点工程, 部分示范基地).
var quantifiers = map[string]bool{"所有": true, "全部": true, "这些": true, "那些": true, "各类": true, "各项": true, "其他": true, "其它": true,
	"一些": true, "部分": true, "众多": true, "诸多": true, "若干": true}

var referring = map[string]bool{"现有": true, "前者": true, "后者": true, "上述": true, "所述": true, "原有": true, "既有": true, "所谓": true, "即": true}

// buildOrBuy are the verbs whose object a project's name is, never part of
// it when a name comes after them.
var buildOrBuy = map[string]bool{"建设": true, "筹建": true, "兴建": true, "动工": true, "开建": true, "开工建设": true, "动工建设": true,
	"收购": true, "并购": true, "投资建设": true, "合作建设": true}

// timeLead is where the words of a time that start at token k end (今年,
// 近日, 4 月份, 2 月), before the last word, which ends at e; or the start
// of token k when there is none.
func timeLead(toks []segment.Token, k, e int) int {
	start := toks[k].Start
	end := start
	for ; k < len(toks) && toks[k].End < e; k++ {
		t := toks[k]
		switch {
		case t.POS == "t" && timeWord(t.Text), t.Text == "全年" || t.Text == "年内":
		case digitsOnly(t.Text) && k+1 < len(toks) && (toks[k+1].Text == "月" || toks[k+1].Text == "月份" || toks[k+1].Text == "年"):
		case (t.Text == "月" || t.Text == "月份" || t.Text == "年" || t.Text == "日") && k > 0 && digitsOnly(toks[k-1].Text) && toks[k-1].End == t.Start:
		default:
			return end
		}
		end = t.End
	}
	return end // the last word, which ends the name, is left to it (4 月份 大秦铁路/nz)
}

// timeWord reports a word the segmenter tags as a time that names one (今年,
// 近日, 上半年), not a generation or an age (新一代, 现代, 未来) or a phase (三期).
func timeWord(w string) bool {
	return !phaseWord(w) && !strings.ContainsRune(w, '代') && strings.ContainsAny(w, "年月日天今昨明近期时季周旬晚早午")
}

// digitsOnly reports a word of ASCII digits.
func digitsOnly(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// policyAdverbs are the words before a verb of policy (全力推动).
var policyAdverbs = map[string]bool{"大力": true, "全力": true, "积极": true, "着力": true, "科学": true, "一体": true, "有序": true, "持续": true, "进一步": true}

// ListTail reports a name that holds the tail of a list or a count of
// projects rather than one project: 等 or 或 inside it (和文旅等第三产业项目,
// 康渝等4条高铁, 子基金或直投项目), or a count after its head (县三级重点项目
// 100个).
func ListTail(d *extract.Doc, s textmap.Span) bool {
	toks := d.Tokens
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		if t := toks[k]; t.Start > s.Start && t.End < s.End && (t.Text == "等" || textmap.FirstRune(t.Text) == '或') {
			return true // 或直/x: the segmenter glues 或 to what follows
		}
	}
	rs := d.Runes[s.Start:s.End]
	n := len(rs)
	return n > 2 && textmap.OneOf("个项条座家", rs[n-1]) && (money.IsASCIIDigit(rs[n-2]) || money.IsCnNumeral(rs[n-2]))
}

// countWord reports a word of a count (a numeral, a measure word: 3 个).
func countWord(t segment.Token) bool { return t.POS == "m" || t.POS == "q" || t.POS == "mq" }

// SplitsAtVerb reports whether a one-character preposition or verb stands
// inside the span, between two words of it (平台 为 工程, 将 在): a name
// found by other means than these rules that holds one runs over a
// predicate, and which side is the name cannot be told.
func SplitsAtVerb(d *extract.Doc, s textmap.Span) bool {
	toks := d.Tokens
	i := segment.TokenIndexAt(toks, s.Start)
	for i++; i < len(toks) && toks[i].End < s.End; i++ {
		if t := toks[i]; t.End-t.Start == 1 && (t.POS == "p" || t.POS == "v") && !routeTo(toks, i, s.End) {
			return true
		}
	}
	return false
}

// routeTo reports whether token i is the 至 of a route between two places
// or name-like words that a name ending at e goes on from by a few words
// (汉川 至 仙桃 段 改扩建 工程; the segmenter may take the second end for a
// common noun): it joins the route's ends, it is no verb between two
// names.
func routeTo(toks []segment.Token, i, e int) bool {
	if toks[i].Text != "至" || i == 0 || i+1 >= len(toks) || i+4 < len(toks) && toks[i+4].End < e {
		return false
	}
	p, q := toks[i-1], toks[i+1]
	return p.End-p.Start >= 2 && routeEnd(p.POS) && q.End-q.Start >= 2 && (routeEnd(q.POS) || q.POS == "n") // 仙桃/n
}

// SectionEnd is where a project name that ends at e ends when a section of
// it follows: a place and 段 (京沪铁路 + 山东段, 长株城际铁路 + 株洲段 + 项目), or
// two places, 至 and 段 after a line (沿江高铁 + 武汉至宜昌段),
// as transport works are named by the stretch being built. Else e.
func SectionEnd(d *extract.Doc, e int) int {
	toks := d.Tokens
	i := segment.TokenIndexAt(toks, e)
	if i+1 >= len(toks) || toks[i].Start != e {
		return PhaseEnd(d.Runes, e)
	}
	p, q := toks[i], toks[i+1]
	// A place (四川 段), or an unknown word or short form after a line
	// (沪渝蓉高铁 武宜/x 段, 武宜段/x: the section's two ends, 武汉 to 宜昌).
	unknown := (p.POS == "x" || p.POS == "j") && routeLine(d.Runes[:e])
	next := i + 2
	switch {
	case stretch(toks, i) && routeLine(d.Runes[:e]):
		next = i + 4 // 沿江高铁 武汉 至 宜昌 段: the stretch between two places
	case (p.POS == "ns" || unknown) && p.End-p.Start >= 2 && p.End-p.Start <= 4 && q.Text == "段":
	case unknown && p.End-p.Start >= 3 && p.End-p.Start <= 5 && strings.HasSuffix(p.Text, "段"):
		next = i + 1
	default:
		return PhaseEnd(d.Runes, e)
	}
	end := toks[next-1].End
	if next < len(toks) && (toks[next].Text == "项目" || toks[next].Text == "工程") {
		end = toks[next].End
	}
	return end
}

// stretch reports whether tokens i… are two places joined by 至 and 段
// (武汉 至 宜昌 段).
func stretch(toks []segment.Token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].Text != "至" || toks[i+3].Text != "段" {
		return false
	}
	for _, t := range []segment.Token{toks[i], toks[i+2]} {
		if t.POS != "ns" || t.End-t.Start < 2 || t.End-t.Start > 4 {
			return false
		}
	}
	return true
}

// routeLines end the name of a line a section is cut from (高铁, 高速,
// 铁路, 航道 …).
var routeLines = textmap.LexOf([]string{"高铁", "高速", "高速公路", "铁路", "公路", "城际", "城际铁路", "轻轨", "航道", "运河", "国道", "省道", "干线", "大道"})

// routeLine reports whether rs ends with the name of a line.
func routeLine(rs []rune) bool {
	_, n := routeLines.Before(rs, len(rs), max(0, len(rs)-4))
	return n > 0
}

// PhaseEnd is where a project name that ends at e ends when the phase
// being built follows it (X基地 + 七至十期 + 项目, X厂三期 + 工程, X创意园项目
// + 二期, X校区第二期 + 扩建工程): projects are named by the phase, as X二期
// is a project of its own. The phase counts only when works (工程, 项目,
// 扩建工程 …) or a mark or conjunction
// follows it (X项目一期投资20亿元 tells what the first phase costs). Else e.
func PhaseEnd(rs []rune, e int) int {
	i := e
	if i < len(rs) && rs[i] == '第' {
		i++
	}
	n := i
	for n < len(rs) && numeral(rs[n]) {
		n++
	}
	if n > i && n+1 < len(rs) && textmap.OneOf("至到、和及-—", rs[n]) && numeral(rs[n+1]) {
		for n++; n < len(rs) && numeral(rs[n]); n++ {
		}
	}
	switch {
	case n > i && n < len(rs) && rs[n] == '期':
		i = n + 1
	case e > 0 && rs[e-1] == '期':
		i = e // X三期 + 工程
	default:
		return e
	}
	for _, w := range phaseWorks {
		if textmap.HasPrefixRunes(rs[i:], w) {
			return i + utf8.RuneCountInString(w)
		}
	}
	if i == e || i < len(rs) && !textmap.OneOf("、，,。；;：:）)及和与等", rs[i]) {
		return e
	}
	return i
}

// phaseWorks are the works a phase is built as (二期 + 扩建工程), longest
// first.
var phaseWorks = []string{"改扩建工程", "扩建工程", "扩建项目", "建设工程", "建设项目", "改造工程", "工程项目", "工程", "项目"}

// AfterListMarker is where a name that starts at s, before e, starts once
// the number of a list's item in front of it is cut off (1.X项目, 3、X项目,
// (4)X项目, 二、X项目); s when there is none. A decimal (3.5万吨…) or a
// number that counts or names (4号线, 10万吨) is no marker.
func AfterListMarker(rs []rune, s, e int) int {
	i := s
	open := i < e && rs[i] == '('
	if open {
		i++
	}
	j := i
	for j < e && j-i < 3 && (money.IsASCIIDigit(rs[j]) || money.CnDigit(rs[j]) > 0 || rs[j] == '十') {
		j++
	}
	if j == i || j >= e {
		return s
	}
	switch {
	case open && rs[j] == ')':
	case !open && (rs[j] == '.' || rs[j] == '、') && money.IsASCIIDigit(rs[i]) == money.IsASCIIDigit(rs[j-1]):
		if rs[j] == '.' && !money.IsASCIIDigit(rs[i]) {
			return s // 一.: not a marker the press writes
		}
	default:
		return s
	}
	j++
	if e-j < 2 || money.IsASCIIDigit(rs[j]) {
		return s
	}
	return j
}

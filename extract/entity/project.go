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

// Projects finds named undertakings in sentences that report them as
// signed, landed, started, finished or invested in:
//
//   - items of enumerations closed by 等…项目 or N个…项目 (「A、B及C等一批项目签约
//     落地」), companies and bank branches listed as projects included;
//     coordinated items share their head (X平台及Y平台项目 is two projects);
//   - names that end with a project head (项目, 产业园, 小镇, 基地 …) and hold
//     a proper name (a place, a brand, an unknown word, a quoted name) or a
//     capacity (年产30万吨…), extended left over name-ish words.
//
// Generic phrases (一批项目, 重大项目, 制造业项目), events (…推介会暨项目) and
// counted phrases (216个重大产业项目) are not projects.
type Projects struct {
	heads     textmap.Lexicon
	triggers  textmap.Lexicon
	generic   map[string]bool
	events    textmap.Lexicon
	honours   textmap.Lexicon
	anyEvent  bool // an empty event word: every name holds it
	stop      map[string]bool
	inds      *Industries
	rules     *nameRules
	firms     textmap.Lexicon // firm_lists: a list closed by 等 and one of them names firms (等金融机构)
	firmMods  textmap.Lexicon // firm_list_modifiers
	countries map[string]bool // foreign_countries
}

// NewProjects builds the project extractor from word lists.
func NewProjects(c Config) *Projects {
	hm := map[string]string{}
	for _, h := range c.ProjectHeads {
		hm[h] = h
	}
	return &Projects{
		heads:     textmap.NewLexicon(hm),
		triggers:  textmap.LexOf(c.Triggers),
		generic:   setOf(c.Generic),
		events:    textmap.LexOf(c.Events),
		honours:   textmap.LexOf(c.Honours),
		anyEvent:  slices.Contains(c.Events, ""),
		stop:      setOf(append([]string{"项目"}, c.Triggers...)),
		inds:      NewIndustries(c),
		rules:     newNameRules(c.NameRules),
		firms:     textmap.NewLexicon(c.FirmLists),
		firmMods:  textmap.LexOf(c.FirmModifiers),
		countries: setOf(c.Countries),
	}
}

// Name implements Extractor.
func (x *Projects) Name() string { return "projects" }

// Kind implements extract.Extractor.
func (x *Projects) Kind() extract.Kind { return extract.KindProject }

// origin says how a candidate was found.
type origin int

const (
	fromHead origin = iota
	fromList
)

type candidate struct {
	span   textmap.Span
	from   origin
	object bool   // the object of a building verb (建设X项目, 落地“X产业园”)
	via    string // Mention.Via for a candidate only the ranker may take
}

// Extract implements Extractor.
func (x *Projects) Extract(ctx context.Context, d *extract.Doc) ([]extract.Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs := d.Runes
	// Each sentence is scanned for trigger words once.
	triggered := make([]bool, len(d.Sentences))
	for si, s := range d.Sentences {
		triggered[si] = x.hasTrigger(rs[s.Start:s.End])
	}
	nTrig := 0 // how many sentences report projects
	for _, t := range triggered {
		if t {
			nTrig++
		}
	}
	var cands, loose []candidate
	for si, s := range d.Sentences {
		if !triggered[si] && !triggerBefore(d, triggered, si) {
			// Names with a head where nothing reports a project: only
			// the ranker may take them (Via "untriggered").
			for _, c := range x.headNames(d, s) {
				if nTrig >= 3 && textmap.HasSuffixRunes(rs[c.span.Start:c.span.End], "项目") && nominalWords(d.Tokens, c.span) {
					// A text that reports projects in three sentences or more
					// reports them by name elsewhere too: X项目, a name of
					// nouns, is one of its projects.
					cands = append(cands, c)
					continue
				}
				c.via = "untriggered"
				loose = append(loose, c)
			}
			// A list the text introduces as projects (项目有A、B, 项目
			// 包括: A、B) reports them itself, when its items are names.
			for _, c := range x.colonItems(d, s, true) {
				if x.proper(d, c.span) && !placeOnly(d, c.span) {
					cands = append(cands, c)
				}
			}
			continue
		}
		cands = append(cands, x.listItems(d, s)...)
		cands = append(cands, x.colonItems(d, s, false)...)
		cands = append(cands, x.headNames(d, s)...)
		cands = append(cands, x.quotedObjects(d, s)...)
	}
	var out, rejected []extract.Mention
	for _, c := range loose {
		if sp, ok := x.clean(d, c); ok {
			m := d.Mention(extract.KindProject, sp)
			m.Via = c.via
			rejected = append(rejected, m)
		}
	}
	for i := 0; i < len(cands); i++ {
		c := cands[i]
		sp, ok := x.clean(d, c)
		if !ok && sp.Len() >= 3 && c.from == fromHead && x.onlyNotProper(d, c) {
			// A name the checks turn down: only the ranker may take
			// it (Via "rejected").
			m := d.Mention(extract.KindProject, sp)
			m.Via = "rejected"
			rejected = append(rejected, m)
		}
		if ok {
			// X平台及Y平台项目: the left conjunct of an accepted project
			// that ends with a head is a project too.
			if left, ok := x.leftConjunct(d, sp); ok {
				cands = append(cands, candidate{span: left, from: c.from, object: true})
			}
			m := d.Mention(extract.KindProject, sp)
			if c.from == fromList {
				m.Listed = true
			}
			out = append(out, m)
		}
	}
	// A list that names a project in one item names projects in the others
	// (推动A项目、B、C建设), which only the ranker may take (extract.ViaListMate).
	accepted := extract.NewIndex(out)
	for _, c := range x.listMates(d, out) {
		if sp, ok := x.clean(d, c); ok && !accepted.Overlaps(sp) {
			m := d.Mention(extract.KindProject, sp)
			m.Listed = true
			m.Via = extract.ViaListMate
			rejected = append(rejected, m)
		}
	}
	out = dropNested(out)
	if len(rejected) == 0 {
		return x.withCues(d, out), nil
	}
	// The candidates only the ranker may take, where they cross no
	// mention the rules accept (Pipeline.Run drops them without a ranker).
	idx := extract.NewIndex(out)
	for _, m := range dropNested(rejected) {
		if !idx.Overlaps(m.Norm) {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b extract.Mention) int { return a.Norm.Start - b.Norm.Start })
	return x.withCues(d, out), nil
}

// withCues sets the cue of every mention in ms (Mention.Cue) and returns ms.
func (x *Projects) withCues(d *extract.Doc, ms []extract.Mention) []extract.Mention {
	for i := range ms {
		ms[i].Cue = x.cue(d, ms[i].Norm)
	}
	return ms
}

// cue is where a trigger stands next to the name at sp (Mention.Cue):
// right after it, past up to two adverbs or a 已 (X 正式 开工, X 已 建成),
// or right before it (引进 X).
func (x *Projects) cue(d *extract.Doc, sp textmap.Span) string {
	toks := d.Tokens
	k := segment.TokenIndexAt(toks, sp.End)
	for n := 0; k < len(toks) && toks[k].Start == sp.End && n < 3; n++ {
		t := toks[k]
		if x.triggers.Is(t.Text) {
			return "after"
		}
		if t.POS != "d" && t.POS != "ad" {
			break
		}
		sp.End = t.End
		k++
	}
	if k := segment.TokenIndexAt(toks, sp.Start); k > 0 && toks[k].Start == sp.Start && x.triggers.Is(toks[k-1].Text) {
		return "before"
	}
	return ""
}

// nominalWords reports whether s is made of nouns, names and numbers
// alone, no verb, adverb or function word, nor an unknown word glued from
// one (not 商业银行挑选项目, 但据/x 项目).
func nominalWords(toks []segment.Token, s textmap.Span) bool {
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		t := toks[k]
		switch {
		case t.POS == "x" && (functionCharSet.Has(textmap.FirstRune(t.Text)) || clauseLeadChars.Has(textmap.FirstRune(t.Text))):
			return false
		case strings.HasPrefix(t.POS, "n"), t.POS == "vn", t.POS == "m", t.POS == "q", t.POS == "eng", t.POS == "x", t.POS == "b", t.POS == "j":
		default:
			return false
		}
	}
	return true
}

// leftConjunct finds the project joined to sp by 及, 以及 or 和 when it
// ends with a project head: 跨境电子商务平台及南山区科技成果转化平台项目.
func (x *Projects) leftConjunct(d *extract.Doc, sp textmap.Span) (textmap.Span, bool) {
	rs := d.Runes
	j := sp.Start
	n := 0
	switch {
	case j >= 2 && d.Slice(j-2, j) == "以及":
		n = 2
	case j >= 1 && (rs[j-1] == '及' || rs[j-1] == '和'):
		n = 1
	default:
		return textmap.Span{}, false
	}
	e := j - n
	if _, h := x.heads.Before(rs, e, max(0, e-6)); h == 0 {
		return textmap.Span{}, false
	}
	k := segment.TokenIndexAt(d.Tokens, e-1)
	if k >= len(d.Tokens) || d.Tokens[k].End != e {
		return textmap.Span{}, false
	}
	st := x.rules.extendLeft(d.Tokens, 0, k, 7, x.stop, false)
	s := d.Tokens[st].Start
	if e-s < 4 {
		return textmap.Span{}, false
	}
	return textmap.Span{Start: s, End: e}, true
}

// triggerBefore reports whether one of the two sentences before sentence
// si, in the same paragraph, reports projects: a list may run on after a
// semicolon (…开工,其中经开区本部6个:A、B;临空经济区3个:C、D).
func triggerBefore(d *extract.Doc, triggered []bool, si int) bool {
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		s := d.Sentences[k]
		if s.End > 0 && d.Runes[s.End-1] == '\n' {
			return false
		}
		if triggered[k] {
			return true
		}
		if d.Runes[s.End-1] == '。' {
			return false
		}
	}
	return false
}

func (x *Projects) hasTrigger(rs []rune) bool { return x.triggers.Within(rs, 0) }

// closerCount reads the count of a closer such as 两个 or 4项, or 0.
func closerCount(m string) int {
	m = strings.TrimLeft(m, ",")
	if v, ok := money.ParseNumber(strings.TrimRight(m, "个项")); ok && v.IsInt() {
		return int(v.Num().Int64())
	}
	return 0
}

var listCloser = regexp.MustCompile(`^(?:等|(?:[0-9]+|[一二两三四五六七八九十]+)个|,?(?:[0-9]+|[一二两三四五六七八九十]+)项)`)

// listCloserAt gives the length of the list closer (listCloser, within
// four code points) that starts at rs[i], or 0; it matches as the pattern
// does (TestListCloserAt), without building a string for every digit.
func listCloserAt(rs []rune, i, end int) int {
	end = min(end, i+4)
	if i < end && rs[i] == '等' {
		return 1
	}
	run := func(j int) int { // digits of one kind at j
		k := j
		for k < end && money.IsASCIIDigit(rs[k]) {
			k++
		}
		if k == j {
			for k < end && cnDigitSet.Has(rs[k]) {
				k++
			}
		}
		return k - j
	}
	if n := run(i); n > 0 && i+n < end && rs[i+n] == '个' {
		return n + 1
	}
	j := i
	if j < end && rs[j] == ',' {
		j++
	}
	if n := run(j); n > 0 && j+n < end && rs[j+n] == '项' {
		return j + n + 1 - i
	}
	return 0
}

// countsWorks reports whether the count with 项 that ends at e counts
// the items before it: it ends its clause (…项目,4项), a predicate follows
// (3项计划参加签约, 4项参加网络签约) or works do (三项重点工程). Before
// another noun it counts that (“A做引导、B做增信”两项职能定位).
func countsWorks(d *extract.Doc, e, end int) bool {
	if e >= end || !d.Starts[e] {
		return e >= end
	}
	k := segment.TokenIndexAt(d.Tokens, e)
	if k >= len(d.Tokens) {
		return true
	}
	t := d.Tokens[k]
	if t.POS == "x" || strings.HasPrefix(t.POS, "v") && t.POS != "vn" || t.POS == "d" || t.POS == "p" || t.POS == "c" {
		return true
	}
	c := e
	for c < end && c-e < 8 && !textmap.OneOf(",，:;。", d.Runes[c]) {
		c++
	}
	w := string(d.Runes[e:c])
	return strings.Contains(w, "工程") || strings.Contains(w, "计划")
}

// listItems reads enumerations closed by 等…项目 or N个…项目.
func (x *Projects) listItems(d *extract.Doc, s textmap.Span) []candidate {
	if sl := d.Slice(s.Start, s.End); !strings.Contains(sl, "项") && !strings.Contains(sl, "等") {
		return nil // every closer is followed by 项目, counts with 项 or is 等
	}
	rs := d.Runes
	var out []candidate
	for i := s.Start; i < s.End; i++ {
		if r := rs[i]; r != '等' && r != ',' && !money.IsASCIIDigit(r) && money.CnDigit(r) == 0 && r != '十' {
			continue
		}
		n := listCloserAt(rs, i, s.End)
		if n == 0 {
			continue
		}
		m := d.Slice(i, i+n)
		// 项目 must follow in the same clause (等一批龙头项目, 两个高科技项目),
		// unless the closer counts items with 项 (…,4项).
		tail := d.Slice(i, min(s.End, i+18))
		if c := strings.IndexAny(tail[1:], ",，:;。"); c >= 0 {
			tail = tail[:c+1]
		}
		if !strings.Contains(tail, "项目") && !(strings.HasSuffix(m, "项") && countsWorks(d, i+n, s.End)) && !(m == "等" && (x.countedHead(d, i+1, i+len([]rune(tail))) || x.worksAfterDeng(d, i+1, s.End))) {
			continue
		}
		if m == "等" && kindAfterDeng(rs, i+1, s.End) {
			continue // 来自装备制造、电子信息等行业: the items are industries
		}
		if m == "等" && meansAfterDeng(rs, i+1, s.End) {
			continue // 运用专项债、政府投资基金等工具支持项目: the items are means of paying for them
		}
		if m == "等" && livelihoodAfterDeng(rs, i+1, s.End) {
			continue // 住房保障、煤改电等一批重点民生工程: programmes for people's livelihood, not works
		}
		if testedAfter(d, i+len([]rune(m)), s.End) {
			continue // 熄火保护装置、再点火装置等18个项目进行了检验: what was tested
		}
		if m == "等" && x.firmsListed(d, i+1, s.End) {
			continue // A银行、B农商行等金融机构为项目提供授信: the items are firms
		}
		// The list runs back to the start of its clause.
		lo := i
		for lo > s.Start && !itemStopChars.Has(rs[lo-1]) {
			lo--
		}
		body := d.Slice(lo, i)
		if !joinerChars.In(body) && m != "等" {
			continue
		}
		if kindListBefore(rs, lo, i) {
			continue // 来自A、B等行业的23个项目: the items are industries
		}
		// A count closes the list or follows its 等 (等3个): the items are
		// so many works, each named.
		counted := m != "等" || listCloserAt(rs, i+1, s.End) > 0
		items := x.splitItems(d, lo, i, false)
		if n := closerCount(m); n > len(items) {
			items = x.splitItems(d, lo, i, true) // 产业化及配套物流和大分子…产业化两个项目
		}
		if len(items) < 2 && m != "等" {
			continue // 共涉及80个项目 is no list; X等重大项目 names X
		}
		for _, it := range items {
			sp := trimSpace(rs, it)
			if sp.Len() < 2 || sp.Len() > 30 || timeItem(rs[sp.Start:sp.End]) {
				continue // 规划2014年、2015年和…时期将要建设的: times, not works
			}
			// An item's start is where the clause or the item starts only if
			// everything in it is name; else walk left from its end
			// (台商投资的机械手臂项目).
			sp = x.itemName(d, sp)
			if !x.rules.itemWords(d.Tokens, sp.Start, sp.End) {
				continue
			}
			// An item that is an industry (互联网产业) is not a project.
			if m, ok := x.inds.At(rs[:sp.End], sp.Start, nil); ok && m.end == sp.End {
				continue
			}
			// X等重大项目 alone: X must be a plain name (plainItem), not a
			// place alone, and only a kind or count of projects stands
			// between 等 and 项目 (not 南京等城市的地铁项目).
			if len(items) == 1 && (!x.plainItem(d, sp) || x.placeWords(d.Tokens, sp) || !x.projectsAfter(d, i+1, s.End)) {
				continue
			}
			if goodsEnd(d.Runes[sp.Start:sp.End]) {
				continue // 水利设施建设及抗灾救灾物资等民生项目: supplies bought, not works
			}
			if commonWord(d.Tokens, sp) && !counted {
				continue // 承建铁路、公路、通信等基础设施项目: kinds of works (but 如东、射阳/n 等3个风电项目 counts works)
			}
			if !counted && m == "等" && x.fieldAfterDeng(rs, i+1, s.End) && !x.proper(d, sp) {
				continue // 铝镁、超高纯铜等有色金属项目: goods of a field, no works named
			}
			if !counted && m == "等" && goodsAfterDeng(rs, i+1, s.End) && !x.HasHead(rs[sp.Start:sp.End]) && !placeOrName(d.Tokens, sp) {
				continue // 化肥、甲醇/nz 等初级产品项目: goods, whatever the dictionary tags them
			}
			out = append(out, candidate{span: sp, from: fromList})
		}
		i += len([]rune(m)) - 1
	}
	return out
}

// fieldAfterDeng reports whether what follows a list's 等 at j is a field
// and 项目 (等有色金属项目, 等新能源产业项目): the kind the items are of.
func (x *Projects) fieldAfterDeng(rs []rune, j, end int) bool {
	w, ok := wordsBeforeProject(rs, j, end, 12)
	if !ok {
		return false
	}
	for _, suf := range []string{"产业", "行业", "领域", "类"} {
		if textmap.HasSuffixRunes(w, suf) && len(w) > len([]rune(suf)) {
			w = w[:len(w)-len([]rune(suf))]
			break
		}
	}
	return x.isIndustry(w)
}

// wordsBeforeProject is what stands between a list's 等 at j and the 项目
// after it, within max code points and the clause; ok is false when no 项目
// follows so, or nothing stands between.
func wordsBeforeProject(rs []rune, j, end, max int) (w []rune, ok bool) {
	for e := j; e < end && e < j+max; e++ {
		if textmap.HasRunesAt(rs[:end], e, "项目") {
			return rs[j:e], e > j
		}
		if textmap.ClauseMarkChars.Has(rs[e]) {
			return nil, false
		}
	}
	return nil, false
}

// placeOrName reports whether s holds a place, a person's or a body's
// name, an unknown word or letters: what goods' names (甲醇/nz) lack.
func placeOrName(toks []segment.Token, s textmap.Span) bool {
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		if t := toks[k]; t.POS != "nz" && nameLike(t) {
			return true
		}
	}
	return false
}

// goodsAfterDeng reports whether what follows a list's 等 at j ends with a
// word of goods right before 项目 (等技术含量低的初级产品项目, 等产品项目):
// the items are products.
func goodsAfterDeng(rs []rune, j, end int) bool {
	w, ok := wordsBeforeProject(rs, j, end, 16)
	return ok && (textmap.HasSuffixRunes(w, "产品") || textmap.HasSuffixRunes(w, "商品"))
}

// firmsListed reports whether what follows a list's 等 at j says its
// items are firms (等金融机构为项目提供授信, 等10家企业): a noun of firm
// lists, not one that says whose the projects are (等企业项目,
// 等一批央企投资的产业项目).
func (x *Projects) firmsListed(d *extract.Doc, j, end int) bool {
	_, _, e, ok := firmNounAfter(d, x.firms, x.firmMods, j, end)
	if !ok {
		return false
	}
	c := e
	for c < end && c-e < 12 && !textmap.OneOf(",，;；。", d.Runes[c]) {
		c++
	}
	after := d.Slice(e, c)
	p := strings.Index(after, "项目")
	return p != 0 && (p < 0 || !strings.Contains(after[:p], "的"))
}

// commonWord reports an item that is one common word or short form (铁路,
// 通信/j): a kind of works, not one named.
func commonWord(toks []segment.Token, s textmap.Span) bool {
	k := segment.TokenIndexAt(toks, s.Start)
	if k >= len(toks) || toks[k].Start != s.Start || toks[k].End != s.End {
		return false
	}
	switch toks[k].POS {
	case "n", "vn", "v", "a", "an", "j":
		return true
	}
	return false
}

// timeItem reports an item that ends as a time does (2014年, “十三五”
// 时期, 上半年): the list counts works by when they are built.
func timeItem(rs []rune) bool {
	for _, w := range []string{"年", "年度", "时期", "期间", "月份"} {
		if textmap.HasSuffixRunes(rs, w) {
			return true
		}
	}
	return false
}

// plainItem reports whether s can be the one item of X等…项目: no count,
// sum, function word or conferring verb inside (六个一体化基地, 金额达2亿
// 美元, 漫葡小镇获评…), and no verb or adverb first (积极赋能项目).
func (x *Projects) plainItem(d *extract.Doc, s textmap.Span) bool {
	toks := d.Tokens
	if x.honours.Within(d.Runes[s.Start:s.End], 0) {
		return false
	}
	first := true
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		pos := toks[k].POS
		switch {
		case pos == "m" && numeralInside(d.Runes[toks[k].Start:toks[k].End]) || pos == "q" || pos == "p" || pos == "c" || pos == "r" || strings.HasPrefix(pos, "u"):
			return false
		case first && (pos == "v" || pos == "d" || pos == "ad" || pos == "vd"):
			return false
		}
		first = false
	}
	return true
}

// PlaceOnly reports whether s is only places, in a list the text frames
// as places: after 在 (在内蒙古、宁夏等推动…项目) or closed by 等 and a
// word of places (包括澳大利亚、加拿大等国, 吉林、河南等产区, 上海等多个地方;
// there a one-word item is a place whatever the segmenter tags it: 大连/d).
// A place heading a list of works names the work built there (大丰、滨海等4个
// 项目, 江西峡江), and stays.
func (x *Projects) PlaceOnly(d *extract.Doc, s textmap.Span) bool {
	toks := d.Tokens
	if x.HasHead(d.Runes[s.Start:s.End]) { // 富山工业园/ns is one
		return false
	}
	places := x.placeWords(toks, s)
	one := segment.TokenIndexAt(toks, s.Start) == segment.TokenIndexAt(toks, s.End)-1 // one word, whatever its tag (大连/d)
	// The list's ends: items of places joined by 、, 和, 及.
	lo := segment.TokenIndexAt(toks, s.Start)
	for lo >= 2 && textmap.OneOf("、和及与", textmap.FirstRune(toks[lo-1].Text)) && toks[lo-1].End-toks[lo-1].Start == 1 && toks[lo-2].POS == "ns" {
		lo -= 2
	}
	if lo > 0 && (toks[lo-1].Text == "在" || toks[lo-1].Text == "于") {
		return places
	}
	if !places && !one {
		return false
	}
	hi := segment.TokenIndexAt(toks, s.End)
	// The items after it, of one word each (the segmenter may tag a city
	// after a mark as it likes: 大连/d, 唐山/x).
	for hi+1 < len(toks) && textmap.OneOf("、和及与", textmap.FirstRune(toks[hi].Text)) && toks[hi].End-toks[hi].Start == 1 &&
		toks[hi+1].End-toks[hi+1].Start >= 2 && (hi+2 >= len(toks) || textmap.OneOf("、和及与等", textmap.FirstRune(toks[hi+2].Text))) {
		hi += 2
	}
	if hi < len(toks) && (toks[hi].Text == "等国" || toks[hi].Text == "等地") {
		return true
	}
	if hi >= len(toks) || toks[hi].Text != "等" {
		return false
	}
	for k := hi + 1; k < len(toks) && k <= hi+3; k++ {
		t := toks[k]
		if t.POS == "m" || t.POS == "mq" || t.POS == "q" {
			continue // 等 多个 地方, 等 4 个 省份
		}
		w := []rune(t.Text)
		return slices.Contains([]string{"国", "地", "省", "市", "区", "县", "地方", "地区", "城市", "国家", "省份", "省区", "产区", "省市"}, t.Text) ||
			len(w) >= 2 && textmap.OneOf("国地省市区县", w[len(w)-1]) && t.POS != "ns" && !x.HasHead(w)
	}
	return false
}

// placeWords reports whether every word of s is a place.
func (x *Projects) placeWords(toks []segment.Token, s textmap.Span) bool {
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		if toks[k].POS != "ns" {
			return false
		}
	}
	return true
}

// projectsAfter reports whether 项目 follows i with only a count and
// generic words between (等项目, 等3个项目, 等一批重大产业化项目), or a
// count of works by a project head (等4条高速公路).
func (x *Projects) projectsAfter(d *extract.Doc, i, end int) bool {
	rs := d.Runes
	if x.countedHead(d, i, min(end, i+12)) {
		return true
	}
	j := i
	for j < end && (money.IsASCIIDigit(rs[j]) || cnDigitSet.Has(rs[j])) {
		j++
	}
	if j > i && j < end && countPhraseChars.Has(rs[j]) {
		j++
	}
	for k := segment.TokenIndexAt(d.Tokens, j); k < len(d.Tokens) && d.Tokens[k].Start == j && d.Tokens[k].End <= end; k++ {
		t := d.Tokens[k]
		if textmap.HasRunesAt(rs, j, "项目") || x.generic[t.Text] && strings.HasSuffix(t.Text, "项目") {
			return true // 等5个项目, 等5个重大项目 (one word)
		}
		if !x.generic[t.Text] && !(t.POS == "m" || t.POS == "q") && !x.isIndustry(rs[t.Start:t.End]) && t.Text != "产业化" && !sizeWords[t.Text] {
			return false
		}
		j = t.End
	}
	return textmap.HasRunesAt(rs, j, "项目")
}

// sizeWords say how large the projects of a kind are (等23个投资额百亿元
// 以上重大工业项目).
var sizeWords = map[string]bool{"投资额": true, "总投资": true, "投资": true, "单体": true}

// numeralInside reports whether rs holds a digit or a Chinese numeral
// (六个, 2亿; not 全天, which the segmenter also tags m).
func numeralInside(rs []rune) bool {
	for _, r := range rs {
		if money.IsASCIIDigit(r) || cnDigitSet.Has(r) || money.CnDigit(r) > 0 {
			return true
		}
	}
	return false
}

// kindAfterDeng reports whether a word for a kind of activity follows 等
// at i (等行业, 等产业, 等领域, 等方面): the list names industries, not
// projects.
func kindAfterDeng(rs []rune, i, end int) bool {
	if kindWordAt(rs, i, end) > 0 {
		return true
	}
	// 等运动项目, 等比赛项目: sports and contests, not works.
	for _, w := range []string{"运动项目", "体育项目", "比赛项目", "赛事项目", "竞赛项目"} {
		if textmap.HasRunesAt(rs[:end], i, w) {
			return true
		}
	}
	// A rank or count of kinds may come first (等支柱产业, 等多个领域, 等四大
	// 板块), but not before a word of projects (等重大产业项目 closes projects).
	if i+2 < end && kindLead(rs[i:i+2]) {
		if n := kindWordAt(rs, i+2, end); n > 0 {
			return !textmap.HasRunesAt(rs[:end], i+2+n, "项目")
		}
	}
	return false
}

// meansWords say that the items of a list are the means or funds a
// text pays for or supports projects with (专项债、政府投资基金等工具).
var meansWords = textmap.LexOf([]string{"工具", "资金", "手段", "方式", "渠道", "融资"})

// meansAfterDeng reports whether a word of meansWords follows 等 at i.
func meansAfterDeng(rs []rune, i, end int) bool {
	_, n := meansWords.At(rs[:end], i)
	return n > 0
}

// livelihoodAfterDeng reports whether 民生 stands between a list's 等 at i
// and the 工程, 项目 or 实事 that closes it (等一批重点民生工程, 等10件民生
// 实事): the items are a government's programmes for people's livelihood.
func livelihoodAfterDeng(rs []rune, i, end int) bool {
	for e := i; e < end && e < i+10; e++ {
		if textmap.ClauseMarkChars.Has(rs[e]) {
			return false
		}
		if textmap.HasRunesAt(rs[:end], e, "民生") {
			return true
		}
	}
	return false
}

// kindWordAt is the length of the word for a kind of activity at rs[i:]
// (行业, 产业, 领域, 方面, 板块, 类), or 0.
func kindWordAt(rs []rune, i, end int) int {
	for _, w := range []string{"行业", "产业", "领域", "方面", "板块", "类"} {
		if textmap.HasRunesAt(rs[:end], i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// kindLead reports the words that may stand between 等 and a word of
// kinds: a rank or a count of them (支柱, 重点, 主导, 新兴, 多个, 四大).
func kindLead(rs []rune) bool {
	w := string(rs)
	switch w {
	case "支柱", "重点", "主导", "新兴", "传统", "优势", "特色", "多个", "各个", "几大":
		return true
	}
	n := len(rs)
	return n == 2 && rs[1] == '大' && money.CnDigit(rs[0]) > 0
}

// kindListBefore reports whether rs[lo:i] holds 等 and a word for a kind
// of activity (kindAfterDeng).
func kindListBefore(rs []rune, lo, i int) bool {
	for j := lo; j < i; j++ {
		if rs[j] == '等' && kindAfterDeng(rs, j+1, i) {
			return true
		}
	}
	return false
}

// worksAfterDeng reports whether what follows 等 at i says that the items
// before it are works: a word of works, after up to three generic words
// (A、B等重大科技基础设施加快建设, A、B等重点工程), or a verb that reports
// works finished or put to use, after an adverb (A、B等相继投运, A、B等建成
// 通车); not a verb a firm may be the subject of (签约, 落户, 投产).
func (x *Projects) worksAfterDeng(d *extract.Doc, i, end int) bool {
	toks := d.Tokens
	k := segment.TokenIndexAt(toks, i)
	if k >= len(toks) || toks[k].Start != i {
		return false
	}
	if textmap.FollowedBy(d.Runes, i, "大科学装置", "重大科学装置", "科学装置", "大科学设施") {
		return true // A、B等大科学装置: facilities of science, built as works are
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].End <= end && (x.generic[toks[k].Text] || toks[k].Text == "一批"); n++ {
		k++
	}
	if k < len(toks) && toks[k].End <= end && worksNouns[toks[k].Text] {
		return !kindAfterDeng(d.Runes, toks[k].End, end) // 道路、港口等工程领域: fields of works
	}
	// 等进出川大通道, 等雄安新区对外骨干通道: a works noun after a few
	// words that say where the works lead, a verb or a mark after it.
	for j, n := k, 0; n < 4 && j+1 < len(toks) && toks[j+1].End <= end && toks[j].POS != "x"; j, n = j+1, n+1 {
		if n > 0 && passageNouns[toks[j].Text] {
			next := toks[j+1]
			return next.POS == "x" || strings.HasPrefix(next.POS, "v") || next.POS == "d"
		}
	}
	if k < len(toks) && toks[k].Start == i && (toks[k].POS == "d" || toks[k].POS == "ad") {
		k++ // 相继, 先后, 陆续, 均
	}
	if k >= len(toks) || toks[k].End > end {
		return false
	}
	return worksDoneAfter(d.Runes[:end], toks[k].Start)
}

// worksNouns are words for works in general (基础设施, 工程), beside the
// project heads.
var worksNouns = map[string]bool{"基础设施": true, "工程": true, "重点工程": true, "重大工程": true, "煤矿": true, "矿井": true, "电厂": true, "电站": true, "水库": true, "机场": true, "港口": true, "码头": true, "高速公路": true, "铁路": true, "高铁": true}

// goodsEnd reports an item that ends with a word of goods (物资, 设备,
// 药品): what a list of purchases holds, not a work.
func goodsEnd(rs []rune) bool {
	_, n := purchasedGoods.Before(rs, len(rs), 0)
	return n > 0
}

var purchasedGoods = textmap.LexOf([]string{"物资", "设备", "药品", "耗材", "器材"})

// passageNouns name the lines that a list of roads, railways or waterways
// is (川藏铁路、成达万高铁等进出川大通道).
var passageNouns = map[string]bool{"通道": true, "大通道": true, "骨干通道": true, "干线": true, "交通干线": true, "通道项目": true}

// worksDoneVerbs report works finished or put to use: a list of them is
// their subject (A、B等相继投运).
var worksDoneVerbs = textmap.LexOf([]string{"投运", "建成", "竣工", "完工", "通车", "开通", "并网", "投入运行", "投入使用", "下闸蓄水", "建成投用", "投用"})

// countedHead reports whether rs[i:end] counts works by a project head
// (等4条高速公路, 等3座水库): the items before it are those works.
func (x *Projects) countedHead(d *extract.Doc, i, end int) bool {
	rs := d.Runes
	j := i
	for j < end && (money.IsASCIIDigit(rs[j]) || cnDigitSet.Has(rs[j])) {
		j++
	}
	if j == i || j >= end || !countPhraseChars.Has(rs[j]) && !textmap.OneOf("条座处所", rs[j]) {
		return false
	}
	_, n := x.heads.At(rs[:end], j+1)
	if n == 0 {
		return false
	}
	// The head is a word of its own (等21个城市 counts no 城).
	k := segment.TokenIndexAt(d.Tokens, j+n)
	return k < len(d.Tokens) && d.Tokens[k].End == j+1+n
}

var anaphoricProject = regexp.MustCompile(`[该此这本]项目`)

var colonIntro = regexp.MustCompile(`(?:[0-9]+|[一二两三四五六七八九十]+)(?:个|项)(?:项目)?:$|(?:分别是|分别为|包括|主要有|主要包括|如下|项目有):$|项目[^,。;]{0,6},?(?:包括|主要有|主要包括|分别是|分别为)$|项目有$|项目:$`)

// projectIntro is an introduction that names its list's items projects
// (签约项目分别是, 新能源类项目有, 5个项目:, 现代服务业项目:), which colonItems reads in a
// sentence that reports no project by a verb. After 的, 项目 is as often an
// item of a list of goods or charges (采购的项目包括毛巾, 计费的项目包括),
// unless a field comes before (涉及电子信息产业的项目有).
var projectIntro = regexp.MustCompile(`(?:^|[^的]|产业的|行业的|领域的)项目(?:[^,。;]{0,6},?(?:包括|主要有|主要包括|分别是|分别为|有)[:]?|:)$|(?:[0-9]+|[一二两三四五六七八九十]+)个项目:$`)

// listCount is the count that may close an introduced list (…、巨石能源5家企业).
var listCount = regexp.MustCompile(`(?:[0-9]+|[一二两三四五六七八九十]+)(?:家|个|项)(?:企业|项目|公司)?$`)

// colonItems reads lists introduced by a count and a colon, in sentences
// that report projects: 经开区本部6个:A、B、C; (up to ; or the end), or by
// 包括, 分别是 … after 项目, or by 项目有 (新能源类项目有A、B5家企业: a count
// that closes the list is no part of its last item). With ofProjects, only
// an introduction that names the items projects (projectIntro) counts.
func (x *Projects) colonItems(d *extract.Doc, s textmap.Span, ofProjects bool) []candidate {
	if !strings.ContainsRune(d.Slice(s.Start, s.End), '、') {
		return nil // no list
	}
	rs := d.Runes
	var out []candidate
	// Without a colon, only the last alternative of colonIntro can match,
	// and it ends with 包括, 主要有, 分别是 or 分别为.
	introWord := func(i int) bool {
		if i-2 < s.Start {
			return false
		}
		a, b := rs[i-2], rs[i-1]
		return a == '包' && b == '括' || a == '要' && b == '有' || a == '别' && (b == '是' || b == '为') || a == '目' && b == '有'
	}
	for i := s.Start; i < s.End; i++ {
		if rs[i] != ':' && !introWord(i) {
			continue
		}
		// The list starts at from: after the colon, or at i after 包括
		// (新建项目4个,包括A、B).
		from := i + 1
		intro := rs[i] == ':' && colonIntro.MatchString(d.Slice(max(s.Start, i-8), i+1))
		if !intro && introWord(i) && colonIntro.MatchString(d.Slice(max(s.Start, i-14), i)) &&
			!anaphoricProject.MatchString(d.Slice(max(s.Start, i-14), i)) {
			intro, from = true, i
		}
		introEnd := i // the introduction ends before the list, or with the colon
		if rs[i] == ':' {
			introEnd = i + 1
		}
		if !intro || ofProjects && !projectIntro.MatchString(d.Slice(max(s.Start, i-14), introEnd)) || itemsOfActivity(d, max(s.Start, i-14), introEnd) {
			continue
		}
		end := from
		seen := false // a 、 so far: a comma after the items ends the list (…、福建霞浦核电一期,共计5个项目)
		for end < s.End && !listEndChars.Has(rs[end]) && !(seen && rs[end] == ',') {
			seen = seen || rs[end] == '、'
			end++
		}
		if !strings.ContainsRune(d.Slice(from, end), '、') {
			continue
		}
		itemsEnd := end
		if loc := listCount.FindStringIndex(d.Slice(from, end)); loc != nil {
			itemsEnd = from + utf8.RuneCountInString(d.Slice(from, end)[:loc[0]]) // 科技类项目有A、B6家企业
		}
		for _, it := range x.splitItems(d, from, itemsEnd, false) {
			sp := x.itemName(d, x.trimDetail(rs, trimSpace(rs, it)))
			if sp.Len() >= 2 && sp.Len() <= 30 && x.rules.itemWords(d.Tokens, sp.Start, sp.End) {
				out = append(out, candidate{span: sp, from: fromList})
			}
		}
		i = end
	}
	return out
}

// itemActivities are what a text counts items of with 项目 (检测项目, 采购
// 项目, 比赛项目): the items of the list after 检测项目包括 are what is tested,
// bought or played, not works.
var itemActivities = map[string]bool{"检测": true, "检验": true, "测试": true, "抽查": true, "抽检": true, "检查": true, "考核": true, "评价": true,
	"评比": true, "评估": true, "测评": true, "比赛": true, "竞赛": true, "收费": true, "计费": true, "考试": true, "体检": true, "监测": true,
	"认证": true, "审计": true, "培训": true, "采购": true, "招标": true, "投标": true, "服务": true, "保险": true, "报销": true, "医保": true}

// testedAfter reports whether the words after a list's closer at j (its
// 项目, a verb of carrying out) are a word of itemActivities (等18个项目
// 进行了 检验): the items are what was tested or scored.
func testedAfter(d *extract.Doc, j, end int) bool {
	rs := d.Runes
	for k := j; k < end && k < j+8; k++ {
		if rs[k] != '项' || k+1 >= end || rs[k+1] != '目' {
			continue
		}
		e := k + 2
		for _, w := range []string{"进行了", "进行", "开展了", "开展", "接受了", "接受", "均", "全部", "都"} {
			if textmap.HasPrefixRunes(rs[e:end], w) {
				e += len([]rune(w))
				break
			}
		}
		i := segment.TokenIndexAt(d.Tokens, e)
		return i < len(d.Tokens) && d.Tokens[i].Start == e && itemActivities[d.Tokens[i].Text]
	}
	return false
}

// itemsOfActivity reports whether the last 项目 of the introduction in
// [lo, hi) follows a word of itemActivities.
func itemsOfActivity(d *extract.Doc, lo, hi int) bool {
	for e := hi - 2; e > lo; e-- {
		if d.Runes[e] != '项' || d.Runes[e+1] != '目' || !d.Starts[e] {
			continue
		}
		k := segment.TokenIndexAt(d.Tokens, e-1)
		return k < len(d.Tokens) && d.Tokens[k].End == e && itemActivities[d.Tokens[k].Text]
	}
	return false
}

// trimDetail drops from a list item the brackets that end it when they
// hold a number or an industry: a detail of the works (福建霞浦核电一期(1、2号
// 机组)) or its field (西岭光伏产业园项目（新能源产业）), not part of the name
// (腾讯双创小镇(青岛) keeps its place).
func (x *Projects) trimDetail(rs []rune, sp textmap.Span) textmap.Span {
	if sp.Len() < 3 || rs[sp.End-1] != ')' && rs[sp.End-1] != '）' {
		return sp
	}
	for i := sp.End - 2; i > sp.Start; i-- {
		if rs[i] == '(' || rs[i] == '（' {
			for _, r := range rs[i:sp.End] {
				if money.IsASCIIDigit(r) {
					return textmap.Span{Start: sp.Start, End: i}
				}
			}
			if x.isIndustry(rs[i+1 : sp.End-1]) {
				return textmap.Span{Start: sp.Start, End: i}
			}
			return sp
		}
	}
	return sp
}

// itemName narrows a list item to its name when words before the name
// stand in the item: 投资5亿元的X项目 (after the last 的), 台商投资的X项目,
// 甘南州近期也在深圳成功签约了X (walking left from its end).
func (x *Projects) itemName(d *extract.Doc, sp textmap.Span) textmap.Span {
	// A leading verb of the clause the list is the object of goes, with
	// the time or adverb before it (今年 建成投产/j 大湾、盘南等煤电项目),
	// whatever the segmenter tagged it.
	if k := segment.TokenIndexAt(d.Tokens, sp.Start); k < len(d.Tokens) && d.Tokens[k].Start == sp.Start {
		for k+1 < len(d.Tokens) && d.Tokens[k+1].End < sp.End && (d.Tokens[k].POS == "t" || d.Tokens[k].POS == "d" || d.Tokens[k].POS == "ad") {
			k++
		}
		if d.Tokens[k].End < sp.End && x.rules.leading[d.Tokens[k].Text] {
			sp.Start = d.Tokens[k].End
		}
	}
	if x.rules.itemWords(d.Tokens, sp.Start, sp.End) {
		return sp
	}
	rs := d.Runes
	for i := sp.End - 1; i > sp.Start; i-- {
		if rs[i] == '的' {
			if sp.End-i-1 >= 4 && x.rules.itemWords(d.Tokens, i+1, sp.End) {
				return textmap.Span{Start: i + 1, End: sp.End}
			}
			break
		}
	}
	if e := segment.TokenIndexAt(d.Tokens, sp.End-1); e < len(d.Tokens) && d.Tokens[e].End == sp.End {
		st := x.rules.extendLeft(d.Tokens, 0, e, 7, x.stop, false)
		sp.Start = max(sp.Start, d.Tokens[st].Start)
	}
	return sp
}

// splitItems cuts [lo, hi) at 、; at 及, 以及, 和 and 与 after an item
// that ends with a head (X平台及Y平台项目 is two, 年产800套升降机及起重设备项目
// one); with andSplits, also at 和/与 between long items (when the list's
// count asks for more items). 及, 和 and 与 cut only where they
// are words of their own (共涉及 is no list).
func (x *Projects) splitItems(d *extract.Doc, lo, hi int, andSplits bool) []textmap.Span {
	rs := d.Runes
	word := func(j, n int) bool {
		k := segment.TokenIndexAt(d.Tokens, j)
		return d.Tokens == nil || (k < len(d.Tokens) && d.Tokens[k].Start == j && d.Tokens[k].End == j+n)
	}
	var out []textmap.Span
	start := lo
	depth := 0 // brackets open: no item ends inside them (核电三期(5、6号机组))
	for j := lo; j <= hi; j++ {
		cut, skip := false, 1
		if j < hi {
			switch rs[j] {
			case '(', '（':
				depth++
			case ')', '）':
				depth = max(0, depth-1)
			case '、':
				cut = depth == 0
			case '及':
				cut = (word(j, 1) || gluedStart(d.Tokens, j)) && x.endsWithHead(rs, start, j)
			case '和', '与':
				cut = word(j, 1) && (x.endsWithHead(rs, start, j) || andSplits && j-start >= 4 && hi-j-1 >= 4)
			case '以':
				if j+1 < hi && rs[j+1] == '及' && word(j, 2) {
					cut, skip = x.endsWithHead(rs, start, j), 2
				}
			}
		}
		if j == hi || cut {
			if j > start {
				out = append(out, textmap.Span{Start: start, End: j})
			}
			start = j + skip
			j += skip - 1
		}
	}
	return out
}

// gluedStart reports whether position j starts an unknown word that the
// segmenter glued a conjunction to (及海唯真).
func gluedStart(toks []segment.Token, j int) bool {
	k := segment.TokenIndexAt(toks, j)
	return k < len(toks) && toks[k].Start == j && toks[k].POS == "x" && toks[k].End-toks[k].Start >= 2
}

// endsWithHead reports whether rs[s:e] ends with a project or
// organisation head.
func (x *Projects) endsWithHead(rs []rune, s, e int) bool {
	if _, n := x.heads.Before(rs, e, s); n > 0 {
		return true
	}
	for _, h := range []string{"基金", "公司", "集团", "银行", "支行", "分行", "研究院", "中心"} {
		if textmap.HasSuffixRunes(rs[s:e], h) {
			return true
		}
	}
	return false
}

func trimSpace(rs []rune, sp textmap.Span) textmap.Span {
	for sp.Start < sp.End && unicode.IsSpace(rs[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && unicode.IsSpace(rs[sp.End-1]) {
		sp.End--
	}
	return sp
}

// capacity matches a production capacity just before a name: 年产30万吨,
// 日产6200吨新型 (a short word may stand between), 年产5万吨电池级 (or a
// grade), 150亿方/年 (a rate), 110千伏 (a grid's voltage class).
// capacityUnitChars are the first characters of capacity's units: no
// capacity without one of them.
const capacityUnitChars = "吨套台辆件片颗只头平立千兆吉条张箱方桶标WwV"

// gradeWord reports the grade of a waterway or road (一级, 三级): a word
// of its name.
func gradeWord(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && rs[1] == '级' && textmap.OneOf("一二三四五六七", rs[0])
}

// voltageEnd is where a voltage class (110千伏, 500kV) ends in rs[s:e],
// and where its number starts; 0, 0 if there is none.
func voltageEnd(rs []rune, s, e int) (end, num int) {
	for i := s; i+1 < e; i++ {
		if rs[i] == '千' && rs[i+1] == '伏' || rs[i] == 'k' && rs[i+1] == 'V' {
			num = i
			for num > s && money.IsASCIIDigit(rs[num-1]) {
				num--
			}
			return i + 2, num
		}
	}
	return 0, 0
}

// makerHeads end a company's name that may stand before a capacity.
var makerHeads = map[string]bool{"集团": true, "公司": true, "有限公司": true, "股份": true, "股份公司": true, "控股": true}

var capacity = regexp.MustCompile(`(?:年产|日产|年处理|年加工|年出栏|年吞吐|年产能)?(?:[0-9]+[×xX*])?[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:吨|套|台|辆|件|片|颗|只|头|平方米|立方米|方|桶|标箱|千瓦|兆瓦|吉瓦|千伏|条|张|箱|吨级|[MGK]Wp?|kWp?|[MG]Wh|kV)(?:/年|/日|/天)?(?:\p{Han}{0,2}|\p{Han}{2}级)$`)

// roadSection reports whether the word 段 at toks[k] ends the section of
// a named road or waterway in one place (沈海高速 临海段, G15 高速公路
// 青山段, 京广 铁路 北岭段, 京杭运河 浙江段), and where its name starts:
// the way the sections of roads and railways that are built one by one
// are named.
func roadSection(toks []segment.Token, k int) (int, bool) {
	if k < 2 || toks[k].Text != "段" || !routeEnd(toks[k-1].POS) || toks[k-1].End-toks[k-1].Start < 2 {
		return 0, false
	}
	if w := toks[k-2].Text; !roadWords[w] || w == "线" {
		// A road's or waterway's name that ends with its word (京杭运河
		// 浙江段, 京沪高速 北岭段 as one word) names it alone.
		for _, e := range []string{"运河", "高速", "铁路", "公路", "高铁", "干线", "国道", "省道"} {
			if strings.HasSuffix(w, e) && len([]rune(w)) > len([]rune(e)) {
				return toks[k-2].Start, true
			}
		}
		return 0, false
	}
	if k < 3 {
		return 0, false
	}
	j := k - 2
	for n := 0; j > 0 && n < 3; n++ {
		t := toks[j-1]
		if routeEnd(t.POS) && t.End-t.Start >= 2 || t.POS == "eng" || t.POS == "m" && digitsOnly(t.Text) {
			j--
			continue
		}
		break
	}
	if j == k-2 {
		return 0, false // 高速 临海段: no road's name
	}
	return toks[j].Start, true
}

// capacityAt matches a capacity at the start of a name (3000吨级航道,
// 2×35万千瓦机组), as capacity does at the end of what stands before one.
var capacityAt = regexp.MustCompile(`^(?:[0-9]+[×xX*])?[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:吨级|吨|千瓦|兆瓦|吉瓦|标箱|平方米|立方米|[MGK]Wp?|kWp?|[MG]Wh)`)

// taiwanPlan reports a token 计划 that the text writes 計畫, as Taiwan's
// releases name a project (高雄市楠梓加工出口區閒置廠房擴建計畫); 計劃, a
// scheme or plan in Hong Kong's, stays a plan.
func taiwanPlan(d *extract.Doc, t segment.Token) bool {
	return d.Hant && t.Text == "计划" && d.Text.OrigSlice(d.Text.OrigSpan(textmap.Span{Start: t.Start, End: t.End})) == "計畫"
}

// roundCapacity is a round magnitude with a measure, written without
// digits, that opens a project's name (万亩, 千亩, 百万吨级, 千万吨级, 十万千瓦级).
var roundCapacity = regexp.MustCompile(`(?:十|百|千|万|十万|百万|千万)(?:亩|吨|吨级|千瓦|千瓦级|头|只|羽|平方米|立方米|方|标箱|辆|台|套)$`)

// roundCapacityEnds are the last characters of roundCapacity's measures.
var roundCapacityEnds = textmap.Chars("亩吨级瓦头只羽米方箱辆台套")

// roundCapacityBefore is the length of the roundCapacity that ends at
// rs[st] after lo, or 0. What stands before it must not be a digit or
// a numeral (3万亩, 五千亩 count an area, 上万亩 a rough one).
func roundCapacityBefore(rs []rune, st, lo int) int {
	from := max(lo, st-6)
	if from >= st || !roundCapacityEnds.Has(rs[st-1]) {
		return 0 // what the regexp would say, without building a string
	}
	loc := roundCapacity.FindStringIndex(string(rs[from:st]))
	if loc == nil {
		return 0
	}
	n := utf8.RuneCountInString(string(rs[from:st])[loc[0]:])
	b := st - n
	for b > lo && unicode.IsSpace(rs[b-1]) {
		b--
	}
	if b > 0 && (unicode.IsDigit(rs[b-1]) || money.CnDigit(rs[b-1]) > 0 || textmap.OneOf("上近超余数几百千万十.", rs[b-1])) {
		return 0
	}
	return n
}

// headNames finds names that end with a project head in sentence s.
func (x *Projects) headNames(d *extract.Doc, s textmap.Span) []candidate {
	toks := d.Tokens
	rs := d.Runes
	var out []candidate
	for k0 := segment.TokenIndexAt(toks, s.Start); k0 < len(toks) && toks[k0].Start < s.End; k0++ {
		t := toks[k0]
		if st, ok := roadSection(toks, k0); ok && st >= s.Start {
			out = append(out, candidate{span: textmap.Span{Start: st, End: t.End}, from: fromHead})
			continue
		}
		if t.POS == "x" && len(t.Text) == 1 || !x.heads.MayEnd(rs[t.End-1]) && !taiwanPlan(d, t) && !expresswayAt(toks, k0) {
			continue
		}
		_, n := x.heads.Before(rs, t.End, max(0, t.End-8))
		if n == 0 && (taiwanPlan(d, t) || expresswayAt(toks, k0)) {
			n = 2
		}
		if n == 0 {
			continue
		}
		hs := t.End - n
		if hs > 0 && rs[hs-1] == '分' && phaseWord(d.Slice(hs, t.End)) {
			continue // 分三期举办, 分两期建设: a schedule, not a phase of works
		}
		k := segment.TokenIndexAt(toks, hs)
		if n == 1 && (t.POS == "ns" || t.End-t.Start > 1 && toks[k].Start < hs && t.POS != "n" || oneCharHeadWords[t.Text]) {
			continue // 香港, 长城, 临港新城: a place, not a 港 or 城 project; 低谷, 双城: a word
		}
		kk := k
		if kk >= 2 && x.rules.works[toks[kk-1].Text] && x.rules.nameish(toks[kk-2]) && !strings.HasPrefix(toks[kk-2].POS, "v") && !x.stop[toks[kk-2].Text] {
			kk-- // 东湖纸业 扩建 项目: the works stand in the name
		}
		start := x.rules.extendLeft(toks, 0, kk, 7, x.stop, false)
		if start == kk && kk < k {
			start = k
		}
		if p := start - 1; p > 0 && phaseWord(toks[p].Text) && toks[p].End == toks[start].Start {
			// 富美科技 一期/d 硒鼓项目: the phase of a firm's works, whatever
			// the segmenter tags it, and the firm before it are in the name.
			if s2 := x.rules.extendLeft(toks, 0, p, 4, x.stop, false); s2 < p {
				start = s2
			}
		}
		// 太阳能电池 及 组件项目: what 及 joins to a part that is no name of
		// its own (no proper word, no head but 项目 or 工程) is one project
		// with it.
		if c := start - 1; c >= 2 && start < k && toks[c].Text == "及" && (t.Text == "项目" || t.Text == "工程") && !strings.HasPrefix(toks[start].Text, "以") && !x.proper(d, textmap.Span{Start: toks[start].Start, End: t.End}) &&
			!x.HasHead(rs[toks[start].Start:hs]) && x.rules.nameish(toks[c-1]) {
			if s2 := x.rules.extendLeft(toks, 0, c, 7, x.stop, false); s2 < c {
				start = s2
			}
		}
		for start < k && clauseIdiom(toks[start]) {
			start++ // 不断完善/l 电子招投标平台
		}
		st := min(toks[start].Start, hs)
		if start < len(toks) {
			st = trimFunctionChar(rs, st, t.End, toks[start])
		}
		// maker is where a name that starts at st with a capacity starts
		// with the name-ish words before it, its maker's name.
		maker := func(st int) int {
			kc := segment.TokenIndexAt(toks, st)
			if kc >= len(toks) || toks[kc].Start != st {
				return st
			}
			s2 := x.rules.extendLeft(toks, 0, kc, 3, x.stop, false)
			for j := s2; j < kc; j++ {
				company := j > s2 && makerHeads[toks[j].Text] && nameLike(toks[j-1]) // 华能集团 2×35万千瓦…
				if !nameLike(toks[j]) && !company || x.rules.leadingOrPredicate(toks[j].Text) {
					s2 = j + 1 // a maker is named by proper words (not 投向 年产…, 新建/ns 4100mm…)
				}
			}
			if s2 < kc {
				return trimFunctionChar(rs, toks[s2].Start, t.End, toks[s2])
			}
			return st
		}
		// A capacity before the name belongs to it.
		lo := min(st, max(s.Start, st-16)) // a name may start before its sentence (extendLeft reads on)
		if before := d.Slice(lo, st); strings.ContainsAny(before, "0123456789") && capacityUnitSet.InRunes(rs[lo:st]) {
			if loc := capacity.FindStringIndex(before); loc != nil {
				st = lo + utf8.RuneCountInString(before[:loc[0]])
				// and so do the name-ish words before it, its maker's
				// name (中极祥云 年产1.5万吨制氢项目).
				st = maker(st)
			}
		}
		// A name the words cut inside its capacity (段 3000/m 吨级 航道):
		// the number before the measure belongs to it.
		if st > s.Start && st < hs && money.IsASCIIDigit(rs[st-1]) {
			q := st
			for q > s.Start && (money.IsASCIIDigit(rs[q-1]) || textmap.OneOf(".×xX*", rs[q-1])) {
				q--
			}
			if q < st && money.IsASCIIDigit(rs[q]) && capacityAt.MatchString(d.Slice(q, hs)) {
				st = maker(q)
			}
		}
		// A round magnitude and a measure without digits belongs to it too
		// (万亩 茶园, 千亩 果园, 百万吨级 乙烯, 千万吨级 炼油).
		if st == toks[start].Start {
			if n := roundCapacityBefore(rs, st, s.Start); n > 0 {
				st = maker(st - n)
			}
		}
		// A name does not start inside a measure: 4100mm宽厚板生产线, not
		// mm宽厚板生产线.
		if st > 0 && st < hs && isASCIILetter(rs[st]) && money.IsASCIIDigit(rs[st-1]) {
			for st > s.Start && (money.IsASCIIDigit(rs[st-1]) || rs[st-1] == '.') {
				st--
			}
			if st-1 > s.Start && textmap.OneOf("×xX*", rs[st-1]) && money.IsASCIIDigit(rs[st-2]) {
				for st--; st > s.Start && money.IsASCIIDigit(rs[st-1]); st-- { // 2×1000MW: the units' count too
				}
			}
			st = maker(st) // 东岭鑫源 300MW光伏电站项目
		}
		// A grade before the head (一级 航道, 三级 航道) is in the name, and
		// so are the words before it (南宁至贵港 一级航道), or the section of
		// a road it is on (京杭运河浙江段 三级航道).
		if k0s := segment.TokenIndexAt(toks, st); k0s > 0 && k0s < len(toks) && toks[k0s].Start == st && gradeWord(toks[k0s-1].Text) {
			st = toks[x.rules.extendLeft(toks, 0, k0s-1, 5, x.stop, false)].Start
		}
		if k0s := segment.TokenIndexAt(toks, st); k0s > 0 && k0s < len(toks) && toks[k0s].Start == st && st < hs {
			if rs2, ok := roadSection(toks, k0s-1); ok {
				st = rs2 // 京杭运河浙江段 三级航道整治工程: the works of a road's section
			}
		}
		if st == hs {
			continue // a bare head is no name
		}
		if n := segment.TokenIndexAt(toks, t.End); n < len(toks) && toks[n].Start == t.End && toks[n].Text == "群" {
			continue // 成渝世界级机场 群: a cluster of works, not one
		}
		if loc := capacityAt.FindStringIndex(d.Slice(st, hs)); loc != nil && loc[1] == len(d.Slice(st, hs)) {
			continue // 220千伏变电站, 200万吨项目: a capacity and a bare head name a kind, not a work
		}
		if n := d.Slice(st, hs); strings.Contains(n, "以上") || strings.Contains(n, "以下") {
			continue // 220千伏及以上输电线路: a class of works by their size
		} else if v, n := voltageEnd(rs, st, hs); v > 0 && !x.proper(d, textmap.Span{Start: v, End: t.End}) && (n == st || !x.proper(d, textmap.Span{Start: st, End: n})) {
			continue // 330千伏电网工程: a grid's works of a voltage class; a place makes one (750千伏延安变电站)
		}
		// A route: 西岭至东湖高速公路 starts at its first end.
		if r := RouteStart(d, textmap.Span{Start: st, End: t.End}); r < st {
			st = r
		} else if x.rules.locationBefore(toks, st) && !textmap.FollowedBy(rs, t.End, "现场") {
			continue // 选址在临邛工业园区: a place, not a project
		}
		out = append(out, candidate{span: textmap.Span{Start: st, End: t.End}, from: fromHead, object: x.rules.buildObject(toks, st)})
	}
	return out
}

// roadEvents are what befalls an expressway named right before them (京雄
// 高速 通车, 延崇 高速 建成).
var roadEvents = map[string]bool{"通车": true, "建成": true, "开工": true, "贯通": true, "开通": true, "动工": true, "竣工": true, "全线": true, "扩容": true, "改扩建": true, "建成通车": true, "全线贯通": true}

// expresswayAt reports whether toks[k] is 高速 naming an expressway: a
// name of two code points or more right before it (an unknown word, an
// abbreviation, a place), and an event of roads right after it (京雄/x
// 高速/d 通车). The segmenter tags 高速 an adverb there, as in 经济 高速
// 发展, where a common noun stands before it and no road's event after.
func expresswayAt(toks []segment.Token, k int) bool {
	if toks[k].Text != "高速" || k == 0 || k+1 >= len(toks) || !roadEvents[toks[k+1].Text] || toks[k+1].Start != toks[k].End || toks[k-1].End != toks[k].Start {
		return false
	}
	switch p := toks[k-1]; p.POS {
	case "x", "j", "nz", "ns", "nrt", "nr":
		return p.End-p.Start >= 2
	}
	return false
}

// buildObject reports whether the name at st follows a building verb.
func (nr *nameRules) buildObject(toks []segment.Token, st int) bool {
	k := segment.TokenIndexAt(toks, st)
	return k > 0 && k < len(toks) && toks[k].Start == st && nr.build[toks[k-1].Text]
}

// quotedObjects finds quoted names after a building verb that end with a
// project head: 将在德阳落地“新一代人工智能基础数据产业园”.
func (x *Projects) quotedObjects(d *extract.Doc, s textmap.Span) []candidate {
	rs := d.Runes
	var out []candidate
	for i := s.Start; i < s.End; i++ {
		if rs[i] != '“' {
			continue
		}
		j := i + 1
		for j < s.End && rs[j] != '”' && j-i <= 30 {
			j++
		}
		if j >= s.End || rs[j] != '”' {
			continue
		}
		if _, n := x.heads.Before(rs, j, i+1); n == 0 || j-i-1 <= n {
			continue
		}
		k := segment.TokenIndexAt(d.Tokens, i)
		if k > 0 && x.rules.build[d.Tokens[k-1].Text] {
			out = append(out, candidate{span: textmap.Span{Start: i + 1, End: j}, from: fromHead, object: true})
		}
		i = j
	}
	return out
}

// locationBefore reports whether a location word (在, 位于, 选址, 落户,
// 入驻 …) stands right before position st: what follows is a place.
func (nr *nameRules) locationBefore(toks []segment.Token, st int) bool {
	k := segment.TokenIndexAt(toks, st)
	return k > 0 && k < len(toks) && toks[k].Start == st && nr.location[toks[k-1].Text]
}

// countedWorks is a count of works inside a name (总装3条生产线, 临岳6条高速
// 公路, 准东3个煤制气): the text counts works of a kind there, it names none.
// An ordinal (第3条) is no count.
var countedWorks = regexp.MustCompile(`(?:^|[^第0-9.])[0-9一二两三四五六七八九十]+[条座栋处个]`)

// CountedWorks reports a name that counts works of a kind (总装3条生产线).
// The measure words are looked for first: few names hold one, and the
// pattern costs more than the look.
func CountedWorks(name string) bool {
	return strings.ContainsAny(name, countMeasures) && countedWorks.MatchString(name)
}

// countMeasures are the measure words countedWorks ends with.
const countMeasures = "条座栋处个"

// countedGap are the words that may stand between a count and what it
// counts, the level before the hedge (家 左右 省级 平台): trimmed in this
// order.
var countedGap = []string{"国家级", "省级", "市级", "县级", "区级", "左右", "以上", "多", "余"}

var countPhrase = regexp.MustCompile(`(?:(?:^|[^0-9A-Za-z.×xX*-])[0-9]+|[一二两三四五六七八九十百千万]+)[个大项批家类]`)

// clean trims generic words off a candidate's start and rejects what is
// not a project.
func (x *Projects) clean(d *extract.Doc, c candidate) (textmap.Span, bool) {
	toks := d.Tokens
	s := c.span
	// Whole generic words at the start go (重点项目 → 项目, 一批龙头项目 → …),
	// but for an attribute of the works their own sum stands right before
	// (投资8亿元的 新型/b 轻质板材项目: the text's name for them).
	sum := investedBefore(d.Runes, s.Start)
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start == s.Start && toks[k].End < s.End; k = segment.TokenIndexAt(toks, s.Start) {
		if !x.generic[toks[k].Text] || sum && toks[k].POS == "b" {
			break
		}
		s.Start = toks[k].End
	}
	if s.Start > c.span.Start && countedAt(d.Runes, c.span.Start) {
		return s, false // 新建70个 产业链 头部企业实训基地: a count of a kind, past its generic words
	}
	// A section after the line is part of its name, and names its places
	// (沿江高铁 + 武汉至宜昌段: the line's words alone are generic).
	if e := SectionEnd(d, s.End); e > s.End && slices.Contains(d.Runes[s.End:e], '段') {
		s.End = e // not a phase (避险搬迁项目 + 一期): it names no place
	}
	name := d.Slice(s.Start, s.End)
	if x.anyEvent || x.events.Within(d.Runes[:s.End], s.Start) && !worksUpgrade(d.Runes[s.Start:s.End]) {
		return s, false
	}
	squeezed := textmap.Squeeze(name)
	core := strings.TrimSuffix(squeezed, "项目")
	var coreRunes []rune // core's code points: Norm's own when nothing was squeezed out
	if len(squeezed) == len(name) {
		coreRunes = d.Runes[s.Start : s.Start+utf8.RuneCountInString(core)]
	} else {
		coreRunes = []rune(core)
	}
	coreLen := len(coreRunes)
	if coreLen < 2 || x.generic[core] || countPhraseChars.InRunes(coreRunes) && countPhrase.MatchString(core) || CountedWorks(core) {
		return s, false
	}
	if cnDigitSet.InRunes(coreRunes) && slogan.MatchString(core) {
		return s, false // 四基地一中心
	}
	if c.object && coreLen >= 4 && !x.allGenericWords(toks, s) && !x.isIndustry(x.withoutHead(coreRunes)) {
		return s, true // 在乌鲁木齐建设国际五金机电城项目 (but not 建设先进制造业基地)
	}
	if coreLen >= 3 && x.Invested(d, s) {
		return s, true // 总投资5亿元的铝型材加工产业项目: a project with its own sum
	}
	if coreLen >= 3 && textmap.HasSuffixRunes(d.Runes[s.Start:s.End], "项目") && NumberedItem(d.Runes, s) && !x.allGenericWords(toks, s) {
		return s, true // ⏎2.冷链物流中心项目: 总投资…: a numbered line names its project
	}
	if x.isIndustry(coreRunes) {
		return s, false
	}
	// A quoted slogan and generic words: “新字号”项目, “五大中心”商贸物流项目.
	if openQuoteChars.InRunes(d.Runes[s.Start:s.End]) && x.quotedGeneric(d, name, s) {
		return s, false
	}
	// A head alone (基金, 产业园) names nothing.
	if _, n := x.heads.At(coreRunes, 0); n == coreLen || x.generic[core] {
		return s, false
	}
	switch core {
	case "基金", "公司", "集团", "银行":
		return s, false
	}
	// All words generic, industries or heads: 先进制造业项目, 重要基地, also
	// after a place or a body (长寿战略性新兴产业项目, 台办招商项目).
	if x.allGeneric(toks, s) {
		return s, false
	}
	if p := afterPlacesOrBodies(toks, s); p > s.Start && x.allGeneric(toks, textmap.Span{Start: p, End: s.End}) && !placesOwnWorks(toks, textmap.Span{Start: p, End: s.End}) {
		return s, false
	}
	if c.from == fromHead && !x.proper(d, s) && !(worksName(coreRunes) && worksDoneAfter(d.Runes, s.End)) {
		return s, false
	}
	return s, true
}

// oneCharHeadWords are common words that end in a one-character head
// (谷, 城, 港) and name no park, town or port: a trough, twin cities, a
// county seat.
var oneCharHeadWords = map[string]bool{"低谷": true, "峡谷": true, "山谷": true, "河谷": true, "深谷": true, "谷底": true,
	"双城": true, "全城": true, "满城": true, "进城": true, "出城": true, "京城": true, "都城": true, "省城": true, "县城": true, "古城": true, "长城": true, "倾城": true}

// worksHeads are the heads of works that are built once, where they are:
// a line, a port, a dam (电站 ends 水电站 too).
var worksHeads = textmap.LexOf([]string{"机场", "铁路", "高铁", "高速公路", "地铁", "港", "码头", "水库", "枢纽", "航道", "运河", "大桥", "隧道", "电站", "电厂"})

// worksUpgrade reports a name of the upgrade of a work (兰州铁路枢纽优化
// 提升工程, 西岭机场改造提升工程): 提升工程 after a works head, not the
// programme of raising something (素质提升工程).
func worksUpgrade(name []rune) bool {
	if !textmap.HasSuffixRunes(name, "提升工程") {
		return false
	}
	return worksHeads.Within(name[:len(name)-4], 0)
}

// worksName reports whether name ends with a works head after two code
// points or more.
func worksName(name []rune) bool {
	_, n := worksHeads.Before(name, len(name), 0)
	return n > 0 && len(name) >= n+2
}

// worksDoneAfter reports whether a verb of works finished or put to use
// follows at rs[e] (天府国际机场建成投运): whatever names the work there
// names one work, even in words the dictionary knows as common ones.
func worksDoneAfter(rs []rune, e int) bool {
	_, n := worksDoneVerbs.At(rs, e)
	return n > 0
}

// Invested reports a name ending with 项目, not of generic words alone,
// that the text gives its own sum to be invested right before it
// (总投资5亿元的冷链物流项目): a project, though its name be industry words.
func (x *Projects) Invested(d *extract.Doc, s textmap.Span) bool {
	if !textmap.HasSuffixRunes(d.Runes[s.Start:s.End], "项目") || x.allGenericWords(d.Tokens, s) {
		return false
	}
	// The generic words clean trims off may stand between (总投资5亿元的
	// 重点 冷链物流项目), not a count or a demonstrative (的 一批/m X项目:
	// several, and their sum).
	i := s.Start
	for n := 0; n < 2 && i > 0; n++ {
		k := segment.TokenIndexAt(d.Tokens, i-1)
		if k >= len(d.Tokens) || d.Tokens[k].End != i || !x.generic[d.Tokens[k].Text] || d.Tokens[k].POS == "m" || d.Tokens[k].POS == "r" {
			break
		}
		i = d.Tokens[k].Start
	}
	return investedBefore(d.Runes, i)
}

// investedBefore reports whether a sum to be invested and 的 stand right
// before i (总投资5亿元的 X项目, 投资0.35亿美元的 X项目).
func investedBefore(rs []rune, i int) bool {
	if i < 4 || rs[i-1] != '的' {
		return false
	}
	// 总投资10亿元的, or 总投资10亿的 as news writes a sum without its unit.
	if u := rs[i-2]; u != '元' && !(textmap.OneOf("亿万", u) && (money.IsASCIIDigit(rs[i-3]) || money.CnDigit(rs[i-3]) > 0)) {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-16; j-- {
		r := rs[j]
		if textmap.OneOf(",，。;；、", r) {
			return false
		}
		if r == '资' && j > 0 && rs[j-1] == '投' {
			return true
		}
	}
	return false
}

// onlyNotProper reports whether clean turns c down for want of a proper
// name alone (its last check): a name of generic words, heads, places or
// events is no candidate at all, even for the ranker.
func (x *Projects) onlyNotProper(d *extract.Doc, c candidate) bool {
	c.from = fromList // clean without the proper-name check
	_, ok := x.clean(d, c)
	return ok
}

// quotedGeneric reports a name that is a quoted slogan and generic words.
// A quoted proper name without a number (“西岭之光”文化旅游综合体) is the
// name's own, not a slogan (“新字号”, “五大中心”).
func (x *Projects) quotedGeneric(d *extract.Doc, name string, s textmap.Span) bool {
	toks := d.Tokens
	q := quoted.ReplaceAllString(name, "")
	if q == name || !strings.HasSuffix(name, q) {
		return false
	}
	rest := textmap.Span{Start: s.End - len([]rune(q)), End: s.End}
	if !x.allGeneric(toks, rest) || x.proper(d, rest) {
		return false
	}
	in := textmap.Span{Start: s.Start + 1, End: rest.Start - 1} // inside the quotes
	if openQuoteChars.Has(d.Runes[s.Start]) && in.Len() >= 2 && !cnDigitSet.InRunes(d.Runes[in.Start:in.End]) && !strings.ContainsAny(d.Slice(in.Start, in.End), "0123456789") && namedInside(d.Tokens, in) {
		return false
	}
	return true
}

// namedInside reports whether a word the segmenter knows as a proper name
// (a place, a person, a body, another proper noun) stands in s.
func namedInside(toks []segment.Token, s textmap.Span) bool {
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		switch toks[k].POS {
		case "ns", "nr", "nz", "nt":
			if !wholeCountry[toks[k].Text] {
				return true
			}
		}
	}
	return false
}

// cnDigitChars are the Chinese digits a count or slogan starts with.
const cnDigitChars = "一二两三四五六七八九十"

var quoted = regexp.MustCompile(`“[^”]*”|"[^"]*"`)

// isIndustry reports whether rs is an industry phrase and nothing else.
func (x *Projects) isIndustry(rs []rune) bool {
	m, ok := x.inds.At(rs, 0, nil)
	if ok && m.end == len(rs) {
		return true
	}
	// at() wants a context for bare words; an industry chain alone also
	// counts, after a modifier (高原特色 农业).
	j := 0
	if _, n := x.inds.mods.At(rs, 0); n > 0 && n < len(rs) {
		j = n
	}
	for j < len(rs) {
		_, n := x.inds.cores.At(rs, j)
		if n == 0 {
			break
		}
		j += n
		if _, jn := joiners.At(rs, j); jn > 0 {
			j += jn
		}
	}
	if _, n := industrySuffixes.At(rs, j); n > 0 {
		j += n
	}
	return j == len(rs) && j > 0
}

// afterPlacesOrBodies skips leading place names and bodies.
func afterPlacesOrBodies(toks []segment.Token, s textmap.Span) int {
	p := s.Start
	for k := segment.TokenIndexAt(toks, p); k < len(toks) && toks[k].End < s.End && (toks[k].POS == "nt" || explicitPlace(toks[k])); k++ {
		p = toks[k].End
	}
	return p
}

// placeWorks are works a place has one of, named by the place (兰州铁路
// 枢纽, 黄石港, 西岭市机场), where a line or a park is one of many (长寿区
// 铁路项目).
var placeWorks = map[string]bool{"机场": true, "枢纽": true, "港": true, "港口": true, "码头": true, "火车站": true, "高铁站": true, "水库": true}

// placesOwnWorks reports whether s, the words after a place, holds one of
// placeWorks.
func placesOwnWorks(toks []segment.Token, s textmap.Span) bool {
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		if placeWorks[toks[k].Text] {
			return true
		}
	}
	return false
}

// explicitPlace reports a place name that says it is one (长寿区, 黄石市);
// a brand the segmenter takes for a place (中兴) does not.
func explicitPlace(t segment.Token) bool {
	if t.POS != "ns" {
		return false
	}
	rs := []rune(t.Text)
	return len(rs) >= 2 && textmap.OneOf("省市县区州镇乡村", rs[len(rs)-1])
}

var slogan = regexp.MustCompile(`[一二两三四五六七八九十]+(?:基地|中心|园|平台|城|港)`)

// withoutHead drops the project head (and any 项目) that ends a name's
// code points.
func (x *Projects) withoutHead(rs []rune) []rune {
	if _, n := x.heads.Before(rs, len(rs), 0); n > 0 && n < len(rs) {
		return rs[:len(rs)-n]
	}
	return rs
}

// allGenericWords reports whether every word of s is in the generic list
// or a head (建设项目, 重点项目), industries aside.
func (x *Projects) allGenericWords(toks []segment.Token, s textmap.Span) bool {
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		t := toks[k]
		if x.generic[t.Text] || t.Text == "项目" {
			continue
		}
		if x.heads.Is(t.Text) {
			continue
		}
		return false
	}
	return true
}

// allGeneric reports whether every word of s is generic, an industry word,
// a head, or a modifier.
func (x *Projects) allGeneric(toks []segment.Token, s textmap.Span) bool {
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < s.End; k++ {
		t := toks[k]
		if x.generic[t.Text] || t.Text == "项目" || t.POS == "a" || t.POS == "b" || t.POS == "f" {
			continue
		}
		if x.heads.Is(t.Text) {
			continue
		}
		if x.inds.cores.Is(t.Text) {
			continue
		}
		if industrySuffixes.Is(t.Text) {
			continue
		}
		if t.Text == "业" || t.Text == "类" || t.Text == "型" {
			continue
		}
		// An industry the segmenter cut into words before 项目 (数字 经济
		// 项目): a class of projects. Before another head it may be a
		// place's own works (西部商业航天港).
		if j := x.industryWords(toks, k, s.End); j > k && j+1 < len(toks) && toks[j+1].Text == "项目" && toks[j+1].End == s.End {
			k = j
			continue
		}
		return false
	}
	return true
}

// industryWords returns the index of the last of the words from toks[k]
// up to end that together name an industry (数字 经济 → 数字经济), or k
// when no two or more do.
func (x *Projects) industryWords(toks []segment.Token, k, end int) int {
	var rs []rune
	last := k
	for j := k; j < len(toks) && toks[j].End <= end && j < k+4; j++ {
		rs = append(rs, []rune(toks[j].Text)...)
		if j > k && x.isIndustry(rs) {
			last = j
		}
	}
	return last
}

// proper reports whether a head-found name holds a proper name (a place,
// brand, person or unknown word, a quoted name) or a capacity. A field's
// word is none, even tagged as an abbreviation (光伏/j 发电站: a kind of
// works).
// Named reports a name that ends with a project head and holds a proper
// name or a capacity (临海医疗器械产业园项目), not only generic words.
func (x *Projects) Named(d *extract.Doc, s textmap.Span) bool {
	return x.HasHead(d.Runes[s.Start:s.End]) && x.proper(d, s) && !x.GenericName(d, s)
}

func (x *Projects) proper(d *extract.Doc, s textmap.Span) bool {
	if properMarkChars.InRunes(d.Runes[s.Start:s.End]) {
		return true
	}
	// A numbered line names its item (2.冷链物流中心项目: 总投资…).
	if NumberedItem(d.Runes, s) {
		return true
	}
	// A round capacity opens it as digits do (万亩茶园, 百万吨级乙烯).
	if k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].End < s.End && roundCapacityBefore(d.Runes, d.Tokens[k].End, s.Start) == d.Tokens[k].End-s.Start {
		return true
	}
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		if t := d.Tokens[k]; nameLike(t) && !wholeCountry[t.Text] && !commonPlaces[t.Text] && !x.inds.cores.Is(t.Text) {
			return true
		}
	}
	return false
}

// NumberedItem reports whether a name that starts at s starts a line
// right after the number of a list's item (⏎2.X项目, ⏎(3)X项目).
func NumberedItem(rs []rune, s textmap.Span) bool {
	ls := s.Start
	for ls > 0 && ls > s.Start-5 && rs[ls-1] != '\n' {
		ls--
	}
	return ls < s.Start && (ls == 0 || rs[ls-1] == '\n') && AfterListMarker(rs, ls, s.End) == s.Start
}

// NumberedName reports a name that starts a numbered line (NumberedItem)
// and ends with a head before 项目 (2.冷链物流中心项目): the line names its
// project, though the words be an industry's; a kind of projects
// ((三)新能源项目) has no head of its own.
func (x *Projects) NumberedName(d *extract.Doc, s textmap.Span) bool {
	name := d.Runes[s.Start:s.End]
	return textmap.HasSuffixRunes(name, "项目") && x.HasHead(name[:len(name)-2]) && NumberedItem(d.Runes, s)
}

// wholeCountry are place words that name no one place a project is in:
// 中国工厂, 全国铁路 are kinds of things, not projects.
var wholeCountry = map[string]bool{"中国": true, "我国": true, "全国": true, "国内": true, "国外": true, "海外": true, "全球": true, "国际": true, "国际化": true, "各地": true, "中华": true}

// worksWords are the words that make an X工程 a work to be built (引水,
// 高速公路, 扩建 …), not a programme (立德树人工程, 文明乡风建设工程).
var worksWords = []string{"输电", "输变电", "特高压", "直流", "电网", "电站", "电厂", "核电", "风电", "光伏", "引水", "供水", "调水", "节水",
	"灌溉", "水利", "水库", "干渠", "防洪", "蓄洪", "分洪", "航运", "航道", "运河", "港", "码头", "枢纽", "高速", "公路", "铁路", "高铁", "地铁",
	"轨道", "桥", "隧道", "机场", "管道", "管网", "管廊", "路基", "扩建", "改建", "新建", "扩容", "整治", "治理", "倍增", "产能", "污水", "垃圾",
	"供热", "供气", "天然气", "煤", "油", "矿", "厂", "期", "改造", "排水", "给水", "水资源", "调蓄", "南水北调", "沼气", "农网", "电入",
	"建筑", "中心", "塔", "大厦", "楼", "产业化", "一体化", "引", "热水", "绿电", "入地", "水网", "发电", "饮水", "公园", "技改", "源网",
	"大道", "快速路", "环线", "延线", "学校", "校区", "医院", "院区", "场馆", "体育场", "馆", "堤", "泵站", "闸"}

// Programme reports a name ending with 工程 that holds no place, number
// or Latin letter and no word of a work to be built: a programme
// (立德树人工程, 文明乡风建设工程), which the gold rules count as no
// project.
func (x *Projects) Programme(d *extract.Doc, s textmap.Span) bool {
	name := d.Runes[s.Start:s.End]
	if !textmap.HasSuffixRunes(name, "工程") && !textmap.HasSuffixRunes(name, "工程项目") {
		return false
	}
	for _, r := range name {
		if r < 0x80 || unicode.IsDigit(r) {
			return false
		}
	}
	n := string(name)
	for _, w := range worksWords {
		if strings.Contains(n, w) {
			return false
		}
	}
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		if t := d.Tokens[k]; t.POS == "ns" && !commonPlaces[t.Text] && !landscapeNouns[t.Text] {
			return false // a place's works (but 城市/ns 基础设施生命线安全工程 and 山水/ns 工程 are programmes)
		}
	}
	return true
}

// landscapeNouns are common nouns of landscape that jieba's dictionary
// tags ns: they name no place a work is built in (山水工程, 河湖工程).
var landscapeNouns = map[string]bool{"山水": true, "山川": true, "江河": true, "河湖": true, "海岛": true, "山区": true, "湖区": true, "海湾": true}

// maxQuotedTerm is the longest quoted phrase read as one term, in code
// points.
const maxQuotedTerm = 20

// InsideTerm reports a name that ends inside a quoted phrase that goes on
// after it by a noun or two (汉襄宜“1小时高铁圈”: a slogan, of which 1小时高铁
// is a part): the quoted phrase is one term, and a name is all of it or
// none.
func InsideTerm(d *extract.Doc, s textmap.Span) bool {
	rs := d.Runes
	open := -1
	for i := s.Start; i >= 0 && i >= s.End-maxQuotedTerm; i-- {
		if i < s.Start && textmap.OneOf("”」", rs[i]) || textmap.ClauseMarkChars.Has(rs[i]) {
			return false
		}
		if textmap.OneOf("“「", rs[i]) {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := s.End; j < len(rs) && j-s.End <= maxTermRest; j++ {
		switch {
		case textmap.OneOf("”」", rs[j]):
			if j == s.End {
				return false
			}
			// What follows the name in the phrase is a noun that the name
			// modifies (圈/q, 模式), not a clause (因污染…停产) or a joined
			// name (及研发中心).
			k := segment.TokenIndexAt(d.Tokens, s.End)
			if k >= len(d.Tokens) || d.Tokens[k].Start != s.End {
				return false
			}
			p := d.Tokens[k].POS
			return strings.HasPrefix(p, "n") || p == "q" || p == "k"
		case !unicode.Is(unicode.Han, rs[j]):
			return false
		}
	}
	return false
}

// maxTermRest is the most a quoted term goes on after a name inside it,
// in code points (高铁 圈, 平台 模式).
const maxTermRest = 4

// Honour reports a name that a verb of conferring stands right before,
// an opening quote between them allowed (被评为“全国双拥模范城”, 入选国家
// 中医药传承创新发展示范项目): a title a place or body was given, not an
// undertaking.
func (x *Projects) Honour(d *extract.Doc, s textmap.Span) bool {
	i := s.Start
	if i > 0 && openQuoteChars.Has(d.Runes[i-1]) {
		i--
	}
	_, n := x.honours.Before(d.Runes, i, max(0, i-4))
	return n > 0
}

// IsEvent reports whether a name (Norm code points) holds a word of an
// event or a programme (推介会, 惠民工程): no project.
func (x *Projects) IsEvent(name []rune) bool { return x.events.Within(name, 0) }

// Clause reports a name with a predicate inside it (长沙中联重科进行项目,
// 科研公司來港設生產線, 香港會推出先行先試項目): a clause that ends with a head
// word, which the learned parts may take for a name.
func (x *Projects) Clause(d *extract.Doc, s textmap.Span) bool {
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		if t := d.Tokens[k]; t.Start > s.Start && t.End < s.End && (x.rules.isPredicate(t.Text) && !(d.Tokens[k+1].End == s.End && useBeforeHead(d.Tokens, 0, k)) || x.rules.clause[t.Text] || x.honours.Is(t.Text)) {
			return true // 漫葡小镇 获评 国家级旅游休闲街区
		}
	}
	return false
}

// GenericName reports a name of a project that holds only generic words,
// industries and heads, whatever its head (中试平台, 全国经济中心: a kind or
// a role); or that ends with 项目 and does after the places or bodies it
// starts with (长寿战略性新兴产业项目, 广西壮族自治区新签招商引资项目), where
// another head keeps its place (广州新机场 is one). A kind of projects, as
// the rules' own check says (clean); the tagger's names meet it after the
// ranker.
func (x *Projects) GenericName(d *extract.Doc, s textmap.Span) bool {
	if wholeCountry[string(x.withoutHead(d.Runes[s.Start:s.End]))] {
		return true // 中国铁路, 全国高速公路: a country's network of works, not one
	}
	if k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start == s.Start && d.Tokens[k].End < s.End && x.countries[d.Tokens[k].Text] {
		// 新加坡 工厂, 美国 风电项目: a firm's works in a country, of a kind,
		// not one named (but 美国 新奥尔良 港: the rest names a place).
		if rest := (textmap.Span{Start: d.Tokens[k].End, End: s.End}); x.allGeneric(d.Tokens, rest) && !placesOwnWorks(d.Tokens, rest) {
			return true
		}
	}
	return x.allGeneric(d.Tokens, s) || textmap.HasSuffixRunes(d.Runes[s.Start:s.End], "项目") && x.allGeneric(d.Tokens, textmap.Span{Start: afterPlacesOrBodies(d.Tokens, s), End: s.End})
}

// Industry reports a name that is an industry, or ends as one does, or is
// one before its head, with nothing proper in it (包装印刷产业, 高原特色农业,
// 先进制造业基地): the field or a kind, not a project in it (西安奕斯伟硅产业,
// a firm's, is one).
func (x *Projects) Industry(d *extract.Doc, s textmap.Span) bool {
	name := d.Runes[s.Start:s.End]
	core := x.withoutHead(name)
	return (textmap.HasSuffixRunes(name, "产业") || textmap.HasSuffixRunes(name, "行业") || x.isIndustry(name) || x.isIndustry(core) || x.isIndustry(withoutActivity(core))) && !x.proper(d, s)
}

// activities are the words of what an industry's works do (光伏发电, 风电
// 制造): an industry word and one of them name a kind of works, as the
// industry alone does (光伏发电项目 is a kind, as 光伏项目 is).
var activities = textmap.LexOf([]string{"发电", "制造", "生产", "加工"})

// withoutActivity is core without an activity word it ends with.
func withoutActivity(core []rune) []rune {
	if _, n := activities.Before(core, len(core), 0); n > 0 && len(core) > n {
		return core[:len(core)-n]
	}
	return core
}

// signingWords are what two parties do together in a clause (A与B签署
// 备忘录).
var signingWords = textmap.LexOf([]string{"签署", "签订", "签约", "共建", "合作协议", "备忘录"})

// Party reports whether the centre named at s is a party of a signing,
// not the work signed: 与 stands right before it, or before the list it
// is an item of, and a signing word after it in its clause (分别与台北世贸
// 中心、台中世贸中心…签署). A centre signed for comes after the verb
// (签约X中心项目), and a centre signed with is an organisation.
func (x *Projects) Party(d *extract.Doc, s textmap.Span) bool {
	rs := d.Runes
	if !textmap.HasSuffixRunes(rs[s.Start:s.End], "中心") || s.Start == 0 {
		return false
	}
	with := false
	for i := s.Start - 1; i >= 0 && i >= s.Start-30 && !textmap.ClauseMarkChars.Has(rs[i]); i-- {
		if textmap.OneOf("与同跟", rs[i]) && (i+1 == s.Start || rs[s.Start-1] == '、') {
			with = true
			break
		}
		if i+1 == s.Start && rs[i] != '、' {
			break
		}
	}
	if !with {
		return false
	}
	for i := s.End; i < len(rs) && i < s.End+40 && !textmap.ClauseMarkChars.Has(rs[i]); i++ {
		if _, n := signingWords.At(rs, i); n > 0 {
			return true
		}
	}
	return false
}

// Staffed reports whether a person's title follows s (…采购中心主任,
// …测评中心负责人, …交易中心有关负责人, …中心工作人员): a name with a
// director or staff is a body, not a project.
func (x *Projects) Staffed(d *extract.Doc, s textmap.Span) bool {
	k, ok := segment.WordStartingAt(d.Tokens, s.End)
	if !ok {
		return false
	}
	if t := d.Tokens[k].Text; t == "(" || t == "（" {
		// …交易中心(以下简称中心)有关负责人: past a short aside.
		for j := k + 1; j < len(d.Tokens) && j <= k+8; j++ {
			if t := d.Tokens[j].Text; t == ")" || t == "）" {
				k = j + 1
				break
			}
		}
		if k >= len(d.Tokens) || d.Tokens[k].Text == "(" || d.Tokens[k].Text == "（" {
			return false
		}
	}
	w := strings.TrimPrefix(d.Tokens[k].Text, "副")
	if (w == "" || w == "有关" || w == "相关") && k+1 < len(d.Tokens) {
		w = d.Tokens[k+1].Text // 副/主任, 有关/负责人
	}
	// A party's role (投资方, 承建方) after 项目 or 工程 says who invests in
	// or builds the works: X项目投资方为Y names the project (but 上海地铁
	// 运营方 is a body's).
	if strings.HasSuffix(w, "方") {
		name := d.Runes[s.Start:s.End]
		if textmap.HasSuffixRunes(name, "项目") || textmap.HasSuffixRunes(name, "工程") {
			return false
		}
	}
	return x.rules.titles[w]
}

// Built reports whether a building verb stands right before s, an
// opening quote between them allowed (在德阳落地西南工业互联网研究院, 共建
// “华为ICT学院”): a body named there is built or landed as a project.
func (x *Projects) Built(d *extract.Doc, s textmap.Span) bool {
	i := s.Start
	if i > 0 && openQuoteChars.Has(d.Runes[i-1]) {
		i--
	}
	k := segment.TokenIndexAt(d.Tokens, i)
	return k > 0 && k < len(d.Tokens) && d.Tokens[k].Start == i && x.rules.build[d.Tokens[k-1].Text]
}

// HasHead reports whether a name (Norm code points) ends with a project
// head word (项目, 产业园, 基地, 高速公路 …) and holds more than it, or with
// a section after one (南珠高铁 + 广西段, 沿江高铁 + 武汉至宜昌段: SectionEnd).
func (x *Projects) HasHead(name []rune) bool {
	_, n := x.heads.Before(name, len(name), max(0, len(name)-8))
	if n > 0 && n < len(name) {
		return true
	}
	if len(name) < 4 || name[len(name)-1] != '段' {
		return false
	}
	for e := len(name) - 3; e >= max(2, len(name)-10); e-- {
		if _, n := x.heads.Before(name, e, max(0, e-8)); n > 0 && n < e {
			return true
		}
	}
	return false
}

// fundingWords end the name of a scheme of funding (专项资金, 消费补贴).
var fundingWords = []string{"资金", "补贴", "补助", "债券", "专项债"}

// NoWorksName reports a name that by its words names no works: a slogan
// of every unit reached, a unit said twice (市市通高铁, 县县通高速), a class
// of projects (央企类项目, 人才类), the projects a scheme of funding pays for
// (专项资金项目, 消费补贴项目), a city's planned sub-centre (黄兴副中心),
// or a piece of a clause that holds the word 等, alone or glued to an
// unknown word, or starts with a conjunction (和/c 文旅 等/u 第三产业项目,
// 锁阳城等/x 国家考古遗址公园; not 等离子, 高等, 和讯网).
func NoWorksName(d *extract.Doc, s textmap.Span) bool {
	rs := d.Runes[s.Start:s.End]
	if len(rs) >= 3 && rs[0] == rs[1] && strings.ContainsRune("省市县区乡镇村户组家", rs[0]) {
		return true
	}
	n, projects := strings.CutSuffix(string(rs), "项目")
	if strings.HasSuffix(n, "类") || strings.HasSuffix(n, "副中心") {
		return true
	}
	// The projects a fund, subsidy or bond pays for (专项资金项目, 消费补贴
	// 项目, 专项债券项目): a scheme of funding, not one work.
	if projects && slices.ContainsFunc(fundingWords, func(w string) bool { return strings.HasSuffix(strings.TrimRight(n, "”\"」"), w) }) {
		return true
	}
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		t := d.Tokens[k]
		deng := t.Text == "等" || t.POS == "x" && t.End <= s.End && strings.Contains(t.Text, "等")
		conj := t.Start == s.Start && t.End-t.Start == 1 && strings.Contains("和与及并", t.Text)
		if deng || conj {
			return true
		}
	}
	return false
}

// BodysCentre reports a name ending in 中心 whose earlier words name a
// body that is no research one (中国纺织工业协会统计中心, 自治区政府采购
// 中心, 中共中央直属机关采购中心): a unit of that body, not a project.
func BodysCentre(name []rune) bool {
	n := string(name)
	rest, ok := strings.CutSuffix(n, "中心")
	if !ok {
		return false
	}
	for _, b := range []string{"协会", "政府", "委员会", "管委会", "商会", "联合会", "机关", "中共", "党委", "人大", "政协"} {
		if strings.Contains(rest, b) {
			return true
		}
	}
	return false
}

// kindNouns are the nouns a kind of works modifies (光伏电站业务, 光伏发电项目
// 标杆电价, 海外光伏电站投资回报率): after one, the phrase names a line of
// business, a price, a rule or a region (成渝地区双城经济圈), or a place's
// role (巩固西南区域电力枢纽地位, 发挥X中心作用), not one project. No
// gold project is followed by one.
var kindNouns = textmap.LexOf([]string{"经济圈", "经济带", "都市圈", "城市群", "业务", "市场", "板块", "领域", "行业", "标杆电价", "电价", "上网电价", "价格", "投资回报率", "回报率", "补贴", "政策", "标准", "技术", "模式", "地位", "定位", "作用", "能级"})

// ModifiesNoun reports whether a project's name that ends at e modifies a
// noun of kindNouns right after it.
func ModifiesNoun(d *extract.Doc, e int) bool {
	if e >= len(d.Runes) || !d.Starts[e] {
		return false
	}
	_, n := kindNouns.At(d.Runes, e)
	return n > 0 && (e+n >= len(d.Starts) || d.Starts[e+n])
}

// anaphors point back to what the text named before (上述, 该, 这些):
// a phrase that holds one (中国石化上述项目) names no project of its own.
var anaphors = map[string]bool{"上述": true, "前述": true, "以上": true, "该": true, "此": true, "这些": true, "这个": true, "这一": true, "那些": true, "其他": true, "其它": true}

// AnaphorInside reports whether a word of s points back (中国石化 上述
// 项目, 公司 这个 基地): the phrase refers to works named elsewhere.
func AnaphorInside(d *extract.Doc, s textmap.Span) bool {
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		if t := d.Tokens[k]; t.End <= s.End && anaphors[t.Text] {
			return true
		}
	}
	return false
}

// speechVerbs say what a body says or announces (表示, 发布, 宣布): works
// do not speak, so a name they follow is a body's (东湖检测中心表示, …管理
// 中心昨日发布通知).
var speechVerbs = map[string]bool{"表示": true, "称": true, "指出": true, "认为": true, "发布": true, "宣布": true, "透露": true, "介绍": true,
	"通知": true, "公布": true, "发出": true, "回应": true, "强调": true, "证实": true, "声明": true, "公告": true, "发文": true, "印发": true}

// SpeaksAfter reports whether a verb of speaking or announcing follows the
// name ending at e, after a time or an adverb at most (X中心 昨日 发布).
func SpeaksAfter(d *extract.Doc, e int) bool {
	k, ok := segment.WordStartingAt(d.Tokens, e)
	if !ok {
		return false
	}
	for j := k; j < len(d.Tokens) && j <= k+2; j++ {
		t := d.Tokens[j]
		if speechVerbs[t.Text] {
			return true
		}
		if t.POS != "t" && t.POS != "d" && t.Text != "日前" && t.Text != "近日" && t.Text != "昨日" {
			return false
		}
	}
	return false
}

// incidentWords name an accident or a failure: a name that modifies one is
// where it happened (北京地铁4号线 动物园站 扶梯 事故), not a project.
var incidentWords = map[string]bool{"事故": true, "火灾": true, "爆炸": true, "坍塌": true, "垮塌": true, "塌方": true, "故障": true,
	"泄漏": true, "险情": true, "透水": true, "脱轨": true, "追尾": true, "停电": true, "事件": true}

// occurVerbs make what follows them an event that befell the name
// (X项目 发生 事故): the name is the subject there, not a modifier.
var occurVerbs = map[string]bool{"发生": true, "出现": true, "造成": true, "引发": true, "导致": true, "遭遇": true, "突发": true}

// IncidentAfter reports whether the name ending at e modifies an accident
// or a failure: only nouns and verbs that are no verbs of occurring stand
// between it and an incident word, within four words (动物园 站/v 扶梯
// 事故, 电梯 逆行 事故; not X项目 发生 事故).
func IncidentAfter(d *extract.Doc, e int) bool {
	k, ok := segment.WordStartingAt(d.Tokens, e)
	if !ok {
		return false
	}
	for j := k; j < len(d.Tokens) && j < k+5; j++ {
		t := d.Tokens[j]
		if incidentWords[t.Text] {
			return true
		}
		switch t.POS {
		case "n", "nz", "ns", "nr", "nt", "j", "x", "eng", "vn":
			if r, _ := utf8.DecodeRuneInString(t.Text); t.POS == "x" && !unicode.IsLetter(r) {
				return false // a mark
			}
		case "v":
			if occurVerbs[t.Text] {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// closeVerbs close or give up what exists: their object is a unit that
// is shut, not a project reported as signed, built or planned.
var closeVerbs = map[string]bool{"关闭": true, "关停": true, "撤销": true, "撤出": true, "撤离": true, "裁撤": true, "停运": true, "停产": true, "出售": true, "转让": true, "注销": true}

// ClosedBefore reports whether the nearest verb before s in its clause
// closes or gives up what follows (关闭 全部9家门店及 上海零售总部): the
// name is of a unit shut or sold, not of a project.
func ClosedBefore(d *extract.Doc, s textmap.Span) bool {
	k := segment.TokenIndexAt(d.Tokens, s.Start)
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := d.Tokens[j]
		if r, _ := utf8.DecodeRuneInString(t.Text); t.End <= s.Start-30 || textmap.ClauseMarkChars.Has(r) {
			return false
		}
		if t.POS == "v" || t.POS == "vn" && closeVerbs[t.Text] {
			return closeVerbs[t.Text] // 出售/vn 北坪酒店
		}
	}
	return false
}

// Counted reports whether text counts name anywhere (3个光伏发电项目,
// 一批零碳工厂, 10座电站, 第一个示范工程, 国家现代农业产业园2个, 最大的海外
// 钾盐生产基地之一): what a text counts is a kind of undertaking there, not
// one named undertaking.
func Counted(text, name string) bool {
	if name == "" {
		return false
	}
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			return false
		}
		before := text[:at+i]
		// 10家左右省级制造业中试平台: a level and a hedge may stand
		// between the count and the name.
		for _, w := range countedGap {
			before = strings.TrimSuffix(before, w)
		}
		before = strings.TrimRight(before, openQuotes) // 40个“口袋体育公园”: the quote the name stands in
		c, n := utf8.DecodeLastRuneInString(before)
		if d, _ := utf8.DecodeLastRuneInString(before[:len(before)-n]); n > 0 && countEnds(d, c) {
			return true
		}
		// A count right after it (新建国家现代农业产业园2个, “两山”实践
		// 创新基地14个), or 之一: one of a class (国内最大的X生产基地之一).
		after := strings.TrimLeft(text[at+i+len(name):], closeQuotes) // “口袋体育公园”40个以上
		if strings.HasPrefix(after, "之一") {
			return true
		}
		j := 0
		for j < len(after) {
			r, w := utf8.DecodeRuneInString(after[j:])
			if !unicode.IsDigit(r) && !strings.ContainsRune(countDigits, r) {
				break
			}
			j += w
		}
		// The count must end its phrase: 巨石能源5家企业 and A和B两个高科技
		// 项目 close a list of names instead.
		if r, w := utf8.DecodeRuneInString(after[j:]); j > 0 && strings.ContainsRune(counters, r) {
			rest := after[j+w:]
			for _, h := range countHedges {
				if r, ok := strings.CutPrefix(rest, h); ok {
					rest = r // X服务中心200家以上: a hedge may close the count
					break
				}
			}
			if next, _ := utf8.DecodeRuneInString(rest); next == utf8.RuneError || strings.ContainsRune("、，,。；;）)", next) {
				return true
			}
		}
		at += i + len(name)
	}
}

// countedAt reports a count of undertakings right before i (70个, 三座).
func countedAt(rs []rune, i int) bool {
	return i >= 2 && countEnds(rs[i-2], rs[i-1])
}

// countEnds reports whether num and measure end a count of undertakings:
// a digit or numeral, then one of counters (70个, 三座, 多家).
func countEnds(num, measure rune) bool {
	return strings.ContainsRune(counters, measure) && (unicode.IsDigit(num) || strings.ContainsRune(countDigits, num))
}

// The quote marks a counted name may stand in.
const (
	openQuotes  = "“‘「『\""
	closeQuotes = "”’」』\""
)

// countHedges are the words that may close a count after its measure word
// (200家以上, 30座左右).
var countHedges = []string{"以上", "左右", "以内", "多"}

// counters are the measure words a count of undertakings takes, and
// countDigits the characters a count ends with.
const (
	counters    = "个座家批项条处所栋块款套"
	countDigits = "一二两三四五六七八九十百千万多几余数"
)

// ShortKind reports a name of at most four characters that ends with a
// project head and holds nothing proper (no place, brand, abbreviation,
// Latin word, number or quote): 零碳工厂, 中试平台, 加工厂 name a kind of
// plant, not one. No gold project this short is without such an element.
func (x *Projects) ShortKind(d *extract.Doc, s textmap.Span) bool {
	if s.Len() > 4 || !x.HasHead(d.Runes[s.Start:s.End]) {
		return false
	}
	for _, r := range d.Runes[s.Start:s.End] {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	k := segment.TokenIndexAt(d.Tokens, s.Start)
	if k < len(d.Tokens) && d.Tokens[k].Start == s.Start && d.Tokens[k].End == s.End {
		// One word the dictionary knows, ending with a head (加工厂/nt,
		// 发电厂): a common noun, whatever its tag, but a place or a name.
		switch d.Tokens[k].POS {
		case "ns", "nr", "nrt", "nrfg", "nz", "x", "eng":
			return false
		}
		return true
	}
	for ; k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		switch d.Tokens[k].POS {
		case "x", "nz", "nr", "nrt", "nrfg", "ns", "nt", "j", "eng", "m":
			return false
		}
	}
	return true
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// Generic reports a name all of whose words are generic, fields, heads or
// modifiers (专业化产业园区, 先进制造业基地): a kind of works, never one.
func (x *Projects) Generic(d *extract.Doc, s textmap.Span) bool {
	return x.allGeneric(d.Tokens, s)
}

// listMates are the other items of the lists joined by 、 that hold a
// project the rules accept as a whole item (推动A项目、B、C建设): a list is
// of one kind of thing, so its items are named works too. An item is
// narrowed to its name as listItems narrows one (a leading verb, a
// trailing 等 and what follows go) and passes the checks a list's item
// passes: names, not times, industries, goods or one common word.
func (x *Projects) listMates(d *extract.Doc, accepted []extract.Mention) []candidate {
	rs := d.Runes
	var out []candidate
	var done map[int]bool // the clauses whose lists gave their items, by start
	for _, m := range accepted {
		lo, hi, ok := listClause(rs, m.Norm)
		if !ok || done[lo] {
			continue
		}
		items := x.splitItems(d, lo, hi, false)
		if len(items) < 2 {
			continue
		}
		// The accepted name must be a whole item (or the end of the first,
		// after the clause's verb; or the start of the last, before 等).
		own := -1
		for k, it := range items {
			if it.Start <= m.Norm.Start && m.Norm.End <= it.End &&
				(it.End == m.Norm.End || k == len(items)-1) && (it.Start == m.Norm.Start || k == 0) {
				own = k
			}
		}
		if own < 0 {
			continue
		}
		if done == nil {
			done = map[int]bool{}
		}
		done[lo] = true
		for k, it := range items {
			if k == own {
				continue
			}
			sp := trimSpace(rs, it)
			if k == len(items)-1 {
				// The last item ends where the list does: at its 等, or
				// at the end of its name's words (C 建成 投产).
				if i := slices.Index(rs[sp.Start:sp.End], '等'); i > 0 {
					sp.End = sp.Start + i
				}
				for sp.Len() >= 2 && !x.rules.itemWords(d.Tokens, sp.Start, sp.End) {
					e := segment.TokenIndexAt(d.Tokens, sp.End-1)
					if e >= len(d.Tokens) || d.Tokens[e].Start <= sp.Start {
						break
					}
					sp.End = d.Tokens[e].Start
				}
			}
			if sp.Len() < 2 || sp.Len() > 30 || timeItem(rs[sp.Start:sp.End]) {
				continue
			}
			sp = x.itemName(d, sp)
			if k == 0 {
				// 将 结束 崇仁、…: the verbs and adverbs the clause opens with
				// go, whatever itemName left.
				for j := segment.TokenIndexAt(d.Tokens, sp.Start); j+1 < len(d.Tokens) && d.Tokens[j].Start == sp.Start && d.Tokens[j+1].End <= sp.End && (verbLead(d.Tokens[j].POS) || d.Tokens[j].POS == "t"); j++ {
					sp.Start = d.Tokens[j+1].Start
				}
			}
			// X建设, X全线通车: the list's verb after its last name goes.
			for j := segment.TokenIndexAt(d.Tokens, sp.Start) + 1; j < len(d.Tokens) && d.Tokens[j].Start < sp.End; j++ {
				if x.triggers.Is(d.Tokens[j].Text) {
					sp.End = d.Tokens[j].Start
					for j--; j >= 0 && d.Tokens[j].Start > sp.Start && (verbLead(d.Tokens[j].POS) || textmap.HasPrefixRunes([]rune(d.Tokens[j].Text), "全")); j-- {
						sp.End = d.Tokens[j].Start // X 全线 通车
					}
					break
				}
			}
			if sp.Len() < 2 || verbFirst(d.Tokens, sp) || !x.rules.itemWords(d.Tokens, sp.Start, sp.End) || goodsEnd(rs[sp.Start:sp.End]) || commonWord(d.Tokens, sp) ||
				!x.mateEnd(d, sp) || placeItem(d.Tokens, sp) || sumInside(rs[sp.Start:sp.End]) {
				continue
			}
			if im, ok := x.inds.At(rs[:sp.End], sp.Start, nil); ok && im.end == sp.End {
				continue
			}
			out = append(out, candidate{span: sp, from: fromList})
		}
	}
	return out
}

// mateEnd reports whether a list's item at sp ends as a name does: with a
// noun, a word the segmenter does not know or a head, not with a verb, an
// adverb or a particle (报销范围进一步拓展, 广受好评), nor with a firm's
// legal head (a list of firms, not of works).
func (x *Projects) mateEnd(d *extract.Doc, sp textmap.Span) bool {
	e := segment.TokenIndexAt(d.Tokens, sp.End-1)
	if e >= len(d.Tokens) || d.Tokens[e].End != sp.End {
		return false
	}
	t := d.Tokens[e]
	if strings.HasSuffix(t.Text, "公司") || t.Text == "集团" || bodyEnd(d.Runes[sp.Start:sp.End]) {
		return false
	}
	switch t.POS {
	case "v", "d", "ad", "a", "uj", "ul", "uz", "p", "c", "r", "y":
		return x.heads.Is(t.Text)
	}
	return true
}

// placeItem reports an item that is places alone, with a direction or the
// level of a division after one (黄山区, 格尔木东, 昆山市及周庄镇): where
// the works are, the head they share after the list (黄山区、歙县污水处理厂).
func placeItem(toks []segment.Token, s textmap.Span) bool {
	k0 := segment.TokenIndexAt(toks, s.Start)
	for k := k0; k < len(toks) && toks[k].Start < s.End; k++ {
		t := toks[k]
		if t.POS == "ns" || k > k0 && (t.POS == "f" || t.POS == "c" || utf8.RuneCountInString(t.Text) == 1 && strings.ContainsAny(t.Text, "区县市镇乡村州省旗盟")) {
			continue
		}
		return false
	}
	return true
}

// sumInside reports a sum of money in rs (投资8亿元): a number and 元.
func sumInside(rs []rune) bool {
	return slices.Contains(rs, '元') && slices.ContainsFunc(rs, func(r rune) bool { return money.IsASCIIDigit(r) || money.CnDigit(r) > 0 })
}

// bodyHeads end the names of bodies, not of works: a list of them is a
// list of institutes (A协会、B公会, A大学、B研究院).
var bodyHeads = []string{"公会", "协会", "商会", "学会", "联合会", "委员会", "大学", "学院", "研究院", "研究所", "实验室", "银行", "政府"}

// bodyEnd reports a name that ends with a body's head (bodyHeads).
func bodyEnd(name []rune) bool {
	for _, h := range bodyHeads {
		if textmap.HasSuffixRunes(name, h) {
			return true
		}
	}
	return false
}

// verbFirst reports an item that opens with a verb, an adverb, a
// preposition or a conjunction (走 规模化养殖之路): an act the list names,
// not works.
func verbFirst(toks []segment.Token, s textmap.Span) bool {
	k := segment.TokenIndexAt(toks, s.Start)
	return k < len(toks) && toks[k].Start == s.Start && verbLead(toks[k].POS)
}

// listClause is the clause [lo, hi) around s, between the marks that end a
// list's first and last items (itemStopChars); ok reports that it holds a
// list joined by 、.
func listClause(rs []rune, s textmap.Span) (lo, hi int, ok bool) {
	lo, hi = s.Start, s.End
	for lo > 0 && !itemStopChars.Has(rs[lo-1]) {
		lo--
	}
	for hi < len(rs) && !itemStopChars.Has(rs[hi]) {
		hi++
	}
	return lo, hi, slices.Contains(rs[lo:hi], '、')
}

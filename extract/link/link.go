package link

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/schema"
)

// Entity is a merged named thing: one entry with all its mentions.
type Entity struct {
	Name    string         // the longest name the text uses
	Aliases []string       // the other names, in text order
	Label   string         // institute kind, industry sector
	SEI     string         // strategic emerging industry category (industries)
	Spans   []textmap.Span // Orig code points, one per mention, in text order
}

// Project is an Entity with its links.
type Project struct {
	Entity
	Industry   string          // the industry the text files it under, or ""
	Investment *extract.Amount // the sum the text states as its own, or nil
}

// Result is everything found in one document.
type Result struct {
	Doc        *extract.Doc
	Amounts    []extract.Mention
	Industries []Entity
	Institutes []Entity
	Projects   []Project
	// Other holds the entities of kinds the record has no list for (an
	// extractor added with engine.Engine.With), by kind.
	Other     map[extract.Kind][]Entity
	Title     string
	Date      string
	Publisher string
}

// dropWeakInside drops weak mentions (a brand and its trade) that lie
// inside a mention of another kind: 东城科技 in the project
// 东城科技金融服务中心 is part of its name.
// dropHeadInside drops projects found by their head word inside an
// institute's name (锦江工业园 in 锦江工业园管委会).
// dropInstituteClash drops a project found by its head word when the same
// words are an institute (珠海高新区投促中心 is a body, not a project);
// listed projects stay (a bank branch signed as a project is both).
// mergeSuffixes folds a project whose name ends another's (青岛示范园 in
// “中国制造2025”青岛示范园, 华东基地 in 中联重科华东基地) into it. Names of four
// code points or more only: 产业园 alone says nothing.
func MergeSuffixes(es []Entity) []Entity {
	var out []Entity
	gone := make([]bool, len(es))
	for i := range es {
		for j := range es {
			if i == j || gone[j] || gone[i] {
				continue
			}
			a, b := ProjectKey(es[j].Name), ProjectKey(es[i].Name)
			if len([]rune(a)) >= 4 && len([]rune(a)) < len([]rune(b)) && strings.HasSuffix(b, a) {
				gone[j] = true
				es[i].Aliases = append(es[i].Aliases, es[j].Name)
				es[i].Aliases = append(es[i].Aliases, es[j].Aliases...)
				es[i].Spans = append(es[i].Spans, es[j].Spans...)
				sortSpans(es[i].Spans)
			}
		}
	}
	for i, e := range es {
		if !gone[i] {
			out = append(out, e)
		}
	}
	return out
}

// NameKey is the key names merge by: schema.NameKey, the gold set's rule,
// which the scorer compares names by too.
func NameKey(s string) string { return schema.NameKey(s) }

var bracketed = regexp.MustCompile(`\([^()]*\)`)

// projectKey also drops a trailing 项目 and bracketed places, so that
// 腾讯双创小镇 and 腾讯双创小镇(青岛)项目 are one project.
func ProjectKey(s string) string {
	k := NameKey(s)
	if strings.Contains(k, "(") {
		k = bracketed.ReplaceAllString(k, "")
	}
	return strings.TrimSuffix(k, "项目")
}

// IndustryKey drops a trailing 产业, 行业, 工业 or 业, in Simplified or
// Traditional characters, so that 新材料 and 新材料产业, 现代服务 and 现代服务业,
// 纺织 and 纺织工业, 文旅 and 文旅產業 are one industry; what is left has two
// characters or more (农业, 工业 stay).
func IndustryKey(s string) string {
	k := NameKey(s)
	for _, suf := range []string{"产业", "行业", "工业", "產業", "産業", "行業", "工業", "业", "業"} {
		if t := strings.TrimSuffix(k, suf); t != k && len([]rune(t)) >= 2 {
			return t
		}
	}
	return k
}

// dropInside drops mentions that lie inside a mention of another kind:
// 健康产业 in 联东生命健康产业国际小镇 names a project, not an industry.
func MergeEntities(ms []extract.Mention, key func(string) string) []Entity {
	idx := make(map[string]int, len(ms))
	out := make([]Entity, 0, len(ms))
	for _, m := range ms {
		k := key(m.Name)
		i, ok := idx[k]
		if !ok {
			idx[k] = len(out)
			out = append(out, Entity{Name: m.Name, Label: m.Label, Spans: []textmap.Span{m.Span}})
			continue
		}
		e := &out[i]
		e.Spans = append(e.Spans, m.Span)
		if m.Name != e.Name && !contains(e.Aliases, m.Name) {
			if len([]rune(m.Name)) > len([]rune(e.Name)) {
				e.Aliases = append(e.Aliases, e.Name)
				e.Name = m.Name
			} else {
				e.Aliases = append(e.Aliases, m.Name)
			}
		}
		if e.Label == "" {
			e.Label = m.Label
		}
	}
	for i := range out {
		sortSpans(out[i].Spans)
	}
	return out
}

func sortSpans(ss []textmap.Span) {
	// sort.Slice sorts up to 12 elements by insertion, which leaves sorted
	// ones as they are: skipping it then (most entities have one or two
	// spans, in text order) changes nothing and saves its reflection.
	if len(ss) <= 12 && slices.IsSortedFunc(ss, func(a, b textmap.Span) int { return a.Start - b.Start }) {
		return
	}
	sort.Slice(ss, func(a, b int) bool { return ss[a].Start < ss[b].Start })
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// LinkIndustries files projects under the industry the text files them
// under, trying in turn (the first industry a project gets stays):
//
//	A项目（新能源产业）                     the industry in brackets after a project;
//	X产业链有A、B / X类项目有A / X项目,如A、B    an industry that introduces a list;
//	在X方面, A、B… / X领域, … / 在X产业, …       the industry heading a sentence,
//	                                            and its paragraph's next sentences;
//	围绕X(产业链), 签约了A和B / 瞄准X赛道, …       the industry a sentence centres on;
//	签署X项目合作协议…据悉, A、B…                 an industry named with 项目 files
//	                                            the next sentences' projects;
//	X快速发展。…A…                               a short sentence that makes an
//	                                            industry its topic;
//	一、新能源汽车产业(5个)⏎A项目…⏎B项目…          a title line, for the
//	                                            paragraphs up to the next one;
//	新能源汽车产业项目3个,…。其中,A…;B…           a paragraph that opens with a
//	                                            count of an industry's projects;
//	A、B等5个新能源项目 / A和B两个X项目 /        a kind the text says the
//	A是X领域的重点项目 / A属于X                   projects are of;
//	一是新能源产业, A…; 二是…                      a point of a list that
//	                                            opens with an industry;
//	数字经济项目集中签约⏎…A…B…                   a title about the projects
//	                                            of one industry, for the
//	                                            projects nothing else filed.
//
// A heading at the start of a paragraph (基础设施方面, …) also files the
// projects of the paragraphs after it, up to the first that names an
// industry. An industry counted or listed (6个工程机械项目、4个…) files
// nothing.
func LinkIndustries(d *extract.Doc, r *Result, projects projectLookup, projMs, indMs []extract.Mention) {
	l := industryLinker{d: d, r: r, projects: projects, inds: extract.NewIndex(indMs), projs: extract.NewIndex(projMs)}
	l.bracketed()
	l.introducers()
	l.titles()
	l.headings()
	l.countedKinds()
	l.agreements()
	l.topics()
	l.kinds()
	l.points()
	l.titled()
	// A project names its industry as the record's industries do: 新能源
	// and 新能源产业 are one industry, whose name is the longest.
	names := make(map[string]string, len(r.Industries))
	for _, e := range r.Industries {
		names[IndustryKey(e.Name)] = e.Name
	}
	for i := range r.Projects {
		if n, ok := names[IndustryKey(r.Projects[i].Industry)]; ok && r.Projects[i].Industry != "" {
			r.Projects[i].Industry = n
		}
	}
}

type industryLinker struct {
	d        *extract.Doc
	r        *Result
	projects projectLookup
	inds     extract.Index
	projs    extract.Index
}

// file files the projects that start in [a, b) under ind.
func (l *industryLinker) file(a, b int, ind string) {
	for _, pm := range l.projs.StartingIn(a, b) {
		setProjectIndustry(l.r, l.projects, pm, ind)
	}
}

// What may follow an industry that introduces a list: a word saying the
// industry is a class of projects, an optional verb of arrival, then the
// word that opens the list.
var (
	classWords     = []string{"类项目", "产业项目", "产业链项目", "领域项目", "板块项目", "项目", "产业链", "产业", "领域", "方面", "行业", "板块", "赛道", "类"}
	arrivalWords   = []string{"落户", "签约", "入驻", "落地"}
	openListWords  = []string{"主要有", "分别是", "分别为", "其中包括", "包括", "涵盖", "有", "如", "即", ":"}
	conjunctionSet = textmap.Chars("和与及、")
)

// introduced returns where the list an industry introduces opens, or -1.
func (l *industryLinker) introduced(e int) int {
	rs := l.d.Runes
	// An industry named with its class word (电子信息产业: A、B) is a class
	// of projects itself.
	class := textmap.HasSuffixRunes(rs[:e], "产业") || textmap.HasSuffixRunes(rs[:e], "行业")
	for _, w := range classWords {
		if textmap.FollowedBy(rs, e, w) {
			e += len([]rune(w))
			class = true
			break
		}
	}
	if !class {
		return -1
	}
	// A count of them: X项目5个 (共5个), 分别是…; and what they are worth
	// (X产业项目5个,总投资52亿元,包括…).
	counted := func() {
		c := e
		if textmap.FollowedBy(rs, c, "共") {
			c++ // X项目共3个
		}
		if n := countAt(rs, c); n > 0 {
			e = c + n
			if textmap.FollowedBy(rs, e, ",") {
				if c := commaWithin(rs, e+1, e+20); c > 0 && strings.Contains(l.d.Slice(e+1, c), "投资") {
					e = c
				}
			}
		}
	}
	counted()
	if textmap.FollowedBy(rs, e, "的") {
		e++ // 属于数字经济领域的有A和B
		if textmap.FollowedBy(rs, e, "项目") {
			e += 2 // 涉及电子信息产业的项目有A、B
		}
	}
	arrived := false
	for _, w := range arrivalWords {
		if textmap.FollowedBy(rs, e, w) {
			e += len([]rune(w))
			if textmap.FollowedBy(rs, e, "项目") {
				e += 2 // 生物医药领域签约项目有: …
			} else if textmap.FollowedBy(rs, e, "了") {
				e++ // 生物医药产业签约了A和B
				arrived = true
			}
			counted() // 新能源汽车产业签约项目5个,包括…
			break
		}
	}
	if textmap.FollowedBy(rs, e, ",") {
		e++
	}
	for _, w := range openListWords {
		if textmap.FollowedBy(rs, e, w) {
			return e + len([]rune(w))
		}
	}
	if arrived {
		return e // the projects that arrived are the verb's objects
	}
	return -1
}

// commaWithin returns the index of the first comma in rs[from:min(to,
// len(rs))], or -1.
func commaWithin(rs []rune, from, to int) int {
	for c := from; c < min(to, len(rs)); c++ {
		if rs[c] == ',' {
			return c
		}
	}
	return -1
}

// countAt returns the length of the count (5个, 十二个) at rs[e:], or 0.
func countAt(rs []rune, e int) int {
	i := e
	for i < len(rs) && (unicode.IsDigit(rs[i]) || textmap.OneOf("一二三四五六七八九十两", rs[i])) {
		i++
	}
	if i > e && i < len(rs) && textmap.OneOf("个项", rs[i]) {
		return i + 1 - e
	}
	return 0
}

// introducers: X产业链有A、B; the projects up to the sentence's end or the
// next industry that introduces a list. Industries joined by 和 that
// introduce as many projects file them in turn (A和B产业链有P、Q); when
// the counts differ, or a word in the list is no industry, none is filed.
func (l *industryLinker) introducers() {
	for _, s := range l.d.Sentences {
		ims := l.inds.StartingIn(s.Start, s.End)
		type intro struct {
			k    int // index in ims
			from int
		}
		var found []intro
		for k, im := range ims {
			if from := l.introduced(im.Norm.End); from >= 0 {
				found = append(found, intro{k, from})
			}
		}
		for n, in := range found {
			end := s.End
			if n+1 < len(found) {
				end = ims[found[n+1].k].Norm.Start
			}
			// The industries joined to this one (A和B产业链); nil when
			// a word joined to it is no industry.
			chain := []extract.Mention{ims[in.k]}
			for k := in.k; chain != nil; k-- {
				cur := ims[k]
				if c := cur.Norm.Start - 1; c < 0 || !conjunctionSet.Has(l.d.Runes[c]) || l.d.Starts != nil && !l.d.Starts[c] {
					break // no conjunction before it, or one inside a word (涉及)
				}
				if k == 0 || ims[k-1].Norm.End+1 != cur.Norm.Start {
					chain = nil
					break
				}
				chain = append([]extract.Mention{ims[k-1]}, chain...)
			}
			pms := l.projs.StartingIn(in.from, end)
			switch {
			case len(chain) == 1:
				l.file(in.from, end, ims[in.k].Name)
			case len(chain) > 1 && len(pms) == len(chain):
				for i, pm := range pms {
					setProjectIndustry(l.r, l.projects, pm, chain[i].Name)
				}
			}
			// Otherwise (工业、交通…和城建环保领域,包括A、B) which
			// industry holds which project is not said.
		}
	}
}

// startsParagraph reports whether sentence si opens a paragraph.
func (l *industryLinker) startsParagraph(si int) bool {
	s := l.d.Sentences[si]
	return s.Start == 0 || l.d.Runes[s.Start-1] == '\n'
}

// opening returns the industry that opens sentence s (after an optional
// 在), if one does.
func (l *industryLinker) opening(s textmap.Span) (extract.Mention, bool) {
	for _, im := range l.inds.StartingIn(s.Start, min(s.End, s.Start+6)) {
		if pre := strings.TrimSpace(l.d.Slice(s.Start, im.Norm.Start)); pre == "在" || pre == "" || sectionNumber.MatchString(pre) {
			return im, true
		}
	}
	return extract.Mention{}, false
}

// focus returns the industry a sentence opens by saying it centres on it
// (围绕数字经济, …; 聚焦生物医药产业, …), if one does.
func (l *industryLinker) focus(s textmap.Span) (extract.Mention, bool) {
	for _, im := range l.inds.StartingIn(s.Start, min(s.End, s.Start+12)) {
		pre := strings.TrimSpace(l.d.Slice(s.Start, im.Norm.Start))
		pre = strings.TrimPrefix(strings.TrimPrefix(pre, "其中,"), "此外,")
		// 签约的高端装备制造项目中, A…: the projects of the kind the
		// sentence goes on to name.
		if im.Norm.Start-s.Start <= 8 && !strings.ContainsAny(pre, ",;") {
			if e := skipWord(l.d.Runes, im.Norm.End, "产业", "行业", "领域", "类"); textmap.FollowedBy(l.d.Runes, e, "项目中,") {
				return im, true
			}
		}
		if purposeLead.MatchString(pre) {
			// 为做大做强生物医药产业, …签约P: the projects serve it.
			e := skipWord(l.d.Runes, im.Norm.End, "产业链", "产业", "行业", "领域")
			if textmap.FollowedBy(l.d.Runes, e, ",", "发展,", "高质量发展,") {
				return im, true
			}
			continue
		}
		if pre != "围绕" && pre != "聚焦" && pre != "作为" && pre != "瞄准" && pre != "紧扣" && pre != "紧盯" {
			continue
		}
		e := skipWord(l.d.Runes, im.Norm.End, "产业链", "产业", "行业", "领域", "赛道")
		if textmap.FollowedBy(l.d.Runes, e, ",") {
			return im, true
		}
		// 作为生物医药产业的龙头项目, A…: the project the clause describes.
		if pre == "作为" && textmap.FollowedBy(l.d.Runes, e, "的") {
			if c := commaWithin(l.d.Runes, e+1, min(s.End, e+12)); c > 0 && strings.HasSuffix(l.d.Slice(e, c), "项目") {
				return im, true
			}
		}
	}
	return extract.Mention{}, false
}

// purposeLead opens a clause of purpose before an industry (为做大做强, 为加快,
// 为了推动): the sentence's projects are for that industry.
var purposeLead = regexp.MustCompile(`^为了?(?:进一步)?(?:做大做强|做强做优|做优做强|壮大|发展|加快|加快发展|推动|推进|促进|培育|完善|延伸|强化|补齐)$`)

// sectionNumber is the number of a section before its title (一、, (二),
// 3.).
var sectionNumber = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\)|[0-9]+[.、])$`)

// titleRest is what may follow an industry in a title line of its own
// (新能源汽车产业(5个), 生物医药领域项目:).
var titleRest = regexp.MustCompile(`^(?:产业|行业|领域|类)?(?:项目)?(?:\([0-9一二三四五六七八九十]+个\))?:?$`)

// titles: a paragraph that is only a numbered or bare industry title
// (一、新能源汽车产业(5个)) files the projects of the paragraphs after it,
// up to the next such title.
func (l *industryLinker) titles() {
	type title struct {
		si  int
		ind string
	}
	var ts []title
	for si, s := range l.d.Sentences {
		if !l.startsParagraph(si) || s.End < len(l.d.Runes) && l.d.Runes[s.End-1] != '\n' {
			continue // a title is a line of its own
		}
		im, ok := l.opening(s)
		if !ok {
			continue
		}
		// Numbered, or saying it heads projects (新能源汽车产业项目:, 生物医药
		// (3个)): a bare 汽车 line may be a page's section label.
		pre := strings.TrimSpace(l.d.Slice(s.Start, im.Norm.Start))
		rest := strings.TrimSpace(l.d.Slice(im.Norm.End, s.End))
		if titleRest.MatchString(rest) && (sectionNumber.MatchString(pre) || strings.ContainsAny(rest, "项个:")) {
			ts = append(ts, title{si, im.Name})
		}
	}
	for i, t := range ts {
		end := len(l.d.Runes)
		if i+1 < len(ts) {
			end = l.d.Sentences[ts[i+1].si].Start
		}
		l.file(l.d.Sentences[t.si].End, end, t.ind)
	}
}

// rest files the projects of the sentences after si in its paragraph
// under ind, up to a sentence that opens with an industry. It returns the
// first sentence of the next paragraph, or -1 when such a sentence ended
// the run (the heading's scope ends there too).
func (l *industryLinker) rest(si int, ind string) (next int) {
	k := si + 1
	for ; k < len(l.d.Sentences) && !l.startsParagraph(k); k++ {
		if _, ok := l.opening(l.d.Sentences[k]); ok {
			return -1
		}
		l.file(l.d.Sentences[k].Start, l.d.Sentences[k].End, ind)
	}
	return k
}

// headings: 在X方面, A、B… and the sentences after it in its paragraph; at
// a paragraph's start, also the paragraphs after it that name no industry.
func (l *industryLinker) headings() {
	for si, s := range l.d.Sentences {
		im, ok := l.opening(s)
		// 在新能源产业, A…: 在 and the industry with its class word head the sentence too.
		at := ok && strings.TrimSpace(l.d.Slice(s.Start, im.Norm.Start)) == "在" && textmap.FollowedBy(l.d.Runes, im.Norm.End, ",")
		if !ok || !at && !textmap.FollowedBy(l.d.Runes, im.Norm.End, "方面", "领域", "板块", "赛道", "项目方面", "产业方面", "行业方面", "领域方面", "产业集群方面", "产业链上", "赛道上") {
			if im, ok = l.focus(s); ok {
				l.file(im.Norm.End, s.End, im.Name) // 围绕数字经济, 签约了A和B
			}
			continue
		}
		// A heading of a clause (交通领域, A、B; 能源领域, C…) holds up to
		// the next clause after a semicolon, which may open another field.
		if im.Norm.End < s.End {
			if clause, _, semi := strings.Cut(l.d.Slice(im.Norm.End, s.End), ";"); semi {
				l.file(im.Norm.End, im.Norm.End+utf8.RuneCountInString(clause), im.Name)
				continue
			}
		}
		l.file(im.Norm.End, s.End, im.Name)
		k := l.rest(si, im.Name)
		if k < 0 || !l.startsParagraph(si) {
			continue
		}
		for k < len(l.d.Sentences) {
			p := k
			for k++; k < len(l.d.Sentences) && !l.startsParagraph(k); k++ {
			}
			a, b := l.d.Sentences[p].Start, l.d.Sentences[k-1].End
			if len(l.inds.StartingIn(a, b)) > 0 {
				break
			}
			l.file(a, b, im.Name)
		}
	}
}

// countedKinds: a paragraph that opens with a count of an industry's
// projects (新能源汽车产业项目3个,总投资45亿元。其中,A…;B…) files the
// projects of its sentences under it.
func (l *industryLinker) countedKinds() {
	rs := l.d.Runes
	for si, s := range l.d.Sentences {
		if !l.startsParagraph(si) {
			continue
		}
		im, ok := l.opening(s)
		if !ok {
			continue
		}
		e := skipWord(rs, im.Norm.End, "产业链项目", "产业项目", "领域项目", "行业项目", "类项目", "项目")
		if e == im.Norm.End || countAt(rs, e) == 0 {
			continue
		}
		l.file(e, s.End, im.Name)
		l.rest(si, im.Name)
	}
}

// agreements: 签署数字经济项目合作协议…据悉, A、B…: an industry named with
// 项目 in a sentence about an agreement files the projects listed in the
// next sentences of its paragraph; one counted or listed (6个工程机械项目、…)
// files nothing.
func (l *industryLinker) agreements() {
	rs := l.d.Runes
	for si, s := range l.d.Sentences {
		for _, im := range l.inds.StartingIn(s.Start, s.End) {
			if !textmap.FollowedBy(rs, im.Norm.End, "项目", "产业项目", "领域项目") {
				continue
			}
			if im.Norm.Start > 0 && (textmap.OneOf("个批项", rs[im.Norm.Start-1]) || unicode.IsDigit(rs[im.Norm.Start-1])) {
				continue
			}
			if e := im.Norm.End + 2; e < len(rs) && textmap.OneOf("、,", rs[e]) {
				continue
			}
			// Only an agreement names what it files (签署X项目合作协议);
			// 加快新型储能项目建设 files nothing after it.
			if sent := l.d.Slice(s.Start, s.End); !containsAny(sent, "协议", "合同", "签署", "签订", "签约") {
				continue
			}
			end := s.End
			for k := si + 1; k < len(l.d.Sentences) && k <= si+3; k++ {
				end = l.d.Sentences[k].End
				if rs[l.d.Sentences[k].End-1] == '\n' {
					break
				}
			}
			l.file(s.End, end, im.Name)
		}
	}
}

// belongVerbs say that the project before them is of the industry right
// after them (A属于新能源产业, A屬綠色能源產業, A聚焦高端装备制造领域).
var belongVerbs = textmap.LexOf([]string{"属于", "隶属于", "属", "聚焦", "主攻"})

// skipWord is e past the first of words that stands at rs[e], or e.
func skipWord(rs []rune, e int, words ...string) int {
	for _, w := range words {
		if textmap.FollowedBy(rs, e, w) {
			return e + utf8.RuneCountInString(w)
		}
	}
	return e
}

// clauseStart is where the clause that holds rs[i] starts, at lo or later.
func clauseStart(rs []rune, lo, i int) int {
	for i > lo && !textmap.OneOf(",;:", rs[i-1]) {
		i--
	}
	return i
}

// projectModifiers say what rank or role projects of a kind have.
var projectModifiers = []string{"重点", "重大", "龙头", "配套", "标志性", "示范", "旗舰", "骨干", "核心", "招商", "引进"}

// kindOfProjects reports whether a kind of projects follows an industry
// that ends at rs[e], within the clause: its class word, 的, a few
// words and 项目 (数字经济领域的重点项目), or its class word and
// modifiers of projects and 项目 (生物医药产业重点项目).
func kindOfProjects(rs []rune, e, end int) bool {
	// Or its class word and modifiers of projects without 的 (生物医药产业
	// 重点项目, 新能源汽车产业链配套项目).
	for k, n := skipWord(rs, e, "产业链", "产业", "领域", "行业"), 0; n < 3; n++ {
		m := skipWord(rs, k, projectModifiers...)
		if m == k {
			break
		}
		if k = m; textmap.FollowedBy(rs, k, "项目") {
			return true
		}
	}
	a := skipWord(rs, e, "产业的", "领域的", "行业的", "的") // 新能源产业 的 重点项目: the class word in the name
	if a == e {
		return false
	}
	for k := a; k < end && k <= a+6 && !textmap.ClauseMarkChars.Has(rs[k]); k++ {
		if textmap.HasRunesAt(rs, k, "项目") {
			return true
		}
	}
	return false
}

// bracketed: A项目（新能源产业）: the industry in brackets right after a
// project is the one it is filed under.
func (l *industryLinker) bracketed() {
	rs := l.d.Runes
	for _, pm := range l.projs.StartingIn(0, len(rs)) {
		e := pm.Norm.End
		if e >= len(rs) || rs[e] != '(' && rs[e] != '（' {
			continue
		}
		for _, im := range l.inds.StartingIn(e+1, e+2) {
			// …then the item or clause ends (not 飞利浦绿动工厂（钢铁行业）研讨会:
			// an event's name).
			if c := im.Norm.End; c < len(rs) && (rs[c] == ')' || rs[c] == '）') && (c+1 == len(rs) || textmap.OneOf("、,;。:和及与\n", rs[c+1]) || textmap.FollowedBy(rs, c+1, projectNews...)) {
				setProjectIndustry(l.r, l.projects, pm, im.Name)
			}
		}
	}
}

// projectNews are the words after a project that report it (X项目(新能源
// 产业)签约): the bracket ends the project's mention, not an event's name.
var projectNews = []string{"签约", "落户", "落地", "开工", "投产", "竣工", "正式", "成功", "顺利", "集中"}

// points: 一是新能源产业, A…; 二是生物医药产业, B…: a point of a numbered
// list that opens with an industry files the projects of its clause, up to
// the next point's ; or the sentence's end.
func (l *industryLinker) points() {
	rs := l.d.Runes
	for _, im := range l.inds.StartingIn(0, len(rs)) {
		a := im.Norm.Start
		if a < 2 || rs[a-1] != '是' || !textmap.OneOf("一二三四五六七八九十", rs[a-2]) || a > 2 && !textmap.OneOf(",;:。\n", rs[a-3]) {
			continue
		}
		e := skipWord(rs, im.Norm.End, "产业", "行业", "领域")
		if !textmap.FollowedBy(rs, e, ",") {
			continue
		}
		b := e + 1
		for b < len(rs) && !textmap.OneOf(";。\n", rs[b]) {
			b++
		}
		l.file(e+1, b, im.Name)
	}
}

// countBefore is where a count of things that ends at e starts (两个, 3个,
// 三大), or e when none does.
func countBefore(rs []rune, lo, e int) int {
	if e-2 < lo || !textmap.OneOf("个项大", rs[e-1]) {
		return e
	}
	q := e - 1
	for q > lo && (unicode.IsDigit(rs[q-1]) || textmap.OneOf("一二两三四五六七八九十", rs[q-1])) {
		q--
	}
	if q == e-1 {
		return e
	}
	return q
}

// kinds: a list closed by 等 and a kind of projects (A、B等5个新能源项目)
// files its items under that industry, and so does a clause that says a
// project is one of a kind (A是全市重点新能源项目, A为新材料产业项目, A系…).
func (l *industryLinker) kinds() {
	rs := l.d.Runes
	for _, s := range l.d.Sentences {
		for _, im := range l.inds.StartingIn(s.Start, s.End) {
			// A属于X(产业), A聚焦X领域: the clause before says what belongs.
			if _, n := belongVerbs.Before(rs, im.Norm.Start, s.Start); n > 0 && (l.d.Starts == nil || l.d.Starts[im.Norm.Start-n]) {
				v := im.Norm.Start - n // a word of its own: 属 新能源产业, not 金属 新材料
				c := clauseStart(rs, s.Start, v)
				if c == v && c-1 > s.Start && rs[c-1] == ',' {
					c = clauseStart(rs, s.Start, c-1) // A项目,属新能源产业,: the clause before
				}
				l.file(c, v, im.Name)
				continue
			}
			if !textmap.FollowedBy(rs, im.Norm.End, "项目", "产业项目", "领域项目", "类项目") && !kindOfProjects(rs, im.Norm.End, s.End) {
				continue
			}
			// Back over a count and modifiers (重点, 一批) to 等 or a
			// copula (是, 为, 系), in the clause.
			j := im.Norm.Start
			for j > s.Start && j > im.Norm.Start-8 && !textmap.OneOf("等是为系,;:", rs[j-1]) {
				j--
			}
			if q := countBefore(rs, s.Start, im.Norm.Start); q < im.Norm.Start && slices.ContainsFunc(l.projs.StartingIn(s.Start, q), func(pm extract.Mention) bool { return pm.Norm.End == q }) {
				// A和B两个新材料项目: a count right after the list.
				l.file(clauseStart(rs, s.Start, q), q, im.Name)
				continue
			}
			if j <= s.Start || !textmap.OneOf("等是为系", rs[j-1]) {
				continue
			}
			if between := l.d.Slice(j, im.Norm.Start); strings.ContainsAny(between, "、和与及") {
				continue
			}
			// The clause before 等 or the copula holds the projects.
			l.file(clauseStart(rs, s.Start, j-1), j-1, im.Name)
		}
	}
}

// topics: a sentence of an industry and a few words (数字经济快速发展。)
// makes it the topic of the sentences after it in its paragraph.
func (l *industryLinker) topics() {
	for si, s := range l.d.Sentences {
		im, ok := l.opening(s)
		if !ok {
			continue
		}
		tail := []rune(strings.TrimRight(l.d.Slice(im.Norm.End, s.End), "。!\n "))
		if len(tail) == 0 || len(tail) > 6 || !strings.Contains(string(tail), "发展") {
			continue
		}
		l.rest(si, im.Name)
	}
}

// titleTopics are what may follow the industry a title is about:
// 数字经济项目集中签约, 新材料产业招商推介会.
var titleTopics = []string{"项目", "产业项目", "领域项目", "产业招商推介会", "招商推介会", "产业招商会", "招商会", "产业招商大会", "招商大会",
	"产业推介会", "推介会", "产业签约", "签约", "产业集中签约", "集中签约"}

// titled: a title about the projects of one industry (青山区数字经济项目
// 集中签约, 金川县新材料产业招商推介会) files the document's projects
// that nothing else filed under it. A title of two kinds of projects
// (数字经济项目和工业项目签约) files none.
func (l *industryLinker) titled() {
	if len(l.d.Sentences) == 0 {
		return
	}
	t := l.d.Sentences[0]
	rs := l.d.Runes
	if t.End >= len(rs) || rs[t.End-1] != '\n' || t.End-t.Start > 40 || strings.Count(l.d.Slice(t.Start, t.End), "项目") > 1 {
		return
	}
	topic := ""
	for _, im := range l.inds.StartingIn(t.Start, t.End) {
		if !textmap.FollowedBy(rs, im.Norm.End, titleTopics...) {
			continue
		}
		if topic != "" && topic != im.Name {
			return
		}
		topic = im.Name
	}
	if topic != "" {
		l.file(t.End, len(rs), topic)
	}
}

// projectLookup finds a document's projects (their indexes, in order) by
// the key of their name or of an alias.
type projectLookup map[string][]int

func NewProjectLookup(ps []Project) projectLookup {
	l := projectLookup{}
	for i, p := range ps {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			k := ProjectKey(n)
			if idx := l[k]; len(idx) == 0 || idx[len(idx)-1] != i {
				l[k] = append(idx, i)
			}
		}
	}
	return l
}

// named returns the projects a mention names.
func (l projectLookup) named(pm extract.Mention) []int { return l[ProjectKey(pm.Name)] }

func setProjectIndustry(r *Result, projects projectLookup, pm extract.Mention, ind string) {
	if idx := projects.named(pm); len(idx) > 0 && r.Projects[idx[0]].Industry == "" {
		r.Projects[idx[0]].Industry = ind
	}
}

// builtWith is a works verb between a sum and the 的 before its project
// (斥资30亿港元兴建的P).
var builtWith = regexp.MustCompile(`^(投资建设|兴建|建设|新建|投建|建造|打造)的`)

// sizeBetween is a project's size between its sum and the 的 before its
// name (总投资12亿元、占地300亩的P; 建筑面积, 年产, 产能): its group 1 is
// what stands before 的.
var sizeBetween = regexp.MustCompile(`^([、,，](?:总占地|占地|用地|规划用地|总建筑面积|建筑面积|规划面积|年产|设计产能|产能)[^,，。；;、的]{1,12})的`)

// investVerbOnly is what stands between a project and its own sum when the
// project is the clause's subject (P拟投资N, P计划总投资约N), after a comma
// or a colon too (P,总投资N,建设Q; P:总投资N; P投资总额N).
var investVerbOnly = regexp.MustCompile(`^[,:]?(?:拟|计划|预计|将)?(?:总)?投资(?:额|总额)?(?:约|达|超|近|为)?:?$`)

// linkInvestments gives a project the investment the text states as its
// own, trying in turn:
//
//	总投资50亿元的X项目              the sum, 的, the project;
//	X项目拟投资5000万美元,建设Y       the project right before, its subject;
//	总投资达N的项目有2项,分别为A和B    the sum, 的项目, then the projects named;
//	拟投资3亿元,在龙泉驿区建设X项目    the sum, then a building verb and the project;
//	建设“X项目”,项目计划总投资N       the project right before a clause that
//	                                 starts with 项目;
//	该项目总投资额2亿元, 项目总投资N    the last project named before the sentence;
//	X项目落户。总投资N,…             the one project of the sentence before;
//	项目名称:X; 投资金额:N            a form's sum field after its name field;
//	签署《X项目协议》。根据协议,…投资N   the one project of the agreement named
//	                                 in the sentences just before;
//	X项目…正式奠基,拟投资30亿元        the nearest project before it in the sentence.
//
// Sums of several projects (16个项目总投资70.8亿元, 共签约项目21个,签约额…)
// are linked to none: a count, a list or another sum between stops a link.
func LinkInvestments(d *extract.Doc, r *Result, projects projectLookup, projMs, amounts []extract.Mention) {
	rs := d.Runes
	link := func(pm *extract.Mention, a *extract.Amount) {
		for _, i := range projects.named(*pm) {
			if r.Projects[i].Investment == nil {
				r.Projects[i].Investment = a
			}
		}
	}
	sentence := d.SentenceAt
	amIdx := extract.NewIndex(amounts)
	// sumBetween reports a sum of role (any, when "") wholly in [a, b).
	sumBetween := func(a, b int, role string) bool {
		for _, am := range amIdx.StartingIn(a, b) {
			if am.Norm.End <= b && (role == "" || am.Amount.Role == role) {
				return true
			}
		}
		return false
	}
	for ai := range amounts {
		am := &amounts[ai]
		if am.Amount.Role != "investment" || am.Amount.Value.Sign() < 0 {
			continue // a negative sum (-3.5亿元) is no project's investment
		}
		sent := sentence(am.Norm.Start)
		after := d.Slice(am.Norm.End, min(sent.End, am.Norm.End+40))
		// 斥资N兴建的P: the works verb before 的 is the sum's too.
		gap := am.Norm.End // where after starts
		if v := builtWith.FindStringSubmatch(after); v != nil {
			after = after[len(v[1]):]
			gap += utf8.RuneCountInString(v[1])
		} else if v := sizeBetween.FindStringSubmatch(after); v != nil && !sumBetween(am.Norm.End, am.Norm.End+utf8.RuneCountInString(v[1]), "") {
			// 总投资12亿元、占地300亩的P: the project's size stands between
			// its sum and 的.
			after = after[len(v[1]):]
			gap += utf8.RuneCountInString(v[1])
		}
		linked := false
		// 总投资N的P.
		for i := range projMs {
			pm := &projMs[i]
			if pm.Norm.Start >= gap && pm.Norm.Start <= gap+2 && strings.HasPrefix(after, "的") && !strings.HasPrefix(after, "的项目") {
				link(pm, am.Amount)
				linked = true
				break
			}
		}
		if !linked && strings.HasPrefix(after, "的") && !strings.HasPrefix(after, "的项目") {
			// 投资30亿元的 波鸿汽车零部件项目, where that mention gave way to
			// another of the same project (A、波鸿汽车零部件等7个项目): the
			// project whose name the words after 的 start with, the longest.
			rest := strings.TrimPrefix(after, "的")
			best, bestLen := -1, 0
			for i := range projMs {
				name := d.Slice(projMs[i].Norm.Start, projMs[i].Norm.End)
				if n := len(name); n > bestLen && strings.HasPrefix(rest, name) {
					best, bestLen = i, n
				}
			}
			if best >= 0 {
				link(&projMs[best], am.Amount)
				linked = true
			}
		}
		if linked {
			continue
		}
		// 总投资达N的项目有2项,分别为A和B.
		if strings.HasPrefix(after, "的项目") {
			if i := strings.Index(after, "为"); i > 0 {
				from := am.Norm.End + len([]rune(after[:i]))
				end := from
				for end < sent.End && !textmap.OneOf(";。", rs[end]) {
					end++
				}
				for i := range projMs {
					if projMs[i].Norm.Start > from && projMs[i].Norm.End <= end {
						link(&projMs[i], am.Amount)
					}
				}
			}
			continue
		}
		// P拟投资N,建设Q: the project the sum follows as its subject.
		for i := range projMs {
			pm := &projMs[i]
			if pm.Norm.End <= am.Norm.Start && am.Norm.Start-pm.Norm.End <= 7 && investVerbOnly.MatchString(d.Slice(pm.Norm.End, am.Norm.Start)) {
				link(pm, am.Amount)
				linked = true
				break
			}
		}
		if linked {
			continue
		}
		// A clause that starts with 项目 or 该项目 (据介绍,项目计划总投资N):
		// the sum is that project's, and the works named after it are
		// what it holds (…,主要建设P).
		before := strings.TrimSpace(d.Slice(sent.Start, am.Norm.Start))
		clause := before
		if c := strings.LastIndex(before, ","); c >= 0 {
			clause = before[c+1:]
		}
		anaphoric := (strings.HasPrefix(clause, "项目") || strings.HasPrefix(clause, "该项目")) && !countEtcChars.In(clause)
		// 拟投资N,在X建设P; not after a clause of 项目, whose works are
		// named after its sum.
		for i := 0; i < len(projMs) && !anaphoric; i++ {
			pm := &projMs[i]
			if pm.Norm.Start < am.Norm.End || pm.Norm.Start >= sent.End || pm.Norm.Start-am.Norm.End > 30 {
				continue
			}
			between := d.Slice(am.Norm.End, pm.Norm.Start)
			if strings.Count(between, ",") <= 1 && !listMarkChars.In(between) && !sumBetween(am.Norm.End, pm.Norm.Start, "") &&
				containsAny(between, buildVerbs...) && between != "" &&
				strings.HasSuffix(strings.TrimRight(between, " "), lastVerb(between)) {
				link(pm, am.Amount)
				linked = true
			}
			break
		}
		if linked {
			continue
		}
		// …投资建设“X项目”,项目计划总投资N: a clause of the sentence that
		// starts with 项目 speaks of the project named right before it,
		// unless that one ends a list (A、B项目,项目总投资N: all of them).
		if anaphoric && strings.Contains(before, ",") {
			clauseStart := am.Norm.Start - len([]rune(clause))
			for i := len(projMs) - 1; i >= 0; i-- {
				if pm := &projMs[i]; pm.Norm.End <= clauseStart && pm.Norm.Start >= sent.Start {
					listed := pm.Norm.Start > 0 && textmap.OneOf("、和及与", rs[pm.Norm.Start-1])
					if between := d.Slice(pm.Norm.End, clauseStart); !listed && !aggregateChars.In(between) && !sumBetween(pm.Norm.End, clauseStart, "investment") {
						link(pm, am.Amount)
						linked = true
					}
					break
				}
			}
			if linked {
				continue
			}
		}
		// 该项目…N, or a sentence or a clause that starts with 项目 where
		// the sentence names no project before the sum (项目总投资12.8亿元;
		// 据介绍,项目计划总投资N): the last project named before the
		// sentence.
		if (strings.Contains(before, "该项目") || strings.Contains(before, "此项目") || strings.HasPrefix(before, "项目") ||
			anaphoric && !projectIn(projMs, textmap.Span{Start: sent.Start, End: am.Norm.Start})) &&
			!countEtcChars.In(before) {
			// P今天开工,该项目由Y投资建设,总投资N: the one project the
			// sentence names before 该项目 is it.
			if k := strings.Index(before, "该项目"); k > 0 {
				if pm := soleProjectIn(projMs, textmap.Span{Start: sent.Start, End: sent.Start + utf8.RuneCountInString(before[:k])}); pm != nil {
					link(pm, am.Amount)
					continue
				}
			}
			for i := len(projMs) - 1; i >= 0; i-- {
				if projMs[i].Norm.End <= sent.Start && sent.Start-projMs[i].Norm.End < 300 {
					link(&projMs[i], am.Amount)
					break
				}
			}
			continue
		}
		// P签约落户。总投资N,…: a sentence that opens with the sum
		// speaks of the one project the sentence before it names.
		// So does one that opens with 总投资N的Q where Q shares a word of
		// three characters with that project's name (…京东方8.5代TFT-LCD
		// 生产线在北京投产。总投资280亿元的京东方北京8.5代线是…): Q is
		// another name of it, not another project.
		if sumLead.MatchString(before) && sent.Start > 0 {
			if pm := soleProjectIn(projMs, sentence(sent.Start-1)); pm != nil &&
				(!strings.HasPrefix(after, "的") || sharesRun([]rune(after[len("的"):]), []rune(pm.Name), 3)) {
				link(pm, am.Amount)
			}
			continue
		}
		// 项目名称:P; 投资金额:N: a form's sum field after its name field.
		if investField.MatchString(before) {
			if pm := namedField(d, projMs, sent); pm != nil {
				link(pm, am.Amount)
			}
			continue
		}
		// 签署《P投资协议》。…根据协议,X将投资N: the project of the
		// agreement, when the sentence names none before the sum (the
		// works it lists after it are the project's) and the last sentence
		// before it that names an agreement names one project.
		if agreementLead.MatchString(before) && !projectIn(projMs, textmap.Span{Start: sent.Start, End: am.Norm.Start}) {
			if pm := agreedProject(d, projMs, sent); pm != nil {
				link(pm, am.Amount)
			}
			continue
		}
		// P…投资N: the nearest project before, in the sentence.
		for i := len(projMs) - 1; i >= 0; i-- {
			pm := &projMs[i]
			if pm.Norm.End > am.Norm.Start {
				continue
			}
			if pm.Norm.Start < sent.Start {
				break
			}
			between := d.Slice(pm.Norm.End, am.Norm.Start)
			// P是今年省级重点项目,总投资N: the class the project is in.
			if m := classOf.FindStringIndex(between); m != nil {
				between = between[m[1]:]
			}
			if aggregateChars.In(between) || strings.Contains(between, "项目") || sumBetween(pm.Norm.End, am.Norm.Start, "") {
				break
			}
			link(pm, am.Amount)
			break
		}
	}
}

// classOf is the class a project is said to be in, between it and its sum
// (是今年省级重点项目,; 被列为省重大项目之一,).
var classOf = regexp.MustCompile(`^,?(?:是|为|系|属于|作为|被列为|列入|被列入)[^,;:。]{0,16}项目(?:之一)?,`)

// investField is the label of a form's field for a project's sum
// (投资金额:, 项目总投资:, 计划投资额:), which opens its sentence.
var investField = regexp.MustCompile(`^(?:\d+[.、]|[(（]?[一二三四五六七八九十\d]+[)）])?(?:项目)?(?:计划|拟)?(?:总投资|投资(?:金额|总额|额|规模))(?:约|为)?[:：]$`)

// buildVerbs say a sum goes into works named after them (拟投资N,在X建设P;
// 投资近43亿元,启动P; 投资N实施P), longest first where one ends another.
var buildVerbs = []string{"建设", "设立", "新建", "兴建", "建立", "打造", "扩建", "投建", "建造", "建", "启动", "实施"}

// agreementLead opens a sentence that says what an agreement holds.
var agreementLead = regexp.MustCompile(`^(?:根据|按照|按|依据)[^,]{0,6}协议`)

// sumLead is the start of a sentence that opens with a sum as its topic
// (总投资10亿元,…; 计划总投资约N; 投资总额N).
var sumLead = regexp.MustCompile(`^(?:计划|预计|拟)?(?:总投资|总投资额|投资总额|计划投资)(?:约|达|为|超|近)?$`)

// sharesRun reports whether a, up to its first mark, and name share a run
// of n Han characters.
func sharesRun(a, name []rune, n int) bool {
	for i, r := range a {
		if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
			a = a[:i]
			break
		}
	}
	for i := 0; i+n <= len(a); i++ {
		run := a[i : i+n]
		han := true
		for _, r := range run {
			han = han && unicode.Is(unicode.Han, r)
		}
		if han && strings.Contains(string(name), string(run)) {
			return true
		}
	}
	return false
}

// soleProjectIn is the one project named in sentence s (every mention of
// it), or nil when it names none or more than one.
func soleProjectIn(projMs []extract.Mention, s textmap.Span) *extract.Mention {
	var one *extract.Mention
	for i := range projMs {
		pm := &projMs[i]
		if pm.Norm.Start < s.Start || pm.Norm.End > s.End {
			continue
		}
		if one != nil && ProjectKey(one.Name) != ProjectKey(pm.Name) {
			return nil
		}
		one = pm
	}
	return one
}

// projectIn reports whether a project is named in sentence s.
func projectIn(projMs []extract.Mention, s textmap.Span) bool {
	for i := range projMs {
		if projMs[i].Norm.Start >= s.Start && projMs[i].Norm.End <= s.End {
			return true
		}
	}
	return false
}

// agreedProject returns the one project named in the last of the four
// sentences before s that names an agreement (协议, 合同) and a project,
// or nil when there is none or that sentence names several.
func agreedProject(d *extract.Doc, projMs []extract.Mention, s textmap.Span) *extract.Mention {
	return projectBefore(d, projMs, s, 4, func(t string) bool { return strings.Contains(t, "协议") || strings.Contains(t, "合同") })
}

// namedField returns the project a form names in its field 项目名称: in
// one of the two sentences before s, or nil when none or several are named.
func namedField(d *extract.Doc, projMs []extract.Mention, s textmap.Span) *extract.Mention {
	return projectBefore(d, projMs, s, 2, func(t string) bool { return strings.HasPrefix(strings.TrimSpace(t), "项目名称") })
}

// projectBefore returns the one project (its mentions all of one name)
// that the last of the back sentences before s that meets want and names
// a project names, or nil when there is none or that sentence names
// several.
func projectBefore(d *extract.Doc, projMs []extract.Mention, s textmap.Span, back int, want func(string) bool) *extract.Mention {
	for k, n := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= s.Start })-1, 0; k >= 0 && n < back; k, n = k-1, n+1 {
		ps := d.Sentences[k]
		if !want(d.Slice(ps.Start, ps.End)) {
			continue
		}
		if projectIn(projMs, ps) {
			return soleProjectIn(projMs, ps)
		}
	}
	return nil
}

// lastVerb returns the building verb that ends between, or "".
func lastVerb(between string) string {
	for _, v := range buildVerbs {
		if strings.HasSuffix(between, v) {
			return v
		}
	}
	return "\x00"
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

var (
	listMarkChars  = textmap.Chars("、;个等") // a list or a count between two mentions
	countEtcChars  = textmap.Chars("个等")
	aggregateChars = textmap.Chars("个、等共")
)

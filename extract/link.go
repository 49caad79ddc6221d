package extract

import (
	"context"

	"github.com/pressmine/pressmine/corpus"
	"math/big"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Entity is a merged named thing: one entry with all its mentions.
type Entity struct {
	Name    string   // the longest name the text uses
	Aliases []string // the other names, in text order
	Label   string   // institute kind, industry sector
	SEI     string   // strategic emerging industry category (industries)
	Spans   []Span   // Orig code points, one per mention, in text order
}

// Project is an Entity with its links.
type Project struct {
	Entity
	Industry   string  // the industry the text files it under, or ""
	Investment *Amount // the sum the text states as its own, or nil
}

// Result is everything found in one document.
type Result struct {
	Doc        *Doc
	Amounts    []Mention
	Industries []Entity
	Institutes []Entity
	Projects   []Project
	Title      string
	Date       string
	Publisher  string
}

// Pipeline runs the extractors on a document and links what they find.
// It is safe for concurrent use; build one per process.
type Pipeline struct {
	seg        Segmenter
	hant       *Hant
	ranker     *Ranker // nil: the rules' mentions as they are
	money      *Money
	industries *Industries
	institutes *Institutes
	projects   *Projects
}

// NewPipeline builds a pipeline from a segmenter and vocabularies.
func NewPipeline(seg Segmenter, mc MoneyConfig, ec EntityConfig) (*Pipeline, error) {
	h, err := NewHant()
	if err != nil {
		return nil, err
	}
	money := NewMoney(mc)
	money.hant = h
	r, err := DefaultRanker()
	if err != nil {
		return nil, err
	}
	if r.Len() == 0 {
		r = nil
	}
	return &Pipeline{
		seg:        seg,
		hant:       h,
		ranker:     r,
		money:      money,
		industries: NewIndustries(ec),
		institutes: NewInstitutes(ec),
		projects:   NewProjects(ec),
	}, nil
}

// Doc normalises and segments a document as the pipeline reads it: a
// Traditional text is read as Simplified (Hant). sc may be nil (see
// NewDocIn).
func (p *Pipeline) Doc(sc *Scratch, src *corpus.Document) *Doc {
	return newDoc(sc, src, p.seg, p.hant)
}

// Extractors lists the pipeline's extractors, in the order they run.
func (p *Pipeline) Extractors() []Extractor {
	return []Extractor{p.money, p.industries, p.institutes, p.projects}
}

// WithRanker returns a pipeline like p that judges the rules' entity
// mentions with r (nil: takes them as they are). p is unchanged.
func (p *Pipeline) WithRanker(r *Ranker) *Pipeline {
	q := *p
	q.ranker = r
	return &q
}

// rankerOnly reports a candidate that only the ranker may take: a name
// with a project head where nothing reports a project, or one the
// project checks turn down.
func rankerOnly(m Mention) bool { return m.Via == "untriggered" || m.Via == "rejected" }

// ruleMentions runs the extractors: amounts, industries, institutes and
// projects, in that order.
func (p *Pipeline) ruleMentions(ctx context.Context, d *Doc) ([4][]Mention, error) {
	var found [4][]Mention
	for i, x := range p.Extractors() {
		ms, err := x.Extract(ctx, d)
		if err != nil {
			return found, err
		}
		found[i] = ms
	}
	return found, nil
}

// Candidates lists what the ranker judges in a document: the rules'
// industries, institutes and projects with their variants and features.
func (p *Pipeline) Candidates(ctx context.Context, d *Doc) ([]Candidate, error) {
	found, err := p.ruleMentions(ctx, d)
	if err != nil {
		return nil, err
	}
	var out []Candidate
	for ki := 1; ki <= 3; ki++ {
		out = append(out, candidates(d, &found, ki)...)
	}
	return out, nil
}

// Run extracts and links everything in one document.
func (p *Pipeline) Run(ctx context.Context, d *Doc) (*Result, error) {
	found, err := p.ruleMentions(ctx, d)
	if err != nil {
		return nil, err
	}
	if p.ranker != nil {
		var chosen [4][]Mention
		for ki := 1; ki <= 3; ki++ {
			chosen[ki] = p.ranker.choose(d, &found, ki)
		}
		found[1], found[2], found[3] = chosen[1], chosen[2], chosen[3]
	} else {
		for ki := 1; ki <= 3; ki++ {
			found[ki] = slices.DeleteFunc(found[ki], rankerOnly)
		}
	}
	r := &Result{Doc: d, Amounts: found[0]}
	r.Industries = mergeEntities(dropInside(found[1], found[2], found[3]), industryKey)
	for i := range r.Industries {
		r.Industries[i].SEI = p.industries.seiOf(r.Industries[i].Name)
	}
	r.Institutes = mergeAbbrev(mergeEntities(dropWeakInside(found[2], found[3]), nameKey))
	projMs := dropInstituteClash(dropHeadInside(found[3], found[2]), found[2])
	for _, e := range mergeSuffixes(mergeEntities(projMs, projectKey)) {
		r.Projects = append(r.Projects, Project{Entity: e})
	}
	projects := newProjectLookup(r.Projects)
	linkIndustries(d, r, projects, projMs, found[1])
	p.linkOwnIndustry(r)
	linkInvestments(d, r, projects, projMs, found[0])
	r.Title, r.Date, r.Publisher = metadata(d)
	return r, nil
}

// dropWeakInside drops weak mentions (a brand and its trade) that lie
// inside a mention of another kind: 东城科技 in the project
// 东城科技金融服务中心 is part of its name.
func dropWeakInside(ms, others []Mention) []Mention {
	idx := newMentionIndex(others)
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		if m.Weak && idx.within(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropHeadInside drops projects found by their head word inside an
// institute's name (锦江工业园 in 锦江工业园管委会).
func dropHeadInside(projMs, instMs []Mention) []Mention {
	idx := newMentionIndex(instMs)
	out := make([]Mention, 0, len(projMs))
	for _, m := range projMs {
		if m.Label != "list" && idx.within(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropInstituteClash drops a project found by its head word when the same
// words are an institute (珠海高新区投促中心 is a body, not a project);
// listed projects stay (a bank branch signed as a project is both).
func dropInstituteClash(projMs, instMs []Mention) []Mention {
	inst := map[Span]bool{}
	for _, m := range instMs {
		inst[m.Norm] = true
	}
	out := make([]Mention, 0, len(projMs))
	for _, m := range projMs {
		if inst[m.Norm] && m.Label != "list" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// mergeSuffixes folds a project whose name ends another's (青岛示范园 in
// “中国制造2025”青岛示范园, 华东基地 in 中联重科华东基地) into it. Names of four
// code points or more only: 产业园 alone says nothing.
func mergeSuffixes(es []Entity) []Entity {
	var out []Entity
	gone := make([]bool, len(es))
	for i := range es {
		for j := range es {
			if i == j || gone[j] || gone[i] {
				continue
			}
			a, b := projectKey(es[j].Name), projectKey(es[i].Name)
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

// nameKey compares names folded to half width, with white space and
// quote marks removed.
func nameKey(s string) string {
	if !mayKey(s) {
		return s
	}
	return nameKeyMap(s)
}

// nameKeyMap is nameKey without the check for a string it leaves alone.
func nameKeyMap(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '“', '”', '‘', '’', '"', '\'', '「', '」', '『', '』', '《', '》', ' ', '\t', '\n', '\r':
			return -1
		}
		return foldRune(r)
	}, s)
}

// mayKey reports whether nameKey may change s: whether s has a byte of
// one of the code points it drops (quotes, brackets, white space: ASCII,
// or U+2018–U+201D and U+300A–U+300F, which start with 0xE2 and 0xE3) or
// folds (U+3000 and U+FF01–U+FFEE, starting with 0xE3 and 0xEF).
func mayKey(s string) bool { return keyBytes.in(s) }

// keyBytes are the bytes mayKey looks for.
var keyBytes = bytesOf("\"' \t\n\r\xe2\xe3\xef")

var bracketed = regexp.MustCompile(`\([^()]*\)`)

// projectKey also drops a trailing 项目 and bracketed places, so that
// 腾讯双创小镇 and 腾讯双创小镇(青岛)项目 are one project.
func projectKey(s string) string {
	k := nameKey(s)
	if strings.Contains(k, "(") {
		k = bracketed.ReplaceAllString(k, "")
	}
	return strings.TrimSuffix(k, "项目")
}

// industryKey drops a trailing 产业, 行业 or 业, so that 新材料 and 新材料产业
// are one industry.
func industryKey(s string) string {
	k := nameKey(s)
	for _, suf := range []string{"产业", "行业"} {
		if t := strings.TrimSuffix(k, suf); t != k && len([]rune(t)) >= 2 {
			return t
		}
	}
	return k
}

// dropInside drops mentions that lie inside a mention of another kind:
// 健康产业 in 联东生命健康产业国际小镇 names a project, not an industry.
func dropInside(ms []Mention, others ...[]Mention) []Mention {
	idx := make([]mentionIndex, len(others))
	for i, o := range others {
		idx[i] = newMentionIndex(o)
	}
	out := make([]Mention, 0, len(ms))
next:
	for _, m := range ms {
		for _, x := range idx {
			if x.within(m) {
				continue next
			}
		}
		out = append(out, m)
	}
	return out
}

func mergeEntities(ms []Mention, key func(string) string) []Entity {
	idx := make(map[string]int, len(ms))
	out := make([]Entity, 0, len(ms))
	for _, m := range ms {
		k := key(m.Name)
		i, ok := idx[k]
		if !ok {
			idx[k] = len(out)
			out = append(out, Entity{Name: m.Name, Label: m.Label, Spans: []Span{m.Span}})
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

func sortSpans(ss []Span) {
	// sort.Slice sorts up to 12 elements by insertion, which leaves sorted
	// ones as they are: skipping it then (most entities have one or two
	// spans, in text order) changes nothing and saves its reflection.
	if len(ss) <= 12 && slices.IsSortedFunc(ss, func(a, b Span) int { return a.Start - b.Start }) {
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

func (x *Industries) seiOf(name string) string {
	rs := []rune(name)
	for i := 0; i < len(rs); {
		c, n := x.cores.at(rs, i)
		if n == 0 {
			i++
			continue
		}
		if s := x.info[c].SEI; s != "" {
			return s
		}
		i += n
	}
	return ""
}

// linkIndustries files projects under the industry their sentence
// introduces: 「在X方面, A、B…」 or 「X领域, …」, and a project whose own
// name holds an industry phrase ending in 产业 keeps none unless filed.
func linkIndustries(d *Doc, r *Result, projects projectLookup, projMs, indMs []Mention) {
	rs := d.runes
	inds := newMentionIndex(indMs)
	projs := newMentionIndex(projMs)
	// 签署数字经济项目合作协议…据悉, A、B…: an industry named with 项目 files
	// the projects listed in the next sentences of its paragraph.
	for si, s := range d.Sentences {
		for _, im := range inds.startingIn(s.Start, s.End) {
			if !followedBy(rs, im.Norm.End, "项目", "产业项目", "领域项目") {
				continue
			}
			end := s.End
			for k := si + 1; k < len(d.Sentences) && k <= si+3; k++ {
				end = d.Sentences[k].End
				if rs[d.Sentences[k].End-1] == '\n' {
					break
				}
			}
			for _, pm := range projs.startingIn(s.End, end) {
				setProjectIndustry(r, projects, pm, im.Name)
			}
		}
	}
	// 在X方面, A、B… / X领域, …: the industry at the head of the sentence.
	for _, s := range d.Sentences {
		var ind *Mention
		for _, im := range inds.startingIn(s.Start, s.End) {
			if !followedBy(rs, im.Norm.End, "方面", "领域") {
				continue
			}
			if pre := strings.TrimSpace(d.norm(s.Start, im.Norm.Start)); pre == "在" || pre == "" {
				im := im
				ind = &im
				break
			}
		}
		if ind == nil {
			continue
		}
		for _, pm := range projs.startingIn(ind.Norm.End, s.End) {
			setProjectIndustry(r, projects, pm, ind.Name)
		}
	}
}

// linkOwnIndustry files a project that no sentence files under an industry
// under the industry its own name holds with 产业 (中国西部锰钡新材料产业基地 is
// filed under 新材料产业), when that industry is named in the text too.
func (p *Pipeline) linkOwnIndustry(r *Result) {
	for i := range r.Projects {
		pr := &r.Projects[i]
		if pr.Industry != "" {
			continue
		}
		name := nameKey(pr.Name)
		k := strings.Index(name, "产业")
		if k <= 0 {
			continue
		}
		// The longest run of industry words that ends right before 产业
		// (one word, or two side by side).
		rs := []rune(name[:k])
		for j := 0; j < len(rs); j++ {
			_, n := p.industries.cores.at(rs, j)
			if n == 0 {
				continue
			}
			if j+n != len(rs) {
				if _, n2 := p.industries.cores.at(rs, j+n); n2 == 0 || j+n+n2 != len(rs) {
					continue
				}
			}
			want := industryKey(string(rs[j:]) + "产业")
			for _, ind := range r.Industries {
				if industryKey(ind.Name) == want {
					pr.Industry = ind.Name
				}
			}
			break
		}
	}
}

// projectLookup finds a document's projects (their indexes, in order) by
// the key of their name or of an alias.
type projectLookup map[string][]int

func newProjectLookup(ps []Project) projectLookup {
	l := projectLookup{}
	for i, p := range ps {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			k := projectKey(n)
			if idx := l[k]; len(idx) == 0 || idx[len(idx)-1] != i {
				l[k] = append(idx, i)
			}
		}
	}
	return l
}

// named returns the projects a mention names.
func (l projectLookup) named(pm Mention) []int { return l[projectKey(pm.Name)] }

func setProjectIndustry(r *Result, projects projectLookup, pm Mention, ind string) {
	if idx := projects.named(pm); len(idx) > 0 && r.Projects[idx[0]].Industry == "" {
		r.Projects[idx[0]].Industry = ind
	}
}

// linkInvestments gives a project the investment the text states as its
// own, trying in turn:
//
//	总投资50亿元的X项目              the sum, 的, the project;
//	总投资达N的项目有2项,分别为A和B    the sum, 的项目, then the projects named;
//	拟投资3亿元,在龙泉驿区建设X项目    the sum, then a building verb and the project;
//	该项目总投资额2亿元, 项目总投资N    the last project named before the sentence;
//	X项目…正式奠基,拟投资30亿元        the nearest project before it in the sentence.
//
// Sums of several projects (16个项目总投资70.8亿元, 共签约项目21个,签约额…)
// are linked to none: a count, a list or another sum between stops a link.
func linkInvestments(d *Doc, r *Result, projects projectLookup, projMs, amounts []Mention) {
	rs := d.runes
	link := func(pm *Mention, a *Amount) {
		for _, i := range projects.named(*pm) {
			if r.Projects[i].Investment == nil {
				r.Projects[i].Investment = a
			}
		}
	}
	sentence := d.sentenceAt
	amIdx := newMentionIndex(amounts)
	amountBetween := func(a, b int) bool {
		for _, am := range amIdx.startingIn(a, b) {
			if am.Norm.End <= b {
				return true
			}
		}
		return false
	}
	for ai := range amounts {
		am := &amounts[ai]
		if am.Amount.Role != "investment" {
			continue
		}
		sent := sentence(am.Norm.Start)
		after := d.norm(am.Norm.End, min(sent.End, am.Norm.End+40))
		linked := false
		// 总投资N的P.
		for i := range projMs {
			pm := &projMs[i]
			if pm.Norm.Start >= am.Norm.End && pm.Norm.Start <= am.Norm.End+2 && strings.HasPrefix(after, "的") && !strings.HasPrefix(after, "的项目") {
				link(pm, am.Amount)
				linked = true
				break
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
				for end < sent.End && !oneOf(";。", rs[end]) {
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
		// 拟投资N,在X建设P.
		for i := range projMs {
			pm := &projMs[i]
			if pm.Norm.Start < am.Norm.End || pm.Norm.Start >= sent.End || pm.Norm.Start-am.Norm.End > 30 {
				continue
			}
			between := d.norm(am.Norm.End, pm.Norm.Start)
			if strings.Count(between, ",") <= 1 && !listMarkChars.in(between) && !amountBetween(am.Norm.End, pm.Norm.Start) &&
				containsAny(between, "建设", "设立", "新建", "兴建", "建立", "打造", "建") && between != "" &&
				strings.HasSuffix(strings.TrimRight(between, " "), lastVerb(between)) {
				link(pm, am.Amount)
				linked = true
			}
			break
		}
		if linked {
			continue
		}
		// 该项目…N, or a sentence that starts with 项目 (项目总投资12.8亿元):
		// the last project named before the sentence.
		before := strings.TrimSpace(d.norm(sent.Start, am.Norm.Start))
		if (strings.Contains(before, "该项目") || strings.Contains(before, "此项目") || strings.HasPrefix(before, "项目")) &&
			!countEtcChars.in(before) {
			for i := len(projMs) - 1; i >= 0; i-- {
				if projMs[i].Norm.End <= sent.Start && sent.Start-projMs[i].Norm.End < 300 {
					link(&projMs[i], am.Amount)
					break
				}
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
			between := d.norm(pm.Norm.End, am.Norm.Start)
			if aggregateChars.in(between) || strings.Contains(between, "项目") || amountBetween(pm.Norm.End, am.Norm.Start) {
				break
			}
			link(pm, am.Amount)
			break
		}
	}
}

// lastVerb returns the building verb that ends between, or "".
func lastVerb(between string) string {
	for _, v := range []string{"建设", "设立", "新建", "兴建", "建立", "打造", "建"} {
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
	isoDate   = regexp.MustCompile(`(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?`)
	publisher = regexp.MustCompile(`(?:稿件来源|来源|来源于)\s*[:“"]\s*([^\s”"),。]{2,20})`)
)

// metadata finds the title (a short first line without sentence
// punctuation), the date (the first full date, or month and day as
// --MM-DD in the first lines) and the publisher (稿件来源/来源).
func metadata(d *Doc) (title, date, publisher string) {
	src := d.Src
	title = src.Title
	if title == "" {
		first, _, _ := strings.Cut(src.Orig, "\n")
		first = strings.TrimSpace(first)
		if n := utf8.RuneCountInString(first); n >= 4 && n <= 60 && !titleStopChars.in(first) && !strings.HasPrefix(first, "【") {
			title = first
		}
	}
	date = normaliseDate(src.Date)
	if date == "" {
		head := d.Text.Norm
		if len(head) > 600 {
			// Norm is valid UTF-8 (Normalize writes code points): cut
			// before the code point that 600 bytes would split.
			cut := 600
			for !utf8.RuneStart(head[cut]) {
				cut--
			}
			head = head[:cut]
		}
		// The first date that exists on the calendar (93月47日 is a typo or
		// a number, not a date).
		for _, m := range isoDates(head) {
			if validDate(m[0], m[1], m[2]) {
				date = m[0] + "-" + pad2(m[1]) + "-" + pad2(m[2])
				break
			}
		}
		if date == "" {
			for _, m := range monthDays(head) {
				if validDate("2000", m[0], m[1]) {
					date = "--" + pad2(m[0]) + "-" + pad2(m[1])
					break
				}
			}
		}
	}
	if m := publisherMatch(d.Text.Norm); m != "" {
		publisher = m
	}
	return title, date, publisher
}

func publisherMatch(s string) string {
	i := strings.Index(s, "来源")
	if i < 0 {
		return ""
	}
	// Every match contains 来源; start the search a few bytes before the
	// first one (稿件来源).
	i = max(0, i-len("稿件"))
	for !utf8.RuneStart(s[i]) {
		i++
	}
	if m := publisher.FindStringSubmatch(s[i:]); m != nil {
		return m[1]
	}
	return ""
}

// monthDays finds the month-day dates in s, in order, as the pattern
// ([0-9]{1,2})月([0-9]{1,2})日 would (TestMonthDays), without a regexp
// scan of every line head.
func monthDays(s string) [][2]string {
	var out [][2]string
	for i := 0; ; {
		k := strings.Index(s[i:], "月")
		if k < 0 {
			return out
		}
		k += i
		a := k
		for a > i && a > k-2 && isASCIIDigit(rune(s[a-1])) {
			a--
		}
		b := k + len("月")
		e := b
		for e < len(s) && e < b+2 && isASCIIDigit(rune(s[e])) {
			e++
		}
		if a < k && e > b && strings.HasPrefix(s[e:], "日") {
			out = append(out, [2]string{s[a:k], s[b:e]})
			i = e + len("日")
		} else {
			i = b
		}
	}
}

// isoDates is isoDate.FindAllStringSubmatch(s, -1) without the regexp
// (TestISODatesAgrees): year, month and day of every match, left to right,
// not overlapping. A match starts with the last four digits of a run of
// digits (earlier starts would need a digit to be a separator), so only
// those are tried.
func isoDates(s string) [][3]string {
	var out [][3]string
	for i := 0; i < len(s); {
		if !isDigitAt(s, i) {
			i++
			continue
		}
		j := i + 1
		for isDigitAt(s, j) {
			j++
		}
		if j-i >= 4 {
			if m, end, ok := isoDateAt(s, j-4); ok {
				out = append(out, m)
				i = end
				continue
			}
		}
		i = j
	}
	return out
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// dateSep is the length of a date separator at s[i]: - / . or cn.
func dateSep(s string, i int, cn string) int {
	if i < len(s) && (s[i] == '-' || s[i] == '/' || s[i] == '.') {
		return 1
	}
	if strings.HasPrefix(s[i:], cn) {
		return len(cn)
	}
	return 0
}

// isoDateAt matches isoDate at byte p, where four digits stand, as the
// regexp would: a separator, a month of two digits or else one, a
// separator, a day of two digits where there are two, and 日 if it follows.
func isoDateAt(s string, p int) ([3]string, int, bool) {
	i := p + 4
	n := dateSep(s, i, "年")
	if n == 0 {
		return [3]string{}, 0, false
	}
	i += n
	for _, w := range []int{2, 1} {
		if !isDigitAt(s, i) || w == 2 && !isDigitAt(s, i+1) {
			continue
		}
		j := i + w
		n := dateSep(s, j, "月")
		if n == 0 || !isDigitAt(s, j+n) {
			continue
		}
		j += n
		dw := 1
		if isDigitAt(s, j+1) {
			dw = 2
		}
		end := j + dw
		if strings.HasPrefix(s[end:], "日") {
			end += len("日")
		}
		return [3]string{s[p : p+4], s[i : i+w], s[j : j+dw]}, end, true
	}
	return [3]string{}, 0, false
}

func normaliseDate(s string) string {
	if m := isoDate.FindStringSubmatch(s); m != nil && validDate(m[1], m[2], m[3]) {
		return m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3])
	}
	return ""
}

// validDate reports whether year-month-day exists (a leap year stands in
// for an unknown year, so --02-29 is allowed).
func validDate(y, m, d string) bool {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mi < 1 || mi > 12 || di < 1 || yi < 1000 || yi > 2999 {
		return false
	}
	return time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC).Day() == di
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// Reparse reads an amount's text alone (see Money.ReadAmount); it has the
// shape of schema.Reparser.
func (p *Pipeline) Reparse(text string) (value, max *big.Rat, currency string, ok bool) {
	a, ok := p.money.ReadAmount(text)
	if !ok {
		return nil, nil, "", false
	}
	return a.Value, a.Max, a.Currency, true
}

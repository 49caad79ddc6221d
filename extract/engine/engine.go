package engine

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/link"
	"github.com/pressmine/pressmine/extract/meta"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/rank"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/extract/wordclass"
)

// Engine runs a list of extractors on a document, lets the ranker judge
// the rules' entity mentions, resolves the mentions of different kinds
// that claim the same words (a table of which kind gives way to which),
// merges each kind's mentions into entities and links them. It is safe for
// concurrent use; build one per process.
type Engine struct {
	seg        segment.Segmenter
	hant       *textmap.Hant
	ranker     *rank.Ranker // nil: the rules' mentions as they are
	extractors []extract.Extractor
	giveWay    []link.GiveWay
	money      *money.Money       // reads amount texts again (Reparse)
	industries *entity.Industries // the industry words that linking reads
	projects   *entity.Projects   // the project heads the tagger's projects need
}

// New builds an engine from a segmenter and vocabularies, with the
// default extractors (amounts, industries, institutes, projects, in that
// order), the embedded ranker and link.DefaultGiveWay.
func New(seg segment.Segmenter, mc money.Config, ec entity.Config) (*Engine, error) {
	p, err := NewParts(mc, ec)
	if err != nil {
		return nil, err
	}
	return p.With(seg), nil
}

// Parts are an engine but for its segmenter: what New builds from the
// vocabularies and the embedded ranker. A caller may build them while the
// segmenter's dictionary loads, the longest part of a start.
type Parts struct {
	e Engine
}

// With is the engine of these parts on seg.
func (p *Parts) With(seg segment.Segmenter) *Engine {
	e := p.e
	e.seg = seg
	return &e
}

// Reparse is Engine.Reparse, which needs no segmenter.
func (p *Parts) Reparse(text string) (value, max *big.Rat, currency string, ok bool) {
	return p.e.Reparse(text)
}

// NewParts builds an engine's parts as New does.
func NewParts(mc money.Config, ec entity.Config) (*Parts, error) {
	h, err := textmap.NewHant()
	if err != nil {
		return nil, err
	}
	m := money.NewMoney(mc, h)
	r, err := rank.DefaultRanker()
	if err != nil {
		return nil, err
	}
	if r.Len() == 0 {
		r = nil
	}
	ind := entity.NewIndustries(ec)
	pro := entity.NewProjects(ec)
	return &Parts{Engine{
		hant:       h,
		ranker:     r,
		extractors: []extract.Extractor{m, ind, entity.NewInstitutes(ec), pro},
		giveWay:    link.DefaultGiveWay,
		money:      m,
		industries: ind,
		projects:   pro,
	}}, nil
}

// Doc normalises and segments a document as the engine reads it: a
// Traditional text is read as Simplified (Hant). sc may be nil (see
// extract.NewDocIn).
func (p *Engine) Doc(sc *extract.Scratch, src *corpus.Document) *extract.Doc {
	return extract.BuildDoc(sc, src, p.seg, p.hant)
}

// Extractors lists the engine's extractors, in the order they run.
func (p *Engine) Extractors() []extract.Extractor { return slices.Clone(p.extractors) }

// With returns an engine like p that also runs the extractors xs, after
// its own, and gives way by rules (appended to p's table). Mentions of a
// kind the record has no list for come out in Result.Other, merged by
// name. p is unchanged.
func (p *Engine) With(xs []extract.Extractor, rules ...link.GiveWay) *Engine {
	q := *p
	q.extractors = append(slices.Clone(p.extractors), xs...)
	q.giveWay = append(slices.Clone(p.giveWay), rules...)
	return &q
}

// WithRanker returns an engine like p that judges the rules' entity
// mentions with r (nil: takes them as they are). p is unchanged.
func (p *Engine) WithRanker(r *rank.Ranker) *Engine {
	q := *p
	q.ranker = r
	return &q
}

// Ranker is the ranker that judges the rules' entity mentions (nil when
// there is none).
func (p *Engine) Ranker() *rank.Ranker { return p.ranker }

// rankerOnly reports a candidate that only the ranker may take: a name
// with a project head where nothing reports a project, or one the
// project checks turn down; an industry word the checks turn down, or a
// field no industry word covers (entity.Industries' suffixed); another
// item of a list whose item the rules accept (extract.ViaListMate); and
// one a rule filters after the ranker (extract.ViaFiltered), which no one
// takes.
func rankerOnly(m extract.Mention) bool {
	return m.Via == "untriggered" || m.Via == "rejected" || m.Via == "suffixed" || m.Via == extract.ViaListMate || m.Filtered()
}

// tagAdds reports whether the tagger's names of kind k are taken beside
// the ranker's: projects and industries. For institutes cross-validation
// and the blind set both scored the tagger's extra names below the rules'
// (more of them are wrong than right), so they are left out.
func tagAdds(k extract.Kind) bool { return k == extract.KindProject || k == extract.KindIndustry }

// addTagged adds the tagger's mentions ts to ms, in text order, but for
// those at a span ms has. With apart, a tagged name within one of ms is
// left out too (for projects: the rules' longer name holds it, as in
// 园区二期 and 园区). Tagged names that hold one of ms were left in: left
// out, cross-validation gained (A及B项目 joined by the tagger) but the
// blind set lost more (longer names the tagger had right).
func addTagged(d *extract.Doc, ms, ts []extract.Mention, apart bool) []extract.Mention {
	if len(ts) == 0 {
		return ms
	}
	have := make(map[textmap.Span]bool, len(ms))
	for _, m := range ms {
		have[m.Norm] = true
	}
	idx := extract.NewIndex(ms)
	for _, t := range ts {
		if have[t.Norm] || apart && (idx.Within(t) || joinsList(d, t, ms)) {
			continue
		}
		ms = append(ms, t)
	}
	slices.SortStableFunc(ms, func(a, b extract.Mention) int {
		if a.Norm.Start != b.Norm.Start {
			return a.Norm.Start - b.Norm.Start
		}
		return b.Norm.End - a.Norm.End
	})
	return ms
}

// joinsList reports whether t starts with one of ms that a conjunction
// follows inside t: the tagger joined the items of a list (A及B项目)
// where the rules named A.
func joinsList(d *extract.Doc, t extract.Mention, ms []extract.Mention) bool {
	for _, m := range ms {
		if m.Norm.Start == t.Norm.Start && m.Norm.End < t.Norm.End-1 && textmap.OneOf("及和与、", d.Runes[m.Norm.End]) {
			return true
		}
	}
	return false
}

// ruleMentions runs the extractors, in order.
func (p *Engine) ruleMentions(ctx context.Context, d *extract.Doc) (extract.Found, error) {
	found := make(extract.Found, 0, len(p.extractors))
	for _, x := range p.extractors {
		ms, err := x.Extract(ctx, d)
		if err != nil {
			return found, err
		}
		found = append(found, extract.KindMentions{Kind: x.Kind(), Mentions: ms})
	}
	p.builtBodies(d, found)
	projectMakers(d, found)
	return found, nil
}

// makerBrands are the words that end a company's short name at the start
// of its project's name (江松科技 光伏自动化设备二期项目).
var makerBrands = map[string]bool{"科技": true, "股份": true, "集团": true, "控股": true, "实业": true}

// projectMakers adds as an institute (a company, Via "maker") the company a
// project's name starts with: a name-like word and one of makerBrands,
// with more of the project's name after them (江松科技 光伏自动化设备二期项目,
// 东岭集团 新材料产业园). The gold rules count the company too. A place
// before the brand (东城 科技金融服务中心) makes none. Where the brand rule
// named the company already, its name stops being weak, so it no longer
// gives way to the project around it.
func projectMakers(d *extract.Doc, found extract.Found) {
	ii := found.IndexOf(extract.KindInstitute)
	if ii < 0 {
		return
	}
	idx := extract.NewIndex(found[ii].Mentions)
	added := false
	for _, m := range found.Of(extract.KindProject) {
		if rankerOnly(m) {
			continue
		}
		k := segment.TokenIndexAt(d.Tokens, m.Norm.Start)
		if k+1 >= len(d.Tokens) || d.Tokens[k].Start != m.Norm.Start {
			continue
		}
		name, brand := d.Tokens[k], d.Tokens[k+1]
		if !makerBrands[brand.Text] || brand.End >= m.Norm.End || name.End-name.Start < 2 || !makerName(name.POS) {
			continue
		}
		s := textmap.Span{Start: name.Start, End: brand.End}
		if idx.Overlaps(s) {
			// The brand rule's own name there, weak (it gives way to the
			// project around it: 东城 科技金融服务中心), is the maker's.
			for j, o := range found[ii].Mentions {
				if o.Norm == s {
					found[ii].Mentions[j].Weak = false
				}
			}
			continue
		}
		im := d.Mention(extract.KindInstitute, s)
		im.Label, im.Via = "company", "maker"
		found[ii].Mentions = append(found[ii].Mentions, im)
		added = true
	}
	if added {
		sortByStart(found[ii].Mentions)
	}
}

// sortByStart sorts ms by where they start, keeping the order of those
// that start together.
func sortByStart(ms []extract.Mention) {
	slices.SortStableFunc(ms, func(a, b extract.Mention) int { return a.Norm.Start - b.Norm.Start })
}

// makerName reports the parts of speech of a company's own name: unknown
// words, names and abbreviations, not places or common nouns.
func makerName(pos string) bool {
	switch pos {
	case "x", "nz", "nr", "nrt", "nrfg", "j", "eng":
		return true
	}
	return false
}

// builtBodies adds as a project each research body, college or hospital
// the rules found right after a building verb (在德阳落地西南工业互联网
// 研究院, 共建“华为ICT学院”): the gold rules count a body built or landed
// as a project too.
func (p *Engine) builtBodies(d *extract.Doc, found extract.Found) {
	pi := found.IndexOf(extract.KindProject)
	if pi < 0 || p.projects == nil {
		return
	}
	have := map[textmap.Span]bool{}
	for _, m := range found[pi].Mentions {
		have[m.Norm] = true
	}
	added := false
	for _, m := range found.Of(extract.KindInstitute) {
		switch m.Label {
		case "research", "university", "other":
		default:
			continue
		}
		if have[m.Norm] || !p.projects.Built(d, m.Norm) {
			continue
		}
		pm := d.Mention(extract.KindProject, m.Norm)
		pm.Via = link.ViaBuilt
		found[pi].Mentions = append(found[pi].Mentions, pm)
		have[m.Norm] = true
		added = true
	}
	if added {
		sortByStart(found[pi].Mentions)
	}
}

// Candidates lists what the ranker judges in a document: the rules'
// industries, institutes and projects with their variants and features.
func (p *Engine) Candidates(ctx context.Context, d *extract.Doc) ([]rank.Candidate, error) {
	found, err := p.ruleMentions(ctx, d)
	if err != nil {
		return nil, err
	}
	var out []rank.Candidate
	for _, km := range found {
		if rank.Judges(km.Kind) {
			out = append(out, rank.Candidates(d, found, km.Kind)...)
		}
	}
	return out, nil
}

// turnedDown reports whether the rules found m's words and turned them
// down themselves (a bare industry word without 产业 or a list around it:
// 材料, 装备, 信息).
func turnedDown(found extract.Found, m extract.Mention) bool {
	for _, o := range found.Of(m.Kind) {
		if o.Norm == m.Norm && rankerOnly(o) {
			return true
		}
	}
	return false
}

// splitByRules reports whether the rules found the parts of an industry
// the tagger named joined (高新技术及文旅会展商贸: 高新技术, 文旅会展商贸):
// a rules' industry ends at a joiner inside s, or starts right after one;
// not when the rules name s itself too.
func splitByRules(d *extract.Doc, found extract.Found, s textmap.Span) bool {
	split := false
	for _, o := range found.Of(extract.KindIndustry) {
		switch {
		case o.Norm == s:
			return false // the rules name it joined too (智能制造与新材料产业)
		case o.Norm.Start < s.Start || o.Norm.End > s.End:
		case o.Norm.End < s.End && textmap.OneOf("及和与、", d.Runes[o.Norm.End]),
			o.Norm.Start > s.Start && textmap.OneOf("及和与、", d.Runes[o.Norm.Start-1]):
			split = true
		}
	}
	return split
}

// finishProjects applies the rules about whole project names to the
// chosen ones: routes and sections extend them (extendRoutes), and none
// is a name the text counts (entity.Counted), a centre of a body
// (entity.BodysCentre), a short kind of plant (Projects.ShortKind), a
// programme (Projects.Programme), a title conferred (Projects.Honour), a
// body with a director (Projects.Staffed), a clause, a field or a kind
// (Projects.Clause, Industry, GenericName), a list's tail
// (entity.ListTail), part of a quoted term (entity.InsideTerm), a place
// alone (Projects.PlaceOnly) or a name the rules turned down after a
// description (describedBefore); a verb of policy before a name goes
// (entity.PolicyLead).
func finishProjects(d *extract.Doc, projects *entity.Projects, ms []extract.Mention) []extract.Mention {
	// 一是继续实施X工程: a name that starts with the number of a point is
	// tidied as the tagger's are (entity.Tidy), its verbs cut off; when no
	// name is left (一是采购项目), it goes.
	kept := ms[:0]
	for _, m := range ms {
		// 1.X项目, (4)X项目: the number of a list's item is no part of the
		// name.
		if s := entity.AfterListMarker(d.Runes, m.Norm.Start, m.Norm.End); s > m.Norm.Start {
			if !projects.HasHead(d.Runes[s:m.Norm.End]) {
				continue // (1)基地: a bare head is left
			}
			m = respan(d, m, textmap.Span{Start: s, End: m.Norm.End})
		}
		if k := segment.TokenIndexAt(d.Tokens, m.Norm.Start); k < len(d.Tokens) && entity.Enumerator(d.Tokens[k].Text) && !tidyEnumerated(d, projects, &m) {
			continue
		}
		// 推动雄忻高铁、…, 深化无界公园建设: the verb of a policy is no part
		// of the name; 这是多晶硅项目: a demonstrative makes none.
		s, ok := entity.PolicyLead(d, m.Norm)
		if !ok || s != m.Norm && (!projects.HasHead(d.Runes[s.Start:s.End]) || s.Len() < 3) {
			continue
		}
		if s, ok = afterNumber(d, s); !ok {
			continue // 8.5 代线项目: cut inside a number
		}
		kept = append(kept, respan(d, m, s))
	}
	ms = kept
	extendRoutes(d, ms)
	byStart := map[int][]int{} // the ends of the names that start at each point
	for _, m := range ms {
		byStart[m.Norm.Start] = append(byStart[m.Norm.Start], m.Norm.End)
	}
	ms = slices.DeleteFunc(ms, func(m extract.Mention) bool { return headOfLonger(d, m, byStart[m.Norm.Start]) })
	// A name the text counts anywhere (3个光伏发电项目) is a kind there, at
	// every mention: the text is searched once a name.
	counted := map[string]bool{}
	// A name with a director or staff at one mention (…中心有关负责人) is a
	// body at every mention, and so is the end of it the text uses as a
	// shorter name (山东省曲阜市X中心, 曲阜市X中心).
	var staffed map[string]bool
	for _, m := range ms {
		if projects.Staffed(d, m.Norm) {
			if staffed == nil {
				staffed = map[string]bool{}
			}
			staffed[d.Slice(m.Norm.Start, m.Norm.End)] = true
		}
	}
	return slices.DeleteFunc(ms, func(m extract.Mention) bool {
		name := d.Runes[m.Norm.Start:m.Norm.End]
		key := string(name)
		c, seen := counted[key]
		if !seen {
			c = entity.Counted(d.Text.Norm, key)
			counted[key] = c
		}
		// 总投资3亿元的冷链物流项目: a project with its own sum, though its
		// name be industry words; so is a numbered line's (⏎2.冷链物流中心项目:,
		// not ⏎(三)新能源项目).
		kind := (projects.Industry(d, m.Norm) || projects.GenericName(d, m.Norm)) && !projects.Invested(d, m.Norm) && !projects.NumberedName(d, m.Norm)
		return c || kind ||
			entity.NoWorksName(d, m.Norm) || entity.ModifiesNoun(d, m.Norm.End) || entity.IncidentAfter(d, m.Norm.End) || entity.SpeaksAfter(d, m.Norm.End) || entity.ClosedBefore(d, m.Norm) || entity.AnaphorInside(d, m.Norm) || entity.ListTail(d, m.Norm) ||
			entity.BodysCentre(name) || entity.InsideTerm(d, m.Norm) ||
			projects.ShortKind(d, m.Norm) || projects.Programme(d, m.Norm) || projects.Honour(d, m.Norm) ||
			staffedName(staffed, key) || projects.Party(d, m.Norm) || projects.Clause(d, m.Norm) || projects.PlaceOnly(d, m.Norm) ||
			particleInside(d, m.Norm) || superlativeInside(d, m.Norm) || quantifiedBefore(d, m.Norm) ||
			textmap.HasSuffixRunes(d.Runes[:m.Norm.Start], "成为") && !projects.Named(d, m.Norm) || // 使印度成为全球电信硬件设备制造中心: a role
			associationAfter(d, m.Norm.End) ||
			m.Via == "rejected" && describedBefore(d, m.Norm.Start)
	})
}

// associationHeads end the names of associations, alliances, clubs and
// registered firms.
var associationHeads = []string{"联盟", "协会", "学会", "研究会", "促进会", "商会", "联合会", "俱乐部", "有限公司", "有限责任公司"}

// associationAfter reports a name that the nouns right after it (up to
// four words, no mark between but a short bracket) make part of the name
// of an association, an alliance, a club or a firm (LED植物工厂 研发 战略
// 联盟, 中国房商联盟工程 采购 经理人 (华南) 俱乐部): a field the body works
// in, not a project.
func associationAfter(d *extract.Doc, e int) bool {
	k, ok := segment.WordStartingAt(d.Tokens, e)
	if !ok {
		return false
	}
	verb := false
	for j, words := k, 0; j < len(d.Tokens) && words < 4; j++ {
		t := d.Tokens[j]
		if t.Text == "(" || t.Text == "（" {
			c := j + 1
			for c < len(d.Tokens) && c <= j+3 && d.Tokens[c].Text != ")" && d.Tokens[c].Text != "）" {
				c++
			}
			if c >= len(d.Tokens) || c > j+3 {
				return false
			}
			j = c // (华南): a region the body covers
			continue
		}
		if !strings.HasPrefix(t.POS, "n") && t.POS != "vn" && t.POS != "j" {
			if t.POS != "v" || j == len(d.Tokens)-1 {
				return false
			}
			verb = true // 采购/v 经理人 俱乐部: a club's trade; a firm's name has no verb
		}
		for _, h := range associationHeads {
			if strings.HasSuffix(t.Text, h) {
				return !verb || !strings.HasSuffix(h, "公司")
			}
		}
		words++
	}
	return false
}

// pluralQuantifiers say a phrase names several of a kind (一些…的广东工厂).
var pluralQuantifiers = []string{"一些", "部分", "许多", "不少", "众多", "大批", "多数", "大量", "诸多", "若干"}

// quantifiedBefore reports a name that a plural quantifier governs in its
// clause (一些之前合作得不错的广东工厂): works of a kind, not one named.
func quantifiedBefore(d *extract.Doc, s textmap.Span) bool {
	rs := d.Runes
	a := s.Start
	for a > 0 && s.Start-a < 16 && !textmap.ClauseMarkChars.Has(rs[a-1]) && !textmap.OneOf("。；;：:、", rs[a-1]) {
		a--
	}
	before := d.Slice(a, s.Start)
	for _, q := range pluralQuantifiers {
		if i := strings.Index(before, q); i >= 0 && (strings.Contains(before[i:], "的") || i+len(q) == len(before)) {
			return true
		}
	}
	return false
}

// superlativeInside reports a name with a superlative in it (省内单体最大
// 火电基地, 世界最大太阳能发电站): a description of works, not their name.
func superlativeInside(d *extract.Doc, s textmap.Span) bool {
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		if t := d.Tokens[k].Text; strings.HasPrefix(t, "最") && len([]rune(t)) >= 2 {
			return true
		}
	}
	return false
}

// particleInside reports a name with the particle 的 inside it (300MW的
// 风电场, 100万立方米的水库): a description of works, not a name (no gold
// project holds one); 的 inside a word (美的, 奥的斯) is no particle.
func particleInside(d *extract.Doc, s textmap.Span) bool {
	for k := segment.TokenIndexAt(d.Tokens, s.Start); k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
		if t := d.Tokens[k]; t.Text == "的" && t.Start > s.Start {
			return true
		}
	}
	return false
}

// staffedName reports whether name is one of staffed or the end of one,
// of four code points or more.
func staffedName(staffed map[string]bool, name string) bool {
	if staffed[name] {
		return true
	}
	if utf8.RuneCountInString(name) < 4 {
		return false
	}
	for s := range staffed {
		if strings.HasSuffix(s, name) {
			return true
		}
	}
	return false
}

// joinOrMark are the conjunctions and marks that join two names.
var joinOrMark = textmap.Chars("及和与、，,；;。")

// headOfLonger reports whether another name that starts where m does (its
// end one of ends) goes on from m without a conjunction or a mark
// (中海壳牌惠州三期 in 中海壳牌惠州三期乙烯项目): m is a part of that name, not
// a name of its own. After a conjunction (A及B项目) the longer is a joined
// list, and m stays.
func headOfLonger(d *extract.Doc, m extract.Mention, ends []int) bool {
	for _, e := range ends {
		if e > m.Norm.End && !joinOrMark.InRunes(d.Runes[m.Norm.End:e]) {
			return true
		}
	}
	return false
}

// finish applies the checks on whole names of kind k that follow the
// ranker (and stand in for it with the rules alone).
func (p *Engine) finish(d *extract.Doc, k extract.Kind, ms []extract.Mention) []extract.Mention {
	switch k {
	case extract.KindProject:
		return finishProjects(d, p.projects, ms)
	case extract.KindIndustry:
		return finishIndustries(d, p.industries, ms)
	}
	return ms
}

// venueAfter reports whether the word at e makes the industry before it a
// place, an event, a process or a research body (先进制造区, 航空航天馆,
// 世界制造业大会, 工业化, 数字经济研究院): the text names that, not the industry.
func venueAfter(d *extract.Doc, e int) bool {
	if e >= len(d.Runes) {
		return false
	}
	if !d.Starts[e] {
		return true // 工业|化: the word goes on
	}
	k, ok := segment.WordStartingAt(d.Tokens, e)
	if !ok {
		return false
	}
	switch d.Tokens[k].Text {
	case "区", "馆", "化", "大会", "博览会", "论坛", "展会", "峰会":
		return true
	}
	// A research body named by its field (数字经济 研究院, 人工智能 研究所):
	// the text names the body.
	return textmap.FollowedBy(d.Runes, e, "研究院", "研究所", "实验室", "研究中心", "研究会")
}

// finishIndustries drops a joined name whose parts are named too, a name
// that ends as no industry does (Industries.NotField), one a venue, event
// or process goes on from (venueAfter), a bare industry word of two
// characters that is neither a list's item nor before its class word
// (采购的芯片, 先进的装备: goods, which the ranker may take for the field), and
// one that modifies the noun after it (工业企业, 工业增加值, 装备技术水平,
// 基础设施投资): the text names a kind of firm or figure there, not the
// industry. Before 项目, 领域, 方面, 产业 or 行业 the word presents the field
// itself.
func finishIndustries(d *extract.Doc, industries *entity.Industries, ms []extract.Mention) []extract.Mention {
	// A joined name whose parts are named too (人工智能及金融科技 beside
	// 人工智能 and 金融科技) is the parts.
	parts := func(m extract.Mention) bool {
		if !strings.ContainsAny(m.Name, "及和与、") {
			return false
		}
		first, last := false, false
		for _, o := range ms {
			if o.Norm == m.Norm || o.Norm.Start < m.Norm.Start || o.Norm.End > m.Norm.End {
				continue
			}
			first = first || o.Norm.Start == m.Norm.Start
			last = last || o.Norm.End == m.Norm.End
		}
		return first && last
	}
	joined := map[textmap.Span]bool{}
	for _, m := range ms {
		if parts(m) {
			joined[m.Norm] = true
		}
	}
	return slices.DeleteFunc(ms, func(m extract.Mention) bool {
		if joined[m.Norm] || industries != nil && industries.NotField(d.Runes[m.Norm.Start:m.Norm.End]) || venueAfter(d, m.Norm.End) {
			return true
		}
		if k := segment.TokenIndexAt(d.Tokens, m.Norm.End); k < len(d.Tokens) && d.Tokens[k].Start == m.Norm.End && d.Tokens[k].POS == "k" {
			return true // 汽车式起重机: a suffix makes the word a kind of thing
		}
		if m.Norm.Len() > 2 && m.Name != "基础设施" && (industries == nil || !industries.Weak(d.Runes[m.Norm.Start:m.Norm.End])) {
			return false // 零部件, a weak word, is judged as short ones are
		}
		if listOfBodies(d.Runes, m.Norm.End) {
			return true // 土地、环保、金融等部门: the bodies of those fields
		}
		if listOfStages(d.Runes, m.Norm.End) {
			return true // 生产、批发、零售各个环节: steps, not fields
		}
		if m.Norm.Len() <= 2 && listOfQualities(d.Runes, m.Norm.End) {
			return true // 节能、环保的优势, 质量、环保要求: qualities of a thing, not fields
		}
		// 最为先进的装备, 原料、能源成本: a short word stands for its field
		// only as an item or before its class word; a weak one only as an
		// item joined by 、 or a conjunction (，电力需求: a comma starts a
		// clause as often as a list).
		if weak := industries != nil && industries.Weak(d.Runes[m.Norm.Start:m.Norm.End]); (m.Norm.Len() <= 2 || weak) && !textmap.FollowedBy(d.Runes, m.Norm.End, fieldClassWords...) {
			if item := weak && joinedItem(d.Runes, m.Norm) || !weak && entity.ListItem(d.Runes, m.Norm.Start, m.Norm.End); !item {
				return true
			}
		}
		k := segment.TokenIndexAt(d.Tokens, m.Norm.End)
		if k >= len(d.Tokens) || d.Tokens[k].Start != m.Norm.End {
			return false
		}
		t := d.Tokens[k]
		switch t.Text {
		case "项目", "领域", "方面", "产业", "行业", "板块", "赛道", "类", "产业链", "业":
			return false
		}
		return t.POS == "n" || t.POS == "vn" || t.POS == "nz"
	})
}

// listCoherent adds to chosen the rules' industries or institutes (cands,
// not only the ranker's) that stand in a list with two or more chosen ones,
// items joined by 、 alone: the items of one list are of one kind (光伏、风电、
// 储能等; 格力、海信、长虹: the ranker doubts a first item, after a verb or a
// count). Not projects: on real news the items it took back were goods
// and fields (特种电缆, 炼油) far more often than projects.
func listCoherent(d *extract.Doc, cands, chosen []extract.Mention) []extract.Mention {
	if len(chosen) < 2 {
		return chosen
	}
	rs := d.Runes
	byStart := make(map[int]textmap.Span, len(chosen))
	byEnd := make(map[int]textmap.Span, len(chosen))
	for _, m := range chosen {
		byStart[m.Norm.Start], byEnd[m.Norm.End] = m.Norm, m.Norm
	}
	// chain counts the chosen items joined to s by 、, after it and before.
	chain := func(s textmap.Span) int {
		n := 0
		for e := s.End; e < len(rs) && rs[e] == '、'; {
			next, ok := byStart[e+1]
			if !ok {
				break
			}
			n++
			e = next.End
		}
		for b := s.Start; b > 0 && rs[b-1] == '、'; {
			prev, ok := byEnd[b-1]
			if !ok {
				break
			}
			n++
			b = prev.Start
		}
		return n
	}
	return addJoined(cands, chosen, func(c extract.Mention) bool {
		if _, ok := byStart[c.Norm.Start]; ok || c.Norm.End >= len(rs) || !textmap.OneOf("、等和及", rs[c.Norm.End]) {
			return false // chosen, or not a whole item (金融 支持)
		}
		return chain(c.Norm) >= 2
	})
}

// addJoined adds to chosen, in text order, the rules' own mentions in
// cands (not the words they turned down) that joined reports true for and
// no chosen mention overlaps: the items that the text joins to chosen
// ones (listCoherent, coordinatedProjects).
func addJoined(cands, chosen []extract.Mention, joined func(c extract.Mention) bool) []extract.Mention {
	var add []extract.Mention
	var idx extract.Index // of chosen, built at the first item that needs it
	built := false
	for _, c := range cands {
		if c.Via != "" || c.Filtered() || !joined(c) {
			continue
		}
		if !built {
			idx, built = extract.NewIndex(chosen), true
		}
		if !idx.Overlaps(c.Norm) {
			add = append(add, c)
		}
	}
	if len(add) == 0 {
		return chosen
	}
	out := append(chosen, add...)
	sortByStart(out)
	return out
}

// coordinatedProjects adds to chosen the rules' projects (cands) joined
// by 及, 和 or 与 to a chosen project right after or before them, the
// two sharing the verb that reports them (康源生物疫苗生产基地及临海医疗器械
// 产业园项目签约落户: the ranker doubted the second): two works joined so
// are of one kind, when the added one is named as a work is (a head and
// a proper name: Projects.Named).
func coordinatedProjects(d *extract.Doc, projects *entity.Projects, cands, chosen []extract.Mention) []extract.Mention {
	if len(chosen) == 0 {
		return chosen
	}
	rs := d.Runes
	byStart := make(map[int]bool, len(chosen))
	byEnd := make(map[int]bool, len(chosen))
	for _, m := range chosen {
		byStart[m.Norm.Start], byEnd[m.Norm.End] = true, true
	}
	return addJoined(cands, chosen, func(c extract.Mention) bool {
		if byStart[c.Norm.Start] {
			return false // chosen already
		}
		joinedAfter := c.Norm.End+1 < len(rs) && textmap.OneOf("及和与", rs[c.Norm.End]) && byStart[c.Norm.End+1]
		joinedBefore := c.Norm.Start >= 2 && textmap.OneOf("及和与", rs[c.Norm.Start-1]) && byEnd[c.Norm.Start-1]
		return (joinedAfter || joinedBefore) && projects.Named(d, c.Norm)
	})
}

// fieldClassWords after a short or weak industry word present it as the
// field (环保领域, 物流行业, 文旅板块).
var fieldClassWords = []string{"领域", "行业", "产业", "方面", "项目", "业", "板块", "赛道"}

// joinedItem reports whether s stands in a list by 、 or a conjunction
// (煤炭、电力; 水泥和玻璃), not only after a comma, which starts a clause as
// often (，电力需求一直暴涨).
func joinedItem(rs []rune, s textmap.Span) bool {
	return s.Start > 0 && textmap.OneOf("、和与及", rs[s.Start-1]) || s.End < len(rs) && textmap.OneOf("、等和与及", rs[s.End])
}

// bodyWords are the words of bodies that may close a list of fields.
var bodyWords = []string{"部门", "单位", "机构", "组织", "系统"}

// maxListRest is how far after a name listOfBodies reads its list, in
// code points.
const maxListRest = 30

// listOfQualities reports whether the list that goes on at e (、X、Y, or
// nothing more) ends in 的 or a word of what qualities are had or asked
// for (节能、环保的优势, 质量、环保要求): its items are qualities, not fields.
func listOfQualities(rs []rune, e int) bool {
	i := e
	for i < len(rs) && rs[i] == '、' {
		j := i + 1
		for j < len(rs) && j-i <= 4 && unicode.Is(unicode.Han, rs[j]) && !textmap.OneOf("的等和及与", rs[j]) {
			j++
		}
		if j == i+1 {
			return false
		}
		i = j
	}
	return i < len(rs) && (rs[i] == '的' || textmap.FollowedBy(rs, i, "要求", "标准", "优势", "理念", "意识", "约束", "不达标", "达标", "投入", "成本", "压力", "关", "性能"))
}

// listOfBodies reports whether the list a name at e is an item of closes
// with 等 and a word of bodies (投资、土地、环保、金融等部门, 交通、能源等单位):
// the text names the bodies of those fields, not the fields.
func listOfBodies(rs []rune, e int) bool {
	return listClosedBy(rs, e, func(i int) bool {
		return rs[i] == '等' && slices.ContainsFunc(bodyWords, func(w string) bool { return textmap.HasRunesAt(rs, i+1, w) })
	})
}

// stageWords close a list of the steps a product goes through.
var stageWords = []string{"环节", "工序", "流程", "全过程", "一条龙"}

// listOfStages reports whether the list a name at e is an item of closes
// with a word of steps, after 等 or 各(个) (生产、批发、零售各个环节; 设计、
// 制造、安装、维修等一条龙服务): its items are what is done to a product, not
// fields.
func listOfStages(rs []rune, e int) bool {
	return listClosedBy(rs, e, func(i int) bool {
		j := i
		if rs[j] == '等' {
			j++
		}
		if textmap.HasRunesAt(rs, j, "各个") {
			j += 2
		} else if j < len(rs) && rs[j] == '各' {
			j++
		}
		return j > i && slices.ContainsFunc(stageWords, func(w string) bool { return textmap.HasRunesAt(rs, j, w) })
	})
}

// listClosedBy reports how the list a name at e is an item of closes:
// whether closes is true at its 等 or at a 各 before it, read up to the end
// of the clause and at most maxListRest on.
func listClosedBy(rs []rune, e int, closes func(i int) bool) bool {
	for i := e; i < len(rs) && i-e <= maxListRest; i++ {
		if textmap.ClauseMarkChars.Has(rs[i]) || rs[i] == '。' {
			return false
		}
		switch rs[i] {
		case '等': // the list ends here
			return closes(i)
		case '各':
			if closes(i) {
				return true
			}
		}
	}
	return false
}

// tidyEnumerated tidies *m (entity.Tidy) and reports whether a name with a
// project head is left.
func tidyEnumerated(d *extract.Doc, projects *entity.Projects, m *extract.Mention) bool {
	s, ok := entity.Tidy(d, m.Norm)
	if !ok || !projects.HasHead(d.Runes[s.Start:s.End]) {
		return false
	}
	*m = respan(d, *m, s)
	return true
}

// respan is m over span s of d's normalised text, with m's evidence.
func respan(d *extract.Doc, m extract.Mention, s textmap.Span) extract.Mention {
	if s == m.Norm {
		return m
	}
	n := d.Mention(m.Kind, s)
	n.Label, n.Weak, n.Via, n.Listed = m.Label, m.Weak, m.Via, m.Listed
	return n
}

func extendRoutes(d *extract.Doc, ms []extract.Mention) {
	for i, m := range ms {
		ms[i] = respan(d, m, textmap.Span{Start: entity.RouteStart(d, m.Norm), End: entity.SectionEnd(d, m.Norm.End)})
	}
}

// tag runs the tagger t on d, given the rules' mentions, and keeps the
// projects and industries keepTagged allows, tidied (the tagger names
// institutes too, in the same pass, but they are not taken: tagAdds).
func (p *Engine) tag(t *rank.Tagger, d *extract.Doc, found extract.Found) extract.Found {
	tagged := t.Tag(d, found)
	for i, km := range tagged {
		if !tagAdds(km.Kind) {
			tagged[i].Mentions = nil
			continue
		}
		ms := km.Mentions[:0]
		for _, m := range km.Mentions {
			s, ok := p.keepTagged(d, found, m)
			if !ok {
				continue
			}
			if s != m.Norm {
				m = d.Mention(m.Kind, s)
				m.Via = "tagger"
			}
			ms = append(ms, m)
		}
		tagged[i].Mentions = ms
	}
	return tagged
}

// keepTagged is the span of a tagged name tidied, and whether the name is
// kept. Projects are tidied by entity.Tidy, industries by
// rules of their own (entity.TidyIndustry: 高端, 大 may start an industry).
// A project needs a project head (on business news the tagger named 具身智能
// or 网约车司机 too), and neither a one-character verb or preposition inside
// (平台为工程) nor a word of an event or programme (推介会, 惠民工程), and
// not only generic words, fields and heads (一批现代农业产业园). An
// industry the rules turned down, or of one or two characters, is left out
// (材料, 装备: the rules judge the short ones).
func (p *Engine) keepTagged(d *extract.Doc, found extract.Found, m extract.Mention) (textmap.Span, bool) {
	if k := segment.TokenIndexAt(d.Tokens, m.Norm.Start); k > 0 && k < len(d.Tokens) && d.Tokens[k].Start == m.Norm.Start && d.Tokens[k].BoundSuffix() && d.Tokens[k-1].End == m.Norm.Start {
		m.Norm.Start = d.Tokens[k-1].Start // 性服务业: the suffix takes the word it is bound to (生活性服务业)
	}
	if m.Kind == extract.KindIndustry {
		s, ok := entity.TidyIndustry(d, m.Norm)
		return s, ok && s.Len() >= 3 && !turnedDown(found, m) && !splitByRules(d, found, s) && (p.fieldLike(d, s) || listedWithField(d, found, s))
	}
	s, ok := entity.Tidy(d, m.Norm)
	if !ok {
		return s, false
	}
	if m.Kind == extract.KindProject {
		if s.Start > 0 && (d.Runes[s.Start-1] == '/' || d.Runes[s.Start-1] == '／') {
			return s, false // 150亿方/ 年天然气…: the name starts inside a rate
		}
		if s, ok = afterNumber(d, s); !ok {
			return s, false
		}
		name := d.Runes[s.Start:s.End]
		if !p.projects.HasHead(name) || p.projects.IsEvent(name) || entity.SplitsAtVerb(d, s) || p.projects.Generic(d, s) || entity.CountedWorks(string(name)) {
			return s, false
		}
	}
	return s, true
}

// fieldLike reports whether a tagged industry at s reads as a field: it
// holds a word of the industry lists, ends with a field's class word
// (林下经济, 演艺产业), or the text calls it one (X行业, X领域). On real
// news the tagger's other industries were goods, traits and tasks (润滑剂,
// 耐高温, 营商环境).
func (p *Engine) fieldLike(d *extract.Doc, s textmap.Span) bool {
	rs := d.Runes
	if name := rs[s.Start:s.End]; textmap.HasSuffixRunes(name, "业") || textmap.HasSuffixRunes(name, "经济") {
		return true // 产业, 行业, 工业 and 业 all end so
	}
	if textmap.FollowedBy(rs, s.End, "行业", "产业", "领域", "企业", "板块", "赛道") {
		return true
	}
	for i := s.Start; i < s.End; i++ {
		if _, n := p.industries.CoreAt(rs, i); n > 0 && i+n <= s.End {
			return true
		}
	}
	return false
}

// listedWithField reports whether s is an item of a list joined by 、 that
// holds an industry the rules accept (未来食品、未来设计、未来环境: the
// items of one list are of one kind).
func listedWithField(d *extract.Doc, found extract.Found, s textmap.Span) bool {
	rs := d.Runes
	var fields []extract.Mention
	for _, m := range found.Of(extract.KindIndustry) {
		if m.Via != "rejected" {
			fields = append(fields, m)
		}
	}
	in := func(a, b int) bool {
		for _, m := range fields {
			if m.Norm.Start >= a && m.Norm.End <= b {
				return true
			}
		}
		return false
	}
	const maxItem = 12
	// Items before s.
	for e := s.Start; e > 0 && rs[e-1] == '、'; {
		a := e - 1
		for a > 0 && e-1-a < maxItem && !textmap.OneOf("、，,。；;：:", rs[a-1]) {
			a--
		}
		if in(a, e-1) {
			return true
		}
		e = a
	}
	// Items after it.
	for a := s.End; a < len(rs) && rs[a] == '、'; {
		b := a + 1
		for b < len(rs) && b-a-1 < maxItem && !textmap.OneOf("、，,。；;：:等和及", rs[b]) {
			b++
		}
		if in(a+1, b) {
			return true
		}
		a = b
	}
	return false
}

// Run extracts and links everything in one document.
func (p *Engine) Run(ctx context.Context, d *extract.Doc) (*link.Result, error) {
	found, err := p.ruleMentions(ctx, d)
	if err != nil {
		return nil, err
	}
	if p.ranker != nil {
		// Every kind is judged against the rules' mentions of the others.
		chosen := make([][]extract.Mention, len(found))
		for i, km := range found {
			if rank.Judges(km.Kind) {
				chosen[i] = p.ranker.Choose(d, found, km.Kind)
				if km.Kind == extract.KindIndustry || km.Kind == extract.KindInstitute {
					chosen[i] = listCoherent(d, km.Mentions, chosen[i])
				} else if km.Kind == extract.KindProject {
					chosen[i] = coordinatedProjects(d, p.projects, km.Mentions, chosen[i])
				}
			}
		}
		tagged := p.tag(p.ranker.Tagger(), d, found)
		for i, km := range found {
			if rank.Judges(km.Kind) {
				found[i].Mentions = chosen[i]
				if ts := tagged.Of(km.Kind); len(ts) > 0 {
					found[i].Mentions = addTagged(d, found[i].Mentions, ts, km.Kind == extract.KindProject)
				}
				found[i].Mentions = p.finish(d, km.Kind, found[i].Mentions)
			} else {
				found[i].Mentions = slices.DeleteFunc(km.Mentions, rankerOnly)
			}
		}
	} else {
		// The rules alone: the checks that follow the ranker apply too.
		for i, km := range found {
			found[i].Mentions = p.finish(d, km.Kind, slices.DeleteFunc(found[i].Mentions, rankerOnly))
		}
	}
	kept := link.Resolve(found, p.giveWay)
	decls := link.Declarations(d) // short names the text declares (以下简称…), read once
	r := &link.Result{Doc: d}
	for _, km := range kept {
		switch km.Kind {
		case extract.KindAmount:
			r.Amounts = km.Mentions
		case extract.KindIndustry:
			r.Industries = link.MergeEntities(km.Mentions, link.IndustryKey)
			for i := range r.Industries {
				r.Industries[i].SEI = p.industries.SEIOf(r.Industries[i].Name)
			}
		case extract.KindInstitute:
			r.Institutes = link.MergeAppositions(d, km.Mentions, link.MergeDeclared(decls, link.MergeAbbrev(link.MergeEntities(km.Mentions, link.NameKey))), link.NameKey)
		case extract.KindProject:
			for _, e := range link.MergeAppositions(d, km.Mentions, link.MergeDeclared(decls, link.MergeSuffixes(link.MergeEntities(km.Mentions, link.ProjectKey))), link.ProjectKey) {
				r.Projects = append(r.Projects, link.Project{Entity: e})
			}
		default:
			if r.Other == nil {
				r.Other = map[extract.Kind][]link.Entity{}
			}
			r.Other[km.Kind] = link.MergeEntities(km.Mentions, link.NameKey)
		}
	}
	r.Institutes, r.Projects = link.MoveDeclared(decls, r.Institutes, r.Projects)
	projMs := kept.Of(extract.KindProject)
	projects := link.NewProjectLookup(r.Projects)
	link.LinkIndustries(d, r, projects, projMs, found.Of(extract.KindIndustry))
	p.linkOwnIndustry(r)
	link.LinkInvestments(d, r, projects, projMs, kept.Of(extract.KindAmount))
	r.Title, r.Date, r.Publisher = meta.Metadata(d)
	return r, nil
}

// linkOwnIndustry files a project that no sentence files under an industry
// under the industry its own name holds with 产业 (中国西部锰钡新材料产业基地 is
// filed under 新材料产业), when that industry is named in the text too.
func (p *Engine) linkOwnIndustry(r *link.Result) {
	for i := range r.Projects {
		pr := &r.Projects[i]
		if pr.Industry != "" {
			continue
		}
		name := link.NameKey(pr.Name)
		k := strings.Index(name, "产业")
		if k <= 0 {
			continue
		}
		// The longest run of industry words that ends right before 产业
		// (one word, or two side by side).
		rs := []rune(name[:k])
		for j := 0; j < len(rs); j++ {
			_, n := p.industries.CoreAt(rs, j)
			if n == 0 {
				continue
			}
			if j+n != len(rs) {
				if _, n2 := p.industries.CoreAt(rs, j+n); n2 == 0 || j+n+n2 != len(rs) {
					continue
				}
			}
			want := link.IndustryKey(string(rs[j:]) + "产业")
			for _, ind := range r.Industries {
				if link.IndustryKey(ind.Name) == want {
					pr.Industry = ind.Name
				}
			}
			break
		}
	}
}

// Reparse reads an amount's text alone (see Money.ReadAmount); it has the
// shape of schema.Reparser.
func (p *Engine) Reparse(text string) (value, max *big.Rat, currency string, ok bool) {
	a, ok := p.money.ReadAmount(text)
	if !ok {
		return nil, nil, "", false
	}
	return a.Value, a.Max, a.Currency, true
}

// TagSentences describes d's sentences for training the tagger, with the
// rules' mentions and the word classes cl (nil: none) as features;
// tags(i) is the tags token i may have.
func (p *Engine) TagSentences(ctx context.Context, d *extract.Doc, cl *wordclass.Classes, tags func(i int) uint16) ([]rank.TagSentence, error) {
	found, err := p.ruleMentions(ctx, d)
	if err != nil {
		return nil, err
	}
	return rank.TagSentences(d, found, cl, tags), nil
}

// NormName is a name as d's Norm writes it (width folded, and read as
// Simplified when d is Traditional), to find it in d.Runes.
func (p *Engine) NormName(d *extract.Doc, name string) []rune {
	t := textmap.Normalize(name)
	if d.Hant {
		t.Simplify(p.hant)
	}
	return t.Runes()
}

// describedBefore reports a phrase ending with 的 right before i that is
// no superlative (位于美国的 光伏组件工厂, 收益较高的 城市水利建设项目): it
// describes works of a kind, and a name the rules turned down (Via
// "rejected") after it is no name, whatever the ranker says. A superlative
// makes the works one (规模最大的 碳纤维生产基地).
func describedBefore(d *extract.Doc, i int) bool {
	rs := d.Runes
	if i == 0 || rs[i-1] != '的' {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-16; j-- {
		if textmap.ClauseMarkChars.Has(rs[j]) || textmap.OneOf("。；;：:", rs[j]) {
			break
		}
		if rs[j] == '最' || rs[j] == '首' || rs[j] == '第' && j+1 < len(rs) && textmap.OneOf("一1", rs[j+1]) {
			return false
		}
	}
	return true
}

// afterNumber handles a name that starts right after a number: a road's
// (国道319 浏阳至东风界段改建工程) takes it and the road's word in; any
// other (5.0 安全平台, 8.5 代线项目, 10亿 购…) makes no name (ok false).
func afterNumber(d *extract.Doc, s textmap.Span) (textmap.Span, bool) {
	if s.Start == 0 || !money.IsASCIIDigit(d.Runes[s.Start-1]) && d.Runes[s.Start-1] != '.' {
		return s, true
	}
	b := s.Start
	for b > 0 && (money.IsASCIIDigit(d.Runes[b-1]) || d.Runes[b-1] == '.') {
		b--
	}
	if d.Runes[s.Start-1] == '.' && (b == 0 || unicode.IsSpace(d.Runes[b-1]) || textmap.ClauseMarkChars.Has(d.Runes[b-1])) {
		return s, true // ⏎1.西岭光伏电站项目: the number of a list's item
	}
	k := segment.TokenIndexAt(d.Tokens, b-1)
	if b == 0 || k >= len(d.Tokens) || d.Tokens[k].End != b || !entity.RoadWord(d.Tokens[k].Text) {
		return s, false
	}
	s.Start = d.Tokens[k].Start
	return s, true
}

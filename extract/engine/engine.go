package engine

import (
	"context"
	"math/big"
	"slices"
	"strings"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/link"
	"github.com/pressmine/pressmine/extract/meta"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/rank"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Pipeline runs the extractors on a document and links what they find.
// It is safe for concurrent use; build one per process.
type Engine struct {
	seg        segment.Segmenter
	hant       *textmap.Hant
	ranker     *rank.Ranker // nil: the rules' mentions as they are
	money      *money.Money
	industries *entity.Industries
	institutes *entity.Institutes
	projects   *entity.Projects
}

// NewPipeline builds a pipeline from a segmenter and vocabularies.
func New(seg segment.Segmenter, mc money.MoneyConfig, ec entity.EntityConfig) (*Engine, error) {
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
	return &Engine{
		seg:        seg,
		hant:       h,
		ranker:     r,
		money:      m,
		industries: entity.NewIndustries(ec),
		institutes: entity.NewInstitutes(ec),
		projects:   entity.NewProjects(ec),
	}, nil
}

// Doc normalises and segments a document as the pipeline reads it: a
// Traditional text is read as Simplified (Hant). sc may be nil (see
// NewDocIn).
func (p *Engine) Doc(sc *extract.Scratch, src *corpus.Document) *extract.Doc {
	return extract.BuildDoc(sc, src, p.seg, p.hant)
}

// Extractors lists the pipeline's extractors, in the order they run.
func (p *Engine) Extractors() []extract.Extractor {
	return []extract.Extractor{p.money, p.industries, p.institutes, p.projects}
}

// WithRanker returns a pipeline like p that judges the rules' entity
// mentions with r (nil: takes them as they are). p is unchanged.
func (p *Engine) WithRanker(r *rank.Ranker) *Engine {
	q := *p
	q.ranker = r
	return &q
}

// rankerOnly reports a candidate that only the ranker may take: a name
// with a project head where nothing reports a project, or one the
// project checks turn down.
func rankerOnly(m extract.Mention) bool { return m.Via == "untriggered" || m.Via == "rejected" }

// ruleMentions runs the extractors: amounts, industries, institutes and
// projects, in that order.
func (p *Engine) ruleMentions(ctx context.Context, d *extract.Doc) ([4][]extract.Mention, error) {
	var found [4][]extract.Mention
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
func (p *Engine) Candidates(ctx context.Context, d *extract.Doc) ([]rank.Candidate, error) {
	found, err := p.ruleMentions(ctx, d)
	if err != nil {
		return nil, err
	}
	var out []rank.Candidate
	for ki := 1; ki <= 3; ki++ {
		out = append(out, rank.Candidates(d, &found, ki)...)
	}
	return out, nil
}

// Run extracts and links everything in one document.
func (p *Engine) Run(ctx context.Context, d *extract.Doc) (*link.Result, error) {
	found, err := p.ruleMentions(ctx, d)
	if err != nil {
		return nil, err
	}
	if p.ranker != nil {
		var chosen [4][]extract.Mention
		for ki := 1; ki <= 3; ki++ {
			chosen[ki] = p.ranker.Choose(d, &found, ki)
		}
		found[1], found[2], found[3] = chosen[1], chosen[2], chosen[3]
	} else {
		for ki := 1; ki <= 3; ki++ {
			found[ki] = slices.DeleteFunc(found[ki], rankerOnly)
		}
	}
	r := &link.Result{Doc: d, Amounts: found[0]}
	r.Industries = link.MergeEntities(link.DropInside(found[1], found[2], found[3]), link.IndustryKey)
	for i := range r.Industries {
		r.Industries[i].SEI = p.industries.SEIOf(r.Industries[i].Name)
	}
	r.Institutes = link.MergeAbbrev(link.MergeEntities(link.DropWeakInside(found[2], found[3]), link.NameKey))
	projMs := link.DropInstituteClash(link.DropHeadInside(found[3], found[2]), found[2])
	for _, e := range link.MergeSuffixes(link.MergeEntities(projMs, link.ProjectKey)) {
		r.Projects = append(r.Projects, link.Project{Entity: e})
	}
	projects := link.NewProjectLookup(r.Projects)
	link.LinkIndustries(d, r, projects, projMs, found[1])
	p.linkOwnIndustry(r)
	link.LinkInvestments(d, r, projects, projMs, found[0])
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

package link

import (
	"github.com/pressmine/pressmine/extract"
)

// GiveWay is one rule of which kind gives way to which: a mention of Kind
// is dropped when When holds for it against the mentions of Other.
type GiveWay struct {
	Kind, Other extract.Kind
	When        Condition
}

// Condition says whether mention m gives way to the indexed mentions of
// another kind.
type Condition func(m extract.Mention, others extract.Index) bool

// The conditions of the default rules.
var (
	// Inside: m lies inside one of the others (健康产业 in the project
	// 联东生命健康产业国际小镇 names the project, not an industry).
	Inside Condition = func(m extract.Mention, o extract.Index) bool { return o.Within(m) }
	// WeakInside: m was found on weak evidence (a brand and its trade) and
	// lies inside one of the others (东城科技 in 东城科技金融服务中心).
	WeakInside Condition = func(m extract.Mention, o extract.Index) bool { return m.Weak && o.Within(m) }
	// WeakSame: m was found on weak evidence (a brand and its trade) and one
	// of the others has its very words (量子科技, 金融科技 named as fields
	// are industries, not companies).
	WeakSame Condition = func(m extract.Mention, o extract.Index) bool { return m.Weak && o.Has(m.Norm) }
	// InsideUnlessListed: m lies inside one of the others and was not named
	// as an item of a list (锦江工业园 in 锦江工业园管委会).
	InsideUnlessListed Condition = func(m extract.Mention, o extract.Index) bool { return !m.Listed && o.Within(m) }
	// SameUnlessListed: one of the others has m's very words and m was not
	// named as an item of a list or as what a building verb builds
	// (珠海高新区投促中心 is a body, not a project; a bank branch signed as
	// a project, or 落地西南工业互联网研究院, is both).
	SameUnlessListed Condition = func(m extract.Mention, o extract.Index) bool {
		return !m.Listed && m.Via != ViaBuilt && o.Has(m.Norm)
	}
	// SameGovernment: one of the others is a government body with m's
	// very words, listed or not (国家档案局、民政部、农业部 signed as
	// clients): a ministry or bureau is never a project.
	SameGovernment Condition = func(m extract.Mention, o extract.Index) bool {
		for _, x := range o.StartingIn(m.Norm.Start, m.Norm.Start+1) {
			if x.Norm == m.Norm && x.Label == "government" {
				return true
			}
		}
		return false
	}
)

// ViaBuilt marks a project that is a body the rules found right after a
// building verb (Engine's builtBodies).
const ViaBuilt = "built"

// DefaultGiveWay is the table the engine applies: industries give way to
// institutes and projects around them, weak institutes to projects around
// them and to industries of the same words, projects to institutes around
// them or of the same words.
var DefaultGiveWay = []GiveWay{
	{Kind: extract.KindIndustry, Other: extract.KindInstitute, When: Inside},
	{Kind: extract.KindIndustry, Other: extract.KindProject, When: Inside},
	{Kind: extract.KindInstitute, Other: extract.KindProject, When: WeakInside},
	{Kind: extract.KindInstitute, Other: extract.KindIndustry, When: WeakSame},
	{Kind: extract.KindProject, Other: extract.KindInstitute, When: InsideUnlessListed},
	{Kind: extract.KindProject, Other: extract.KindInstitute, When: SameUnlessListed},
	{Kind: extract.KindProject, Other: extract.KindInstitute, When: SameGovernment},
}

// Resolve applies the rules to found: every kind is checked against the
// other kinds' mentions as the extractors (or the ranker) gave them, so the
// order of the rules does not matter. Mentions keep their order.
func Resolve(found extract.Found, rules []GiveWay) extract.Found {
	idx := make(map[extract.Kind]extract.Index, len(found))
	for _, km := range found {
		idx[km.Kind] = extract.NewIndex(km.Mentions)
	}
	out := make(extract.Found, len(found))
	for i, km := range found {
		out[i].Kind = km.Kind
		var mine []GiveWay
		for _, r := range rules {
			if r.Kind == km.Kind {
				if _, ok := idx[r.Other]; ok {
					mine = append(mine, r)
				}
			}
		}
		if len(mine) == 0 {
			out[i].Mentions = km.Mentions
			continue
		}
		ms := make([]extract.Mention, 0, len(km.Mentions))
	next:
		for _, m := range km.Mentions {
			for _, r := range mine {
				if r.When(m, idx[r.Other]) {
					continue next
				}
			}
			ms = append(ms, m)
		}
		out[i].Mentions = ms
	}
	return out
}

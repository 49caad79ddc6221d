package entity

import (
	"slices"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// The economies of the policy vocabulary: a field named by a word and 经济
// (首发经济, 避暑经济, 夜间经济, 林下经济) that a work report sets out to
// develop (大力发展首发经济, 积极培育避暑经济和夜间经济). No word list can
// keep up with them, so the phrase is read by where it stands: the object
// of a verb of development, alone or joined by 和 or 、 to another. A scope
// or kind of economy (县域经济, 民营经济, 实体经济, 循环经济) is none.

// ViaEconomy marks an industry read as an economy a policy develops.
const ViaEconomy = "economy"

// developVerbs are the verbs of development an economy is the object of.
var developVerbs = map[string]bool{"发展": true, "培育": true, "壮大": true, "做强": true, "做大": true, "做优": true, "打造": true,
	"布局": true, "大力发展": true, "积极发展": true, "积极培育": true, "培育壮大": true, "发展壮大": true, "提振": true, "拓展": true,
	"加快发展": true}

// promoteVerbs promote an economy, a field's or a place's (激发首发经济,
// 推动澳门经济): after them a place, a person or a pronoun (placeOrWho) is
// whose economy it is, not a field.
var promoteVerbs = map[string]bool{"激发": true, "促进": true, "繁荣": true, "推动": true, "激活": true}

// economyScopes are the words before 经济 that name a scope, an owner or a
// model of the economy, not a field.
var economyScopes = map[string]bool{"国民": true, "实体": true, "县域": true, "集体": true, "市场": true, "民营": true, "宏观": true,
	"商品": true, "产业": true, "法治": true, "国家": true, "全球": true, "世界": true, "社会": true, "地方": true, "小农": true, "合作": true,
	"全国": true, "区域": true, "城市": true, "农村": true, "乡村": true, "外向": true, "开放": true, "规模": true, "整体": true, "个体": true,
	"私营": true, "公有": true, "非公": true, "外资": true, "现代": true, "传统": true, "新型": true, "特色": true, "优势": true, "主导": true,
	"支柱": true, "循环": true, "低碳": true, "绿色": true, "中国": true, "我国": true, "国内": true, "全市": true, "全省": true, "全县": true,
	"全区": true, "本地": true, "当地": true, "全年": true, "外贸": true, "计划": true, "知识": true, "共享": true}

// placeOrWho reports a place, a person or a pronoun (澳门, 我区): whose
// economy, not which. (Not the positions and times of 林下经济, 夜间经济.)
func placeOrWho(t segment.Token) bool {
	switch t.POS {
	case "ns", "nr", "nrt", "nrfg", "r":
		return true
	}
	return textmap.OneOf("我本该其", textmap.FirstRune(t.Text))
}

// economies adds to have the economies in d that no mention of have
// overlaps, for the ranker to judge (Mention.Via is ViaEconomy).
func (x *Industries) economies(d *extract.Doc, have []extract.Mention) []extract.Mention {
	toks := d.Tokens
	var idx extract.Index
	built := false
	var add []extract.Mention
	for k := 1; k < len(toks); k++ {
		if toks[k].Text != "经济" {
			continue
		}
		w := toks[k-1]
		if w.End-w.Start != 2 || !hanOnly(w.Text) || economyScopes[w.Text] || x.kinds[w.Text] {
			continue
		}
		// Back over the items joined before it (避暑经济 和 夜间经济) to
		// the verb of development.
		j := k - 2
		for j >= 1 && (toks[j].Text == "和" || toks[j].Text == "、" || toks[j].Text == "及") && toks[j-1].Text == "经济" {
			j -= 3
		}
		if j < 0 || !developVerbs[toks[j].Text] && !(promoteVerbs[toks[j].Text] && !placeOrWho(w)) {
			continue // 推动澳门经济, 促进我区经济: a place's, not a field
		}
		s := textmap.Span{Start: w.Start, End: toks[k].End}
		if !built {
			// A lexicon's economy the checks turned down as a bare word
			// (大力发展 林下经济) is still this one.
			idx, built = extract.NewIndex(slices.DeleteFunc(slices.Clone(have), func(m extract.Mention) bool { return m.Via == "rejected" })), true
		}
		if idx.Overlaps(s) {
			continue
		}
		if n := segment.TokenIndexAt(toks, s.End); n < len(toks) && toks[n].Start == s.End && nominal(toks[n].POS) {
			continue // 发展 夜间经济 规模: the phrase modifies a noun
		}
		m := d.Mention(extract.KindIndustry, s)
		m.Via = ViaEconomy
		add = append(add, m)
	}
	if len(add) == 0 {
		return have
	}
	taken := map[textmap.Span]bool{}
	for _, m := range add {
		taken[m.Norm] = true
	}
	have = slices.DeleteFunc(have, func(m extract.Mention) bool { return m.Via == "rejected" && taken[m.Norm] })
	return append(have, add...)
}

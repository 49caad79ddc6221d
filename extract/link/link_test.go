package link

import (
	"math/big"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/textmap"
)

// markedDoc reads a text whose industries are marked [I:…] and whose
// projects are marked [P:…], and returns the document and the mentions.
func markedDoc(t *testing.T, marked string) (*extract.Doc, []extract.Mention, []extract.Mention) {
	t.Helper()
	var plain strings.Builder
	type mark struct {
		kind       extract.Kind
		start, end int
	}
	var marks []mark
	rs := []rune(marked)
	n := 0
	for i := 0; i < len(rs); i++ {
		if rs[i] == '[' && i+2 < len(rs) && rs[i+2] == ':' {
			k := extract.KindProject
			if rs[i+1] == 'I' {
				k = extract.KindIndustry
			}
			j := i + 3
			for rs[j] != ']' {
				j++
			}
			plain.WriteString(string(rs[i+3 : j]))
			marks = append(marks, mark{k, n, n + j - i - 3})
			n += j - i - 3
			i = j
			continue
		}
		plain.WriteRune(rs[i])
		n++
	}
	d := extract.NewDoc(&corpus.Document{Orig: plain.String()}, nil)
	if len(d.Runes) != n {
		t.Fatalf("%q: normalising changed the length; use a text it keeps", marked)
	}
	var inds, projs []extract.Mention
	for _, m := range marks {
		mm := d.Mention(m.kind, textmap.Span{Start: m.start, End: m.end})
		if m.kind == extract.KindIndustry {
			inds = append(inds, mm)
		} else {
			projs = append(projs, mm)
		}
	}
	return d, inds, projs
}

func TestLinkIndustries(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // project → industry ("" for none)
	}{
		// An industry that introduces a list.
		{"[I:新材料]产业链有[P:星河改性塑料项目]、[P:东岭复合纤维项目]，将延伸本地产业链。",
			map[string]string{"星河改性塑料项目": "新材料", "东岭复合纤维项目": "新材料"}},
		{"一批[I:先进制造业]项目落户，如[P:北辰精密轴承项目]、[P:南湖动力电池项目]等；还有[I:现代服务业]项目5个，包括[P:西湾物流园]。",
			map[string]string{"北辰精密轴承项目": "先进制造业", "南湖动力电池项目": "先进制造业", "西湾物流园": "现代服务业"}},
		// A count with 共 (X项目共3个, 分别是…).
		{"本次签约的[I:生物医药]项目共2个，分别是[P:金川创新药研发中心]、[P:银湖医疗器械产业园]。",
			map[string]string{"金川创新药研发中心": "生物医药", "银湖医疗器械产业园": "生物医药"}},
		// Two industries, two projects: in turn.
		{"[I:生物医药]和[I:新能源汽车]产业链有[P:北辰制药项目]、[P:南湖电池项目]。",
			map[string]string{"北辰制药项目": "生物医药", "南湖电池项目": "新能源汽车"}},
		// Which is whose is not said: counts differ, or a word in the list
		// is no industry.
		{"项目覆盖[I:交通]、[I:能源]和[I:城建环保]领域，包括[P:滨江大桥项目]、[P:西岭热电厂项目]。",
			map[string]string{"滨江大桥项目": "", "西岭热电厂项目": ""}},
		{"项目覆盖社会事业和[I:城建环保]领域，包括[P:滨江大桥项目]。",
			map[string]string{"滨江大桥项目": ""}},
		// A heading files its sentence, its paragraph and the paragraphs
		// after it that name no industry.
		{"[I:基础设施]方面，[P:城东综合管廊项目]开工。[P:北岸码头]同日签约。\n\n总投资12亿元的[P:滨江大桥项目]将连接两岸。\n\n[I:生物医药]方面，[P:北辰制药项目]投产。",
			map[string]string{"城东综合管廊项目": "基础设施", "北岸码头": "基础设施", "滨江大桥项目": "基础设施", "北辰制药项目": "生物医药"}},
		// Not at a paragraph's start: the paragraph only.
		{"全年签约顺利。[I:基础设施]方面，[P:城东综合管廊项目]开工。\n\n[P:滨江大桥项目]将连接两岸。",
			map[string]string{"城东综合管廊项目": "基础设施", "滨江大桥项目": ""}},
		// An agreement named by an industry files the next sentences.
		{"双方签署[I:数字经济]项目合作协议。据悉，[P:西岭数据中心]将于年内开工。",
			map[string]string{"西岭数据中心": "数字经济"}},
		// A numbered title line files the paragraphs up to the next one; a
		// bare label line files nothing.
		{"本次签约项目如下。\n一、[I:新能源汽车]产业(2个)\n1.[P:北辰动力电池项目]。\n2.[P:南湖电机产业园]。\n二、[I:生物医药]产业\n1.[P:西岭制药基地]签约。",
			map[string]string{"北辰动力电池项目": "新能源汽车", "南湖电机产业园": "新能源汽车", "西岭制药基地": "生物医药"}},
		{"[I:汽车]\n[P:北辰动力电池项目]签约。",
			map[string]string{"北辰动力电池项目": ""}},
		// Without an agreement, an industry named with 项目 files nothing.
		{"加快[I:新型储能]项目建设。争取[P:北山煤矿项目]核准。",
			map[string]string{"北山煤矿项目": ""}},
		// A counted or listed industry files nothing.
		{"包括6个[I:工程机械]项目、4个[I:轨道交通装备]项目。[P:北辰发动机制造项目]总投资10亿元。",
			map[string]string{"北辰发动机制造项目": ""}},
		// A short sentence that makes an industry its topic, up to a
		// sentence that opens with another.
		{"[I:数字经济]快速发展。[P:西岭数据中心]建成投用，[P:星云算力小镇]开工。[I:现代农业]稳步推进，[P:南湖种业园]投产。",
			map[string]string{"西岭数据中心": "数字经济", "星云算力小镇": "数字经济", "南湖种业园": ""}},
		// A long sentence about an industry is no topic.
		{"[I:数字经济]规模连续三年保持两位数增长并稳步发展。[P:西岭数据中心]建成投用。",
			map[string]string{"西岭数据中心": ""}},
		// An industry with its class word before a colon list.
		{"[I:电子信息产业]：[P:西岭芯片封测项目]、[P:东湖显示面板项目]。[I:装备制造产业]：[P:南坪智能装备产业园项目]。",
			map[string]string{"西岭芯片封测项目": "电子信息产业", "东湖显示面板项目": "电子信息产业", "南坪智能装备产业园项目": "装备制造产业"}},
		{"其中，[I:生物医药]领域签约项目有：[P:东湖生物制药基地]、[P:南坪医疗器械产业园]。",
			map[string]string{"东湖生物制药基地": "生物医药", "南坪医疗器械产业园": "生物医药"}},
		{"[I:新能源]产业项目5个，总投资52亿元，包括[P:西岭光伏电站项目]、[P:东湖风电项目]等。",
			map[string]string{"西岭光伏电站项目": "新能源", "东湖风电项目": "新能源"}},
		{"属于[I:数字经济]领域的有[P:西岭大数据中心项目]和[P:东湖算力中心项目]。",
			map[string]string{"西岭大数据中心项目": "数字经济", "东湖算力中心项目": "数字经济"}},
		{"属于[I:电子信息产业]的项目有[P:北辰芯片封测项目]、[P:东湖显示面板项目]。",
			map[string]string{"北辰芯片封测项目": "电子信息产业", "东湖显示面板项目": "电子信息产业"}},
		{"[I:新能源汽车产业]签约项目5个，包括[P:东岭动力电池项目]、[P:西山电机项目]等。",
			map[string]string{"东岭动力电池项目": "新能源汽车产业", "西山电机项目": "新能源汽车产业"}},
		// A heading with 项目方面; a sentence that centres on an industry.
		{"[I:集成电路]项目方面，[P:西岭晶圆制造项目]总投资100亿元。",
			map[string]string{"西岭晶圆制造项目": "集成电路"}},
		{"围绕[I:数字经济]，签约了[P:西岭大数据中心项目]和[P:东湖云计算产业园项目]。",
			map[string]string{"西岭大数据中心项目": "数字经济", "东湖云计算产业园项目": "数字经济"}},
		{"作为[I:生物医药]产业的龙头项目，[P:西岭生物制药基地项目]总投资50亿元。",
			map[string]string{"西岭生物制药基地项目": "生物医药"}},
		{"签约的[I:高端装备制造]项目中，[P:北湖智能机器人产业园项目]总投资15亿元。",
			map[string]string{"北湖智能机器人产业园项目": "高端装备制造"}},
		// A project said to belong to an industry; the points of a list.
		{"[P:西岭光伏电站项目]属于[I:新能源]产业，总投资10亿元。",
			map[string]string{"西岭光伏电站项目": "新能源"}},
		{"[P:南山数据中心项目]是我市[I:数字经济]领域的重点项目。",
			map[string]string{"南山数据中心项目": "数字经济"}},
		{"一是[I:新能源]产业，[P:西岭储能电站项目]投资8亿元；二是[I:生物医药]产业，[P:东湖疫苗项目]投资5亿元。",
			map[string]string{"西岭储能电站项目": "新能源", "东湖疫苗项目": "生物医药"}},
		{"[P:西岭储能电站项目]开工；一是[I:新能源]产业持续壮大。",
			map[string]string{"西岭储能电站项目": ""}},
		// A list closed by 等 and a kind; a project said to be of a kind.
		{"[P:西岭光伏电站项目]、[P:东湖风电项目]等5个[I:新能源]项目集中签约。",
			map[string]string{"西岭光伏电站项目": "新能源", "东湖风电项目": "新能源"}},
		{"[P:东湖风电项目]是全市重点[I:新能源]项目，总投资12亿元。",
			map[string]string{"东湖风电项目": "新能源"}},
		{"[P:西岭光电材料项目]为[I:新材料]产业项目，总投资5亿元。",
			map[string]string{"西岭光电材料项目": "新材料"}},
		{"[P:南坪电池项目]系省级重点[I:新能源]项目。",
			map[string]string{"南坪电池项目": "新能源"}},
		{"[P:东湖绿能科技园项目]属[I:绿色能源产业]，总投资10亿元。",
			map[string]string{"东湖绿能科技园项目": "绿色能源产业"}},
		{"其中，[I:新能源汽车]产业链项目4个，总投资50亿元，主要有[P:东湖电驱系统项目]、[P:西岭动力电池项目]。",
			map[string]string{"东湖电驱系统项目": "新能源汽车", "西岭动力电池项目": "新能源汽车"}},
		{"[I:新能源]项目获得了西岭银行为[P:南坪电池项目]提供的贷款。",
			map[string]string{"南坪电池项目": ""}},
		// A board (板块) or a track (赛道) heads its projects as a field does.
		{"在[I:新能源]板块，签约了[P:北岭风电项目]和[P:东湖零碳产业园项目]。",
			map[string]string{"北岭风电项目": "新能源", "东湖零碳产业园项目": "新能源"}},
		{"[I:文旅]板块签约项目3个，分别是[P:青龙湖度假区项目]、[P:古镇民宿集群项目]。",
			map[string]string{"青龙湖度假区项目": "文旅", "古镇民宿集群项目": "文旅"}},
		{"[I:新材料]赛道，[P:宏达碳纤维项目]和[P:天成特种玻璃项目]成功签约。",
			map[string]string{"宏达碳纤维项目": "新材料", "天成特种玻璃项目": "新材料"}},
		// A counted class of projects whose list opens with 其中包括.
		{"共签约[I:生物医药]项目4个，其中包括[P:百康创新药生产基地项目]。",
			map[string]string{"百康创新药生产基地项目": "生物医药"}},
		// A clause's heading holds up to the semicolon, where another field
		// (one the lists do not know) may open.
		{"[I:能源]领域，[P:北岭联网工程]开工建设，[P:南湖电厂三期]建成投产；水利领域，[P:西江堤防加固工程]完工。",
			map[string]string{"北岭联网工程": "能源", "南湖电厂三期": "能源", "西江堤防加固工程": ""}},
		// An industry whose projects arrived (签约了A和B); a kind of projects
		// with modifiers and no 的; a chain's heading (产业链上).
		{"会上，[I:生物医药]产业签约了[P:康华创新药生产基地项目]和[P:瑞达医疗器械产业园项目]。",
			map[string]string{"康华创新药生产基地项目": "生物医药", "瑞达医疗器械产业园项目": "生物医药"}},
		{"[P:康华创新药生产基地项目]为[I:生物医药]产业重点项目，[P:瑞达动力电池项目]为[I:新能源汽车]产业链配套项目。",
			map[string]string{"康华创新药生产基地项目": "生物医药", "瑞达动力电池项目": "新能源汽车"}},
		{"在[I:新能源汽车]产业链上，[P:瑞达动力电池项目]、[P:华驰电机项目]成功签约。",
			map[string]string{"瑞达动力电池项目": "新能源汽车", "华驰电机项目": "新能源汽车"}},
		// A paragraph that opens with a count of an industry's projects.
		{"[I:新能源汽车]产业项目3个，总投资45亿元。其中，[P:瑞达动力电池项目]总投资20亿元；[P:华驰电机项目]总投资15亿元。\n[P:康华创新药项目]总投资12亿元。",
			map[string]string{"瑞达动力电池项目": "新能源汽车", "华驰电机项目": "新能源汽车", "康华创新药项目": ""}},
		// A title about one industry's projects files the projects that
		// nothing else filed; a title about two kinds, or one that is no
		// event of projects, files none.
		{"青山区[I:数字经济]项目集中签约\n\n[P:云岭大数据产业园项目]总投资20亿元。在[I:新材料]方面，[P:南湾碳纤维项目]签约。",
			map[string]string{"云岭大数据产业园项目": "数字经济", "南湾碳纤维项目": "新材料"}},
		{"金川县[I:新材料产业]招商推介会成功举办\n\n现场签约[P:银湖碳纤维复合材料项目]。",
			map[string]string{"银湖碳纤维复合材料项目": "新材料产业"}},
		{"东湖区[I:数字经济]项目和工业项目签约\n\n[P:云岭大数据产业园项目]签约。",
			map[string]string{"云岭大数据产业园项目": ""}},
		{"西岭[I:制造业]招商投资额占比过半\n\n[P:南湾碳纤维项目]签约。",
			map[string]string{"南湾碳纤维项目": ""}},
		// A list of industries is no kind of the projects before it.
		{"[P:西岭光伏电站项目]开工，涉及[I:新能源]、[I:新材料]等项目类型。",
			map[string]string{"西岭光伏电站项目": ""}},
	} {
		d, inds, projs := markedDoc(t, tc.text)
		r := &Result{Doc: d}
		for _, e := range MergeEntities(projs, ProjectKey) {
			r.Projects = append(r.Projects, Project{Entity: e})
		}
		LinkIndustries(d, r, NewProjectLookup(r.Projects), projs, inds)
		got := map[string]string{}
		for _, p := range r.Projects {
			got[p.Name] = p.Industry
		}
		for name, ind := range tc.want {
			if g, ok := got[name]; !ok {
				t.Errorf("%q: no project %s", tc.text, name)
			} else if g != ind {
				t.Errorf("%q: %s filed under %q; want %q", tc.text, name, g, ind)
			}
		}
	}
}

// TestLinkIndustryName: a project names its industry as the record's
// industries do (新能源 filed, 新能源产业 the entity's name).
func TestLinkIndustryName(t *testing.T) {
	d, inds, projs := markedDoc(t, "[I:新能源]产业链有[P:西岭光伏电站项目]。[I:新能源产业]快速发展。")
	r := &Result{Doc: d}
	for _, e := range MergeEntities(projs, ProjectKey) {
		r.Projects = append(r.Projects, Project{Entity: e})
	}
	r.Industries = MergeEntities(inds, IndustryKey)
	LinkIndustries(d, r, NewProjectLookup(r.Projects), projs, inds)
	if got := r.Projects[0].Industry; got != "新能源产业" {
		t.Errorf("industry %q; want 新能源产业", got)
	}
}

// TestSameGovernment: a listed project with a government body's very words
// gives way to the body; one with a bank's (a branch signed as a project)
// does not.
func TestSameGovernment(t *testing.T) {
	s := textmap.Span{Start: 0, End: 3}
	gov := extract.Mention{Kind: extract.KindInstitute, Norm: s, Span: s, Label: "government"}
	bank := extract.Mention{Kind: extract.KindInstitute, Norm: s, Span: s, Label: "bank"}
	proj := extract.Mention{Kind: extract.KindProject, Norm: s, Span: s, Listed: true}
	if !SameGovernment(proj, extract.NewIndex([]extract.Mention{gov})) {
		t.Error("a listed project with a government body's words was kept")
	}
	if SameGovernment(proj, extract.NewIndex([]extract.Mention{bank})) {
		t.Error("a listed project with a bank's words gave way")
	}
}

// TestLinkInvestmentByName: a sum to be invested, 的 and a name the text
// gives a project elsewhere is that project's, though no mention of the
// project starts after 的 (the rules kept the list's): the longest such
// name. A sum before 的项目 is an aggregate's.
func TestLinkInvestmentByName(t *testing.T) {
	for _, tc := range []struct{ text, sum, want string }{
		{"[P:智能仓储]、[P:智能仓储物流]等7个项目签约。其中，投资30亿元的智能仓储物流项目主要建设冷库。", "30亿元", "智能仓储物流"},
		{"[P:智能仓储物流]等7个项目签约。投资30亿元的项目有两个。", "30亿元", ""},
	} {
		d, _, projMs := markedDoc(t, tc.text)
		s := strings.Index(string(d.Runes), tc.sum)
		start := len([]rune(string(d.Runes)[:s]))
		am := d.Mention(extract.KindAmount, textmap.Span{Start: start, End: start + len([]rune(tc.sum))})
		am.Amount = &extract.Amount{Value: big.NewRat(3000000000, 1), Currency: "CNY", Role: "investment"}
		r := &Result{Doc: d}
		for _, e := range MergeEntities(projMs, ProjectKey) {
			r.Projects = append(r.Projects, Project{Entity: e})
		}
		LinkInvestments(d, r, NewProjectLookup(r.Projects), projMs, []extract.Mention{am})
		for _, p := range r.Projects {
			if got := p.Investment != nil; got != (p.Name == tc.want) {
				t.Errorf("%q: %s has a sum: %v; want it on %q", tc.text, p.Name, got, tc.want)
			}
		}
	}
}

// TestMergeAppositions: a name set beside another by a dash is the same
// project, named by the longer; names apart are two.
func TestMergeAppositions(t *testing.T) {
	d, _, projs := markedDoc(t, "总投资90亿元的[P:东湖绿心公园首开项目]——[P:西岭体育中心项目]开工，[P:南坪大桥项目]同日开工。[P:西岭体育中心项目]占地500亩。")
	es := MergeAppositions(d, projs, MergeEntities(projs, ProjectKey), ProjectKey)
	if len(es) != 2 {
		t.Fatalf("got %d entities %v; want 2", len(es), es)
	}
	if es[0].Name != "东湖绿心公园首开项目" || len(es[0].Aliases) != 1 || es[0].Aliases[0] != "西岭体育中心项目" || len(es[0].Spans) != 3 {
		t.Errorf("merged entity %+v; want 东湖绿心公园首开项目 with alias 西岭体育中心项目 and 3 spans", es[0])
	}
	if es[1].Name != "南坪大桥项目" {
		t.Errorf("second entity %q; want 南坪大桥项目", es[1].Name)
	}
}

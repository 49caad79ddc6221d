package engine

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/link"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/rank"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// runPipeline extracts and links one text with the real segmenter.
func runPipeline(t *testing.T, text string) *link.Result {
	t.Helper()
	// The rules alone: these tests are about them, not the ranker.
	p := newEngine(t, peerSegmenter(t)).WithRanker(nil)
	r, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// runNative is runPipeline with the native segmenter, whose words (its
// model of unknown words: 有瑞丰/x, 局在/x) some rules are about.
func runNative(t *testing.T, text string) *link.Result {
	t.Helper()
	p := testPipeline(t).WithRanker(nil)
	r, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// runRanked runs the pipeline with the embedded ranker on text.
func runRanked(t *testing.T, text string) *link.Result {
	t.Helper()
	rk, err := rank.DefaultRanker()
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t).WithRanker(rk)
	r, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func names(es []link.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	sort.Strings(out)
	return out
}

func projectNames(ps []link.Project) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	sort.Strings(out)
	return out
}

func wantNames(t *testing.T, what, text string, got []string, want ...string) {
	t.Helper()
	sort.Strings(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s(%q)\n got %q\nwant %q", what, text, got, want)
	}
}

func TestProjectsEnumeration(t *testing.T) {
	text := "在生物医药产业方面，康宁制药研发中心、华远生物疫苗生产基地及北湖医疗器械产业园项目等一批项目签约落地。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "康宁制药研发中心", "华远生物疫苗生产基地", "北湖医疗器械产业园项目")
	for _, p := range r.Projects {
		if p.Industry != "生物医药产业" {
			t.Errorf("project %s filed under %q; want 生物医药产业", p.Name, p.Industry)
		}
	}
}

func TestProjectsGenericAndCounted(t *testing.T) {
	text := "此次集中签约的重大项目共32个，一批龙头项目和216个重大产业项目加快建设，先进制造业项目占比过半。保障房属于政府强调保障的房产项目。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects))
}

// TestProjectsClassOfIndustry: a place, an industry the segmenter cuts
// into words (数字 经济) and 项目 name a class of projects, as a one-word
// industry does (武汉市生物医药项目).
func TestProjectsClassOfIndustry(t *testing.T) {
	text := "武汉市数字经济项目集中签约，武汉市生物医药项目同日开工，东湖光谷大数据产业园项目投产。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖光谷大数据产业园项目")
}

// TestOneItemBeforeCountedProjects: the one item before 等 and a count of
// projects is one of them, though the kind is one word (重大项目) or says
// how large they are (投资额百亿元以上).
func TestOneItemBeforeCountedProjects(t *testing.T) {
	for text, want := range map[string]string{
		"南岭炼化一体化等5个重大项目建成投产。":           "南岭炼化一体化",
		"东江石化乙烯改造等12个投资额百亿元以上重大工业项目开工。": "东江石化乙烯改造",
	} {
		r := runNative(t, text)
		wantNames(t, "projects", text, projectNames(r.Projects), want)
	}
}

func TestProjectsCoordinatedHeadsAndBrackets(t *testing.T) {
	text := "在互联网产业方面，跨境电子商务平台及南山区科技成果转化平台项目签约，星河双创小镇(南山)项目同日开工。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "跨境电子商务平台", "南山区科技成果转化平台项目", "星河双创小镇(南山)项目")
}

func TestProjectsColonListAndLocation(t *testing.T) {
	text := "当天还有8个项目集中开工，其中高新区4个：远航精密轴承、海青食品、星辰医药物流、北岭汽车电子。项目选址在东湖工业园区。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "远航精密轴承", "海青食品", "星辰医药物流", "北岭汽车电子")
}

func TestProjectsMergedMentions(t *testing.T) {
	text := "腾云双创小镇签约落户。腾云双创小镇(西岭)项目总投资50亿元，将建设孵化器和人才公寓。"
	r := runPipeline(t, text)
	if len(r.Projects) != 1 {
		t.Fatalf("projects = %v; want one merged project", projectNames(r.Projects))
	}
	p := r.Projects[0]
	if p.Name != "腾云双创小镇(西岭)项目" || len(p.Spans) != 2 || p.Investment == nil || money.FormatDecimal(p.Investment.Value) != "5000000000" {
		t.Errorf("project = %+v; want 腾云双创小镇(西岭)项目 with 2 spans and 50亿元", p)
	}
}

func TestLinkInvestment(t *testing.T) {
	for _, tc := range []struct{ text, project, value string }{
		{"总投资32亿元的驰风动力电池工厂项目签约。", "驰风动力电池工厂项目", "3200000000"},
		{"南港精密轴承项目计划投资5.1亿元，建设三条生产线。", "南港精密轴承项目", "510000000"},
		{"华诚物流公司拟投资3亿元，在东湖区建设冷链仓储中心项目。", "冷链仓储中心项目", "300000000"},
		{"青峰新材料项目近日签约。该项目总投资额2亿元，主要生产建材。", "青峰新材料项目", "200000000"},
		{"公司拟在东港开发区投资建设“年产5万吨北辰负极材料项目”，项目计划总投资约人民币7亿元，分两期建设。", "年产5万吨北辰负极材料项目", "700000000"},
		{"航宇科技产业基地、远驰汽车零部件等7个龙头项目签约落户。其中，投资30亿元的远驰汽车零部件项目主要生产缸体。", "远驰汽车零部件项目", "3000000000"},
		// The subject's own sum, though a building verb and works follow it.
		{"北湖新材料项目拟投资5000万美元，建设年产10万吨改性塑料生产线。", "北湖新材料项目", "50000000"},
		// The subject's sum after a comma, before the works it builds.
		{"瑞达动力电池项目，总投资20亿元，建设年产10GWh动力电池生产线。", "瑞达动力电池项目", "2000000000"},
		// A works verb between the sum and 的 (投资6.8亿元建设的P).
		{"由华联集团在东港投资6.8亿元建设的东港钢材交易中心项目今天开业。", "东港钢材交易中心项目", "680000000"},
		// A phase and the works it is built as name the project.
		{"北湖大学南岭校区第二期扩建工程总投资约5亿元。", "北湖大学南岭校区第二期扩建工程", "500000000"},
		// Starting or carrying out works is building them.
		{"远驰电子将投资近8亿元，启动东港工业区闲置厂房扩建项目。", "东港工业区闲置厂房扩建项目", "800000000"},
		// What the agreement holds is the agreed project's, in a sentence
		// that names none.
		// The project's size between its sum and 的.
		{"此外，总投资12亿元、占地300亩的古渡新材料产业园项目也完成签约。", "古渡新材料产业园项目", "1200000000"},
		{"市政府与华联集团签署《北岭新材料产业园项目投资协议》。该项目是全省重大招商项目之一。根据协议，华联集团将在区域内投资60亿元。", "北岭新材料产业园项目", "6000000000"},
		// The agreed project's, though works the sum goes into follow it.
		{"市政府与华康集团签署《西岭钢材产业园项目投资框架协议》。双方代表签署协议。根据协议，华康集团将在区域内投资100亿元，重点实施冷轧、余热供暖等工程项目。", "西岭钢材产业园项目", "10000000000"},
		// A form's sum field after its name field.
		{"东湖市签约华康锂电池项目。项目名称：华康锂电池项目；投资方：华康集团；计划总投资：20亿元。", "华康锂电池项目", "2000000000"},
		{"东湖市签约西岭轴承项目。\n项目名称：西岭轴承项目\n建设内容：轴承生产\n投资金额：5亿元\n", "西岭轴承项目", "500000000"},
		// A clause that starts with 项目 speaks of the project named
		// before the sentence; the works after the sum are what it holds.
		{"北岭光伏产业园项目签约落户东湖\n4月20日，东湖市与恒岳集团正式签订投资协议。据介绍，项目计划总投资5亿元，主要建设光伏组件生产线。", "北岭光伏产业园项目", "500000000"},
		// A sentence that opens with the sum speaks of the one project
		// the sentence before names, or of another name of it.
		{"南岭光伏产业园项目落户东湖。总投资10亿元，建设周期2年。", "南岭光伏产业园项目", "1000000000"},
		{"恒岳达南坪8.5代液晶面板生产线在西岭投产。总投资280亿元的恒岳达西岭8.5代线是省内首条。", "恒岳达南坪8.5代液晶面板生产线", "28000000000"},
		// A colon, or 投资总额, between the project and its sum.
		{"北岭物流园项目：总投资6亿元，主要建设西岭冷链物流中心。", "北岭物流园项目", "600000000"},
		{"北岭物流园项目投资总额为6亿元，建设西岭冷链物流中心。", "北岭物流园项目", "600000000"},
		// The class the project is in between it and its sum; a sum of
		// output before the clause of its own; its budget (概算) is no
		// investor.
		{"南坪光伏产业园项目是今年省级重点项目，总投资10亿元，占地300亩。", "南坪光伏产业园项目", "1000000000"},
		{"南坪光伏产业园项目建成后年产值20亿元，项目总投资10亿元。", "南坪光伏产业园项目", "1000000000"},
		{"南坪光伏产业园项目概算总投资10亿元。", "南坪光伏产业园项目", "1000000000"},
		// The project's investor named after it (投资方为Y); 该项目 after
		// the one project the sentence names is it.
		{"北坪储能电站项目投资方为恒岳集团，项目总投资50亿元。", "北坪储能电站项目", "5000000000"},
		{"东湖物流园项目签约。北坪储能电站项目今天开工，该项目由恒岳集团投资建设，总投资50亿元。", "北坪储能电站项目", "5000000000"},
	} {
		r := runPipeline(t, tc.text)
		found := false
		for _, p := range r.Projects {
			if p.Name == tc.project {
				found = true
				if p.Investment == nil || money.FormatDecimal(p.Investment.Value) != tc.value {
					t.Errorf("Link(%q): %s investment = %v; want %s", tc.text, p.Name, p.Investment, tc.value)
				}
			}
		}
		if !found {
			t.Errorf("Link(%q): no project %s in %v", tc.text, tc.project, projectNames(r.Projects))
		}
	}
	// An aggregate belongs to no project.
	for _, text := range []string{
		"南港精密轴承项目签约落地，当天16个项目总投资70.8亿元。",
		"此次签约南港精密轴承项目、北岭智能装备产业园项目，项目总投资70.8亿元。",
		"双方签署了南港精密轴承项目和北岭智能装备产业园项目合作协议。根据协议，华联集团将投资70.8亿元。",
		// The sentence before names two projects, or the one after 的 is
		// another.
		"南港精密轴承项目、北岭智能装备产业园项目落户东湖。总投资10亿元。",
		"南港精密轴承项目落户东湖。总投资10亿元的这条铁路也已开工。",
	} {
		for _, p := range runPipeline(t, text).Projects {
			if p.Investment != nil {
				t.Errorf("Link(%q): %s got the aggregate %s", text, p.Name, money.FormatDecimal(p.Investment.Value))
			}
		}
	}
}

func TestInstitutes(t *testing.T) {
	text := "西岭市科学技术局、中国科学院西岭生物研究所与西岭大学共建实验平台，中国建设银行西岭分行、西岭农村商业银行和锦程产业投资基金参与出资，" +
		"西岭市人民政府、高新区管委会出席。中科院西岭生物所表示，远航精工科技有限公司已入驻。"
	r := runPipeline(t, text)
	got := map[string]string{}
	for _, e := range r.Institutes {
		got[e.Name] = e.Label + "|" + strings.Join(e.Aliases, ",")
	}
	want := map[string]string{
		"西岭市科学技术局":     "government|",
		"中国科学院西岭生物研究所": "research|中科院西岭生物所",
		"西岭大学":         "university|",
		"中国建设银行西岭分行":   "bank|",
		"西岭农村商业银行":     "bank|",
		"锦程产业投资基金":     "fund|",
		"西岭市人民政府":      "government|",
		"高新区管委会":       "government|",
		"远航精工科技有限公司":   "company|",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("Institutes(%q)[%s] = %q; want %q (all: %v)", text, name, got[name], w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("Institutes(%q) = %v; want exactly %v", text, got, want)
	}
}

// TestInstitutesShortFormsAndBranches: government bodies in short forms
// (市建交委, 区委) and a bank's branch the segmenter would cut into 分 行为
// (西岭分行为项目提供授信) are institutes; bodies of a kind after a
// determiner (有关部门和地方政府) are not, and a name after a determiner is
// itself (上述东湖电缆公司).
func TestInstitutesShortFormsAndBranches(t *testing.T) {
	text := "市建交委、区委宣传部有关负责人出席。国家开发银行西岭分行为项目提供授信。有关部门和地方政府要加强监管。上述东湖电缆公司表示同意。" +
		"下届政府将继续推进。签约仪式在西岭市会展中心多功能厅举行。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "市建交委", "区委", "国家开发银行西岭分行", "东湖电缆公司")
}

func TestInstitutesNotOrganisations(t *testing.T) {
	text := "优化产业布局，形成招商格局，开好局；3支基金完成注册，天使投资和创业投资活跃，平台公司与跨国公司参与。" +
		"价格有所上涨，订单有所减少。畸形利益导致逢煤必化乱局。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes))
}

// TestFieldNamingADepartment: a field before a one-character body word
// names a department (新能源司, 装备工业司), not an industry; the same field
// elsewhere is one.
func TestFieldNamingADepartment(t *testing.T) {
	text := "国家能源局可再生能源和新能源司副司长李明表示。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries))
	text = "园区重点发展新能源、生物医药等产业。"
	r = runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "新能源", "生物医药")
}

// TestExpresswayTaggedAdverb: 高速 after a name and before a road's event
// names an expressway (西雄高速通车), though the segmenter tags it an adverb;
// after a common noun, or before no road's event, it is an adverb
// (经济高速发展, GDP高速增长).
func TestExpresswayTaggedAdverb(t *testing.T) {
	text := "西雄高速通车。汶雄高速建成。我国经济高速发展。GDP高速增长。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西雄高速", "汶雄高速")
}

// TestPhaseJoinsName: a phase word inside a name joins what stands on
// either side of it: the firm before a phase the segmenter tags an adverb
// (恒岳科技一期/d 硒鼓项目) and the works after a phase (北辰公司二期
// 工业催化剂生产项目); a phase that ends its clause ends the name
// (东湖产业园二期,).
func TestPhaseJoinsName(t *testing.T) {
	text := "恒岳科技一期硒鼓项目投资4.6亿元。北辰公司二期工业催化剂生产项目签约落户。东湖产业园二期，总投资5亿元。"
	want := []string{"恒岳科技一期硒鼓项目", "北辰公司二期工业催化剂生产项目", "东湖产业园二期"}
	wantNames(t, "projects", text, projectNames(runPipeline(t, text).Projects), want...)
	wantNames(t, "projects", text, projectNames(runRanked(t, text).Projects), want...) // the ranker takes the name the rules give
}

// TestVerbsBeforeBodies: a verb of buying, merging, placing, aiming, taking
// a share, learning, taking a post or winning before a body's name is the
// clause's, not the name's (宣布收购 恒川集团, 吸收合并 恒岳银行, 秘书处设在
// 东湖汽车工程学会, 工资成本占 集团, Lacy担任 恒宇集团, XPad平板获 美国政府,
// Moody下调 恒泰集团, Lee兼任 恒达公司).
func TestVerbsBeforeBodies(t *testing.T) {
	text := "公司宣布收购恒川集团。秘书处设在东湖汽车工程学会。工资成本占集团总成本的一半。员工认识到北辰公司的重要性。西岭银行吸收合并恒岳银行。Lacy担任恒宇集团总裁。XPad平板获美国政府认证。Moody下调恒泰集团评级。Lee兼任恒达公司董事长。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "恒川集团", "东湖汽车工程学会", "北辰公司", "西岭银行", "恒岳银行", "恒宇集团", "美国政府", "恒泰集团", "恒达公司")
}

// TestRelationBeforeKnownBody: a company's relation or kind before a name
// the dictionary knows as one body (母公司 大众汽车集团/nt) is no part of it.
func TestRelationBeforeKnownBody(t *testing.T) {
	text := "随着市场对母公司大众汽车集团的利润贡献越来越高。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "大众汽车集团")
}

// TestBodyAfterBoundPlace: a word of place that closes a phrase (100万吨
// 以上, 三年之内) starts no name after it: 以上大型企业集团 is no firm, while a
// name after it is one.
func TestBodyAfterBoundPlace(t *testing.T) {
	text := "全省将形成五家年产能在100万吨以上大型企业集团。形成两家年销售收入20亿元以上恒达纸业集团。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "恒达纸业集团")
}

func TestIndustries(t *testing.T) {
	text := "园区涵盖软件信息产业、智能制造与新材料产业、金融业等主导产业，重点发展集成电路、商贸物流、文创电竞领域。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "软件信息产业", "智能制造与新材料产业", "金融业", "集成电路", "商贸物流", "文创电竞")
	sectors := map[string]string{}
	for _, e := range r.Industries {
		sectors[e.Name] = e.Label + "|" + e.SEI
	}
	for name, want := range map[string]string{
		"金融业":    "J|",
		"集成电路":   "C|新一代信息技术产业",
		"软件信息产业": "I|新一代信息技术产业",
		"商贸物流":   "G|",
	} {
		if sectors[name] != want {
			t.Errorf("sector of %s = %q; want %q", name, sectors[name], want)
		}
	}
}

// TestIndustryBeforeGluedClassWord: where the segmenter glues a field's
// last word to its class word (电子 信息产业), the name keeps the class word
// and ends where a word does, whatever follows (项目: 新能源 产业 项目, where
// nothing is glued, gives 新能源).
func TestIndustryBeforeGluedClassWord(t *testing.T) {
	text := "本次签约电子信息产业项目3个，新能源产业项目2个。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "新能源", "电子信息产业")
}

// TestBelongsByShu: 属 alone says what a project belongs to, as 属于 does
// (A项目属绿色能源产业); the 属 inside a word (金属) says nothing.
func TestBelongsByShu(t *testing.T) {
	text := "东湖绿能科技园项目属绿色能源产业，日前开工。西岭合金项目日前开工，主要生产有色金属新材料产品。"
	r := runNative(t, text)
	got := map[string]string{}
	for _, p := range r.Projects {
		got[p.Name] = p.Industry
	}
	want := map[string]string{"东湖绿能科技园项目": "绿色能源产业", "西岭合金项目": ""}
	if !maps.Equal(got, want) {
		t.Errorf("projects and industries %v; want %v", got, want)
	}
}

// TestKindAfterClassWord: a copula and an industry with its class word
// before 的…项目 (A项目是东湖市新能源产业的重点项目) files A under it.
func TestKindAfterClassWord(t *testing.T) {
	text := "华康锂电池项目是东湖市新能源产业的重点项目，日前开工。"
	r := runNative(t, text)
	got := map[string]string{}
	for _, p := range r.Projects {
		got[p.Name] = p.Industry
	}
	if want := map[string]string{"华康锂电池项目": "新能源产业"}; !maps.Equal(got, want) {
		t.Errorf("projects and industries %v; want %v", got, want)
	}
}

// TestMoreIndustryFrames: a sentence that opens by centring on an
// industry's chain (围绕X产业链, 瞄准X赛道), or with 在 and the industry
// with its class word (在X产业,), or with a purpose (为做大做强X产业,) files
// its projects under it; so does a count right after a list (A和B两个X
// 项目), the industry in brackets after a project, or 属 X after it.
func TestMoreIndustryFrames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string
	}{
		{"围绕新能源汽车产业链，东湖市引进了华康电机项目、西岭电控系统项目。", map[string]string{"华康电机项目": "新能源汽车", "西岭电控系统项目": "新能源汽车"}},
		{"瞄准生物医药赛道，东湖市签约华康创新药项目。", map[string]string{"华康创新药项目": "生物医药"}},
		{"在新能源产业，东湖市引进了华康光伏组件项目。", map[string]string{"华康光伏组件项目": "新能源产业"}},
		{"华康碳纤维项目和西岭石墨烯项目两个新材料项目同时开工。", map[string]string{"华康碳纤维项目": "新材料", "西岭石墨烯项目": "新材料"}},
		// A clause of purpose (为做大做强X产业,), the industry in brackets
		// right after the project and before the news, and 属 after the
		// project's own clause.
		{"为做大做强生物医药产业，东湖市与恒岳集团签约华康创新药研发中心项目。", map[string]string{"华康创新药研发中心项目": "生物医药产业"}},
		{"为加快生物医药产业发展，东湖市签约华康创新药研发中心项目。", map[string]string{"华康创新药研发中心项目": "生物医药"}},
		{"华康光伏产业园项目（新能源产业）顺利签约。", map[string]string{"华康光伏产业园项目": "新能源产业"}},
		{"华康光伏产业园项目，属新能源产业，总投资10亿元。", map[string]string{"华康光伏产业园项目": "新能源产业"}},
	} {
		r := runNative(t, tc.text)
		got := map[string]string{}
		for _, p := range r.Projects {
			got[p.Name] = p.Industry
		}
		if !maps.Equal(got, tc.want) {
			t.Errorf("%s: projects and industries %v; want %v", tc.text, got, tc.want)
		}
	}
}

func TestIndustriesSplitWithoutSharedSuffix(t *testing.T) {
	text := "重点布局智能制造与新能源，以及新材料和生物医药产业。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "智能制造", "新能源", "新材料和生物医药产业")
}

// TestIndustriesSplitBySector: a short part joined to another of a
// different sector is an industry of its own (医疗器械及电商, 旅游和房地产);
// one of the same sector stays with it (汽车及零部件).
func TestIndustriesSplitBySector(t *testing.T) {
	text := "拜访医疗器械及电商等企业。涉及旅游和房地产等行业。发展汽车及零部件产业。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "医疗器械", "电商", "旅游", "房地产", "汽车及零部件产业")
}

// TestRolesInIndustryLists: items of a list that end with what a place
// becomes (打造…体育活动中心、融城新空间; 共性技术平台) are no industries,
// though a field's word stands in them; fields beside them stay.
func TestRolesInIndustryLists(t *testing.T) {
	text := "打造西岭国际体育活动中心、东湖融城新空间。重点发展生物医药、共性技术平台、文化旅游等产业。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "生物医药", "文化旅游")
}

// TestIndustriesSplitKeepModifiers: a joined pair splits into parts that
// keep the modifier before each (高端 装备).
func TestIndustriesSplitKeepModifiers(t *testing.T) {
	text := "基金重点投向半导体、高端装备和生物医药领域。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "半导体", "高端装备", "生物医药")
}

func TestTaxonomyExtends(t *testing.T) {
	extra, err := entity.ParseConfig([]byte("industries:\n  低空经济: {sector: G}\ninstitute_heads:\n  发展署: government\n"))
	if err != nil {
		t.Fatal(err)
	}
	ec, _ := entity.DefaultConfig()
	ec.Merge(extra)
	mc, _ := money.DefaultConfig()
	seg := peerSegmenter(t)
	p, err := New(seg, mc, ec)
	if err != nil {
		panic(err)
	}
	text := "西岭市投资发展署表示，将重点发展低空经济产业。"
	p = p.WithRanker(nil) // the rules' use of the words; the ranker judges them like any candidate
	r, err := p.Run(context.Background(), extract.NewDoc(&corpus.Document{Orig: text}, seg))
	if err != nil {
		t.Fatal(err)
	}
	wantNames(t, "industries", text, names(r.Industries), "低空经济产业")
	wantNames(t, "institutes", text, names(r.Institutes), "西岭市投资发展署")
	if _, err := entity.ParseConfig([]byte("industries:\n  x: {sectr: G}\n")); err == nil {
		t.Error("ParseConfig accepted an unknown key")
	}
}

// TestTokenizeCoversText: with the real segmenter, tokens tile Norm
// exactly, whatever the punctuation (two-byte marks are replaced by two
// one-byte separators and must give one token).
func TestTokenizeCoversText(t *testing.T) {
	seg := peerSegmenter(t)
	for _, in := range []string{"܊", "投资·3亿元¥、«名»", "迪玛尔、李文喜,海唯真 组织", "a\u00a0b\u2028c", "", "\n\n", "¢£¥"} {
		tx := textmap.Normalize(in)
		norm := []rune(tx.Norm)
		end := 0
		for _, tk := range segment.Tokenize(seg, tx) {
			if tk.Start != end || tk.End > len(norm) || string(norm[tk.Start:tk.End]) != tk.Text {
				t.Fatalf("Tokenize(%q): token %+v does not continue at %d or slice Norm %q", in, tk, end, tx.Norm)
			}
			end = tk.End
		}
		if end != len(norm) {
			t.Errorf("Tokenize(%q): tokens cover %d of %d code points", in, end, len(norm))
		}
	}
}

// TestMoneyTokenVeto: with the segmenter, a numeral inside a word is no
// sum (李四人民币: 李四 is a name), while the same digit alone is.
func TestMoneyTokenVeto(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"被告人李四人民币若干", 0},
		{"共签约3亿元，统一人民币结算", 1},
	} {
		r := runPipeline(t, tc.text)
		if len(r.Amounts) != tc.n {
			var got []string
			for _, a := range r.Amounts {
				got = append(got, a.Text)
			}
			t.Errorf("Money(%q) = %q; want %d amounts", tc.text, got, tc.n)
		}
	}
}

func TestBuiltByAndPhase(t *testing.T) {
	text := "由星海控股集团投资建设的长河智慧物流园一期已竣工投产，总投资约8.6亿元。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "星海控股集团")
	wantNames(t, "projects", text, projectNames(r.Projects), "长河智慧物流园一期")
	if len(r.Projects) == 1 && (r.Projects[0].Investment == nil || money.FormatDecimal(r.Projects[0].Investment.Value) != "860000000") {
		t.Errorf("investment of %s = %v; want 8.6亿元", r.Projects[0].Name, r.Projects[0].Investment)
	}
}

func TestFinanceNews(t *testing.T) {
	text := "西岭市与国家开发银行签署200亿元融资合作协议。同日，西岭高新区与清华大学西岭研究院、中国科学院西岭分院签约。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "国家开发银行", "清华大学西岭研究院", "中国科学院西岭分院")
	if len(r.Amounts) != 1 || r.Amounts[0].Amount.Role != "financing" {
		t.Errorf("amounts of %q = %v; want one financing sum", text, describeAmounts(r.Amounts))
	}
}

// TestIndustryEnumerations: the items of a list the text presents as
// industries are candidates, known to the word lists or not, and an item
// takes the place of a shorter mention inside it; a list of other things
// gives none.
func TestIndustryEnumerations(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"园区重点发展电子信息、生物医药、新材料等产业。", []string{"电子信息", "生物医药", "新材料"}},
		{"该区聚焦高端装备、低空经济和算力服务。", []string{"高端装备", "低空经济", "算力服务"}},
		{"平台涵盖跨境电商、数字内容、工业设计等领域。", []string{"跨境电商", "数字内容", "工业设计"}},
		{"会议邀请了张三、李四、王五等嘉宾。", nil},
		{"经开区围绕现代物流、跨境电商、冷链仓储三大产业引进项目。", []string{"现代物流", "跨境电商", "冷链仓储"}},
		// What follows the industry is cut: a rank, a count of firms, the
		// clause's verb; zones and events are no industries. (汽车 alone
		// is a weak word: the rules leave it to the ranker.)
		{"重点发展汽车、电子信息两大支柱产业。", []string{"电子信息"}},
		{"园区引进光电材料、精密机械厂商5家、生物科技企业3家等产业。", []string{"光电材料", "精密机械", "生物科技"}},
		{"基地主要由锰材料、钡新材料构成。", []string{"锰材料", "钡新材料"}},
		{"园区包括工具区、大型机械区、仓储物流区等产业板块。", nil},
		// A policy verb the segmenter takes for a noun (大力发展/nz) does
		// not start the first item.
		{"西岭区大力发展低空经济、先进装备制造、煤化工等产业。", []string{"低空经济", "先进装备制造", "煤化工"}},
		// A qualifying modifier stands in the name.
		{"园区重点发展先进新材料、绿色食品、高原特色农业等产业。", []string{"先进新材料", "绿色食品", "高原特色农业"}},
		// A word of industries may stand between 等 and the closing word
		// (等文旅消费板块); a place's (等地区产业) may not.
		{"签约项目覆盖康养、度假、研学等文旅消费板块。", []string{"康养", "度假", "研学"}},
		{"北京、上海等地区产业发展迅速。", nil},
		// A belt or a park of industries is a place (等产业带).
		{"推进东港、西岭、北湖等产业带建设。", nil},
		// So is a list of areas of risk (等领域风险).
		{"地方政府债务、中小金融机构等领域风险有序化解。", nil},
	} {
		r := runPipeline(t, tc.text)
		wantNames(t, "industries", tc.text, names(r.Industries), tc.want...)
	}
}

func TestMetadataDates(t *testing.T) {
	for _, tc := range []struct{ text, date string }{
		{"标题\n5月17日，签约仪式举行。", "--05-17"},
		{"标题\n93月47日，2月30日，6月6日举行。", "--06-06"},
		{"标题\n2017年1月1日，项目签约。", "2017-01-01"},
		{"标题\n2017年2月29日，2016年2月29日签约。", "2016-02-29"},
	} {
		if got := runPipeline(t, tc.text).Date; got != tc.date {
			t.Errorf("date(%q) = %q; want %q", tc.text, got, tc.date)
		}
	}
}

// TestProjectsFinishedAndDeterminers: a list reported as finished (建成投运,
// 投用) names projects as one reported as started does; a determiner
// (各大, 众多) makes a phrase generic.
func TestProjectsFinishedAndDeterminers(t *testing.T) {
	text := "韩国晓星、意大利世科姆、美国莱卡等重点外资项目建成投运。"
	wantNames(t, "projects", text, projectNames(runPipeline(t, text).Projects), "韩国晓星", "意大利世科姆", "美国莱卡")
	text = "各大电厂纷纷开工，众多光伏电站项目签约落地。"
	wantNames(t, "projects", text, projectNames(runPipeline(t, text).Projects))
}

// TestEnumeratedNames: a project name that starts with the number of a
// point loses it and the verbs after it (finishProjects), and goes when no
// name is left.
func TestEnumeratedNames(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "一是采购项目的经费预算是否呈报。二是加快北岭智能装备产业园项目。"
	got := finishedProjects(t, p, text, "一是采购项目", "二是加快北岭智能装备产业园项目")
	wantNames(t, "finishProjects", text, got, "北岭智能装备产业园项目")
}

// spanOf is where name first stands in d's normalised text.
func spanOf(t *testing.T, d *extract.Doc, name string) textmap.Span {
	t.Helper()
	i := strings.Index(d.Text.Norm, name)
	if i < 0 {
		t.Fatalf("%s not in %q", name, d.Text.Norm)
	}
	s := utf8.RuneCountInString(d.Text.Norm[:i])
	return textmap.Span{Start: s, End: s + utf8.RuneCountInString(name)}
}

// finishedProjects is what finishProjects keeps of names as projects of
// text, by name.
func finishedProjects(t *testing.T, p *Engine, text string, names ...string) []string {
	t.Helper()
	d := p.Doc(nil, &corpus.Document{Orig: text})
	var ms []extract.Mention
	for _, n := range names {
		ms = append(ms, d.Mention(extract.KindProject, spanOf(t, d, n)))
	}
	var got []string
	for _, m := range finishProjects(d, p.projects, ms) {
		got = append(got, m.Name)
	}
	return got
}

// TestBuiltBodies: a research body, college or hospital right after a
// building verb (落地, 共建) is a project as well as an institute; one
// that only speaks is an institute alone.
func TestBuiltBodies(t *testing.T) {
	text := "双方将在西岭落地东湖先进材料研究院，共建“北港智能学院”。南坪化工研究院表示支持。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖先进材料研究院", "北港智能学院")
	wantNames(t, "institutes", text, names(r.Institutes), "东湖先进材料研究院", "北港智能学院", "南坪化工研究院")
}

// TestIndustryListBeforeProjects: the items of 等行业的N个项目 are the
// industries the projects come from, not projects.
func TestIndustryListBeforeProjects(t *testing.T) {
	text := "会上，共有来自装备制造、电子信息、新材料等行业的23个项目集中签约。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects))
	wantNames(t, "industries", text, names(r.Industries), "装备制造", "电子信息", "新材料")
}

// TestGovernmentDepartment: a government named by place and 政府 and its
// department named right after are one body.
func TestGovernmentDepartment(t *testing.T) {
	text := "香港特區政府投資推廣署與東湖科技有限公司簽約。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "香港特區政府投資推廣署", "東湖科技有限公司")
}

// TestInstituteAfterRelationWord: 会同, 诸如 and 旗下 stand before a name,
// never in it.
func TestInstituteAfterRelationWord(t *testing.T) {
	text := "西岭市人民政府会同东城实业集团有限公司签约。北港集团旗下南坪私募管理公司参与，诸如东湖石油公司等企业也将入驻。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "西岭市人民政府", "东城实业集团有限公司", "北港集团", "南坪私募管理公司", "东湖石油公司")
}

// TestFilteredAfterRanker: a name a rule filters (extract.ViaFiltered) is
// a candidate for training, with the features of any other, but never
// extracted, even by a ranker that takes every institute.
func TestFilteredAfterRanker(t *testing.T) {
	r, err := rank.ParseRanker([]byte("pressmine-ranker 2\nins|bias\t5\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	p := newEngine(t, peerSegmenter(t)).WithRanker(r)
	text := "下届政府将继续推进，西岭市财政局表示支持。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	res, err := p.Run(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	wantNames(t, "institutes", text, names(res.Institutes), "西岭市财政局")
	cands, err := p.Candidates(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cands {
		if c.Mention.Kind == extract.KindInstitute && c.Variant == 0 {
			got = append(got, c.Mention.Name)
		}
		for _, f := range c.Feats {
			if strings.Contains(f, extract.ViaFiltered) {
				t.Errorf("candidate %q has feature %q: a filter must not show", c.Mention.Name, f)
			}
		}
	}
	sort.Strings(got)
	wantNames(t, "candidates", text, got, "下届政府", "西岭市财政局")
}

// TestFinishIndustries: a bare two-character industry word that modifies
// the noun after it (工业企业, 工业增加值) names no industry; before 领域,
// 项目 or 、 it does.
func TestFinishIndustries(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"全市工业企业用电成本下降，工业增加值增长6%。", nil},
		{"在科研、工业、农业等领域推广应用。", []string{"科研", "工业", "农业"}},
		{"签约工业项目12个。", []string{"工业"}},
	} {
		p := newEngine(t, peerSegmenter(t)).WithRanker(nil)
		d := p.Doc(nil, &corpus.Document{Orig: tc.text})
		ms := []extract.Mention{}
		for _, w := range []string{"工业", "农业", "科研"} {
			for i := strings.Index(tc.text, w); i >= 0; {
				s := len([]rune(tc.text[:i]))
				ms = append(ms, d.Mention(extract.KindIndustry, textmap.Span{Start: s, End: s + 2}))
				j := strings.Index(tc.text[i+len(w):], w)
				if j < 0 {
					break
				}
				i += len(w) + j
			}
		}
		var got []string
		seen := map[string]bool{}
		for _, m := range finishIndustries(d, nil, ms) {
			if !seen[m.Name] {
				got = append(got, m.Name)
				seen[m.Name] = true
			}
		}
		sort.Strings(got)
		wantNames(t, "finishIndustries", tc.text, got, tc.want...)
	}
}

// TestInstituteHeads: courts, procuratorates, police bureaus, graduate
// schools and rural commercial banks by their short name are institutes.
func TestInstituteHeads(t *testing.T) {
	text := "南坪区人民法院、区检察院联合开展专项行动。西岭市政府与清华大学深圳国际研究生院签约，西岭农商行提供贷款。" +
		"会见了西岭科技（中国）有限公司总裁一行。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "南坪区人民法院", "区检察院", "西岭市政府", "清华大学深圳国际研究生院", "西岭农商行",
		"西岭科技（中国）有限公司")
}

// TestGluedFunctionChar: a function character the segmenter glued to the
// start of an unknown name (与鸿海/x 集团) is not part of the institute.
func TestGluedFunctionChar(t *testing.T) {
	text := "工研院與鴻海集團合作成立電動車研發中心。"
	r := runPipeline(t, text)
	for _, n := range names(r.Institutes) {
		if strings.Contains(n, "與") || strings.Contains(n, "工研院與") {
			t.Errorf("institute %q holds the joining 與", n)
		}
	}
	wantNames(t, "institutes", text, names(r.Institutes), "工研院", "鴻海集團")
}

// TestFinishIndustriesJoined: a joined name whose parts are named too is
// the parts; one whose parts are not stays.
func TestFinishIndustriesJoined(t *testing.T) {
	p := newEngine(t, peerSegmenter(t)).WithRanker(nil)
	text := "重点发展人工智能及金融科技。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	at := func(w string) extract.Mention {
		s := len([]rune(text[:strings.Index(text, w)]))
		return d.Mention(extract.KindIndustry, textmap.Span{Start: s, End: s + len([]rune(w))})
	}
	var got []string
	for _, m := range finishIndustries(d, nil, []extract.Mention{at("人工智能及金融科技"), at("人工智能"), at("金融科技")}) {
		got = append(got, m.Name)
	}
	sort.Strings(got)
	wantNames(t, "finishIndustries", text, got, "人工智能", "金融科技")
	got = nil
	for _, m := range finishIndustries(d, nil, []extract.Mention{at("人工智能及金融科技")}) {
		got = append(got, m.Name)
	}
	wantNames(t, "finishIndustries", text, got, "人工智能及金融科技")
}

// TestJoinedPartGoesOn: the part after a joiner that a longer name goes
// on from (纺织 功能性新材料) begins the next item: the phrase before the
// joiner is the field, not one cut inside the second name.
func TestJoinedPartGoesOn(t *testing.T) {
	text := "其中，高端化工新材料和纺织功能性新材料产业链有两个项目。生物医药和医疗器械产业发展迅速。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "医疗器械", "新材料", "生物医药", "高端化工新材料")
}

// TestTaggedJoinedSplitByRules: an industry the tagger names across a
// joiner is dropped where the rules found its parts apart.
func TestTaggedJoinedSplitByRules(t *testing.T) {
	p := newEngine(t, peerSegmenter(t)).WithRanker(nil)
	text := "推动高新技术及文旅会展商贸等产业发展，发展生物医药与健康产业。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	at := func(w string) textmap.Span {
		s := len([]rune(text[:strings.Index(text, w)]))
		return textmap.Span{Start: s, End: s + len([]rune(w))}
	}
	found := extract.Found{{Kind: extract.KindIndustry, Mentions: []extract.Mention{
		d.Mention(extract.KindIndustry, at("高新技术")), d.Mention(extract.KindIndustry, at("文旅会展商贸"))}}}
	if !splitByRules(d, found, at("高新技术及文旅会展商贸")) {
		t.Errorf("高新技术及文旅会展商贸 kept; the rules split it")
	}
	if splitByRules(d, found, at("生物医药与健康产业")) {
		t.Errorf("生物医药与健康产业 dropped; the rules found no part of it")
	}
	found[0].Mentions = append(found[0].Mentions, d.Mention(extract.KindIndustry, at("生物医药")))
	if !splitByRules(d, found, at("生物医药与健康产业")) {
		t.Errorf("生物医药与健康产业 kept; the rules split it")
	}
	found[0].Mentions = append(found[0].Mentions, d.Mention(extract.KindIndustry, at("生物医药与健康产业")))
	if splitByRules(d, found, at("生物医药与健康产业")) {
		t.Errorf("生物医药与健康产业 dropped; the rules name it joined too")
	}
}

// TestFinishWeakIndustry: a weak field word of three characters (零部件)
// that modifies the noun after it (零部件进口, 零部件供应) names goods, as a
// short word does; before its class word it is the field.
func TestFinishWeakIndustry(t *testing.T) {
	p := newEngine(t, peerSegmenter(t)).WithRanker(nil)
	for text, want := range map[string]int{"今年零部件进口增长七成。": 0, "汽车零部件产业快速发展。": 1} {
		d := p.Doc(nil, &corpus.Document{Orig: text})
		s := len([]rune(text[:strings.Index(text, "零部件")]))
		m := d.Mention(extract.KindIndustry, textmap.Span{Start: s, End: s + 3})
		if got := len(finishIndustries(d, p.industries, []extract.Mention{m})); got != want {
			t.Errorf("finishIndustries(%q) keeps %d of 零部件; want %d", text, got, want)
		}
	}
}

// TestFirmLists: the items of a list closed by 等, a count and a
// collective noun of bodies are organisations, though they carry no head
// word (远望科技, 高远); not trades (家电、家具等企业), places (江苏、浙江等
// 省份企业), kinds of firm (科技型中小企业), or the verb before the first
// item (发挥山东丰化).
func TestFirmLists(t *testing.T) {
	text := "在签约仪式上，中电建、青禾科技、远望科技、西山新材料等15家企业与区政府签署投资协议。" +
		"发挥山东丰化、东湖水泥等本土企业主体作用。“光伏一条街”汇聚行业龙头，高远、晶科、阿特斯、丽明等企业落户。" +
		"与恒岳精密、晨曦集团等6家企业签约。" +
		"家电、家具等企业加快转型。江苏、浙江等省份企业前来考察。中小企业、科技型中小企业等企业受益。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{
		"中电建": "company", "青禾科技": "company", "远望科技": "company", "西山新材料": "company", "区政府": "government",
		"山东丰化": "company", "东湖水泥": "company",
		"高远": "company", "晶科": "company", "阿特斯": "company", "丽明": "company",
		"恒岳精密": "company", "晨曦集团": "company", // 与 before the first item is the clause's preposition
	}, true)
	// The noun gives the kind, where the item has no head of its own.
	// A venture capital firm's own head (创投) makes it a company, as 资本
	// does.
	r = runPipeline(t, "东岭资本、南山汇智等12家投资机构参会；西湖大学、北岭理工等高校参与。北辰创投等机构参会。")
	wantKinds(t, r.Institutes, map[string]string{"东岭资本": "company", "南山汇智": "fund", "西湖大学": "university", "北岭理工": "university", "北辰创投": "company"}, false)
}

// TestFirmListsOfATrade: a trade may stand between 等 and the noun of firms
// (等钢铁企业, 等软件供应商); the list names firms beside one the text names
// otherwise, and its items are no industries (河北钢铁: a firm, not 钢铁).
// Alone, such a list may name the trade's branches (陶瓷、卫浴等建材企业).
func TestFirmListsOfATrade(t *testing.T) {
	text := "华为、北辰软件、星河数码等软件供应商中标。沙钢、永钢、河北钢铁等钢铁企业发布出厂价。陶瓷、卫浴等建材企业面临挑战。"
	r := runNative(t, text)
	wantKinds(t, r.Institutes, map[string]string{
		"华为": "company", "北辰软件": "company", "星河数码": "company",
		"沙钢": "company", "永钢": "company", "河北钢铁": "company",
	}, true)
	wantNames(t, "industries", text, names(r.Industries))
}

// TestNamesAfterPolicyVerbs: the rules' name after a verb of policy that
// ends in its result (做大做强, 建好用好) starts after the verb, not at its
// result (大做强雄安…, 好广东省…), which the ranker cannot mend: its
// variants only drop words.
func TestNamesAfterPolicyVerbs(t *testing.T) {
	text := "做大做强雄安中关村科技园等平台。建好用好广东省电动汽车充电设施智能服务平台。"
	p := testPipeline(t).WithRanker(nil)
	cands, err := p.Candidates(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cands {
		if c.Kind == extract.KindProject && c.Variant == 0 {
			got = append(got, c.Name)
		}
	}
	slices.Sort(got)
	wantNames(t, "projects", text, got, "雄安中关村科技园", "广东省电动汽车充电设施智能服务平台")
}

// TestNamesStopAtPredicates: a name never takes in a verb that makes its
// clause (开展, 推动, 进行, 鼓励): 支持在京高校开展国家学院 is no body, and the
// works after 推动 start after it.
func TestNamesStopAtPredicates(t *testing.T) {
	text := "支持在京高校开展国家学院建设试点。"
	r := runNative(t, text)
	for _, n := range names(r.Institutes) {
		if strings.Contains(n, "开展") {
			t.Errorf("institute %q takes in the verb 开展", n)
		}
	}
	text = "努力推动西岭平原水资源配置、东湖机场迁建等项目建设。"
	r = runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖机场迁建", "西岭平原水资源配置")
}

// TestBridgesTunnelsTerminals: bridges, tunnels, terminals, stadiums and
// power lines are works built where they stand, heads of projects.
func TestBridgesTunnelsTerminals(t *testing.T) {
	text := "西岭隧道全线贯通。东湖大桥建成通车。西岭机场航站楼投用。东湖至西岭特高压输电线路开工建设。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖大桥", "东湖至西岭特高压输电线路", "西岭机场航站楼", "西岭隧道")
}

// TestPlacesOwnWorks: a place and the works it has one of (兰州 铁路枢纽,
// an airport) name one work, though the other words be generic, and the
// upgrade of such a work (优化提升工程) is a work, not a programme of
// raising something (素质提升工程).
func TestPlacesOwnWorks(t *testing.T) {
	text := "加快西岭州铁路枢纽优化提升工程、东湖市机场改造工程等项目建设。实施西岭州教师素质提升工程。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖市机场改造工程", "西岭州铁路枢纽优化提升工程")
}

// TestWellKnownFirms: large firms the business press names bare (the
// miners, central enterprises by their short names) are institutes; a
// short form that starts other firms' names (中核智能立体停车设备) is left out.
func TestWellKnownFirms(t *testing.T) {
	text := "必和必拓、淡水河谷与力拓是三大铁矿石供应商。中远海运与中国邮政签署合作协议。中核智能立体停车设备项目开工。林德、液化空气和科思创宣布在华扩产。"
	r := runNative(t, text)
	got := names(r.Institutes)
	for _, want := range []string{"必和必拓", "淡水河谷", "力拓", "中远海运", "中国邮政", "林德", "液化空气", "科思创"} {
		if !slices.Contains(got, want) {
			t.Errorf("institutes %v: no %s", got, want)
		}
	}
	if slices.Contains(got, "中核") {
		t.Errorf("institutes %v: 中核 cut from 中核智能立体停车设备", got)
	}
}

// TestListedCompanies: listed firms named by their short names (海康威视,
// 格林美, 帝尔激光) are companies; a short name that is also a line or a
// port (京沪高铁, 唐山港) is left to the projects, and one made of a place
// and a field's word (长江电力) names no firm by itself.
func TestListedCompanies(t *testing.T) {
	text := "海康威视、格林美与帝尔激光三家企业在东湖市签约。京沪高铁日均客流增长，唐山港吞吐量创新高。长江电力供应充足。"
	r := runNative(t, text)
	got := names(r.Institutes)
	for _, want := range []string{"海康威视", "格林美", "帝尔激光"} {
		if !slices.Contains(got, want) {
			t.Errorf("institutes %v: no %s", got, want)
		}
	}
	for _, not := range []string{"京沪高铁", "唐山港", "长江电力"} {
		if slices.Contains(got, not) {
			t.Errorf("institutes %v: %s taken as a firm", got, not)
		}
	}
}

// TestMassOrganisations: the federations and councils the press names by
// their short forms after a place (工商联, 科协, 残联, 贸促会) and the Red
// Cross (红十字会) are associations, a people's congress's standing
// committee and a disease-control centre are government bodies; a glued 即
// (“2”即县) starts no name.
func TestMassOrganisations(t *testing.T) {
	text := "东湖市工商联、西岭区科协和省残联联合举办活动。西岭市人大常委会审议报告。“2”即县疾控中心。活动由市贸促会协办，市红十字会参加。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "县疾控中心", "东湖市工商联", "市红十字会", "市贸促会", "省残联", "西岭区科协", "西岭市人大常委会")
	for _, e := range r.Institutes {
		if want := map[string]string{"东湖市工商联": "association", "县疾控中心": "government", "市贸促会": "association"}[e.Name]; want != "" && e.Label != want {
			t.Errorf("%s: kind %s, want %s", e.Name, e.Label, want)
		}
	}
}

// finishedNames is what finishProjects keeps of projects named by names in
// d, each at its last occurrence, as proposed by the rules or the ranker.
// wantFinished reports which of names, each proposed as a project at its
// last place in text, finishProjects keeps, when it is not want.
func wantFinished(t *testing.T, text string, want []string, names ...string) {
	t.Helper()
	p := testPipeline(t)
	if got := finishedNames(p.Doc(nil, &corpus.Document{Orig: text}), names...); !slices.Equal(got, want) {
		t.Errorf("finishProjects kept %v, want %v", got, want)
	}
}

func finishedNames(d *extract.Doc, names ...string) []string {
	var ms []extract.Mention
	for _, n := range names {
		i := strings.LastIndex(d.Text.Norm, n)
		s := utf8.RuneCountInString(d.Text.Norm[:i])
		ms = append(ms, d.Mention(extract.KindProject, textmap.Span{Start: s, End: s + utf8.RuneCountInString(n)}))
	}
	ec, _ := entity.DefaultConfig()
	var got []string
	for _, m := range finishProjects(d, entity.NewProjects(ec), ms) {
		got = append(got, m.Text)
	}
	return got
}

// TestDescribedKinds: a name the rules turn down (Via "rejected") after a
// description ending with 的 is works of a kind, whatever the ranker says
// of it (位于美国的 光伏组件工厂); a superlative makes the works one (规模最大的
// 游客集散中心), and a name the rules accept keeps its place after 的.
func TestDescribedKinds(t *testing.T) {
	p := testPipeline(t)
	d := p.Doc(nil, &corpus.Document{Orig: "位于美国的光伏组件工厂同时投产。建成规模最大的游客集散中心。总投资5亿元的冷链物流项目开工。"})
	var ms []extract.Mention
	for _, c := range []struct{ name, via string }{{"光伏组件工厂", "rejected"}, {"游客集散中心", "rejected"}, {"冷链物流项目", ""}} {
		i := strings.Index(d.Text.Norm, c.name)
		s := utf8.RuneCountInString(d.Text.Norm[:i])
		m := d.Mention(extract.KindProject, textmap.Span{Start: s, End: s + utf8.RuneCountInString(c.name)})
		m.Via = c.via
		ms = append(ms, m)
	}
	ec, _ := entity.DefaultConfig()
	var got []string
	for _, m := range finishProjects(d, entity.NewProjects(ec), ms) {
		got = append(got, m.Text)
	}
	if want := []string{"游客集散中心", "冷链物流项目"}; !slices.Equal(got, want) {
		t.Errorf("finishProjects kept %v, want %v", got, want)
	}
}

// TestPartyBeforeAList: what stands before a 与 that opens a list of
// bodies the clause cooperates or signs with is the other party, not an
// item (项目计划 与 中科院、…等高校院所合作); a 与 between items of a list
// the clause does not sign with joins them.
func TestPartyBeforeAList(t *testing.T) {
	text := "项目计划与中科院、西岭农科院等高校院所合作。恒岳精工、星河传动与晨光科技等企业参加。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "中科院", "西岭农科院", "恒岳精工", "星河传动", "晨光科技")
}

// TestIncidentLocations: a name that modifies an accident or a failure
// (西岭地铁2号线 东湖站 扶梯 事故, 南坪核电站 泄漏 事件) is where it happened,
// whoever proposes it; a project an accident befell (发生 事故) and one
// with nothing of an incident after it stay.
func TestIncidentLocations(t *testing.T) {
	wantFinished(t, "西岭地铁2号线东湖站扶梯事故造成一人受伤。南坪核电站泄漏事件引发担忧。北坪大桥项目发生安全事故。东湖大桥项目正式开工。", []string{"北坪大桥项目", "东湖大桥项目"}, "西岭地铁2号线", "南坪核电站", "北坪大桥项目", "东湖大桥项目")
}

// TestAnaphorsInNames: a phrase with a word that points back (上述, 这一)
// refers to works named elsewhere, whoever proposes it.
func TestAnaphorsInNames(t *testing.T) {
	wantFinished(t, "恒岳集团上述项目建成后产能翻番。借助互联网这一独特平台推广。西岭光伏产业园项目开工。", []string{"西岭光伏产业园项目"}, "恒岳集团上述项目", "互联网这一独特平台", "西岭光伏产业园项目")
}

// TestClosedUnits: what a verb of closing or selling has for its object
// (关闭…门店及西岭零售总部) is a unit shut, not a project, whoever proposes
// it; a project after a verb of building in the same sentence stays.
func TestClosedUnits(t *testing.T) {
	wantFinished(t, "恒岳公司宣布关闭全部9家门店及西岭零售总部，同时新建东湖物流中心。南坪集团出售北坪酒店。", []string{"东湖物流中心"}, "西岭零售总部", "东湖物流中心", "北坪酒店")
}

// TestRolesAndBoards: what a place or a trade becomes (成为全国特种纸生产
// 基地) is a role, not a project, whoever proposes it (the ranker may),
// unless it is named (成为东湖高铁的供应商); a firm's board (集团董事局) is
// the firm.
func TestRolesAndBoards(t *testing.T) {
	wantFinished(t, "签约项目落地后，西岭将成为全国特种纸生产基地。东湖乳业成为东湖高铁乳品供应商。", []string{"东湖高铁"}, "全国特种纸生产基地", "东湖高铁")
	text := "华康集团董事局主席出席签约仪式。"
	inst := names(runNative(t, text).Institutes)
	if !slices.Contains(inst, "华康集团") || slices.Contains(inst, "华康集团董事局") {
		t.Errorf("institutes %v: want 华康集团, not its board", inst)
	}
}

// TestGoodsBeforeFirmCount: a list closed by 等N家企业 and a count of
// goods (等2家企业4种产品) lists the goods, not the firms.
func TestGoodsBeforeFirmCount(t *testing.T) {
	text := "西岭生物科技有限公司生产的桂花香精、绿茶香精、杏仁香精等2家企业4种产品中检出违禁物质。东湖电子、西岭精工等5家企业签约。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖电子", "西岭生物科技有限公司", "西岭精工")
}

// TestCountedAfterVerb: a count that a verb of number joins to a body's
// name (省创新实验室达8家, 增加到20家) makes it bodies of a kind; a verb
// with no count after it (达到国际先进水平) leaves the name.
func TestCountedAfterVerb(t *testing.T) {
	text := "省创新实验室达8家，市级重点实验室增加到20家。西岭实验室达到国际先进水平。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "西岭实验室")
}

// TestSchedulesAndNetworks: a phase after 分 is a schedule (分三期举办),
// proposed as no project's name even for the ranker to judge; a country's
// network of works (中国铁路) is no project, whoever proposes it.
func TestSchedulesAndNetworks(t *testing.T) {
	rk, err := rank.DefaultRanker()
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t).WithRanker(rk) // the candidates the ranker is given too
	text := "第9届东湖会继续分三期举办。中国铁路开工建设了一批新线，西岭铁路开工。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	found, err := p.ruleMentions(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, km := range found {
		for _, m := range km.Mentions {
			if m.Kind == extract.KindProject && strings.Contains(m.Text, "分三期") {
				t.Errorf("rules propose %q", m.Text)
			}
		}
	}
	got := finishedNames(d, "中国铁路", "西岭铁路")
	if !slices.Equal(got, []string{"西岭铁路"}) {
		t.Errorf("finishProjects kept %v, want [西岭铁路]", got)
	}
}

// TestFieldOfAnAlliance: a works' name that nouns make part of an
// alliance's name (东湖植物工厂研发战略联盟) is the field the body works in.
func TestFieldOfAnAlliance(t *testing.T) {
	wantFinished(t, "华康集团牵头成立西岭植物工厂研发战略联盟。东湖植物工厂开工。", []string{"东湖植物工厂"}, "西岭植物工厂", "东湖植物工厂")
}

// TestWorksDoNotSpeak: a name a verb of speaking or announcing follows,
// after a time at most, is a body's (东湖检测中心表示, 西岭储备管理中心昨日
// 发布通知), not a project; works that open stay one.
func TestWorksDoNotSpeak(t *testing.T) {
	wantFinished(t, "价格回升。西岭储备管理中心昨日发布通知称将抛储。南坪数据中心昨日投入运营。东湖检测中心表示合格率上升。", []string{"南坪数据中心"}, "西岭储备管理中心", "南坪数据中心", "东湖检测中心")
}

// TestWorksInBodyName: a works' name that the words after it make part of
// a club's name, past a region in brackets and a verb of the trade
// (东湖房商联盟工程采购经理人(华南)俱乐部), or of a registered firm's
// (西岭港物流园运营有限公司), is no project; a firm after a verb is another
// party (西岭隧道工程引进恒岳有限公司).
func TestWorksInBodyName(t *testing.T) {
	wantFinished(t, "东湖房商联盟工程采购经理人（华南）俱乐部在广州启动。西岭港物流园运营有限公司成立。西岭隧道工程引进恒岳有限公司。", []string{"西岭隧道工程"}, "东湖房商联盟工程", "西岭港物流园", "西岭隧道工程")
}

// TestAppositives: a description that ends with 公司 or 企业 before a
// firm's name is not part of it (合资公司 西岭凤凰能源有限公司), though a
// branch keeps its parent (华康公司西岭分公司); a glued 另据 and 正值
// start no name. A description that holds no name ends before any word
// that looks like one (合资公司 新澜…有限公司, 品牌代理公司 柯达诺公司); a
// kind before the verb 控股 is no name (公司控股子公司).
func TestAppositives(t *testing.T) {
	text := "合资公司西岭凤凰能源有限公司成立。华康公司西岭分公司开业。另据东湖服装协会统计，销量增长。正值华康集团成立十周年。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖服装协会", "华康公司西岭分公司", "华康集团", "西岭凤凰能源有限公司")
	text = "双方成立合资公司新澜凤凰能源有限公司。家居品牌代理公司柯达诺公司昨日回应。公司控股子公司南岭环保科技有限公司签约。"
	r = runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "南岭环保科技有限公司", "新澜凤凰能源有限公司", "柯达诺公司")
}

// TestKindOnlyFirms: a country or abroad before 公司, 集团 or 企业 alone
// (中国公司, 外国公司, 日本企业), a field alone (汽车集团, 房地产公司), size
// or the whole of one (大集团, 整个集团, 外国银行, 大银行) and a group of
// interests (利益集团) name no one; a country's or a field's firm with a
// name of its own does (美国东岭公司, 西岭汽车集团, 中国银行). 时任 (then
// serving as) starts no name.
func TestKindOnlyFirms(t *testing.T) {
	text := "许多中国公司赴海外上市。外国公司加快进入。日本企业和美国东岭公司竞争。整个集团营收增长。利益集团阻挠改革。" +
		"国内几大汽车集团和房地产公司加入大集团。西岭汽车集团宣布扩产。外国银行和大银行纷纷进入，中国银行表示欢迎。" +
		"时任西岭高新区管委会主任张三出席。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "中国银行", "美国东岭公司", "西岭汽车集团", "西岭高新区管委会")
}

// TestNumberedBureaus: a state builder's numbered bureau after its known
// name is a firm of its own (中铁十一局集团, 中交一公局, 中建八局), not a
// government bureau, and no name starts at its 局.
func TestNumberedBureaus(t *testing.T) {
	text := "中铁十一局集团与市政府签约。中交一公局和中建八局共同承建东湖大桥。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "中交一公局", "中建八局", "中铁十一局集团", "市政府")
	wantKinds(t, r.Institutes, map[string]string{"中交一公局": "company", "中铁十一局集团": "company"}, false)
}

// TestTimeLocatives: a locative of time (前后, 以来) stands in no name.
func TestTimeLocatives(t *testing.T) {
	text := "民国前后东湖银行曾发行纸币。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖银行")
}

// TestParticleSuo: 所 before a quoted verb is the passive's particle (被…
// 攻势所“迷惑”), not a research institute's short head; 盘局 is a market's
// range, 政局 and 战局 a situation, and 多办 a verb.
func TestParticleSuo(t *testing.T) {
	text := "不少企业被对手的宣传攻势所“迷惑”。东胶仍显盘局。我们要多办实事。东湖能源所、西岭植物所等单位参加。" +
		"北非政局持续动荡，整体战局未变。市财政局、县民政局拨付资金。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖能源所", "县民政局", "市财政局", "西岭植物所")
}

// TestClauseVerbs: a name that holds a verb of a clause (地处, 督促, 否认,
// 召回, 酝酿, 争建, 加紧, 投向, 提供, 用于, 负责, 中标, 制约) is a clause,
// whoever proposes it.
func TestClauseVerbs(t *testing.T) {
	wantFinished(t, "西岭地处东湖中心枢纽。华康公司否认召回东湖高铁列车。东湖高铁开通。", []string{"东湖高铁"}, "西岭地处东湖中心枢纽", "华康公司否认召回东湖高铁", "东湖高铁")
	wantFinished(t, "西岭省加紧东湖指挥中心建设。募集资金投向南坪光棒扩建。两国企业提供交易平台。3亿元用于研发中心。", nil, "西岭省加紧东湖指挥中心", "募集资金投向南坪光棒扩建", "两国企业提供交易平台", "3亿元用于研发中心")
	wantFinished(t, "Sunda负责监管东岭电装工程。东岭重工中标西湾大桥工程。土地制约西岭技改项目。", nil, "Sunda负责监管东岭电装工程", "东岭重工中标西湾大桥工程", "土地制约西岭技改项目")
}

// TestCompanyBeforeProject: 公司 before a project's name is the firm the
// text speaks of, not part of the name (公司 东湖物流园项目).
func TestCompanyBeforeProject(t *testing.T) {
	text := "华康集团表示，公司东湖物流园项目已开工。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖物流园项目")
}

// TestGoodsOfAField: items of a list that 等 and a field's projects close
// (铝镁、超高纯铜等有色金属项目) are goods of the field unless they hold a
// name, and counted works stay (大丰、射阳等3个风电项目).
func TestGoodsOfAField(t *testing.T) {
	text := "建设铝镁、超高纯铜等有色金属项目。签约大丰、射阳等3个风电项目。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "大丰", "射阳")
}

// TestGoodsBeforeProducts: items of a list that 等 and a word of goods
// before 项目 close (尿素、甲醇、合成氨等附加值低的产品项目) are products,
// whatever the dictionary tags them (甲醇/nz), but items with a project
// head stay (西岭化肥厂).
func TestGoodsBeforeProducts(t *testing.T) {
	text := "各地纷纷上马尿素、甲醇、合成氨等附加值低的产品项目。签约西岭化肥厂、东湖新材料产业园等新产品项目。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西岭化肥厂", "东湖新材料产业园")
}

// TestWaterWorksHeads: a ship lock, a pumping station and a sluice are
// works (东湖复线船闸, 西岭泵站).
func TestWaterWorksHeads(t *testing.T) {
	text := "推进东湖复线船闸、西岭泵站、南湾水闸等工程建设。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖复线船闸", "南湾水闸", "西岭泵站")
}

// TestCountedBodies: a count right before or after a body's name (29家
// 全国重点实验室, 城市医疗集团39个) makes it bodies of a kind; a count that
// closes a list (…有限公司4家企业) or is a span of time (三个月) does not.
func TestCountedBodies(t *testing.T) {
	text := "全省新增29家全国重点实验室，组建城市医疗集团39个。西岭稀土实业有限公司、东湖稀土科技有限公司4家企业签署协议。伦敦金属交易所三个月期铜上涨。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖稀土科技有限公司", "伦敦金属交易所", "西岭稀土实业有限公司")
}

// TestBodiesBeforeTitles: a head glued to its director's title (协会会长,
// 医院院长) ends the body's name; the press's short forms of universities
// (西北农大, 东岭科大) are universities.
func TestBodiesBeforeTitles(t *testing.T) {
	text := "中国有色金属工业协会会长出席。西北农大与东岭科大签约。"
	r := runNative(t, text)
	wantKinds(t, r.Institutes, map[string]string{"中国有色金属工业协会": "association", "西北农大": "university", "东岭科大": "university"}, true)
}

// TestFirmListsBeside: one item of a list of firms with a name's words
// makes the others firms beside it, rare characters and all (昇/zg 阳/nr
// 国际半导体); an adverb before the clause's 与 starts no item (已与); a list
// of what firms do (卫星研发制造、火箭总装测试) names trades.
func TestFirmListsBeside(t *testing.T) {
	text := "随后，华泰电子、昇阳国际半导体等企业代表发言。东岭糖业且已与可口可乐、卡夫等企业建立合作。吸引卫星研发制造、火箭总装测试等企业集聚。"
	r := runNative(t, text)
	wantKinds(t, r.Institutes, map[string]string{
		"华泰电子": "company", "昇阳国际半导体": "company", "可口可乐": "company", "卡夫": "company",
	}, true)
}

// TestBuilders: a name that opens its clause and will build at a place
// (天垣精工将在银川建设…) is a firm; a place that will is none.
func TestBuilders(t *testing.T) {
	text := "天垣精工将在银川建设齿轮箱项目。西岭市将在东湖新建物流园。"
	r := runNative(t, text)
	wantKinds(t, r.Institutes, map[string]string{"天垣精工": "company"}, true)
}

// wantKinds checks that each name of want is among the institutes es with
// its kind, and with exact that there are no others.
func wantKinds(t *testing.T, es []link.Entity, want map[string]string, exact bool) {
	t.Helper()
	got := map[string]string{}
	for _, e := range es {
		got[e.Name] = e.Label
	}
	for n, k := range want {
		if got[n] != k {
			t.Errorf("institute %s: kind %q, want %q (all: %v)", n, got[n], k, got)
		}
	}
	if exact && len(got) != len(want) {
		t.Errorf("institutes %v; want exactly %v", got, want)
	}
}

// TestWorksInName: a verb of works right before a project's head, after a
// word of its name, is part of the name (东湖纸业扩建项目); after a verb or
// with nothing before it, it names no project (推动一批扩建项目, 将新建项目).
func TestWorksInName(t *testing.T) {
	text := "西岭石化乙烯改造项目、北湖恒远纸业特种纸扩建项目同时开工。总投资5亿元的东湖污水处理厂改扩建项目顺利竣工。" +
		"推动一批扩建项目开工。今年将新建项目20个。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西岭石化乙烯改造项目", "北湖恒远纸业特种纸扩建项目", "东湖污水处理厂改扩建项目")
}

// TestIndustryListBeforeCopula: a list whose clause says it is a kind of
// industry (A、B是重点行业, A、B均为战略性新兴产业, 是主导产业之一) names
// industries; not when the word of industries starts a compound (是产业工人,
// 为重点产业园区) or the copula ends a verb (缩减为).
func TestIndustryListBeforeCopula(t *testing.T) {
	text := "数字文旅、金融服务和低空物流是今年的重点行业。新材料、新能源均为本市战略性新兴产业。" +
		"张三、李四是公司的产业工人。西岭、东湖均为本市重点产业园区。6大业务领域、15个业务集团缩减为3大核心业务领域。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "数字文旅", "金融服务", "低空物流", "新材料", "新能源")
}

// TestMinistryDepartment: a ministry's department named right after it is
// one government body (国家发改委价格司, 经济部投资促进司), not when the word
// is 公司 or a title (财政部司长).
func TestMinistryDepartment(t *testing.T) {
	text := "台湾经济部投资促进司表示，投资增加。国家发改委价格司副司长出席。工信部装备工业司、商务部市场运行调节司联合发文。财政部司长表示同意。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "台湾经济部投资促进司", "国家发改委价格司", "工信部装备工业司", "商务部市场运行调节司", "财政部")
}

// TestPlaceOfGovernment: the place before a government's body is part of
// its name (墨西哥经济部, 香港投资推广署, 内蒙古发改委: another government's),
// but not the whole country (中国商务部 is 商务部).
func TestPlaceOfGovernment(t *testing.T) {
	text := "墨西哥经济部表示欢迎。香港投资推广署宣布。内蒙古发改委批复。中国商务部回应。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "墨西哥经济部", "香港投资推广署", "内蒙古发改委", "商务部")
}

// TestNotNamesOfWorkReports: phrases of a work report that look like names
// and are not: a name inside a quoted slogan (“1小时高铁圈”), a common noun
// joined to 政府 (市场和政府), a stop word before a head (面向民间资本), a
// kind of firm before 投资 (国企投资), shares in a list (减材料54%), and the
// frame 以A为B around an industry.
func TestNotNamesOfWorkReports(t *testing.T) {
	text := "汉襄宜“1小时高铁圈”“3小时高速公路圈”基本形成。更好统筹当前和长远、市场和政府。分两批面向民间资本发布投资项目清单。" +
		"科学界定政府投资、国企投资与民间投资边界。办理平均减时间83%、减材料54%。" +
		"加快构建以新兴产业为引领、以先进制造业为骨干、以现代服务业为支撑的产业体系。将在西岭落地“东湖智能装备产业园”。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖智能装备产业园")
	wantNames(t, "institutes", text, names(r.Institutes))
	wantNames(t, "industries", text, names(r.Industries), "先进制造业", "现代服务业")
}

// TestNotNamesOfNews: a speaker is no part of the body named after a verb
// of saying (王经理承认 公司, 老李说 公司), a title ends a name (省长…作政府
// 工作报告), a long unknown word or a person's name is no place before 政府
// (严格遵守/nr 政府), and 出局 heads nothing; a body after the verb is
// itself (责令 东湖家居公司).
func TestNotNamesOfNews(t *testing.T) {
	text := "王经理承认公司今年亏损。老李说公司今年盈利。省长任振鹤作政府工作报告。评审人员严格遵守政府采购法。" +
		"合资车面临出局。工商部门责令东湖家居公司整改。荣成政府表示支持。（一）政府投资有效带动。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖家居公司", "荣成政府")
}

// TestPolicyLead: the verb of a policy before a project's name is no part
// of it (全力推动 西岭高铁, 深化 东湖公园 建设), a demonstrative or a
// quantifier makes no name (这是多晶硅项目, 所有西岭新区配套项目), and a clause with 获批, 借助, 提高 or 创建 inside is none
// (西岭地质公园获批世界地质公园).
func TestPolicyLead(t *testing.T) {
	text := "全力推动西岭高铁、东湖机场三期等重大项目建设。深化东湖公园建设。全面实施北湖水患治理工程。业内人士认为，这是多晶硅项目审批开闸的信号。" +
		"西岭地质公园获批世界地质公园。北湖汽车借助伊朗工厂进入中东市场。加快优化重塑东岭大学科技园建设。" +
		"确保所有西岭新区配套项目年内开工。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西岭高铁", "东湖机场三期", "东湖公园", "北湖水患治理工程", "东岭大学科技园")
}

// TestPolicyLeadOfTasks: 做好, 抓好, 办好 and 用好 lead a task, not a name
// (the tagger's 做好东岭高铁 is 东岭高铁).
func TestPolicyLeadOfTasks(t *testing.T) {
	p := testPipeline(t)
	text := "做好东岭高铁建设前期工作。抓好北湖机场建设。"
	got := finishedProjects(t, p, text, "做好东岭高铁", "抓好北湖机场")
	sort.Strings(got)
	wantNames(t, "finishProjects", text, got, "东岭高铁", "北湖机场")
}

// TestNotFields: a name that ends as no industry does (制度, 强省, 名县) is
// none, though its list says it is one.
func TestNotFields(t *testing.T) {
	text := "完善医疗保障制度、基本药物制度等领域改革。打造旅游强省、文旅名县等品牌。加快发展人工智能、量子科技等产业。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "人工智能", "量子科技")
}

// TestFundingSchemes: the projects a fund, subsidy or bond pays for
// (专项资金项目, 消费补贴项目, 专项债券项目) are a scheme, not one work; a loan
// that names how a work is paid for (世行贷款…改造项目) stays in its name.
func TestFundingSchemes(t *testing.T) {
	p := testPipeline(t)
	for name, want := range map[string]bool{
		"中小企业发展专项资金项目":   true,
		"失能老人养老服务消费补贴项目": true,
		"专项债券项目":         true,
		"西岭“风电专项资金”项目":   true,
		"世行贷款西岭集中供热改造项目": false,
		"西岭集中供热改造项目":     false,
	} {
		d := p.Doc(nil, &corpus.Document{Orig: name})
		if got := entity.NoWorksName(d, textmap.Span{Start: 0, End: len(d.Runes)}); got != want {
			t.Errorf("NoWorksName(%s) = %v; want %v", name, got, want)
		}
	}
}

// TestListTail: a name with 等 inside (东湖等4条高铁) or a count after its
// head (县级重点项目100个) is a list's tail or a count, not a project.
func TestListTail(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	d := p.Doc(nil, &corpus.Document{Orig: "西岭、东湖等4条高铁建成。全县实施县级重点项目100个。西岭高铁开通。"})
	for _, c := range []struct {
		name string
		want bool
	}{{"东湖等4条高铁", true}, {"县级重点项目100个", true}, {"西岭高铁", false}} {
		if got := entity.ListTail(d, spanOf(t, d, c.name)); got != c.want {
			t.Errorf("ListTail(%s) = %v; want %v", c.name, got, c.want)
		}
	}
}

// TestNotBodiesOfNews: 而据 before a name is no part of it (而据 东湖证券), a
// body after 和 that names its own place is a second body (部署和 自治区党委),
// counts of bodies (五大集团, 多家上市公司) and 已成定局, 买办 are none; a
// stop word must not end a head (民政局 is no 政局, 安全局/nt no 全局); a
// name holds no quote it does not close (“东湖菲律宾公司); a body referred
// to (頃於該局) and a level of a kind (省级母基金) are none; two fields
// joined by 与 name one research body (运动与健康研究院), two bodies do not.
func TestNotBodiesOfNews(t *testing.T) {
	text := "而据东湖证券分析，行业回暖。落实国务院决策部署和自治区党委要求。省发展和改革委员会出席。" +
		"运动与健康研究院、西岭大学与东湖研究院签约。该局表示同意，頃於該局表示同意。设立省级母基金和专业化基金。“东湖菲律宾公司、中国钢铁工业协会(下称“中钢协”)党委出席。多家上市公司发布公告，五大集团参与，两国政府签署协议。涨价已成定局。县民政局、省邮政局表示支持，县安全局出席。从全局出发，优化产业布局。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖证券", "国务院", "自治区党委", "省发展和改革委员会", "县民政局", "省邮政局", "县安全局", "东湖菲律宾公司", "中国钢铁工业协会", "运动与健康研究院", "西岭大学", "东湖研究院")
}

// TestIndustriesNotPlacesOrFirms: an industry word that a venue, an event
// or a process goes on from is none there (先进制造区, 航空航天馆, 东湖文化
// 产业博览会, 工业化), and the items of a list of firms are none (中铁置业、
// 东湖集团、腾势汽车). 光电 names a field before 产业 (光电产业), not in a
// firm's name (东湖光电).
func TestIndustriesNotPlacesOrFirms(t *testing.T) {
	text := "园区设先进制造区和航空航天馆。第五届东湖文化产业博览会开幕。提升国家工业化水平。" +
		"签约企业有中铁置业、东湖集团、腾势汽车等。重点发展电子信息、生物医药等产业。" +
		"园区今年引进光电产业厂商4家。东湖光电宣布扩产。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "光电产业", "电子信息", "生物医药")
}

// TestGenericAndHonoured: a name that after its place holds only generic
// words and industries is a kind (东湖区战略性新兴产业项目, IPO募投项目: the
// projects a listing's money goes to), and one with a verb of conferring
// inside is a clause (西岭小镇获评国家级旅游休闲街区); the checks follow the
// ranker, so the tagger's names meet them too.
func TestGenericAndHonoured(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "东湖区战略性新兴产业项目加快推进。西岭小镇获评国家级旅游休闲街区。西岭智能装备产业园项目开工。打造先进制造业基地。设立子基金或直投项目。东湖物流中心是河北省重点项目。公司IPO募投项目年内投产。"
	got := finishedProjects(t, p, text, "河北省重点项目", "东湖区战略性新兴产业项目", "西岭小镇获评国家级旅游休闲街区", "西岭智能装备产业园项目", "先进制造业基地", "子基金或直投项目", "IPO募投项目")
	wantNames(t, "finishProjects", text, got, "西岭智能装备产业园项目")
}

// TestIndustryListRanks: a list closed by 等 and a rank of industries
// (支柱产业, 重点行业) names industries, and a place before its first item
// is whose they are (湖北省 交通), though a kind of place stays (城镇燃气).
func TestIndustryListRanks(t *testing.T) {
	text := "支持湖北省交通、城市基础设施、电力、钢铁等支柱产业发展。加强城镇燃气、危化品等重点行业安全监管。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "交通", "城市基础设施", "电力", "钢铁", "城镇燃气", "危化品")
}

// TestProjectPhases: a project is named with the phase being built, once
// (the rules' X厂三期 and the whole X厂三期工程 are one name), and a works
// name with a road in it is no programme.
func TestProjectPhases(t *testing.T) {
	text := "今年开工的项目有城南水厂三期工程、东湖大道东延线道路工程和北山物流基地七至十期项目。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "城南水厂三期工程", "东湖大道东延线道路工程", "北山物流基地七至十期项目")
}

// TestDepartmentFields: a department is named by its field whatever the
// segmenter tags it (交通运输/j 厅, 生态环境/l 局), but a lone 局 after a
// word of any other kind names no one (开好/v 局).
func TestDepartmentFields(t *testing.T) {
	text := "省交通运输厅、市生态环境局负责同志出席，全年要开好局。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "省交通运输厅", "市生态环境局")
}

// TestPlaceListsNoProjects: places listed as places (after 在, or closed by
// 等 and a word of places) are no projects, while works named by their
// place in a list of projects are (如东、射阳等3个海上风电项目).
func TestPlaceListsNoProjects(t *testing.T) {
	text := "企业将在青海、甘肃等推动光伏项目建设，项目实施地包括东营、滨州等多个地方。去年江苏启动了如东、射阳等3个海上风电项目。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "如东", "射阳")
}

// TestPhaseInsideName: a phase between a name's words is part of it, and
// the part before it is no name of its own.
func TestPhaseInsideName(t *testing.T) {
	text := "华泰石化东营三期乙烯项目近日开工。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "华泰石化东营三期乙烯项目")
}

// TestDatelineOutlets: the outlet a dateline or byline names is a media
// institute (the gold rules' source); the outlet's word for itself, a time
// zone and a reporter's role are not, and a place before 电 goes.
func TestDatelineOutlets(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"东岭快报网3月5日讯（记者王明）东岭市今天签约。", []string{"东岭快报网"}},
		{"东岭新闻社青州4月8日电 青州市今天签约。", []string{"东岭新闻社"}},
		{"本报讯（记者王明）东岭市今天签约。", nil},
		{"北京时间3月5日消息，东岭市今天签约。", nil},
		{"东岭市今天签约。（东岭晚报全媒体记者 王明）", []string{"东岭晚报"}},
		{"东岭市商务局消息，东岭市今天签约。", nil}, // a body's word, no outlet
	} {
		r := runPipeline(t, c.text)
		var got []string
		for _, e := range r.Institutes {
			if e.Label == "media" {
				got = append(got, e.Name)
			}
		}
		wantNames(t, "media", c.text, got, c.want...)
	}
}

// TestNumberedWorks: the number of a line stands inside a name (18号线),
// and a capacity in Latin units before a name belongs to it (300MW).
func TestNumberedWorks(t *testing.T) {
	text := "东岭轨道交通18号线二期工程开工。东岭鑫源300MW光伏电站项目签约。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东岭轨道交通18号线二期工程", "东岭鑫源300MW光伏电站项目")
}

// TestModernInNames: 现代, which the segmenter may tag as a time word,
// stands inside a name (北京 现代/t 汽车有限公司).
func TestModernInNames(t *testing.T) {
	text := "北京现代汽车有限公司与西岭市签约。"
	r := runPipeline(t, text)
	if got := names(r.Institutes); !slices.Contains(got, "北京现代汽车有限公司") {
		t.Errorf("institutes(%q) = %q; want 北京现代汽车有限公司 among them", text, got)
	}
}

// TestMakerBeforeName: a maker's or developer's role before a company's
// name is no part of it (汽车制造商 雷诺汽车公司), nor a dash after the role,
// nor a verb of causing (导致 X有限公司).
func TestMakerBeforeName(t *testing.T) {
	text := "法国汽车制造商雷诺汽车公司宣布投资。铝土矿生产商--印度国家铝业公司宣布扩产，导致东湖铝业有限公司停产。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "雷诺汽车公司", "印度国家铝业公司", "东湖铝业有限公司")
}

// TestOfficialAccounts: X发布 is a place's official account (成华发布), not
// a body followed by the verb 发布 (国家计委发布通知); general terms of
// capital and idioms ending in 所 are no bodies.
func TestOfficialAccounts(t *testing.T) {
	text := "成华发布：今日签约。国家计委发布通知，严控楼堂馆所建设，引导商业资本投向实体。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "成华发布", "国家计委")
}

// TestTimeBeforeName: a time before a project's name is no part of it,
// though the name be one word (4月份 青藏铁路/nz); a share or a head count
// before a kind makes no name (7成电厂, 8人小工厂).
func TestTimeBeforeName(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "4月份东湖铁路扩能改造工程开工。今年西岭物流园项目开工。4月份青藏铁路扩能。7成电厂电煤告急。8人小工厂建成投产。"
	got := finishedProjects(t, p, text, "4月份东湖铁路扩能改造工程", "今年西岭物流园项目", "4月份青藏铁路", "7成电厂", "8人小工厂")
	wantNames(t, "finishProjects", text, got, "东湖铁路扩能改造工程", "西岭物流园项目", "青藏铁路")
}

// TestBodiesNoProjects: a government body in a list near a project's
// words is no project (民政部), and neither is a city in a list the text
// calls places, whatever its tag.
func TestBodiesNoProjects(t *testing.T) {
	text := "公司中标国家金审工程，签约国家档案局、民政部、农业部等单位。项目实施地包括齐齐哈尔、大连、天津、唐山等多个地方。"
	r := runPipeline(t, text)
	for _, p := range projectNames(r.Projects) {
		if p == "民政部" || p == "农业部" || p == "国家档案局" || p == "大连" || p == "唐山" || p == "天津" || p == "齐齐哈尔" {
			t.Errorf("projects(%q) hold %q", text, p)
		}
	}
}

// TestBuildVerbInsideName: a verb of building or buying before a proper
// name makes the name its object; before a common word it stays inside.
func TestBuildVerbInsideName(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "东湖商会准备筹建西岭工业园。大运河文化公园建设保护项目开工。"
	got := finishedProjects(t, p, text, "东湖商会准备筹建西岭工业园", "大运河文化公园建设保护项目")
	sort.Strings(got)
	wantNames(t, "finishProjects", text, got, "西岭工业园", "大运河文化公园建设保护项目")
}

// TestReferringBeforeName: a word that refers to a name (现有, 前者) is no
// part of it, and a name with 需要 inside is a clause.
func TestReferringBeforeName(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "扩建现有西岭发动机工厂。东湖文化需要平台。"
	got := finishedProjects(t, p, text, "现有西岭发动机工厂", "东湖文化需要平台")
	wantNames(t, "finishProjects", text, got, "西岭发动机工厂")
}

// TestProjectMaker: a company a project's name starts with is an institute
// too (江松科技 in 江松科技光伏设备二期项目), but a place and a trade before a
// centre's head name no company (东城科技金融服务中心).
func TestProjectMaker(t *testing.T) {
	text := "空港经开区举行西松科技光伏设备二期项目开工仪式。东城科技金融服务中心项目同日开工。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "西松科技")
}

// TestShortIndustryWords: a two-character industry word stands for its
// field only as a list's item or before its class word, whatever the
// ranker says (苹果采购的芯片 is goods).
func TestShortIndustryWords(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "苹果采购了价值175亿美元的芯片。重点发展芯片、汽车等产业。芯片行业增长。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	var ms []extract.Mention
	for _, w := range []string{"芯片", "芯片、汽车", "芯片行业"} {
		i := strings.Index(text, w)
		s := utf8.RuneCountInString(text[:i])
		ms = append(ms, d.Mention(extract.KindIndustry, textmap.Span{Start: s, End: s + 2}))
	}
	goods, item, before := ms[0].Norm.Start, ms[1].Norm.Start, ms[2].Norm.Start
	got := finishIndustries(d, nil, slices.Clone(ms))
	var starts []int
	for _, m := range got {
		starts = append(starts, m.Norm.Start)
	}
	if !slices.Equal(starts, []int{item, before}) {
		t.Errorf("finishIndustries kept the words at %v of %v; want the list item and the word before 行业", starts, []int{goods, item, before})
	}
}

// TestListOfBodies: the fields of a list closed by 等部门 name bodies, not
// industries; the same words before 等产业 are industries.
func TestListOfBodies(t *testing.T) {
	text := "会同投资、土地、环保、金融等部门把关。重点发展环保、金融等产业。"
	r := runPipeline(t, text)
	for _, e := range r.Industries {
		for _, s := range e.Spans {
			if s.Start < 18 {
				t.Errorf("industry %q at %v is an item of 等部门", e.Name, s)
			}
		}
	}
	if len(r.Industries) != 2 {
		t.Errorf("industries(%q) = %q; want 环保 and 金融 of the second list", text, names(r.Industries))
	}
}

// TestFieldWordsNotProper: a field's word, even one the segmenter tags as
// an abbreviation (光伏/j), is no proper name: a name of such words and a
// head is a kind of works (光伏发电站, 光伏组件工厂), not one; a place
// before it makes it one.
func TestFieldWordsNotProper(t *testing.T) {
	text := "公司将在海外建设光伏发电站和光伏组件工厂，并开工建设西岭光伏发电站。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西岭光伏发电站")
}

// TestListedAndInvestors: a company's short name with its stock code after
// it (西岭电气(301234.SZ), 东港基建(01038.HK)) and the subject of a sum to be
// invested (恒岳精工拟投资3.5亿元, 北岭建龙将在区域内投资, 南华电子将大手笔
// 投资) are companies; a clause, a place's field,
// a work or a list of what sums went to invests nothing (普达近日宣布投资,
// 河南省水利投资, 西岭高铁总投资, 产业类投资5亿元、研发投入3亿元), and a year in
// brackets is no code.
func TestListedAndInvestors(t *testing.T) {
	text := "西岭电气(301234.SZ)公告称，与东港基建（01038.HK）签约。恒岳精工拟投资3.5亿元建设新厂。" +
		"普达近日宣布投资6亿元。河南省水利投资12亿元。西岭高铁总投资200亿元。" +
		"省属企业完成产业类投资5亿元、研发投入3亿元。光绪五年(1879)建成。另一家肉制品企业东湖食品(002143)回应。" +
		"根据协议，北岭建龙将在区域内投资100亿元。南华电子将大手笔投资近43亿元。东达电子将投资新台币100亿元。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "西岭电气", "东港基建", "恒岳精工", "东湖食品", "北岭建龙", "南华电子", "东达电子")
	for _, e := range r.Institutes {
		if e.Label != "company" {
			t.Errorf("institute %s: kind %q, want company", e.Name, e.Label)
		}
	}
}

// TestExecutivesAndParties: a short name before an executive's title
// (恒岳精工董事长, past what qualifies the title: 现任, 中国区, 总裁兼) and the
// parties of a signing (与北辰能源签署; 天垣精工 与…签约) are firms; a kind of firm or a
// person before a title (公司董事长, 李明任总经理) and a place as a party are
// not.
func TestExecutivesAndParties(t *testing.T) {
	text := "区长会见恒岳精工董事长王强一行。东湖光电中国区总裁刘洋表示。西坪科技总裁兼首席执行官赵明出席。" +
		"西岭市政府与北辰能源签署战略合作协议。公司董事长表示满意。他曾任总经理。双方与南坪签署协议。" +
		"会上，天垣精工与南坪科技签约。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "恒岳精工", "东湖光电", "西坪科技", "西岭市政府", "北辰能源", "天垣精工", "南坪科技")
}

// TestAnalystsFirms: the firm before an analyst's title is an organisation
// (鼎元期货首席分析师, 据星桥资讯分析师, past a field's 行业: 恒川顾问食品行业
// 研究员); no name (业内分析师, 有位经济学家) is none, and a firm's name
// that may end with its desk or its goods (北辰网棉花, 西坪能源) is left.
func TestAnalystsFirms(t *testing.T) {
	text := "油价走低。鼎元期货首席分析师王强表示,油价将震荡。据星桥资讯分析师介绍,价格平稳。恒川顾问食品行业研究员李明认为,乳业将整合。" +
		"业内分析师指出,钢价将跌。有位经济学家认为如此。北辰网棉花分析师赵明说。西坪能源分析师刘洋说。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "鼎元期货", "星桥资讯", "恒川顾问")
}

// TestSubsidiaryAndCountedFirms: a name after 子公司 stands in apposition
// to it (恒岳集团旗下子公司北岭恒岳将…投资); a count of firms right after a
// list closes it as 等 would (华泰电子、东湖光电2家企业), but not a list of
// places or one with a verb in an item (16个省、直辖市149家企业).
func TestSubsidiaryAndCountedFirms(t *testing.T) {
	text := "根据协议,恒岳集团旗下子公司北岭恒岳将在园区投资100亿元。华泰电子、东湖光电2家企业参加。" +
		"共抽查了16个省、直辖市149家企业的产品。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "恒岳集团", "北岭恒岳", "华泰电子", "东湖光电")
}

// TestFirmDescribedInBracket: a name before a bracket that says what kind
// of body it is (X-Fab(硅晶片制造商), IFA(国际肥料工业协会)) is one, of that
// kind, without the country that describes it or a glued 另据; a bracket
// that holds another name (Press Metal) makes none.
func TestFirmDescribedInBracket(t *testing.T) {
	text := "价格上涨。另据IFA(国际肥料工业协会)数据显示，产能增长。合作伙伴包括北辰集团、德国X-Fab(硅晶片制造商)和东湖铝业(Press Metal)。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "IFA", "X-Fab", "北辰集团", "国际肥料工业协会")
	wantKinds(t, r.Institutes, map[string]string{"IFA": "association", "X-Fab": "company"}, false)
}

// TestStockCode: what a stock code in brackets looks like.
func TestStockCode(t *testing.T) {
	for s, want := range map[string]bool{
		"(300035.SZ)": true, "(600519)": true, "（00700.HK）": true, "(股票代码：600585)": true, "(SH600519)": true,
		"(1879)": false, "(2019)": false, "(12345)": false, "(300035": false, "(3000351)": false, "(300035.XX)": false,
	} {
		rs := []rune(s)
		if got := entity.StockCode(rs, 1, len(rs)); got != want {
			t.Errorf("StockCode(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestFirmListOfOne: a list of one item closed by 等 and a number of firms
// names that firm (思哲睿等5户企业: it and four more), after a time or an
// adverb; without a number, or with an item of no name's words, none.
func TestFirmListOfOne(t *testing.T) {
	text := "思哲睿等5户企业入选优秀案例。今年恒岳精工等3家企业落户。推动转型等一批企业升级。东湖等多家企业参展。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "思哲睿", "恒岳精工")
}

// TestIndustrialFields: a field before 工业 is an industry with it (能源工业,
// 纺织工业: one industry with 纺织行业), and 高技术 of the statistics stands
// in its name (高技术制造业).
func TestIndustrialFields(t *testing.T) {
	text := "全年能源工业增加值增长8.1%，纺织工业、食品工业稳步发展，高技术制造业投资增长11.5%。纺织行业加快转型。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "能源工业", "纺织工业", "食品工业", "高技术制造业")
}

// TestPartsInName: 零部件, which jieba tags as a measure word, is a noun
// inside a name (北岭汽车零部件产业园项目).
func TestPartsInName(t *testing.T) {
	text := "签约的先进制造业项目中，北岭汽车零部件产业园项目总投资20亿元。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "北岭汽车零部件产业园项目")
}

// TestRoadOfRoute: a route's name starts with the road it is a section of,
// named right before it (G4京港澳高速 岳阳至长沙段扩容工程).
func TestRoadOfRoute(t *testing.T) {
	text := "G4京港澳高速岳阳龙湾至长沙广福段扩容工程开工，京哈高速公路绥中至京沪界段改扩建工程同日开工。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "G4京港澳高速岳阳龙湾至长沙广福段扩容工程", "京哈高速公路绥中至京沪界段改扩建工程")
	// The road's number and word before a route whose name starts at its
	// first end; an unknown second end glued to 至 (至北坪/x).
	text = "此次开工的项目有：东湖水库除险加固工程、G318线西岭至南坪段改建工程。国道210线东湖至北坪段改扩建工程开工。"
	r = runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖水库除险加固工程", "G318线西岭至南坪段改建工程", "国道210线东湖至北坪段改扩建工程")
}

// TestListCoherent: the items of one list are of one kind. An industry
// or institute the ranker drops (here: every word after an ideograph, which a list's
// first item always is) is taken back when two or more of the items it is
// joined to by 、 were chosen (光伏、风电、储能); not when it is only part of
// an item (金融 支持) or stands in no such list.
func TestListCoherent(t *testing.T) {
	r, err := rank.ParseRanker([]byte("pressmine-ranker 2\nind|bias\t5\nind|pc=han\t-100\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	p := newEngine(t, peerSegmenter(t)).WithRanker(r)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"引进了一批光伏、风电、储能等清洁能源项目。", []string{"光伏", "风电", "储能"}},
		{"加大金融支持、物流、储能等方面投入。", []string{"物流", "储能"}},
		{"大力推进光伏建设。", nil},
	} {
		res, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: tc.text}))
		if err != nil {
			t.Fatal(err)
		}
		wantNames(t, "industries", tc.text, names(res.Industries), tc.want...)
	}
	// Institutes too.
	r, err = rank.ParseRanker([]byte("pressmine-ranker 2\nins|bias\t5\nins|pc=han\t-100\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	p = newEngine(t, peerSegmenter(t)).WithRanker(r)
	text := "参展的有东岭科技、西山集团、南湖控股等企业。"
	res, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	wantNames(t, "institutes", text, names(res.Institutes), "东岭科技", "西山集团", "南湖控股")
}

// TestListsOfProjects: a list the text introduces as projects names them
// even where no verb reports them (新能源类项目有A、B…5家企业); after 的,
// 项目 is an item of a list of goods (采购的项目包括毛巾、茶叶). An item's
// numbered detail in brackets is no part of its name and holds no list
// (福建霞浦核电一期(1、2号机组)), and a comma ends the list.
func TestListsOfProjects(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"以氢能为代表的新能源类项目有东岭集团、恩瑞动力、氢源创能、腾达汽车、巨峰能源5家企业。",
			[]string{"东岭集团", "恩瑞动力", "氢源创能", "腾达汽车", "巨峰能源"}},
		{"本次大陆企业来台考察采购的项目包括纺织布料、毛巾、小家电、聚丙烯、水果、茶叶。", nil},
		{"此次获批的新项目分别是西岭核电三期(5、6号机组)、东湾核电一期(1、2号机组),共计2个项目、4台新机组。",
			[]string{"西岭核电三期", "东湾核电一期"}},
	} {
		r := runPipeline(t, tc.text)
		wantNames(t, "projects", tc.text, projectNames(r.Projects), tc.want...)
	}
}

// TestRulesMargin: an industry the rules accept themselves is kept unless
// the ranker scores it below -5 (rank.rulesMargin), a project with a
// trigger next to its name (建设 X) unless below -4; any other project
// needs a score above zero.
func TestRulesMargin(t *testing.T) {
	text := "重点发展新材料产业，建设西岭新材料产业园项目。东湖物流园项目今年计划投资3亿元。"
	for _, tc := range []struct {
		bias       string
		industries []string
		projects   []string
	}{
		{"-3", []string{"新材料产业"}, []string{"西岭新材料产业园项目"}},
		{"-4.5", []string{"新材料产业"}, nil},
		{"-6", nil, nil},
		{"3", []string{"新材料产业"}, []string{"东湖物流园项目", "西岭新材料产业园项目"}},
	} {
		model := "pressmine-ranker 2\nind|bias\t" + tc.bias + "\npro|bias\t" + tc.bias + "\nins|bias\t-10\n"
		r, err := rank.ParseRanker([]byte(model), "test")
		if err != nil {
			t.Fatal(err)
		}
		p := newEngine(t, peerSegmenter(t)).WithRanker(r)
		res, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
		if err != nil {
			t.Fatal(err)
		}
		wantNames(t, "industries (bias "+tc.bias+")", text, names(res.Industries), tc.industries...)
		wantNames(t, "projects (bias "+tc.bias+")", text, projectNames(res.Projects), tc.projects...)
	}
}

// TestIndustryOfListedProjects: phrasings that file the projects of a list
// under the industry that introduces it: a count after a verb of signing
// (X产业签约项目5个,包括A、B), and 的项目有 after the field, where the 及 of
// 涉及 joins no industry to it.
func TestIndustryOfListedProjects(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string
	}{
		{"新能源汽车产业签约项目5个，包括东岭动力电池项目、西山电机项目等。",
			map[string]string{"东岭动力电池项目": "新能源汽车产业", "西山电机项目": "新能源汽车产业"}},
		{"涉及电子信息产业的项目有北辰芯片封测项目、东湖显示面板项目。",
			map[string]string{"北辰芯片封测项目": "电子信息产业", "东湖显示面板项目": "电子信息产业"}},
		// The field in brackets after each item; not in an event's name.
		{"签约项目包括：西岭光伏产业园项目（新能源产业）、东湖芯片封测项目（集成电路产业）。",
			map[string]string{"西岭光伏产业园项目": "新能源产业", "东湖芯片封测项目": "集成电路产业"}},
	} {
		r := runPipeline(t, tc.text)
		got := map[string]string{}
		for _, p := range r.Projects {
			got[p.Name] = p.Industry
		}
		for name, ind := range tc.want {
			if got[name] != ind {
				t.Errorf("%q: %s filed under %q; want %q (all: %v)", tc.text, name, got[name], ind, got)
			}
		}
	}
}

// TestDeclaredShortNames: a short name the text declares right after a
// name (（以下简称“东岭科技”）, (简称：东岭科技)) is that organisation's or
// project's alias, not a second entity; in Traditional text too. A short
// name declared for an organisation is none of its projects.
func TestDeclaredShortNames(t *testing.T) {
	for _, tc := range []struct {
		text, kind, name, alias string
	}{
		{"浙江东岭新材料科技股份有限公司（以下简称“东岭科技”）公告称，东岭科技拟投资5亿元。", "institutes", "浙江东岭新材料科技股份有限公司", "东岭科技"},
		{"西岭国际数字经济产业园项目（以下简称“东岭产业园”）开工，东岭产业园项目总投资20亿元。", "projects", "西岭国际数字经济产业园项目", "东岭产业园项目"},
		{"東嶺新材料科技股份有限公司（簡稱：東嶺科技）宣佈，東嶺科技將投資5億元。", "institutes", "東嶺新材料科技股份有限公司", "東嶺科技"},
		// A short name declared for an organisation is no project, though
		// it ends with a project's head.
		{"中国科学院西岭创新研究院（以下简称“西岭创新中心”）今日揭牌，西岭创新中心将建设三个实验平台。", "institutes", "中国科学院西岭创新研究院", "西岭创新中心"},
	} {
		r := runPipeline(t, tc.text)
		var es []link.Entity
		if tc.kind == "institutes" {
			es = r.Institutes
		} else {
			for _, p := range r.Projects {
				es = append(es, p.Entity)
			}
		}
		if len(es) != 1 || es[0].Name != tc.name || !slices.Contains(es[0].Aliases, tc.alias) {
			t.Errorf("%q: %s %+v; want one, %s with alias %s", tc.text, tc.kind, es, tc.name, tc.alias)
		}
		if tc.kind == "institutes" && len(r.Projects) > 0 {
			t.Errorf("%q: projects %v; want none", tc.text, projectNames(r.Projects))
		}
	}
}

// TestKeepTaggedGeneric: a project the tagger names with nothing but
// generic words, fields, heads and modifiers (一批现代农业产业园, 零碳工厂)
// is a kind of works and is left out; one with a place is kept.
func TestKeepTaggedGeneric(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "建设一批现代农业产业园和西岭现代农业产业园。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	found, err := p.ruleMentions(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		keep bool
	}{{"一批现代农业产业园", false}, {"现代农业产业园", false}, {"西岭现代农业产业园", true}} {
		i := strings.Index(text, tc.name)
		s := utf8.RuneCountInString(text[:i])
		m := d.Mention(extract.KindProject, textmap.Span{Start: s, End: s + utf8.RuneCountInString(tc.name)})
		if _, ok := p.keepTagged(d, found, m); ok != tc.keep {
			t.Errorf("keepTagged(%s) = %v; want %v", tc.name, ok, tc.keep)
		}
	}
}

// TestKeepTaggedAfterNumber: a project the tagger names right after a
// number starts with the road the number is of (国道319 浏阳至东湖段改建工程),
// or is no name (5.0 安全平台: it starts inside the number; 20亿方/ 年…:
// inside a rate).
func TestKeepTaggedAfterNumber(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "推进国道319浏阳至东湖段改建工程和工业互联网5.0安全平台建设，东湖20亿方/年天然气产能工程开工。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	found, err := p.ruleMentions(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		keep       bool
	}{{"浏阳至东湖段改建工程", "国道319浏阳至东湖段改建工程", true}, {"0安全平台", "", false}, {"年天然气产能工程", "", false}} {
		i := strings.Index(text, tc.name)
		s := utf8.RuneCountInString(text[:i])
		m := d.Mention(extract.KindProject, textmap.Span{Start: s, End: s + utf8.RuneCountInString(tc.name)})
		sp, ok := p.keepTagged(d, found, m)
		if ok != tc.keep || ok && d.Slice(sp.Start, sp.End) != tc.want {
			t.Errorf("keepTagged(%s) = %q, %v; want %q, %v", tc.name, d.Slice(sp.Start, sp.End), ok, tc.want, tc.keep)
		}
	}
}

// TestClassWordItem: a list's first item is never a class word alone: the
// word before it names the field, whatever the segmenter tagged it
// (首发/d 经济、冰雪经济、银发经济).
func TestClassWordItem(t *testing.T) {
	text := "大力发展首发经济、冰雪经济、银发经济，培育新的消费增长点。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "首发经济", "冰雪经济", "银发经济")
}

// TestEconomies: an economy a policy sets out to develop is a field
// (积极培育避暑经济和夜间经济, 大力发展林下经济); a scope or model of the
// economy is none (县域经济, 民营经济, 实体经济), nor is one that modifies a
// noun (发展夜间经济规模).
func TestEconomies(t *testing.T) {
	text := "积极培育避暑经济和夜间经济。大力发展林下经济。推动县域经济和民营经济高质量发展。做大做强实体经济。" +
		"激发首发经济，扩大服务消费。推动澳门经济，促进我区经济。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "避暑经济", "夜间经济", "林下经济", "首发经济")
}

// TestCountedWorks: a name that counts works of a kind (总装3条生产线,
// 西岭6条高速公路) names none; an ordinal (第3条生产线) or a line's number
// (18号线) is no count.
func TestCountedWorks(t *testing.T) {
	for name, want := range map[string]bool{
		"总装3条生产线": true, "西岭6条高速公路": true, "准东3个煤制气": true, "两座水库": true,
		"第3条生产线": false, "成都轨道交通18号线": false, "年产30万吨乙烯项目": false, "4100mm宽厚板生产线": false,
	} {
		if got := entity.CountedWorks(name); got != want {
			t.Errorf("CountedWorks(%s) = %v; want %v", name, got, want)
		}
	}
	text := "将建成涂装、焊装和总装3条生产线。开工建设西岭6条高速公路。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects))
}

// TestWorksAfterDeng: a list closed by 等 and a word of works, after
// generic words (等重点工程), or by a verb of works finished (等相继投运)
// names works; not fields of works (等工程领域) or firms that sign.
func TestWorksAfterDeng(t *testing.T) {
	text := "南坪热电、北辰输气管道二期等相继投运。西岭客运站、东湖站前广场等重点工程开工建设。" +
		"广泛用于建筑、水利、电力等工程领域。宁德时代、比亚迪等签约落户。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "南坪热电", "北辰输气管道二期", "西岭客运站", "东湖站前广场")
}

// TestMilestoneTriggers: a sentence that reports works opened, finished or
// put to use (通车, 试运行, 投入使用, 封顶, 贯通) reports projects as one of
// building does.
func TestMilestoneTriggers(t *testing.T) {
	text := "西岭绕城高速公路正式通车。东湖数据中心二期投入使用。南坪会展中心主体结构封顶。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西岭绕城高速公路", "东湖数据中心二期", "南坪会展中心")
}

// TestIntroducedFirms: a list that a collective noun of firms introduces
// (参展企业包括A、B, 业者则包括A、B) names firms, even those named by their
// trade (东岭半导体), and no industries; a phrase with a verb in it is no
// firm, and a bracket after a name is no part of it.
func TestIntroducedFirms(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	r, err := rank.DefaultRanker()
	if err != nil {
		t.Fatal(err)
	}
	p = p.WithRanker(r)
	text := "本次联审业者则包括恒岳国际半导体、东岭半导体、西湖传动及不具名RFID领导厂商。参展企业包括南坪通讯、北辰科技(NASDAQ:BCTK)和西岭恒达。"
	res, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	got := names(res.Institutes)
	for _, want := range []string{"恒岳国际半导体", "东岭半导体", "西湖传动", "南坪通讯", "北辰科技", "西岭恒达"} {
		if !slices.Contains(got, want) {
			t.Errorf("institutes %v: no %s", got, want)
		}
	}
	for _, n := range got {
		if strings.Contains(n, "具名") || strings.Contains(n, "NASDAQ") {
			t.Errorf("institute %q: not a firm's name", n)
		}
	}
	for _, e := range res.Industries {
		if slices.Contains([]string{"恒岳国际半导体", "东岭半导体", "西湖传动"}, e.Name) {
			t.Errorf("industry %q is a firm", e.Name)
		}
	}
}

// TestCountBeforeEnumEnd: a count of kinds may stand between 等 and the
// word that makes a list's items industries (等多个领域, 等十大产业).
func TestCountBeforeEnumEnd(t *testing.T) {
	text := "公司业务遍及市政、水利、房建、交通等多个领域。"
	r := runPipeline(t, text)
	got := names(r.Industries)
	for _, want := range []string{"市政", "水利", "房建", "交通"} {
		if !slices.Contains(got, want) {
			t.Errorf("industries %v: no %s", got, want)
		}
	}
}

// TestMinistriesAndPartyDepartments: a ministry named by its field, at home
// or abroad (泰国工业部, 中国农业部 is 农业部), and a department of a party
// committee (中共西宁市委宣传部) are government bodies; a firm's department
// is no body (鲁花集团宣传部 names 鲁花集团).
func TestMinistriesAndPartyDepartments(t *testing.T) {
	text := "中国农业部发布通知。泰国工业部部长出席。中共西宁市委宣传部主办。鲁花集团宣传部表示。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{"农业部": "government", "泰国工业部": "government", "中共西宁市委宣传部": "government", "鲁花集团": "company"}, true)
}

// TestKindModifiesNoun: a name right before a noun it modifies (业务,
// 电价, 投资回报率) names a line of business or a price there, not a
// project; a park before its industry (东岭量子谷产业生态) stays.
func TestKindModifiesNoun(t *testing.T) {
	text := "西岭集团投资建设的南坪光伏电站业务已经投产。建成投产的东湖光伏发电项目标杆电价定为1元。完善东岭量子谷产业生态，建设北坪光伏电站。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东岭量子谷", "北坪光伏电站")
}

// TestAgenciesByWhatTheyDo: an agency named by what it does is one body
// though a verb stands in its name (投资促进局, 城市管理局), and the measure
// of a number before a name starts none (19楼 西岭贸易投资促进局, 500强 美国
// 恒岳公司).
func TestAgenciesByWhatTheyDo(t *testing.T) {
	text := "西岭市投资促进局局长出席。东湖市城市管理局发布通知。请送达中土大厦19楼南坪贸易投资促进局。世界500强美国恒岳公司落户。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "西岭市投资促进局", "东湖市城市管理局", "南坪贸易投资促进局", "美国恒岳公司")
}

// TestMoreHeads: news agencies and papers (通讯社, 时报, 商报, 周刊) are media,
// a Japanese company (株式会社) and a cooperative are companies, societies
// and foundations associations, customs a government body; 同时报 is no
// paper.
func TestMoreHeads(t *testing.T) {
	text := "据西岭时报报道，东湖通讯社消息，南坪精工株式会社将投资。企业须同时报送材料。" +
		"中国西岭研究会、东湖青少年发展基金会、南坪市海关和北坪蔬菜专业合作社参加。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{"西岭时报": "media", "东湖通讯社": "media", "南坪精工株式会社": "company",
		"中国西岭研究会": "association", "东湖青少年发展基金会": "association", "南坪市海关": "government", "北坪蔬菜专业合作社": "company"}, true)
}

// TestUniversityShortForms: the press names the best-known universities by
// short forms (清华, 北大, 哈工大), which are universities, and large firms
// by their brands (飞利浦, 杜邦).
func TestUniversityShortForms(t *testing.T) {
	text := "该中心由清华、北大和哈工大的团队共同组建，飞利浦与杜邦参与，高盛担任财务顾问，汇丰提供贷款。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{"清华": "university", "北大": "university", "哈工大": "university", "飞利浦": "company", "杜邦": "company", "高盛": "company", "汇丰": "bank"}, false)
}

// TestShortFormInStreetName: a short form that the segmenter splits out of
// a street's name (雷锋 北大 道) is no university; 北大 before a word that
// is no street's (北大 团队) is.
func TestShortFormInStreetName(t *testing.T) {
	text := "西岭北大道拓宽工程开工。北大团队参与设计。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "北大")
	text = "雷锋北大道拓改工程已开工。"
	r = runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes))
}

// TestCapitalIsABrandHead: 资本 names a firm only after a name (恒岳资本);
// after a common noun it is capital (注册资本, 人力资本, 民营资本).
func TestCapitalIsABrandHead(t *testing.T) {
	text := "恒岳资本领投本轮融资。公司注册资本5000万元，重视人力资本，吸引民营资本参与。"
	r := runPipeline(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "恒岳资本")
}

// TestRankedKindAfterDeng: a rank or count of kinds may stand between 等
// and a word of kinds (等支柱产业, 等四大板块): the items are industries, not
// projects, even with 项目 later in the clause; 等重大产业项目 closes projects.
func TestRankedKindAfterDeng(t *testing.T) {
	text := "西岭银行与东湖省政府签署战略合作协议，将支持东湖省交通、城市基础设施、电力、钢铁、汽车等支柱产业及“三农”项目。" +
		"东湖光电产业园、南坪物流园等重大产业项目开工。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖光电产业园", "南坪物流园")
}

// TestCoordinatedProjects: a rules' project joined by 及 to a chosen one is
// kept with it (the two share the verb that reports them).
func TestCoordinatedProjects(t *testing.T) {
	p := newEngine(t, peerSegmenter(t))
	text := "西岭疫苗生产基地及东湖医疗器械产业园项目签约落户。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	found, err := p.ruleMentions(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	cands := found.Of(extract.KindProject)
	var chosen []extract.Mention
	for _, m := range cands {
		if m.Name == "西岭疫苗生产基地" {
			chosen = append(chosen, m)
		}
	}
	if len(cands) != 2 || len(chosen) != 1 {
		t.Fatalf("rules' projects %v: want the two of the sentence", projectNamesOf(cands))
	}
	got := projectNamesOf(coordinatedProjects(d, p.projects, cands, chosen))
	if !slices.Equal(got, []string{"西岭疫苗生产基地", "东湖医疗器械产业园项目"}) {
		t.Errorf("coordinatedProjects = %v; want both", got)
	}
}

func projectNamesOf(ms []extract.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Name)
	}
	return out
}

// TestAcademiesShortForm: X科院 is the short form of X科学院, a research
// body (农科院, 社科院, 林科院).
func TestAcademiesShortForm(t *testing.T) {
	r := runPipeline(t, "公司与东湖省农科院签订合作协议。双方与西岭社科院、南坪林科院开展合作。")
	wantKinds(t, r.Institutes, map[string]string{"东湖省农科院": "research", "西岭社科院": "research", "南坪林科院": "research"}, true)
}

// TestFieldNotCompany: a brand and its trade (量子科技) that a list names as
// a field is an industry, not a company.
func TestFieldNotCompany(t *testing.T) {
	text := "全省聚焦集成电路、量子科技、生物医药等产业。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{}, true)
	wantNames(t, "industries", text, names(r.Industries), "集成电路", "量子科技", "生物医药")
}

// TestRelationWordsBeforeName: a company's role said before its name (巨头,
// 合资伙伴) is not part of it.
func TestRelationWordsBeforeName(t *testing.T) {
	text := "美国食品巨头恒岳集团宣布收购。合资伙伴香港南坪集团持股一半。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{"恒岳集团": "company", "香港南坪集团": "company"}, true)
}

// TestBranchAfterFullName: a branch named right after its company's full
// name is one organisation (…有限公司东湖分公司); a subsidiary named by its
// parent (南坪集团子公司) is no name of its own.
func TestBranchAfterFullName(t *testing.T) {
	text := "西岭检测认证有限公司东湖分公司总经理出席。作为南坪子公司互相协作。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{"西岭检测认证有限公司东湖分公司": "company"}, true)
}

// TestQuotedProperName: a quoted name with a place in it (“西岭之光”) is
// the project's own name, not a slogan (“新字号”); a preposition the
// segmenter glued to a firm's name (由恒岳/x 集团) starts no institute
// that takes in the project before it.
func TestQuotedProperName(t *testing.T) {
	text := "“西岭之光”文化旅游综合体项目由恒岳集团投资建设。“新字号”项目同时开工。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "“西岭之光”文化旅游综合体项目")
	wantKinds(t, r.Institutes, map[string]string{"恒岳集团": "company"}, true)
}

// TestFinanceAndPropertyBrands: a trust, a leasing arm or a property
// developer named by its brand and trade (东湖信托, 西岭金租, 恒岳地产) is a
// company; a head that ends a common word (中国 房地产) names none; a
// district's 招商局 is its investment bureau, not the central enterprise.
func TestFinanceAndPropertyBrands(t *testing.T) {
	r := runPipeline(t, "南坪证券、东湖信托、西岭金租等机构负责人参加座谈。恒岳控股旗下的恒岳地产签约。东湖区招商局负责同志参加。中国房地产市场平稳。")
	wantKinds(t, r.Institutes, map[string]string{"南坪证券": "company", "东湖信托": "company", "西岭金租": "company", "恒岳控股": "company", "恒岳地产": "company", "东湖区招商局": "government"}, true)
}

// TestApprovalVerbBeforeName: a verb of approval or commission before a
// name (核准, 委托) ends the clause the name follows; 兴建 reports works.
func TestApprovalVerbBeforeName(t *testing.T) {
	r := runPipeline(t, "經濟部投資審議司核准恒岳電子公司增資新台幣50億元。西岭发改委委托南坪咨询公司评估。")
	wantKinds(t, r.Institutes, map[string]string{"經濟部投資審議司": "government", "恒岳電子公司": "company", "西岭发改委": "government", "南坪咨询公司": "company"}, true)
	text := "东湖市将兴建南坪国际会展中心。"
	r = runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "南坪国际会展中心")
}

// TestBareMaterialsWeak: a bare 材料, 装备 or 零部件 in a list is no
// industry (软件、元器件、材料等企业), nor are the qualities 节能 and 环保,
// while a named one is (新材料, 高端装备).
func TestBareMaterialsWeak(t *testing.T) {
	text := "本届百强中从事软件、元器件、材料等企业数量达40余家。全市重点发展新材料、高端装备、汽车零部件等产业。这款冰箱更加节能、环保。"
	r := runPipeline(t, text)
	for _, n := range names(r.Industries) {
		if n == "材料" || n == "环保" || n == "节能" {
			t.Errorf("industries %q hold the bare %s", names(r.Industries), n)
		}
	}
	for _, w := range []string{"新材料", "高端装备", "汽车零部件"} {
		if !slices.Contains(names(r.Industries), w) {
			t.Errorf("industries %q lack %s", names(r.Industries), w)
		}
	}
}

// TestJointLabAndInnerCompany: a joint lab is named with 联合 (西岭新能源
// 联合实验室), and the company whose full name starts a body's name is named
// too (西岭环境科技有限公司 in 西岭环境科技有限公司联合研究中心).
func TestJointLabAndInnerCompany(t *testing.T) {
	r := runPipeline(t, "双方将共建西岭新能源联合实验室。东湖大学与西岭环境科技有限公司联合研究中心签约。")
	wantKinds(t, r.Institutes, map[string]string{"西岭新能源联合实验室": "research", "西岭环境科技有限公司": "company", "西岭环境科技有限公司联合研究中心": "research"}, false)
}

// TestProjectsOfAProjectText: in a text that reports projects in three
// sentences or more, a name of nouns ending with 项目 is one of its
// projects though its own sentence has no trigger word; in another text it
// is not taken on the rules' word, nor is a clause ending with 项目.
func TestProjectsOfAProjectText(t *testing.T) {
	text := "西岭物流园项目签约。东湖光伏电站项目开工。南坪医院项目竣工。全市经济稳中向好。北坪锂电池项目总体进展顺利。商业银行挑选项目时更加谨慎。"
	r := runPipeline(t, text)
	got := projectNames(r.Projects)
	if !slices.Contains(got, "北坪锂电池项目") {
		t.Errorf("projects %q lack 北坪锂电池项目", got)
	}
	if slices.Contains(got, "商业银行挑选项目") {
		t.Errorf("projects %q hold a clause", got)
	}
}

// TestIndustrialBrandsAndHoldings: makers named by brand and trade (三菱重工,
// 上海电气, 康美药业) are companies; 控股 stands inside a registered name
// (熔盛重工集团控股有限公司), and 简称 ends the clause a short name follows.
func TestIndustrialBrandsAndHoldings(t *testing.T) {
	r := runPipeline(t, "三菱重工与上海电气签约，康美药业参加。恒岳重工集团控股有限公司(以下简称恒岳重工)宣布增资。")
	wantKinds(t, r.Institutes, map[string]string{"三菱重工": "company", "上海电气": "company", "康美药业": "company", "恒岳重工集团控股有限公司": "company"}, true)
}

// TestProjectNameRules: rules of this kind, each on sentences of its own.
func TestProjectNameRules(t *testing.T) {
	for _, tc := range []struct {
		name, why, text string
		want            []string
	}{
		{
			name: "GluedLeadVerb",
			why:  "a verb of works begun or pursued that the segmenter glued to the words after it (建成投产/j, 全面实现/i), or an adverb of pursuing works (扎实 开展), is no part of a name, nor is a time before it (全年).",
			text: "全年建成投产西岭光伏电站、东湖风电场等项目。全面实现南坪物流园二期投运。扎实开展北坪高铁建设。",
			want: []string{"西岭光伏电站", "东湖风电场", "南坪物流园二期", "北坪高铁"},
		},
		{
			name: "FirmsListedNotProjects",
			why:  "a list that 等 and a noun of firms close names firms, though 项目 follows in its clause (等金融机构为项目提供授信); a noun of firms that says whose the projects are (等企业项目) does not.",
			text: "中国建设银行西岭分行、西岭农商银行等金融机构为项目提供授信150亿元。恒岳集团西岭基地、南坪科技东湖工厂等企业项目参加签约。",
			want: []string{"恒岳集团西岭基地", "南坪科技东湖工厂"},
		},
		{
			name: "CentreAsParty",
			why:  "a centre that 与 puts beside the subject of a signing is a party, not the work signed; a centre signed for after the verb is a project.",
			text: "西岭行业协会分别与东湖会展中心、南坪会展中心签署合作协议。西岭区与恒岳集团签约东湖数据中心项目。",
			want: []string{"东湖数据中心项目"},
		},
		{
			name: "GoodsInList",
			why:  "an item that ends with a word of goods (物资, 设备) is something bought, not a work, in a list closed by 等…项目 (the reservoir named inside one is a work of its own).",
			text: "开展保障性安居工程、西岭水库建设及抗灾救灾物资、学校视频监控设备等民生项目的采购工作。",
			want: []string{"西岭水库"},
		},
		{
			name: "BuildingsJoined",
			why:  "buildings (办公楼, 大楼) head works, and two of them joined by 及 in a list are two works.",
			text: "西岭市体育馆、东湖开发区消防站办公楼及南坪县委大楼等工程相继建成。",
			want: []string{"西岭市体育馆", "东湖开发区消防站办公楼", "南坪县委大楼"},
		},
		{
			name: "LeadAdverbAndCount",
			why:  "成功 and 提速 before a verb are no part of a name (成功建成X中心); an Arabic count of kinds inside a name (济宁4大…基地) makes it a kind, though 2号线 and 3期 are names.",
			text: "去年，成功建成东湖物流集结中心，提速南坪钢铁基地二期建设。推进西岭4大机器人产业基地建设。西岭2号线开工。",
			want: []string{"东湖物流集结中心", "南坪钢铁基地二期", "西岭2号线"},
		},
		{
			name: "OneCharHeadInWord",
			why:  "a common word that ends in a one-character head (低谷, 县城) names no valley park or town; a town named with the head is kept.",
			text: "光伏业将结束低谷。建设西岭县城开工。西岭科学城项目开工建设。",
			want: []string{"西岭科学城项目"},
		},
		{
			name: "ParticleInside",
			why:  "a name with the particle 的 inside (300兆瓦的风电场) describes works; 的 inside a firm's name (美的) is no particle.",
			text: "西岭新建300兆瓦的风电场开工建设。美的西岭生产基地三期开工建设。",
			want: []string{"美的西岭生产基地三期"},
		},
		{
			name: "RegionWordAfter",
			why:  "a name a region's word follows (双城经济圈, 经济带) is part of the region's name, not a project.",
			text: "西岭地区双城经济圈建设加快，东湖光伏电站建成投产。",
			want: []string{"东湖光伏电站"},
		},
		{
			name: "OpeningTriggers",
			why:  "works completed and opened (落成, 开园, 开馆) are reported as projects.",
			text: "东湖国际会展中心昨日正式落成。西岭海洋公园今天开园迎客。",
			want: []string{"东湖国际会展中心", "西岭海洋公园"},
		},
		{
			name: "LandingTriggers",
			why:  "verbs of a project signed or brought in (签下, 落定, 进驻, 引入, 招引) report it and are no part of its name.",
			text: "恒岳集团签下西岭储能电池产业园项目。",
			want: []string{"西岭储能电池产业园项目"},
		},
		{
			name: "InvestedProjectOfIndustryWords",
			why:  "a project the text gives its own sum (总投资5亿元的…项目) is one though its name is industry words.",
			text: "签约项目分别是总投资5亿元的铝型材加工产业项目、总投资3亿元的冷链物流项目。",
			want: []string{"冷链物流项目", "铝型材加工产业项目"},
		},
		{
			name: "MeansOfPaying",
			why:  "the items of a list closed by 等 and a word of means or funds (专项债、政府投资基金等工具, 等资金) pay for projects; they are none.",
			text: "综合运用专项债、政府投资基金等工具支持产业项目建设。西岭大桥、东湖隧道等项目开工。",
			want: []string{"东湖隧道", "西岭大桥"},
		},
		{
			name: "LivelihoodProgrammes",
			why:  "the items of a list closed by 等 and 民生 (等一批重点民生工程, 等10件民生实事) are a government's programmes for people's livelihood, not works.",
			text: "抗震安居、住房保障、煤改电等一批重点民生工程建成投用。西岭大桥、东湖隧道等工程建成投用。",
			want: []string{"东湖隧道", "西岭大桥"},
		},
		{
			name: "CountryAndKind",
			why:  "a country and generic words (新加坡 工厂, 美国 风电项目) name a firm's works of a kind there, not works named; a place after the country (美国 新奥尔良 港) names one.",
			text: "该公司新加坡工厂今年投产，美国风电项目明年开工。美国新奥尔良港扩建工程开工。",
			want: []string{"美国新奥尔良港扩建工程"},
		},
		{
			name: "MinesAndSteelworks",
			why:  "a coal mine or a steelworks is works put into production (X煤矿 投产, X钢铁厂 建成); an ore (磁铁矿) is not.",
			text: "青石沟煤矿和李家庄煤矿预计明年投产。西岭京唐钢铁厂已建成投产。该地磁铁矿储量丰富，新矿区开工。",
			want: []string{"李家庄煤矿", "青石沟煤矿", "西岭京唐钢铁厂"},
		},
		{
			name: "CountBeforeGenericWords",
			why:  "a count before the generic words clean trims off (70个 产业链 头部企业实训基地) counts a kind of works; a count that ends a list of names (西岭高铁、东湖大桥2个) does not.",
			text: "新建70个产业链头部企业实训基地。西岭高铁、东湖大桥2个项目开工。",
			want: []string{"东湖大桥", "西岭高铁"},
		},
		{
			name: "InvestedProjectAfterModifier",
			why:  "an attribute of the works (新型/b) right after their own sum is part of the text's name for them; a rank (重点) between the sum and the name is not, and does not hide the sum; a count (一批) does: several works share it.",
			text: "恒岳建材正加快推进投资8亿元的新型轻质板材项目。西岭总投资5亿元的重点冷链物流项目开工。另有投资3亿元的一批先进制造项目。",
			want: []string{"冷链物流项目", "新型轻质板材项目"},
		},
		{
			name: "CommonWordItems",
			why:  "items of a list of projects that are one common word each (铁路, 公路, 通信) are kinds of works, not works named.",
			text: "央企通过承建铁路、公路、通信、水利水电等基础设施建设项目参与开发。西岭高铁、东湖大桥等项目开工。",
			want: []string{"东湖大桥", "西岭高铁"},
		},
		{
			name: "SlogansAndGenericRD",
			why:  "a unit said twice (市市通高铁) is a slogan, 研发 is a generic word (研发平台), and 加大 makes a clause (公司加大研发项目投入).",
			text: "全面实现市市通高铁、县县通高速。公司加大研发项目投入。建设高水平研发平台。西岭研发中心开工。",
			want: []string{"西岭研发中心"},
		},
		{
			name: "CityIsNoPlace",
			why:  "城市 (tagged as a place) names no place: a 工程 of common words after it is a programme (城市基础设施生命线安全工程).",
			text: "今年将开工建设城市基础设施生命线安全工程和西岭污水处理厂。",
			want: []string{"西岭污水处理厂"},
		},
		{
			name: "CampusHeads",
			why:  "a hospital's or university's new campus is works (南坪 医院新院区, 西岭大学东湖校区).",
			text: "建成西岭国际会展中心，开工建设南坪医院新院区。西岭大学东湖校区正式开工。",
			want: []string{"南坪医院新院区", "西岭国际会展中心", "西岭大学东湖校区"},
		},
		{
			name: "NoWorksNames",
			why:  "a class of projects (央企类项目), a city's planned sub-centre (黄兴副中心) and a piece of a clause with 等 name no works; words that hold 等 or start with 和 do (等离子, 和讯网).",
			text: "签约央企类项目12个。加快建设东湖黄兴副中心。推进锁阳城等国家考古遗址公园建设。西岭3D等离子显示屏生产线投产。",
			want: []string{"西岭3D等离子显示屏生产线"},
		},
		{
			name: "WaterDiversion",
			why:  "a water diversion names the works it builds: 引黄 is a piece of the name, not the verb jieba tags it.",
			text: "开工建设引黄济宁工程。",
			want: []string{"引黄济宁工程"},
		},
		{
			name: "PowerExportLine",
			why:  "a power export line (外送通道) is works, named by where it runs.",
			text: "建成投运西岭州特高压外送通道。",
			want: []string{"西岭州特高压外送通道"},
		},
		{
			name: "ScienceFacilities",
			why:  "a list closed by 等大科学装置 names facilities of science, which are built as works are.",
			text: "西岭同步辐射光源、东湖重离子加速器等大科学装置加快建设。",
			want: []string{"西岭同步辐射光源", "东湖重离子加速器"},
		},
		{
			name: "JoinedByJi",
			why:  "what 及 joins to a part that is no name of its own (组件项目: no proper word, no head but 项目) is one project with it; a part with a head of its own (南坪物流中心) is a project of its own.",
			text: "东湖光伏1GW太阳能电池及组件项目开工。西岭港及南坪物流中心建成。",
			want: []string{"东湖光伏1GW太阳能电池及组件项目", "西岭港", "南坪物流中心"},
		},
		{
			name: "Generation",
			why:  "a production line's generation (第6代, 8.5代) stands inside its name, with the maker and place before it; after 每条 (each) it names none.",
			text: "北辰光电西岭第6代柔性显示面板生产线项目投产。东湖科技8.5代液晶面板生产线开工。",
			want: []string{"北辰光电西岭第6代柔性显示面板生产线", "东湖科技8.5代液晶面板生产线"},
		},
		{
			name: "RoundCapacity",
			why:  "a round magnitude with a measure written without digits (千亩, 百万吨级) opens a name as a capacity in digits does; after a count (3万亩) it measures an area and stays out.",
			text: "会上签约了千亩蓝莓种植基地项目和百万吨级煤化工项目。西岭镇新建3万亩茶园基地。",
			want: []string{"千亩蓝莓种植基地项目", "百万吨级煤化工项目"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runPipeline(t, tc.text)
			wantNames(t, "projects ("+tc.why+")", tc.text, projectNames(r.Projects), tc.want...)
		})
	}
}

// TestTrackAsIndustryFrame: 赛道 (a track of business) says a list's items
// are industries and is no part of the last one (数字孪生、工业软件赛道).
func TestTrackAsIndustryFrame(t *testing.T) {
	text := "企业深耕数字孪生、工业软件赛道多年。布局人形机器人、商业航天等新赛道。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "人形机器人", "商业航天", "工业软件", "数字孪生")
}

// TestHaveOpensList: 有 that opens a list after a class of projects is
// the verb, though the native segmenter glues it to the unknown name
// after it (产业项目 有瑞丰/x 精密…, 属于新能源产业的 有瑞达/x 储能…).
func TestHaveOpensList(t *testing.T) {
	text := "此次签约的项目涉及智能制造、生物医药等领域。其中，智能制造产业项目有瑞丰精密数控机床项目、华科工业机器人项目。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "瑞丰精密数控机床项目", "华科工业机器人项目")
	text = "本次签约项目中，属于新能源产业的有瑞达储能电站项目和华光光伏组件项目。"
	r = runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "瑞达储能电站项目", "华光光伏组件项目")
}

// TestKindColonOpensList: a kind of projects and a colon introduce a list
// of projects in a sentence no verb of projects is in (现代服务业项目：A、B).
func TestKindColonOpensList(t *testing.T) {
	text := "现代服务业项目：华联商贸物流园项目、金辉文旅综合体项目。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "华联商贸物流园项目", "金辉文旅综合体项目")
}

// TestFirmAfterDescription: a foreign country and a trade describe the firm
// named right after them; a Chinese place and a trade name a firm.
func TestFirmAfterDescription(t *testing.T) {
	for text, want := range map[string][]string{
		"英国金融科技公司Revolut将在港设立亚太区总部。": {"Revolut"},
		"日本汽车零部件公司电装将扩大在华投资。":        {"电装"},
		"加拿大矿业公司Mag Industries宣布扩产。": {"MagIndustries"},
		"赣州稀土矿业公司会否与五矿发生冲突。":         {"五矿", "赣州稀土矿业公司"},
	} {
		r := runNative(t, text)
		wantNames(t, "institutes", text, names(r.Institutes), want...)
	}
}

// TestGluedFunctionWordEndsName: a word the segmenter glued of a
// character and a function word (这是/x, 一是/x, 优的/x, 现将/x) or the rank
// 中将 stands before a name, never in it.
func TestGluedFunctionWordEndsName(t *testing.T) {
	text := "这是公司今年第三次提价。一是政府要加大投入。让一些服务优的东湖医院加入医保体系。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖医院")
	for _, p := range r.Projects {
		if strings.Contains(p.Name, "的") {
			t.Errorf("project %s: the name holds the glued 的", p.Name)
		}
	}
	text = "近期将动工建设小岞风电场、金井风电场等两个风电项目。"
	r = runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "小岞风电场", "金井风电场")
}

// TestInstituteAfterCopulaAndRole: a name starts after a copula or a
// preposition the segmenter glued into a word (已向英/x 力士集团), after
// 作为, 成为, 要求, 隶属于, 创办, and after a firm's relation (竞争对手).
func TestInstituteAfterCopulaAndRole(t *testing.T) {
	for text, want := range map[string][]string{
		"北岭化工集团已向英力士集团提出收购。":   {"北岭化工集团", "英力士集团"},
		"政府明确要求长丰公司整改。":        {"长丰公司"},
		"三洋电机隶属于松下集团。":         {"松下集团"},
		"其竞争对手GESeaCo公司表示反对。":  {"GESeaCo公司"},
		"1905年商人戴嗣源创办戴生昌轮船公司。": {"戴生昌轮船公司"},
		"北京求是园文化传播有限公司总经理出席。":  {"北京求是园文化传播有限公司"},
	} {
		r := runNative(t, text)
		wantNames(t, "institutes", text, names(r.Institutes), want...)
	}
}

// TestWaferProject: a wafer (硅片, 电池片) is one word, so the measure
// word 片 ends no capacity's name.
func TestWaferProject(t *testing.T) {
	text := "东岭绿能年产20GW单晶硅片项目正式开工，项目总投资45亿元。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东岭绿能年产20GW单晶硅片项目")
}

// TestCollegeOfTwoFields: a college named by two fields, the second glued
// to its head by the segmenter (材料科学 与 工程学院), is one body; a
// university named before 与 is another (基地与 北京大学).
func TestCollegeOfTwoFields(t *testing.T) {
	text := "北岭大学材料科学与工程学院与东岭科技共建联合实验室。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "北岭大学材料科学与工程学院", "东岭科技")
}

// TestInstituteStartsAtNoBracket: a note's number before a name goes; a
// name cut off at a space before its bracket ((中国)投资有限公司) is no
// name; a glued 以 or 使 starts none; 企业集团 is a kind.
func TestInstituteStartsAtNoBracket(t *testing.T) {
	for text, want := range map[string][]string{
		"（28）上海银行公会的会长出席。":       {"上海银行公会"},
		"奥的斯电梯 (中国)投资有限公司负责人认为。": nil,
		"以华鹤集团为例。":               {"华鹤集团"},
		"兼并重组形成大型企业集团。":          nil,
	} {
		r := runNative(t, text)
		wantNames(t, "institutes", text, names(r.Institutes), want...)
	}
}

// TestHantBodiesAndFields: a body named by two fields joined by 及 (澳門
// 經濟及科技發展局), Taiwan's investment office, and a field named with a
// number and a letter (5G通訊), in Traditional characters.
func TestHantBodiesAndFields(t *testing.T) {
	text := "澳門經濟及科技發展局推動會展業發展。投資台灣事務所表示，投資主要投入半導體、電動車及5G通訊等產業。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "投資台灣事務所", "澳門經濟及科技發展局")
	wantNames(t, "industries", text, names(r.Industries), "5G通訊", "半導體", "會展業", "電動車")
	text = "經濟部產業發展署表示，將推動產業發展。"
	r = runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "經濟部產業發展署")
	text = "據悉，國科會、金管會與資策會今天與港交所代表會面。"
	r = runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "國科會", "金管會", "資策會", "港交所")
}

// TestPlaceInsideName: a prefecture's name that jieba's dictionary tags
// as no place (大连/d, 南通/nz) is a place (the divisions dictionary), so
// the body named after it is whole (中国科学院 大连 化学物理研究所 was split
// at the place).
func TestPlaceInsideName(t *testing.T) {
	text := "中国科学院大连化学物理研究所与南通四建集团签署合作协议。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "中国科学院大连化学物理研究所", "南通四建集团")
}

// TestSecretariats: the departments of Hong Kong's and Macau's
// secretaries (经济财政司) are government bodies, whole after their
// government's name; a 公司 is no 司.
func TestSecretariats(t *testing.T) {
	r := runPipeline(t, "澳门特别行政区政府经济财政司与西岭发展有限公司签署协议。")
	wantKinds(t, r.Institutes, map[string]string{"澳门特别行政区政府经济财政司": "government", "西岭发展有限公司": "company"}, true)
}

// TestBureausThatAreFirms: a construction group's engineering bureau
// (中建三局) is a company, a city's bureau a government body; a determiner
// the segmenter glues to a head (当地政府/n) names no one.
func TestBureausThatAreFirms(t *testing.T) {
	text := "由中建三局承建的工程顺利完工。西岭市交通运输局负责监管。双方与当地政府签订投资协议。"
	r := runNative(t, text)
	wantKinds(t, r.Institutes, map[string]string{"中建三局": "company", "西岭市交通运输局": "government"}, true)
}

// TestNumberedProjects: the number of a list's item is no part of a name,
// and a numbered line names its project though its words are an industry
// and a head (the rules alone: the ranker has seen few such lists).
func TestNumberedProjects(t *testing.T) {
	text := "本次签约重点项目如下：\n1.西岭光伏电站项目：总投资3亿元。\n2.冷链物流中心项目：总投资8亿元。\n（3）东湖康养小镇项目。\n冷链物流中心项目是重点。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西岭光伏电站项目", "冷链物流中心项目", "东湖康养小镇项目")
}

// TestKnownGluedToNext: a known body whose last character the segmenter's
// model of unknown words glues to the next word (能源 局在/x, 改革 委等/x)
// is still named.
func TestKnownGluedToNext(t *testing.T) {
	text := "这些标准的发布，是国家能源局在加强风电产品质量管理方面的举措。经过工信部、国家发展改革委等多部门反复论证。"
	r := runNative(t, text)
	wantKinds(t, r.Institutes, map[string]string{"国家能源局": "government", "工信部": "government", "国家发展改革委": "government"}, true)
}

// TestBuildVerbBeforePlace: a verb of building the segmenter tags as a
// noun (合作 建设/vn) before a place starts no body's name.
func TestBuildVerbBeforePlace(t *testing.T) {
	text := "西岭大学与南坪区管委会签订协议，合作建设西岭南坪医院。"
	r := runPipeline(t, text)
	for _, e := range r.Institutes {
		if strings.Contains(e.Name, "建设") {
			t.Errorf("institute %q holds the verb 建设", e.Name)
		}
	}
}

// TestTaiwanPlan: a release from Taiwan names a project 計畫 (a plan to
// build); 計劃, Hong Kong's scheme, stays a plan.
func TestTaiwanPlan(t *testing.T) {
	text := "經濟部今日核准西嶺電子高雄廠擴建計畫，投資金額新台幣150億元。東湖特區政府宣布西嶺人才培育發展計劃。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西嶺電子高雄廠擴建計畫")
}

// TestTaiwanIndustries: the names Taiwan's releases give industries
// (資通訊, 生技醫療) are industries, read after the conversion and
// named as written.
func TestTaiwanIndustries(t *testing.T) {
	text := "台灣的資通訊產業成長迅速，生技醫療產業也穩步發展。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "資通訊產業", "生技醫療產業")
}

// TestQuotedNameAfterVerb: a name that starts with a quoted part stops at
// the verb before the quote (推动 “东湖新街坊”项目); a bracketed part is no
// quote (重庆轻纺控股(集团)公司 is whole).
func TestQuotedNameAfterVerb(t *testing.T) {
	text := "西岭区政府推动“东湖新街坊”项目建设。西岭轻纺控股(集团)公司签约。"
	r := runNative(t, text)
	for _, e := range r.Projects {
		if strings.Contains(e.Name, "推动") {
			t.Errorf("project %q holds the verb before its quoted name", e.Name)
		}
	}
	if !slices.Contains(names(r.Institutes), "西岭轻纺控股(集团)公司") {
		t.Errorf("institutes %v; want 西岭轻纺控股(集团)公司 whole", names(r.Institutes))
	}
}

// TestMinistryOffice: an office a ministry runs (经济部投资台湾事务所) is a
// government body; a firm of lawyers is a company.
func TestMinistryOffice(t *testing.T) {
	r := runPipeline(t, "經濟部投資台灣事務所今天通過3件申請案。西嶺律師事務所代理此案。")
	wantKinds(t, r.Institutes, map[string]string{"經濟部投資台灣事務所": "government", "西嶺律師事務所": "company"}, true)
}

// TestFundNames: funds are named by all they invest in (eight words before
// 母基金), and a government's guidance fund (政府引导母基金) is one fund; a
// fund named by its kind alone (天使投资子基金) is none.
func TestFundNames(t *testing.T) {
	text := "会上，江苏西岭航空航天产业专项母基金、西岭数智电子信息融合产业专项母基金同步签约。高新区政府引导母基金与北辰资本签约。北辰资本宣布设立规模5000万元的天使投资子基金。"
	r := runPipeline(t, text)
	wantKinds(t, r.Institutes, map[string]string{"江苏西岭航空航天产业专项母基金": "fund", "西岭数智电子信息融合产业专项母基金": "fund", "高新区政府引导母基金": "fund", "北辰资本": "company"}, true)
}

// TestFieldOfResearchBody: an industry that names a research body's field
// (共建数字经济研究院) is the body's name, not the industry; the same word
// presented as a field is.
func TestFieldOfResearchBody(t *testing.T) {
	p := testPipeline(t)
	for _, c := range []struct {
		text  string
		field string
		want  bool
	}{
		{"共建数字经济研究院", "数字经济", true},
		{"建设人工智能实验室", "人工智能", true},
		{"发展数字经济产业", "数字经济", false},
		{"举办数字经济博览会", "数字经济", true},
	} {
		d := p.Doc(nil, &corpus.Document{Orig: c.text})
		e := strings.Index(c.text, c.field)
		e = len([]rune(c.text[:e])) + len([]rune(c.field))
		if got := venueAfter(d, e); got != c.want {
			t.Errorf("venueAfter(%q) after %s = %v; want %v", c.text, c.field, got, c.want)
		}
	}
}

// TestQualitiesNotFields: short field words in a list that ends in 的 or a
// word of what qualities are had or asked for (节能、环保的优势, 质量、环保要求)
// are qualities (the ranker took them for fields); in a list of fields
// they are fields.
func TestQualitiesNotFields(t *testing.T) {
	for text, want := range map[string]bool{
		"携节能、环保的优势":   true,
		"把好质量、环保要求":   true,
		"环保、节能、安全的产品": true,
		"发展物流、环保等产业":  false,
		"环保产业":        false,
	} {
		rs := []rune(text)
		e := strings.Index(text, "环保")
		e = len([]rune(text[:e])) + 2
		if got := listOfQualities(rs, e); got != want {
			t.Errorf("listOfQualities(%q) after 环保 = %v; want %v", text, got, want)
		}
	}
}

// TestStagesNotFields: the items of a list closed by a word of the steps
// a product goes through (各个环节, 等一条龙服务) are steps, not fields; the
// same words closed by 产业 are fields.
func TestStagesNotFields(t *testing.T) {
	for text, want := range map[string]bool{
		"从生产、批发、零售各个环节把关":  true,
		"提供设计、制造、批发等一条龙服务": true,
		"覆盖加工、批发等环节":       true,
		"发展批发、零售等产业":       false,
		"批发、零售各有侧重，环节很多":   false,
	} {
		rs := []rune(text)
		e := strings.Index(text, "批发")
		e = len([]rune(text[:e])) + 2
		if got := listOfStages(rs, e); got != want {
			t.Errorf("listOfStages(%q) after 批发 = %v; want %v", text, got, want)
		}
	}
	text := "新规要求在生产、批发、零售各个环节加贴标签。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries))
}

// TestPolicyAreasNotIndustries: 领域 closes a list of a government's areas
// of work as it closes a list of industries; where most items end with a
// word of policy (发展, 保障, 振兴), none is an industry.
func TestPolicyAreasNotIndustries(t *testing.T) {
	text := "报告部署了扩大内需、城乡融合、协调发展、民生保障、边疆振兴等领域的任务。重点发展新能源、新材料、生物医药等领域。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "新能源", "新材料", "生物医药")
	// One task in two does not make the list a policy's: the field stays,
	// the task goes.
	text = "两岸企业可在数字内容、社会治理等领域合作。"
	r = runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "数字内容")
}

// TestDivisionNames: the press's short names of GB/T 4754 divisions are
// industries where the text presents them as such (in a list closed by 行业,
// before their class word); bare, after a comma, they are goods or a supply
// (电力需求, 煤炭涨价), as any weak word is (汽车产销).
func TestDivisionNames(t *testing.T) {
	text := "投资集中在冶金、电力、煤炭等行业。推动中医药产业发展。家具行业加快转型。今年以来，电力需求一直暴涨，煤炭也随之涨价，汽车产销平稳。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "中医药", "冶金", "家具行业", "煤炭", "电力")
	sectors := map[string]string{}
	for _, e := range r.Industries {
		sectors[e.Name] = e.Label
	}
	if sectors["电力"] != "D" || sectors["中医药"] != "C" {
		t.Errorf("sectors %v; want 电力 D, 中医药产业 C", sectors)
	}
}

// TestIndustryGiants: a list closed by 等行业巨头 names firms, not fields;
// one closed by 等行业 names fields.
func TestIndustryGiants(t *testing.T) {
	text := "华康、西岭科技和东湖电子等行业巨头都在布局云计算产业。钢铁、煤炭等行业加快转型。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "云计算产业", "煤炭", "钢铁")
}

// TestChannelNoField: a news site's channel (汽车频道) is no industry, even
// where the tagger reads one there.
func TestChannelNoField(t *testing.T) {
	rk, err := rank.DefaultRanker()
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t).WithRanker(rk)
	r, err := p.Run(context.Background(), p.Doc(nil, &corpus.Document{Orig: "东湖网汽车频道从西岭网站获悉，华康汽车亏损。"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Industries {
		if strings.HasSuffix(e.Name, "频道") {
			t.Errorf("industry %q", e.Name)
		}
	}
}

// TestGoodsAsFields: goods and parts (铝合金, 中药材, 电子元器件, 船舶)
// are fields in a list of fields or before their class word, and goods
// bare (铝合金出口, 中药材价格, 船舶进出港).
func TestGoodsAsFields(t *testing.T) {
	text := "东湖市重点发展芯片、燃料电池、船舶等产业，乳制品行业稳步增长。今年以来铝合金出口增加，中药材价格上涨，电子元器件需求旺盛，船舶进出港平稳。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "乳制品行业", "燃料电池", "船舶", "芯片")
}

// TestVerbBeforePlace: a verb right before a place is the clause's, not
// part of the name that starts with the place (好消息让 东湖地铁2号线); between
// two places it joins a route (西岭到东湖), and 控股 is a firm's word.
func TestVerbBeforePlace(t *testing.T) {
	text := "好消息让东湖地铁2号线提前开工。西岭到东湖特高压直流工程开工。华康控股东湖公司与西岭市签约。"
	r := runNative(t, text)
	got := projectNames(r.Projects)
	for _, want := range []string{"东湖地铁2号线", "西岭到东湖特高压直流工程"} {
		if !slices.Contains(got, want) {
			t.Errorf("projects %v: no %s", got, want)
		}
	}
	for _, n := range got {
		if strings.Contains(n, "让") {
			t.Errorf("projects %v: %s holds the clause's verb", got, n)
		}
	}
	if got := names(r.Institutes); !slices.Contains(got, "华康控股东湖公司") {
		t.Errorf("institutes %v: no 华康控股东湖公司", got)
	}
}

// TestNumberedUnits: a numbered unit of a works (港区3号泊位, 3号地块)
// stands in its name; a house number after a square or a street (广场8号)
// does not join the building after it to the square.
func TestNumberedUnits(t *testing.T) {
	text := "东湖港区3号泊位工程投入使用。西岭市3号地块项目开工。东湖市人民广场8号西岭大厦项目开工。"
	r := runNative(t, text)
	got := projectNames(r.Projects)
	for _, want := range []string{"东湖港区3号泊位工程", "西岭市3号地块项目"} {
		if !slices.Contains(got, want) {
			t.Errorf("projects %v: no %s", got, want)
		}
	}
	for _, n := range got {
		if strings.Contains(n, "广场8号") {
			t.Errorf("projects %v: %s holds an address", got, n)
		}
	}
}

// TestSEINames: the SEI classification's (sub)categories by the names the
// press gives them are industries with their category.
func TestSEINames(t *testing.T) {
	text := "重点发展新型显示、智能电网、碳纤维等产业。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "新型显示", "智能电网", "碳纤维")
	for _, e := range r.Industries {
		if e.Name == "智能电网" && e.SEI != "新能源产业" {
			t.Errorf("智能电网: SEI %q, want 新能源产业", e.SEI)
		}
	}
}

// TestTradeNames: common names of trades the lists once lacked (电商,
// 融资租赁, 生命健康) are industries where the text presents them so.
func TestTradeNames(t *testing.T) {
	text := "看好电商行业，看好融资租赁行业，也看好生命健康产业。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "电商行业", "融资租赁行业", "生命健康产业")
}

// TestShortFieldBeforeBoard: a short industry word (文旅, 化工) before
// 板块, 赛道 or 领域 is the field the text presents; alone it is not.
func TestShortFieldBeforeBoard(t *testing.T) {
	text := "文旅板块签约项目3个。化工赛道持续升温。加强医疗领域合作。原料、能源成本上涨，物流费用增加。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "文旅", "化工", "医疗")
}

// TestBylineWithSpaces: the spaces of a byline count as no word, so an
// outlet of three words before them is read (西岭 东湖 在线 ␣ 记者).
func TestBylineWithSpaces(t *testing.T) {
	r := runPipeline(t, "(西岭东湖在线 记者 李明)南坪与北坪两地签署合作协议。")
	wantKinds(t, r.Institutes, map[string]string{"西岭东湖在线": "media"}, false)
}

// TestStaffedEverywhere: a centre with staff at one mention, an aside
// between its name and them, is a body at every mention, its shorter name
// too; a park the text reports as landed stays a project.
func TestStaffedEverywhere(t *testing.T) {
	text := "西岭省东湖市招投标交易中心(以下简称中心)有关负责人表示，东湖市招投标交易中心签约落地了南坪物流产业园项目。东湖市招投标交易中心开工建设了大楼。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "南坪物流产业园项目")
}

// TestKindSuffix: an industry word a suffix follows (汽车式, 节能环保型)
// names a kind of thing, not the industry; 特事特办 is a saying, no office.
func TestKindSuffix(t *testing.T) {
	text := "挖掘机、装载机、汽车式起重机、叉车分别同比增长，汽车产业也在恢复。突破常规，特事特办，提高工作效率。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries), "汽车产业")
	wantNames(t, "institutes", text, names(r.Institutes))
}

// TestPassageList: roads and railways listed before 等 and the lines they
// make (等进出省大通道加快建设) are works, each named.
func TestPassageList(t *testing.T) {
	text := "青岭铁路、南湾高铁、西岭高速等进出省大通道加快建设。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "青岭铁路", "南湾高铁", "西岭高速")
}

// TestWorksDone: a work whose name the dictionary knows as common words
// (天府/n 国际/n 机场/n) is one work when a verb of works finished follows
// it; a park of common words before the same verb is not named by them.
func TestWorksDone(t *testing.T) {
	text := "进出省大通道新增16条，天府国际机场建成投运，现代物流园建成投运。"
	r := runPipeline(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "天府国际机场")
}

// TestFirmNounsOfTrade: a list that a noun of firms of a trade introduces
// (设备商包括, 供应商有) names firms, not industries.
func TestFirmNounsOfTrade(t *testing.T) {
	text := "光伏设备商包括西岭科技、东湖光电、南坪精工等。"
	r := runPipeline(t, text)
	wantNames(t, "industries", text, names(r.Industries))
	wantNames(t, "institutes", text, names(r.Institutes), "西岭科技", "东湖光电") // 精工 is read as a trade: the item is left out
}

// TestProductGrade: a product's grade (电池级, 电子级) stands inside a
// project's name, with or without a capacity before it; a rating (卓越级
// 智能工厂) or a level of government (自治区级) does not make a name.
func TestProductGrade(t *testing.T) {
	text := "西岭矿业拟投资18亿元在东湖县建设年产5万吨电池级硫酸镍项目。东湖化工新建电子级多晶硅项目。新增自治区级智能工厂12家。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "年产5万吨电池级硫酸镍项目", "电子级多晶硅项目")
}

// TestFutureInsideName: 未来 (future) stands inside a name after its first
// word (西岭大学未来产业研究中心, a project or a body as the rules read the
// verb), and starts none (在未来 东湖园区将…).
func TestFutureInsideName(t *testing.T) {
	text := "东湖市与西岭大学签署协议，共建西岭大学未来产业研究中心。在未来东湖家具园区将有8万人就业。"
	r := runNative(t, text)
	for _, n := range projectNames(r.Projects) {
		if strings.HasPrefix(n, "未来") {
			t.Errorf("project %q starts with 未来", n)
		}
	}
	all := append(projectNames(r.Projects), names(r.Institutes)...)
	if !slices.Contains(all, "西岭大学未来产业研究中心") {
		t.Errorf("projects and institutes %q lack 西岭大学未来产业研究中心", all)
	}
}

// TestUseBeforeHead: 利用 right before the head is the works' activity
// (回收利用项目), not a predicate that cuts or drops the name; 利用 X 建设
// still starts no name.
func TestUseBeforeHead(t *testing.T) {
	text := "会上签约了5万吨/年锂电池回收利用项目。东湖公司利用闲置厂房建设西岭物流园项目。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "5万吨/年锂电池回收利用项目", "西岭物流园项目")
}

// TestSectionBetweenPlaces: a line's section between two places (西岭高铁
// 东湖至南山段) is part of its name, and makes a name of a line whose own
// words are generic (沿江高铁 + 东湖至南山段).
func TestSectionBetweenPlaces(t *testing.T) {
	text := "今年将加快推进沿江高铁东湖至南山段建设。力争西岭铁路北湖段贯通。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "沿江高铁东湖至南山段", "西岭铁路北湖段")
}

// TestTradeWordsNotBodies: words of trades that jieba's dictionary tags as
// organisations (深加工/nt) are no proper part of a name, so 及 joins them
// to the item before (百万吨级乙烯及下游深加工一体化项目); and a sum written
// without its unit (总投资8亿的) gives a project its own sum as 8亿元的 does.
func TestTradeWordsNotBodies(t *testing.T) {
	text := "西岭市政府与东湖石化签约，共同推进百万吨级乙烯及下游深加工一体化项目落地。另有总投资8亿的生态农业综合开发项目。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "生态农业综合开发项目", "百万吨级乙烯及下游深加工一体化项目")
}

// TestBureauOfTask: a bureau named by a field and a two-character verb
// (科技创新局) is a government body, not a firm cut at its field.
func TestBureauOfTask(t *testing.T) {
	text := "东湖公司与西岭市科技创新局签署合作备忘录。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖公司", "西岭市科技创新局")
}

// TestHongKongFieldNames: the names Hong Kong's and Taiwan's releases give
// fields (生物科技, 医疗科技; 人工智慧, 資安, 離岸風電) are fields, and so
// is the mainland's 海上风电.
func TestHongKongFieldNames(t *testing.T) {
	text := "西岭科技园公司与东湖市科技局签署备忘录，推动两地生物科技、医疗科技企业交流。壮大海上风电、海洋生物医药等产业。"
	r := runNative(t, text)
	got := names(r.Industries)
	for _, want := range []string{"生物科技", "医疗科技", "海上风电"} {
		if !slices.Contains(got, want) {
			t.Errorf("industries %q lack %s", got, want)
		}
	}
	text = "經濟部表示，將推動人工智慧、資安、離岸風電等產業發展。"
	r = runNative(t, text)
	got = names(r.Industries)
	for _, want := range []string{"人工智慧", "資安", "離岸風電"} {
		if !slices.Contains(got, want) {
			t.Errorf("industries %q lack %s", got, want)
		}
	}
}

// TestCreateAndStrive: 创建 and 争创 are verbs no name holds (西岭农林大学
// 创建 高水平大学: the item of a list ends before the verb), and what a
// place strives to become (争创 国家现代农业产业园) is a title, not a
// project.
func TestCreateAndStrive(t *testing.T) {
	text := "推动东湖大学、西岭农林大学创建高水平大学。积极争创国家现代农业产业园。"
	r := runNative(t, text)
	for _, n := range names(r.Institutes) {
		if strings.Contains(n, "创建") {
			t.Errorf("institute %q holds 创建", n)
		}
	}
	if !slices.Contains(names(r.Institutes), "西岭农林大学") {
		t.Errorf("institutes %q lack 西岭农林大学", names(r.Institutes))
	}
	wantNames(t, "projects", text, projectNames(r.Projects))
}

// TestFirmsAfterAdverbAndSlogans: firms a collective noun introduces after
// an adverb (企业就包括A、B) are firms, not fields; and a list of clauses
// with a one-character verb between nouns (公路促民航、交通带旅游) is a
// slogan, not fields.
func TestFirmsAfterAdverbAndSlogans(t *testing.T) {
	text := "宣布扩产的光伏企业就包括东湖日升、西岭新能源等。集团将围绕“公路促民航、交通带旅游”的要求推进工作。"
	r := runNative(t, text)
	for _, n := range names(r.Industries) {
		if strings.Contains(n, "西岭") || strings.Contains(n, "民航") || strings.Contains(n, "旅游") {
			t.Errorf("industry %q is a firm or a slogan", n)
		}
	}
}

// TestListAfterPreposition: a list that reads on past a preposition (加强与
// 东湖区、西岭湾区 在 具身智能、低空经济等领域合作) names fields only after it;
// the regions before it are another list. 与 joins two fields and cuts
// no list (新能源与节能环保, whose parts the rules name).
func TestListAfterPreposition(t *testing.T) {
	text := "加强与长三角、粤港澳大湾区在具身智能、低空经济、科技服务等领域精准对接合作。重点发展新能源与节能环保、生物医药等产业。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "低空经济", "具身智能", "新能源", "生物医药", "科技服务", "节能环保")
}

// TestCommonWordsNotPersons: common words that jieba's dictionary tags as
// persons' names (智慧/nr, 高水平/nr) make no generic name proper (智慧港口,
// 智慧机场); 续建 is a works verb that stands in the name (西岭地铁1号线续建
// 工程).
func TestCommonWordsNotPersons(t *testing.T) {
	text := "推动智慧港口、智慧航道、智慧机场建设。西岭地铁1号线续建工程开工。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "西岭地铁1号线续建工程")
}

// TestCommonWordsNotPlaces: common words that jieba's dictionary tags as
// places or brands (深度/ns, 上市/ns) start no name and make no generic
// name proper (深度 融入…工程, 制造业上市公司); 融入 is a predicate.
func TestCommonWordsNotPlaces(t *testing.T) {
	text := "积极承接产业转移，深度融入西岭水电工程等国家重大项目。集团旗下有多家制造业上市公司。"
	r := runPipeline(t, text)
	for _, n := range projectNames(r.Projects) {
		if strings.Contains(n, "融入") {
			t.Errorf("project %q holds the verb before it", n)
		}
	}
	r = runNative(t, text)
	for _, n := range names(r.Institutes) {
		if strings.Contains(n, "上市公司") {
			t.Errorf("institute %q is a kind of firms", n)
		}
	}
}

// TestFutureIndustries: the fields national policy names as future
// industries (空天信息, 6G, 量子计算, 细胞与基因治疗) are fields; 争取 is a
// predicate, not the start of a name (争取后岭煤矿).
func TestFutureIndustries(t *testing.T) {
	text := "发展空天信息和卫星互联网等产业。前瞻布局量子计算、6G、细胞与基因治疗等未来产业。加快东岭、西坡等煤矿建设，争取后岭、南坪等煤矿项目核准。"
	r := runNative(t, text)
	got := names(r.Industries)
	for _, want := range []string{"空天信息", "卫星互联网", "量子计算", "6G", "细胞与基因治疗"} {
		if !slices.Contains(got, want) {
			t.Errorf("industries %q lack %s", got, want)
		}
	}
	for _, n := range projectNames(r.Projects) {
		if strings.Contains(n, "争取") {
			t.Errorf("project %q holds the predicate 争取", n)
		}
	}
}

// TestServiceAndHousingLists: a list closed by 等 and a kind of services
// or manufacturing (等生活性服务业, 等制造业) names fields, a time before
// it (近几个月) is none of them; a list of kinds of housing (避暑房、康养房)
// names none. (The class words the rules alone also name, 生活性服务业 as
// written; the ranker turns them down.)
func TestServiceAndHousingLists(t *testing.T) {
	text := "推动餐饮住宿、家政物业、养老托育、休闲娱乐等生活性服务业优质高效发展。近几个月汽车、机械等制造业持续低迷。创新发展避暑房、康养房。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "休闲娱乐", "养老托育", "制造业", "家政物业", "机械", "汽车", "生活性服务业", "餐饮住宿")
}

// TestLongRegisteredName: a registered name holds its parent's name and
// its trade before the legal suffix (东岭电建集团西岭勘测设计研究院有限公司),
// a firm, not the research body it ends with.
func TestLongRegisteredName(t *testing.T) {
	text := "西岭省投资促进局与东岭电建集团西岭勘测设计研究院有限公司签署合作协议。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东岭电建集团西岭勘测设计研究院有限公司", "西岭省投资促进局")
}

// TestIndustryEndsAsWorks: a name that ends with a works' or an event's
// word (种植基地, 智能工厂, 基金项目, 康养活动) is no field.
func TestIndustryEndsAsWorks(t *testing.T) {
	text := "重点发展中药材种植基地、智能工厂等业态。举办休闲康养活动等项目。"
	r := runNative(t, text)
	for _, n := range names(r.Industries) {
		for _, w := range []string{"基地", "工厂", "活动"} {
			if strings.HasSuffix(n, w) {
				t.Errorf("industry %q ends with %s", n, w)
			}
		}
	}
}

// TestKindsBeforeProjects: the items of a list of fields before 等项目
// (高原特色农业、物流等项目) and of sports before 等运动项目 (马拉松、水上
// 运动) are kinds, not works.
func TestKindsBeforeProjects(t *testing.T) {
	text := "重点从陶瓷建材产业、纺织服装产业、高原特色农业、文化旅游产业、新能源产业等项目及基础设施建设方面开展合作。逐步拓展山地越野、水上运动等运动项目。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects))
}

// TestNameEdgesAtRolesAndConjunctions: a name starts after a party's role
// (主办方 东湖展览服务有限公司), a verb of receiving (事件得到 西岭工厂方面的
// 证实) and a conjunction glued as a morpheme (且/zg 东湖地铁).
func TestNameEdgesAtRolesAndConjunctions(t *testing.T) {
	text := "据展会主办方东湖展览服务有限公司透露，展位已售罄。停工事件得到西岭长春工厂方面的证实。确认并非同一批次，且东湖地铁扶梯无质量问题。"
	r := runNative(t, text)
	for _, n := range append(projectNames(r.Projects), names(r.Institutes)...) {
		for _, w := range []string{"主办方", "得到", "且"} {
			if strings.Contains(n, w) {
				t.Errorf("name %q holds %s", n, w)
			}
		}
	}
	if !slices.Contains(names(r.Institutes), "东湖展览服务有限公司") {
		t.Errorf("institutes %q lack 东湖展览服务有限公司", names(r.Institutes))
	}
}

// TestApprovalBureauAndBroker: the approvals bureau every city has is a
// body though 审批 is a predicate (西岭市行政审批局); 中信建投, which jieba
// cuts into a verb, is one word and a firm (中信建投资本).
func TestApprovalBureauAndBroker(t *testing.T) {
	text := "西岭市行政审批局负责项目审批。东湖集团与中信建投资本签署协议。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "东湖集团", "中信建投资本", "西岭市行政审批局")
}

// TestRoadSectionsAndCapacities: the section of a named road in one place
// (东湖高速西岭段) is a work; a capacity the segmenter cuts in two (段
// 3000/m 吨级) stays in the name; a section without a road's name (高速
// 西岭段) is none.
func TestRoadSectionsAndCapacities(t *testing.T) {
	text := "东湖高速西岭段建成通车，南江干线西岭至东湖段3000吨级航道整治工程完工。G99高速公路北岭段、京广铁路南坪段开工改造。沿线高速西岭段车流平稳。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "G99高速公路北岭段", "东湖高速西岭段", "京广铁路南坪段", "南江干线西岭至东湖段3000吨级航道整治工程")
}

// TestEstablishedFields: fields the press names by everyday words
// (消费电子, 车联网, 林下经济) are industries.
func TestEstablishedFields(t *testing.T) {
	text := "东湖区重点发展消费电子、车联网、石墨烯等产业，加快发展林下经济和水产养殖。西岭市培育工业母机、微短剧等新产业。南坪县壮大航天、有机硅等产业。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "工业母机", "微短剧", "有机硅", "航天", "林下经济", "水产养殖", "消费电子", "石墨烯", "车联网")
}

// TestKeepTaggedBoundSuffix: a tagged name that starts with a suffix the
// segmenter cut off the word before it (生活 性 服务业) takes that word
// in.
func TestKeepTaggedBoundSuffix(t *testing.T) {
	p := testPipeline(t)
	text := "推动家政、托育等生活性服务业发展。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	k := segment.TokenIndexAt(d.Tokens, utf8.RuneCountInString(text[:strings.Index(text, "性")]))
	if k >= len(d.Tokens) || d.Tokens[k].Text != "性" {
		t.Skipf("the segmenter no longer cuts 生活 性: %v", d.Tokens)
	}
	found, err := p.ruleMentions(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	i := utf8.RuneCountInString(text[:strings.Index(text, "性服务业")])
	m := d.Mention(extract.KindIndustry, textmap.Span{Start: i, End: i + 4})
	sp, ok := p.keepTagged(d, found, m)
	if got := d.Slice(sp.Start, sp.End); !ok || got != "生活性服务业" {
		t.Errorf("keepTagged(性服务业) = %q, %v; want 生活性服务业, true", got, ok)
	}
}

// TestParksStationsPipelines: the parks of a trade (科创园, 文创园), the
// stations of grids and fuels (变电站, 加氢站) and pipelines are works, a
// voltage class in their name too (东城110千伏变电站); a voltage class
// without a place (330千伏电网工程), or a size range (及以上), names a
// class of works.
func TestParksStationsPipelines(t *testing.T) {
	text := "青山科创园、白沙文创园建成投用。东城110千伏变电站、西江加氢站开工建设。西江至东湖天然气输气管道全线贯通。" +
		"加快建设330千伏电网工程，新建220千伏及以上输电线路。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东城110千伏变电站", "白沙文创园", "西江加氢站", "西江至东湖天然气输气管道", "青山科创园")
}

// TestTradesListedAsFieldsOrGoods: trades named in a list of fields are
// industries (机床、五金、照明等产业); places in such a list are where a
// field is (在江苏、浙江等照明产业发达的省份), and a list closed by 等 and
// a class of goods names goods (…等早收清单产品), even with trades in it.
func TestTradesListedAsFieldsOrGoods(t *testing.T) {
	text := "东湖市重点发展机床、五金、照明等产业。在江苏、浙江等照明产业发达的省份，企业加快转型。采购清单包括毛巾、水果、茶叶、五金钢材等早收清单产品。"
	r := runNative(t, text)
	got := names(r.Industries)
	for _, want := range []string{"五金", "机床", "照明"} {
		if !slices.Contains(got, want) {
			t.Errorf("industries %v: no %s", got, want)
		}
	}
	for _, not := range []string{"江苏", "浙江", "毛巾", "水果", "茶叶", "五金钢材"} {
		if slices.Contains(got, not) {
			t.Errorf("industries %v: %s is no field here", got, not)
		}
	}
}

// TestDepartmentsOfTwoPortfolios: a department named by two portfolios
// joined by 和 (自然资源和规划局) is one body with its government's place;
// two bodies joined by 和 (科技部和国家能源局) or a person and a body
// (领导和质监局) stay apart. The exchanges' short forms are bodies, and so
// is a province's union of rural banks (农商联合银行).
func TestDepartmentsOfTwoPortfolios(t *testing.T) {
	text := "北岭区自然资源和规划局、东湖市人力资源和社会保障局、市城乡建设和交通委员会负责审批。科技部和国家能源局发文。厂里领导和质监局到场。深交所、上交所发布公告。南岭农商联合银行挂牌。"
	r := runNative(t, text)
	wantNames(t, "institutes", text, names(r.Institutes), "上交所", "东湖市人力资源和社会保障局", "北岭区自然资源和规划局", "南岭农商联合银行", "国家能源局", "市城乡建设和交通委员会", "深交所", "科技部", "质监局")
}

// TestListAfterLeadingVerb: the verb a list of works is the object of is
// no part of its first item (建成投产/j 东岭、西岭等电站项目); a work named
// as a place's role (巩固…电力枢纽地位, 发挥…中心作用) is none.
func TestListAfterLeadingVerb(t *testing.T) {
	text := "今年建成投产东岭、西岭等电站项目，巩固南江区域电力枢纽地位，发挥东湖金融路演中心作用。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东岭", "西岭")
}

// TestGradesSectionsAndDescriptions: a waterway's grade (一级航道) and the
// section of a road the works are on (京杭运河东湖段 三级航道整治工程, 沈海
// 高速/d 西岭段) are in the name; a cluster of works (机场群) and a
// superlative description (省内最大火电基地) are no name.
func TestGradesSectionsAndDescriptions(t *testing.T) {
	text := "南岭至东湖一级航道加快建设。京杭运河东湖段三级航道整治工程开工。沈海高速西岭段改扩建工程完工。西岭世界级机场群加快建设，东湖电厂三期为省内单体最大火电基地。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖电厂三期", "京杭运河东湖段三级航道整治工程", "南岭至东湖一级航道", "沈海高速西岭段改扩建工程")
}

// TestKeepTaggedFieldLike: the tagger's industry is kept when it reads as
// a field (a word of the lists: 光伏组件; a class word: 演艺经济, 夜游产业;
// an item of a list with a field: 未来食品、未来脑智) and left out when it
// names a trait or a task (耐高温, 营商环境).
func TestKeepTaggedFieldLike(t *testing.T) {
	p := testPipeline(t)
	text := "产品耐高温，营商环境持续优化。发展演艺经济和夜游产业，光伏组件出口增长。培育未来食品、未来脑智。"
	d := p.Doc(nil, &corpus.Document{Orig: text})
	found, err := p.ruleMentions(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		keep bool
	}{{"耐高温", false}, {"营商环境", false}, {"演艺经济", true}, {"夜游产业", true}, {"光伏组件", true}, {"未来脑智", true}} {
		i := utf8.RuneCountInString(text[:strings.Index(text, tc.name)])
		m := d.Mention(extract.KindIndustry, textmap.Span{Start: i, End: i + utf8.RuneCountInString(tc.name)})
		if _, ok := p.keepTagged(d, found, m); ok != tc.keep {
			t.Errorf("keepTagged(%s) = %v; want %v", tc.name, ok, tc.keep)
		}
	}
}

// TestFieldBeforeIndustryWord: 工业 after a field the segmenter cut off it
// is the field's class word, not a second field (装备 工业: 装备工业).
func TestFieldBeforeIndustryWord(t *testing.T) {
	text := "东湖市壮大装备工业，全年材料工业增加值增长。"
	r := runNative(t, text)
	wantNames(t, "industries", text, names(r.Industries), "材料工业", "装备工业")
}

// TestQuantifiedWorks: works a plural quantifier governs (不少…的浙江工厂)
// are of a kind, not one named.
func TestQuantifiedWorks(t *testing.T) {
	text := "不少此前合作的浙江工厂已经投产。东湖电子西岭工厂今年投产。"
	r := runNative(t, text)
	wantNames(t, "projects", text, projectNames(r.Projects), "东湖电子西岭工厂")
}

// TestListMates: a list one of whose items the rules accept as a project
// offers its other items to the ranker (Via "listmate", Listed), its
// clause's verbs cut off (推动 …, … 建设); items that are places, firms or
// bodies are offered as nothing, and a list with no accepted item gives
// no mates. Without a ranker, the mates are dropped.
func TestListMates(t *testing.T) {
	p := testPipeline(t)
	mates := func(text string) []string {
		t.Helper()
		ms, err := p.projects.Extract(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			if m.Via == "listmate" {
				if !m.Listed {
					t.Errorf("%s: mate %q not Listed", text, m.Text)
				}
				got = append(got, m.Text)
			}
		}
		return got
	}
	for text, want := range map[string][]string{
		"推动临海港区集装箱码头项目、南湾科创走廊建设，开展前期研究。":  {"南湾科创走廊"},
		"加快临海港区集装箱码头项目、南湾科创走廊、西岭冷链物流园建设。": {"南湾科创走廊"},
		"推动东城污水处理厂、浦东新区、昆山市建设。":           nil,
		"推进临海港区集装箱码头项目、星河传动有限公司建设。":       nil,
		"白沙大学、云岭研究院、锦江科技园项目签约落户。":         nil,
		"今年走访南湾科创走廊、北岭科技小镇。":              nil,
	} {
		if got := mates(text); !slices.Equal(got, want) {
			t.Errorf("mates of %s = %q, want %q", text, got, want)
		}
	}
	r := runNative(t, "推动临海港区集装箱码头项目、南湾科创走廊建设，开展前期研究。")
	wantNames(t, "projects", "rules alone", projectNames(r.Projects), "临海港区集装箱码头项目")
}

// TestInstituteListMates: a list one of whose items the rules accept as an
// institute offers its other items that are names alone to the ranker
// (Via "listmate", of the accepted one's kind); places, words with a verb
// and lists whose accepted item is no whole item give none.
func TestInstituteListMates(t *testing.T) {
	p := testPipeline(t)
	ec, err := entity.DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	insts := entity.NewInstitutes(ec)
	for text, want := range map[string][]string{
		"恒岳精工股份有限公司、北岭电子、西江区参加签约。": {"北岭电子 company"},
		"与西岭电子有限公司、锦江合作。":          nil,
	} {
		ms, err := insts.Extract(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			if m.Via == "listmate" {
				got = append(got, m.Text+" "+m.Label)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("mates of %s = %q, want %q", text, got, want)
		}
	}
}

// TestUnknownCommonWords: common words the segmenter's dictionary lacks
// (奶源, 实训) are nouns from the domain dictionary, not unknown words a
// name is made of: a base of them is a kind, no project; a place makes one.
func TestUnknownCommonWords(t *testing.T) {
	text := "乳企将建设奶源基地，并新建实训基地。"
	wantNames(t, "projects", text, projectNames(runNative(t, text).Projects))
	text = "乳企将建设西岭奶源基地。"
	wantNames(t, "projects", text, projectNames(runNative(t, text).Projects), "西岭奶源基地")
}

// TestNameAfterNumber: a name the rules start right after a number is cut
// inside it (8.5 代线项目) and makes none; a road's number takes the road's
// word in.
func TestNameAfterNumber(t *testing.T) {
	text := "公司新建的8.5代线项目正式投产。"
	wantNames(t, "projects", text, projectNames(runNative(t, text).Projects))
}

package entity

import (
	"context"
	"github.com/stretchr/testify/assert"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

var tidyWords = map[string]string{
	"和": "c", "好": "a", "在": "p", "今天": "t", "三期": "t", "西岭": "ns", "东湖": "ns", "南坪": "ns",
	"至": "p", "高速公路": "n", "核电": "n", "产业园": "n", "项目": "n", "物流": "n", "中心": "n",
	"县": "n", "新区": "n", "不断": "d", "完善": "v", "20": "m", "个": "q", "新材料": "n",
	"建设": "v", "如聚能": "x", "一是": "x", "继续": "v", "实施": "v", "首先": "c", "大力发展": "nz", "科技服务": "n",
}

func tidyDoc(text string) *extract.Doc {
	return extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: tidyWords})
}

// spanOf is the span of the first occurrence of name in d.
func spanOf(t *testing.T, d *extract.Doc, name string) textmap.Span {
	t.Helper()
	i := strings.Index(string(d.Runes), name)
	if i < 0 {
		t.Fatalf("%q not in %q", name, string(d.Runes))
	}
	s := len([]rune(string(d.Runes)[:i]))
	return textmap.Span{Start: s, End: s + len([]rune(name))}
}

func TestTidy(t *testing.T) {
	for _, c := range []struct{ text, span, want string }{
		{"西岭和东湖物流中心开工", "和东湖物流中心", "东湖物流中心"},    // a conjunction before the name
		{"西岭在东湖物流中心", "在东湖物流中心", "东湖物流中心"},      // a preposition
		{"东湖物流中心今天开工", "东湖物流中心今天", "东湖物流中心"},    // a time word after it
		{"西岭核电三期(2台机组)", "西岭核电三期(2", "西岭核电三期"},  // a bracket left open; 三期 stays
		{"(东湖物流中心", "(东湖物流中心", "东湖物流中心"},        // a bracket opened before it
		{"东湖物流中心)开工", "东湖物流中心)", "东湖物流中心"},      // closed, never opened
		{"“东湖”物流中心", "“东湖”物流中心", "“东湖”物流中心"},    // balanced quotes stay
		{"好东湖产业园", "好东湖产业园", "好东湖产业园"},          // an adjective may start a name
		{"东湖产业园。", "东湖产业园。", "东湖产业园"},           // a full stop
		{"不断完善东湖产业园", "不断完善东湖产业园", "东湖产业园"},     // an adverb and a verb
		{"建设好东湖产业园", "好东湖产业园", "东湖产业园"},         // a verb's complement (建设好)
		{"如聚能南坪产业园", "如聚能南坪产业园", "聚能南坪产业园"},     // 如 glued to an unknown word
		{"一是继续实施东湖产业园", "一是继续实施东湖产业园", "东湖产业园"}, // the number of a point, then verbs
	} {
		d := tidyDoc(c.text)
		s, ok := Tidy(d, spanOf(t, d, c.span))
		if got := string(d.Runes[s.Start:s.End]); !ok || got != c.want {
			t.Errorf("Tidy(%q in %q) = %q, %v; want %q", c.span, c.text, got, ok, c.want)
		}
	}
	d := tidyDoc("在和")
	if _, ok := Tidy(d, textmap.Span{Start: 0, End: 2}); ok {
		t.Error("Tidy kept a name of function words alone")
	}
}

func TestRouteStart(t *testing.T) {
	for _, c := range []struct{ text, span, want string }{
		{"西岭至东湖高速公路开工", "东湖高速公路", "西岭至东湖高速公路"},
		{"南坪西岭至东湖高速公路", "东湖高速公路", "南坪西岭至东湖高速公路"}, // two places
		{"项目至东湖高速公路", "东湖高速公路", "东湖高速公路"},        // 项目 is no place
		{"西岭东湖高速公路", "东湖高速公路", "东湖高速公路"},         // no 至
	} {
		d := tidyDoc(c.text)
		s := spanOf(t, d, c.span)
		s.Start = RouteStart(d, s)
		if got := string(d.Runes[s.Start:s.End]); got != c.want {
			t.Errorf("RouteStart(%q in %q) gives %q; want %q", c.span, c.text, got, c.want)
		}
	}
}

func TestTidyIndustry(t *testing.T) {
	for _, c := range []struct {
		text, span, want string
		ok               bool
	}{
		{"20个新材料项目", "20个新材料项目", "新材料", true},    // a count and 项目 around it
		{"精密机械产业厂商", "精密机械产业厂商", "精密机械产业", true}, // after 产业
		{"仓储物流区", "仓储物流区", "", false},            // a place
		{"服务外包研讨会", "服务外包研讨会", "", false},        // an event
		{"电子信息两大产业", "电子信息两大产业", "", false},      // a count inside
		{"低空经济", "低空经济", "低空经济", true},
		{"大力发展科技服务", "大力发展科技服务", "科技服务", true}, // a policy verb before it
	} {
		d := tidyDoc(c.text)
		s, ok := TidyIndustry(d, spanOf(t, d, c.span))
		if ok != c.ok || ok && string(d.Runes[s.Start:s.End]) != c.want {
			t.Errorf("TidyIndustry(%q) = %q, %v; want %q, %v", c.span, string(d.Runes[s.Start:s.End]), ok, c.want, c.ok)
		}
	}
}

// TestGovernmentPlace: a government body's short form takes the place
// named right before it; a national body does not.
func TestGovernmentPlace(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"青山": "ns", "市政府": "n", "白沙省": "ns", "发改委": "j", "国务院": "nt", "与": "p", "、": "x", "商务部": "nt", "签约": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "青山市政府与白沙省发改委、白沙省商务部、国务院签约"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"青山市政府", "白沙省发改委", "商务部", "国务院"}, names(t, NewInstitutes(c), d))
}

func TestSplitsAtVerb(t *testing.T) {
	words := map[string]string{"物流": "n", "中心": "n", "为": "p", "工程": "n", "东湖": "ns", "产业园": "n"}
	d := extract.NewDoc(&corpus.Document{Orig: "物流中心为工程东湖产业园"}, segment.Fake{Words: words})
	if !SplitsAtVerb(d, textmap.Span{Start: 0, End: 7}) {
		t.Error("物流中心为工程: the 为 inside was not seen")
	}
	if SplitsAtVerb(d, textmap.Span{Start: 7, End: 12}) {
		t.Error("东湖产业园 has no verb inside")
	}
	if SplitsAtVerb(d, textmap.Span{Start: 4, End: 7}) {
		t.Error("为工程: a verb at the start is Tidy's, not inside")
	}
	// The 至 of a route joins its ends (the second may be tagged a common
	// noun); a clause that goes on long after the route is split still.
	words = map[string]string{"G9": "eng", "东湖": "ns", "至": "p", "青桃": "n", "段": "q", "改扩建": "j", "工程": "n", "铁路": "n", "通车": "v", "改变": "v", "西岭": "ns", "交通": "n"}
	d = extract.NewDoc(&corpus.Document{Orig: "G9东湖至青桃段改扩建工程"}, segment.Fake{Words: words})
	if SplitsAtVerb(d, textmap.Span{Start: 0, End: 13}) {
		t.Error("G9东湖至青桃段改扩建工程: the 至 of a route was taken for a verb")
	}
	d = extract.NewDoc(&corpus.Document{Orig: "东湖铁路东湖至青桃段通车改变西岭交通工程"}, segment.Fake{Words: words})
	if !SplitsAtVerb(d, textmap.Span{Start: 0, End: 20}) {
		t.Error("a clause after a route (…段通车改变西岭交通工程) was not split")
	}
}

func TestSectionEnd(t *testing.T) {
	words := map[string]string{"东湖": "ns", "铁路": "n", "西岭": "ns", "段": "q", "项目": "n", "开工": "v", "县": "n",
		"高铁": "n", "岭湖": "x", "岭湖段": "x", "湖岭": "x", "水厂": "n"}
	for _, c := range []struct{ text, name, want string }{
		{"东湖铁路西岭段项目开工", "东湖铁路", "东湖铁路西岭段项目"},
		{"东湖铁路西岭段开工", "东湖铁路", "东湖铁路西岭段"},
		{"东湖铁路县段开工", "东湖铁路", "东湖铁路"}, // 县 is no place name
		{"东湖铁路开工", "东湖铁路", "东湖铁路"},
		// After a line, an unknown word names the section's ends (武宜段).
		{"东湖高铁岭湖段开工", "东湖高铁", "东湖高铁岭湖段"},
		{"东湖高铁岭湖段项目开工", "东湖高铁", "东湖高铁岭湖段项目"},
		{"东湖高铁湖岭段开工", "东湖高铁", "东湖高铁湖岭段"},
		{"东湖水厂岭湖段开工", "东湖水厂", "东湖水厂"}, // no line
		// A phase follows: 工程 or 项目, a mark or a conjunction after it.
		{"东湖水厂三期工程开工", "东湖水厂三期", "东湖水厂三期工程"},
		{"东湖基地七至十期项目开工", "东湖基地", "东湖基地七至十期项目"},
		{"东湖园项目第二期、", "东湖园项目", "东湖园项目第二期"},
		{"东湖园项目二期投资", "东湖园项目", "东湖园项目"}, // what the phase costs
		{"东湖园项目期间", "东湖园项目", "东湖园项目"},
	} {
		d := extract.NewDoc(&corpus.Document{Orig: c.text}, segment.Fake{Words: words})
		e := SectionEnd(d, len([]rune(c.name)))
		if got := string(d.Runes[:e]); got != c.want {
			t.Errorf("SectionEnd in %q gives %q; want %q", c.text, got, c.want)
		}
	}
}

func TestBodysCentre(t *testing.T) {
	for name, want := range map[string]bool{
		"中国纺织工业协会统计中心": true,
		"青山市政府采购中心":    true,
		"中共西岭市委机关采购中心": true,
		"中国科学院西岭研发中心":  false, // a research body's centre may be a project
		"东湖物流中心":       false,
		"东湖政府":         false,
	} {
		if got := BodysCentre([]rune(name)); got != want {
			t.Errorf("BodysCentre(%q) = %v", name, got)
		}
	}
}

// TestComplementNotInName: the rules' project after 建设好 starts after
// the complement 好, which finishes the verb.
func TestComplementNotInName(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	d := fakeDoc(t, "青山市将建设好北岭智能装备产业园项目。")
	assert.Equal(t, []string{"北岭智能装备产业园项目"}, names(t, NewProjects(c), d))
}

// TestCounted: a name the text counts anywhere is a kind of undertaking.
func TestCounted(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"今年将开工3个光伏发电项目。", "光伏发电项目", true},
		{"建设一批零碳工厂，鼓励企业创建零碳工厂。", "零碳工厂", true}, // counted once: a kind everywhere
		{"区内第一个煤制烯烃示范工程", "煤制烯烃示范工程", true},
		{"建成10座电站", "电站", true},
		{"打造8款新能源车型平台", "新能源车型平台", true}, // models of a kind
		{"新建2套乙烯装置", "乙烯装置", true},
		{"建设10家左右省级制造业中试平台。", "制造业中试平台", true}, // a level and a hedge between
		{"西岭物流中心项目今天开工。", "西岭物流中心项目", false},
		{"各个物流中心", "物流中心", false}, // 各 counts nothing
		{"这个物流中心", "物流中心", false}, // a demonstrative is no count
		{"总投资5亿元的东湖产业园", "东湖产业园", false},
		// A count right after the name, ending its phrase.
		{"新建现代农业产业园2个、产业集群1个。", "现代农业产业园", true},
		{"示范区和实践创新基地14个。", "实践创新基地", true},
		{"建设乡村综合服务中心200家以上。", "乡村综合服务中心", true}, // a hedge closes the count
		{"新建污水处理厂30座左右，", "污水处理厂", true},
		{"西岭服务中心200家以上企业", "西岭服务中心", false}, // the count is the next phrase's
		{"建设“口袋公园”40个以上。", "口袋公园", true},    // a quote the name stands in
		{"建成100所“西岭示范”学校。", "西岭示范", true},
		{"建成“西岭公园”，40个项目开工。", "西岭公园", false},
		// One of a class.
		{"将成为国内最大的海外钾盐生产基地之一。", "海外钾盐生产基地", true},
		{"西岭钾盐生产基地之外", "西岭钾盐生产基地", false},
		// A count that closes a list of names counts the list.
		{"与西岭置业、东湖能源5家企业签约", "东湖能源", false},
		{"西岭新药产业化和东湖制剂产业化两个项目落户", "东湖制剂产业化", false},
	} {
		if got := Counted(c.text, c.name); got != c.want {
			t.Errorf("Counted(%q, %q) = %v; want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestCountedListItems: the items of a list of counted projects name
// their industries without the count and the 项目 (6个工程机械项目 →
// 工程机械).
func TestCountedListItems(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"包括": "v", "个": "q", "工程机械": "n", "轨道交通": "n", "装备": "n", "项目": "n", "、": "x", "等": "u", "产业": "n", "。": "x", "重点": "n", "发展": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "重点发展6个工程机械项目、4个轨道交通装备项目等产业。"}, segment.Fake{Words: words})
	got := names(t, NewIndustries(c), d)
	assert.Contains(t, got, "工程机械")
	assert.Contains(t, got, "轨道交通装备")
	for _, n := range got {
		if strings.ContainsAny(n, "0123456789") || strings.HasSuffix(n, "项目") {
			t.Errorf("industry %q keeps the count or the 项目", n)
		}
	}
}

// TestBodyActsOnBody: a verb after one whole body's name starts another
// name (省科技厅 认定 雄安创新研究院); 附属 joins a body to its own.
func TestBodyActsOnBody(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"经": "p", "省科技厅": "nt", "认定": "v", "雄安": "ns", "创新": "v", "研究院": "n", "。": "x",
		"青山": "ns", "大学": "n", "附属": "v", "医院": "n", "，": "x", "龙头企业": "n", "大亚": "nz", "人造板": "n", "集团": "n", "有限公司": "n"}
	d := extract.NewDoc(&corpus.Document{Orig: "经省科技厅认定雄安创新研究院。青山大学附属医院，龙头企业大亚人造板集团有限公司。"}, segment.Fake{Words: words})
	got := names(t, NewInstitutes(c), d)
	assert.Contains(t, got, "大亚人造板集团有限公司") // a kind of body, then its name
	assert.Contains(t, got, "雄安创新研究院")
	assert.Contains(t, got, "青山大学附属医院")
	assert.NotContains(t, got, "省科技厅认定雄安创新研究院")
}

// TestCapacityAndMaker: a capacity before a name belongs to it, and so
// does the maker's name before the capacity; an integrated plant
// (一体化项目) is a project, a region's 一体化发展 is not.
func TestCapacityAndMaker(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"中极": "ns", "祥云": "ns", "年产": "j", "万吨": "m", "制氢": "n", "项目": "n", "签约": "v", "。": "x",
		"青山": "ns", "炼化": "n", "一体化": "l", "开工": "v", "发展": "vn", "示范区": "n", "建设": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "中极祥云年产15万吨制氢项目签约。青山炼化一体化项目开工。建设青山一体化发展示范区项目。"}, segment.Fake{Words: words})
	got := names(t, NewProjects(c), d)
	assert.Contains(t, got, "中极祥云年产15万吨制氢项目")
	assert.Contains(t, got, "青山炼化一体化项目")
	assert.NotContains(t, got, "青山一体化发展示范区项目")
}

// TestShortKind: a name of four characters or fewer that ends with a head
// and holds nothing proper is a kind of plant.
func TestShortKind(t *testing.T) {
	words := map[string]string{"智能": "n", "工厂": "n", "西岭": "ns", "产业园": "n", "，": "x", "3": "m", "号线": "n", "项目": "n", "冷链物流": "n",
		"加工厂": "nt", "东湖厂": "ns"}
	checkNames(t, "ShortKind", (*Projects).ShortKind, words, "智能工厂，西岭工厂，3号线，智能产业园，冷链物流项目，加工厂，东湖厂", []nameWant{{"智能工厂", true}, {"西岭工厂", false}, {"3号线", false}, {"智能产业园", false}, {"冷链物流项目", false},
		{"加工厂", true}, {"东湖厂", false}})
}

// TestBranchesAndCutHeads: a branch named by its company's whole name is
// an institute (a bare 分公司 is not); a 所 the segmenter cut off 研究
// (研究/vn 所/c, because it read 所有) ends a body's name, in a longer name
// too, and so does one after a noun and before a break (能源所、); before
// its verb a lone 所 is the particle, and 有所 or 多所 name no one.
func TestBranchesAndCutHeads(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{
		"北岭": "n", "科技": "n", "股份有限公司": "n", "东港": "vn", "园区": "n", "分公司": "n", "揭牌": "v", "。": "x",
		"该": "r", "集团": "n", "设立": "v", "青山": "ns", "电力": "n", "研究": "vn", "所": "c", "有限公司": "n", "成立": "v",
		"人们": "n", "关心": "v", "预期": "vn", "抵消": "v", "需求": "n", "有所": "d", "下降": "v", "多所": "m", "高校": "n", "三峡": "ns", "开发": "v", "总公司": "n",
		"能源": "n", "、": "x", "植物": "n", "等": "u", "参加": "v",
	}
	d := extract.NewDoc(&corpus.Document{Orig: "北岭科技股份有限公司东港园区分公司揭牌。该集团设立分公司。青山电力研究所有限公司成立。青山电力研究所成立。人们所关心。预期所抵消。需求有所下降。多所高校。三峡开发总公司成立。能源所、植物所等参加。"}, segment.Fake{Words: words})
	got := names(t, NewInstitutes(c), d)
	assert.Contains(t, got, "北岭科技股份有限公司东港园区分公司")
	assert.NotContains(t, got, "分公司")
	assert.NotContains(t, got, "设立分公司")
	assert.Contains(t, got, "青山电力研究所有限公司")
	assert.Contains(t, got, "青山电力研究所")
	assert.Contains(t, got, "三峡开发总公司")
	assert.Contains(t, got, "能源所") // a short form, closed by a joiner
	assert.Contains(t, got, "植物所")
	for _, n := range got {
		for _, bad := range []string{"人们所", "预期所", "有所", "多所"} {
			assert.NotContains(t, n, bad)
		}
	}
}

// TestRelationBeforeName: a company's relation to another (子公司, 大股东,
// 供应商) said before its name is not part of it.
func TestRelationBeforeName(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"全资": "n", "子公司": "n", "华润": "nz", "北药": "x", "投资": "vn", "有限公司": "n", "成立": "v", "。": "x",
		"大股东": "n", "北岭": "ns", "集团": "n", "增持": "v", "供应商": "n", "青山": "ns", "电气": "n", "公司": "n", "供货": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "全资子公司华润北药投资有限公司成立。大股东北岭集团增持。供应商青山电气公司供货。"}, segment.Fake{Words: words})
	got := names(t, NewInstitutes(c), d)
	assert.Contains(t, got, "华润北药投资有限公司")
	assert.Contains(t, got, "北岭集团")
	assert.Contains(t, got, "青山电气公司")
	for _, n := range got {
		assert.NotRegexp(t, "子公司|股东|供应商", n)
	}
}

// TestVerbBeforePlaceAndCompoundBrand: a verb before the place that starts
// a registered name is the sentence's (严禁采购 广州市…有限公司); a brand
// head that starts a compound (泉州 投资 环境) ends no name.
func TestVerbBeforePlaceAndCompoundBrand(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"严禁": "v", "采购": "v", "广州市": "ns", "美益": "x", "香料": "n", "有限公司": "n", "的": "uj", "产品": "n", "。": "x",
		"推介": "v", "泉州": "ns", "投资": "vn", "环境": "n", "，": "x", "欢迎": "v", "北岭": "x", "通知": "n"}
	d := extract.NewDoc(&corpus.Document{Orig: "通知，严禁采购广州市美益香料有限公司的产品。推介泉州投资环境，欢迎北岭投资。"}, segment.Fake{Words: words})
	got := names(t, NewInstitutes(c), d)
	assert.Contains(t, got, "广州市美益香料有限公司")
	assert.NotContains(t, got, "严禁采购广州市美益香料有限公司")
	assert.NotContains(t, got, "泉州投资")
	assert.Contains(t, got, "北岭投资") // a brand and its trade at a clause's end
}

// TestOfficeAndOneCharVerbBeforePlace: a post held (曾任) or a verb of one
// character (诉, 令) before the place that starts a name is the sentence's;
// a verb of policy makes no brand (做强科技).
func TestOfficeAndOneCharVerbBeforePlace(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"张三": "nr", "曾任": "x", "西岭": "ns", "高新区": "ns", "管委会": "nt", "主任": "n", "。": "x",
		"东湖": "x", "诉": "vn", "南坪": "ns", "电子": "n", "公司": "n", "专利": "n",
		"做强": "x", "科技": "n", "创新": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "张三曾任西岭高新区管委会主任。东湖诉南坪电子公司专利。做强科技创新。"}, segment.Fake{Words: words})
	got := names(t, NewInstitutes(c), d)
	assert.Contains(t, got, "西岭高新区管委会")
	assert.Contains(t, got, "南坪电子公司")
	for _, n := range got {
		assert.NotRegexp(t, "曾任|诉|做强", n)
	}
}

// TestMeasuresMakersAndKinds: a name does not start inside a measure
// (4100mm…), a capacity's maker is named by proper words (not 投向), and a
// kind of body before a name that holds its head is not part of it
// (肉类企业 双汇集团).
func TestMeasuresMakersAndKinds(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"同时": "c", "，": "x", "新建": "v", "4100": "m", "mm": "eng", "宽厚": "a", "板": "ng", "生产线": "n", "。": "x",
		"募资": "x", "投向": "n", "年产": "j", "500": "m", "万台": "m", "洗衣机": "n", "技改": "j", "项目": "n", "签约": "v",
		"中国": "ns", "肉类": "n", "企业": "n", "双汇集团": "nt", "进口": "v", "猪肉": "n"}
	d := extract.NewDoc(&corpus.Document{Orig: "同时，新建4100mm宽厚板生产线。募资投向年产500万台洗衣机技改项目签约。中国肉类企业双汇集团进口猪肉。"}, segment.Fake{Words: words})
	projects := names(t, NewProjects(c), d)
	assert.Contains(t, projects, "4100mm宽厚板生产线")
	assert.Contains(t, projects, "年产500万台洗衣机技改项目")
	institutes := names(t, NewInstitutes(c), d)
	assert.Contains(t, institutes, "双汇集团")
	assert.NotContains(t, institutes, "中国肉类企业双汇集团")
}

// TestIntroducedLists: a list introduced by 包括 or 项目有 names projects,
// and a count that closes it is no part of its last item; an introducing
// word not followed by a list is passed over (it used to loop forever when
// another 、 stood in the sentence).
func TestIntroducedLists(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"本次": "r", "签约": "v", "项目": "n", "中": "f", "，": "x", "新能源": "n", "类": "q", "有": "v",
		"北辰": "ns", "动力": "n", "、": "x", "南湖": "ns", "能源": "n", "5": "m", "家": "q", "企业": "n", "。": "x",
		"西岭": "ns", "新建": "v", "4": "m", "个": "q", "包括": "v", "厂房": "n"}
	d := extract.NewDoc(&corpus.Document{Orig: "本次签约项目中，新能源类项目有北辰动力、南湖能源5家企业。北辰、西岭签约，新建项目4个，包括厂房。"}, segment.Fake{Words: words})
	got := names(t, NewProjects(c), d)
	assert.Contains(t, got, "北辰动力")
	assert.Contains(t, got, "南湖能源")
	for _, n := range got {
		assert.NotContains(t, n, "企业")
	}
}

// TestProgramme: a name ending with 工程 without a place, a number or a
// word of a work to be built is a programme; the works of the gold rules
// (引水, 高速公路, 二期, a place) are not.
func TestProgramme(t *testing.T) {
	words := map[string]string{"立德": "nr", "树人": "n", "工程": "n", "，": "x", "文明": "nr", "乡风": "x", "建设工程": "n",
		"引洮": "x", "供水": "n", "西岭": "ns", "科技": "n", "示范": "v", "高速公路": "n", "粮食": "n", "灌溉": "vn", "二期工程": "l", "3": "m", "号": "m",
		"金石": "nr", "大道": "n", "东延线": "x", "道路": "n", "交通": "n", "畅行": "v", "山水": "ns"}
	checkNames(t, "Programme", (*Projects).Programme, words, "立德树人工程，文明乡风建设工程，引洮供水工程，西岭科技示范工程，高速公路工程，粮食灌溉二期工程，3号工程，金石大道东延线道路工程，道路交通畅行工程，山水工程，西岭山水工程", []nameWant{{"立德树人工程", true}, {"文明乡风建设工程", true}, {"引洮供水工程", false}, {"西岭科技示范工程", false},
		{"高速公路工程", false}, {"粮食灌溉二期工程", false}, {"3号工程", false}, {"金石大道东延线道路工程", false}, {"道路交通畅行工程", true},
		// 山水 is a landscape the dictionary tags as a place; 西岭 is a place.
		{"山水工程", true}, {"西岭山水工程", false}})
}

// TestHonour: a name right after a verb of conferring (an opening quote
// between them allowed) is a title given, not a project; the same name
// after a building verb is one.
func TestHonour(t *testing.T) {
	words := map[string]string{"被": "p", "评为": "v", "“": "x", "”": "x", "西岭": "ns", "模范城": "n", "，": "x",
		"入选": "v", "东湖": "ns", "示范": "v", "项目": "n", "建设": "v", "南坪": "ns", "产业园": "n"}
	checkNames(t, "Honour", (*Projects).Honour, words, "被评为“西岭模范城”，入选东湖示范项目，建设南坪产业园", []nameWant{{"西岭模范城", true}, {"东湖示范项目", true}, {"南坪产业园", false}})
}

// TestClauseIdiomLead: a word the segmenter took for an idiom or did not
// know, starting as a clause does (不断完善/l, 而据/x), does not start a
// project name; a place that starts with such a character (都江堰) may.
func TestClauseIdiomLead(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"我们": "r", "将": "d", "不断完善": "l", "西岭": "ns", "电子": "n", "交易": "vn", "平台": "n", "，": "x",
		"而据": "x", "东湖": "ns", "物流": "n", "中心": "n", "开工": "v", "。": "x", "都江堰": "ns", "产业园": "n"}
	d := extract.NewDoc(&corpus.Document{Orig: "我们将不断完善西岭电子交易平台，而据东湖物流中心开工。都江堰产业园开工。"}, segment.Fake{Words: words})
	got := names(t, NewProjects(c), d)
	assert.Contains(t, got, "西岭电子交易平台")
	assert.Contains(t, got, "东湖物流中心")
	assert.Contains(t, got, "都江堰产业园")
	for _, n := range got {
		assert.NotContains(t, n, "不断")
		assert.NotContains(t, n, "而据")
	}
}

// TestKindWords: a technology or a level of status before a head names a
// kind of plant (零碳工厂, 抽水蓄能电站, 省级平台), not one.
func TestKindWords(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"建设": "v", "零碳": "x", "工厂": "n", "、": "x", "抽水蓄能": "l", "电站": "n", "和": "c",
		"省级": "b", "物流": "n", "平台": "n", "。": "x", "西岭": "ns", "产业园": "n", "开工": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "建设零碳工厂、抽水蓄能电站和省级物流平台。西岭产业园开工。"}, segment.Fake{Words: words})
	got := names(t, NewProjects(c), d)
	assert.Equal(t, []string{"西岭产业园"}, got)
}

// TestOneItemBeforeDeng: X等重大项目 names X when X is a plain name, and
// a list closed by a count of works (等3条高速公路) names its items; a
// count, a verb first or a conferring verb in the one item names nothing.
func TestOneItemBeforeDeng(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"西岭": "ns", "煤炭": "n", "综合利用": "l", "等": "u", "重大": "a", "项目": "n", "开工": "v", "。": "x",
		"东湖": "ns", "快速路": "n", "、": "x", "南坪": "ns", "大道": "n", "3": "m", "条": "q", "高速公路": "n", "建成": "v",
		"六个": "m", "龙头": "n", "企业": "n", "积极": "ad", "赋能": "v", "北港": "ns", "获评": "v", "先进": "a"}
	d := extract.NewDoc(&corpus.Document{Orig: "西岭煤炭综合利用等重大项目开工。东湖快速路、南坪大道等3条高速公路建成。六个龙头企业等项目开工。积极赋能等项目开工。北港获评先进等项目开工。"},
		segment.Fake{Words: words})
	got := names(t, NewProjects(c), d)
	for _, want := range []string{"西岭煤炭综合利用", "东湖快速路", "南坪大道"} {
		assert.Contains(t, got, want)
	}
	for _, n := range got {
		assert.NotContains(t, n, "龙头")
		assert.NotContains(t, n, "赋能")
		assert.NotContains(t, n, "获评")
	}
}

// TestCapacityMakerAndOrdinal: a capacity may be written as units times a
// size (2×35万千瓦) and a company named with its head may make it (华能集团
// 2×35万千瓦热电联产项目); an ordinal stands inside a name (西岭第一人民医院
// 新院区项目), a count does not.
func TestCapacityMakerAndOrdinal(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"华能": "nz", "集团": "n", "2": "x", "×": "x", "35": "m", "万千瓦": "m", "热电": "n", "联产": "j",
		"项目": "n", "开工": "v", "。": "x", "西岭": "ns", "第一": "m", "人民": "n", "医院": "n", "新": "a", "院区": "n", "竣工": "v",
		"三个": "m", "物流": "n", "园区": "n", "东湖": "ns", "20": "m", "亿": "m", "立方米": "q", "/": "x", "年": "m", "煤制气": "n"}
	d := extract.NewDoc(&corpus.Document{Orig: "华能集团2×35万千瓦热电联产项目开工。西岭第一人民医院新院区项目竣工。三个物流园区开工。东湖20亿立方米/年煤制气项目开工。"},
		segment.Fake{Words: words})
	got := names(t, NewProjects(c), d)
	assert.Contains(t, got, "华能集团2×35万千瓦热电联产项目")
	assert.Contains(t, got, "东湖20亿立方米/年煤制气项目") // a rate: per year
	assert.Contains(t, got, "西岭第一人民医院新院区项目")
	for _, n := range got {
		assert.NotContains(t, n, "三个")
	}
}

// TestRouteCandidate: a route's name starts at its first end (西岭至东湖
// 高速公路), where 至 before a place alone would read as "to" a location.
func TestRouteCandidate(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"西岭": "ns", "至": "p", "东湖": "ns", "高速公路": "n", "开工": "v", "建设": "v", "。": "x",
		"代表团": "n", "赴": "v", "南坪": "ns", "产业园": "n", "考察": "v", "签约": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "西岭至东湖高速公路开工建设。代表团赴南坪产业园考察签约。"}, segment.Fake{Words: words})
	got := names(t, NewProjects(c), d)
	assert.Equal(t, []string{"西岭至东湖高速公路"}, got)
}

// TestStaffed: a name a person's title follows is a body with a director,
// not a project.
func TestStaffed(t *testing.T) {
	words := map[string]string{"西岭": "ns", "采购": "vn", "中心": "n", "主任": "n", "张三": "nr", "表示": "v", "，": "x",
		"东湖": "ns", "物流": "n", "副": "b", "负责人": "n", "南坪": "ns", "产业园": "n", "开工": "v"}
	checkNames(t, "Staffed", (*Projects).Staffed, words, "西岭采购中心主任张三表示，东湖物流中心副主任表示，南坪产业园开工", []nameWant{{"西岭采购中心", true}, {"东湖物流中心", true}, {"南坪产业园", false}})
}

// TestClause: a name with a predicate inside it is a clause that ends
// with a head word; one without is a name.
func TestClause(t *testing.T) {
	words := map[string]string{"西岭": "ns", "公司": "n", "推出": "v", "网上": "s", "商城": "n", "，": "x", "东湖": "ns", "智能": "n", "产业园": "n"}
	checkNames(t, "Clause", (*Projects).Clause, words, "西岭公司推出网上商城，东湖智能产业园", []nameWant{{"西岭公司推出网上商城", true}, {"东湖智能产业园", false}})
	// Verbs of striving, winning or including take a project as object.
	words = map[string]string{"力争": "nz", "新增": "v", "省级": "b", "绿色": "n", "工厂": "n", "，": "x", "西岭": "ns", "集团": "n",
		"中标": "n", "东湖": "ns", "铁路": "n", "南坪": "ns", "园区": "n", "纳入": "v", "国家级": "b", "名单": "n", "水库": "n"}
	checkNames(t, "Clause", (*Projects).Clause, words, "力争新增省级绿色工厂，西岭集团中标东湖铁路，南坪园区纳入国家级名单，东湖水库",
		[]nameWant{{"力争新增省级绿色工厂", true}, {"西岭集团中标东湖铁路", true}, {"南坪园区纳入国家级名单", true}, {"东湖水库", false}})
}

// TestGenericName: a name of scope words, generic words and a head names a
// kind or a role (国际性综合枢纽, 全国经济中心, 中试平台), whatever its
// head; a place that says it is one before a generic works only makes a
// kind when 项目 ends it (西岭市重大项目), not otherwise (西岭市新机场).
func TestGenericName(t *testing.T) {
	words := map[string]string{"国际性": "n", "综合": "vn", "枢纽": "n", "，": "x", "全国": "n", "经济": "n", "中心": "n",
		"中试": "n", "平台": "n", "西岭市": "ns", "新": "a", "机场": "n", "重大项目": "n", "南坪": "ns", "物流": "n", "园": "n", "新签": "x", "招商引资": "n", "项目": "n", "改扩建": "v"}
	checkNames(t, "GenericName", (*Projects).GenericName, words, "国际性综合枢纽，全国经济中心，中试平台，西岭市新机场，西岭市重大项目，南坪物流园，西岭市新签招商引资项目，改扩建项目",
		[]nameWant{{"国际性综合枢纽", true}, {"全国经济中心", true}, {"中试平台", true}, {"西岭市新机场", false}, {"西岭市重大项目", true}, {"南坪物流园", false}, {"西岭市新签招商引资项目", true}, {"改扩建项目", true}})
}

// TestIndustryAsProject: a name that is a field with nothing proper in it
// is no project; a firm's (西岭奕达硅产业) is.
func TestIndustryAsProject(t *testing.T) {
	words := map[string]string{"包装": "v", "印刷": "vn", "产业": "n", "，": "x", "西岭": "ns", "奕达": "x", "硅": "n", "东湖": "ns", "物流园": "n"}
	checkNames(t, "Industry", (*Projects).Industry, words, "包装印刷产业，西岭奕达硅产业，东湖物流园", []nameWant{{"包装印刷产业", true}, {"西岭奕达硅产业", false}, {"东湖物流园", false}})
}

// nameWant is a name in a test text and what a check should say of it.
type nameWant struct {
	name string
	want bool
}

// checkNames runs the Projects check named what on the span of each name
// in text, segmented by the fake segmenter's words, and wants its answer.
func checkNames(t *testing.T, what string, check func(*Projects, *extract.Doc, textmap.Span) bool, words map[string]string, text string, cases []nameWant) {
	t.Helper()
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	x := NewProjects(c)
	d := extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words})
	for _, c := range cases {
		if got := check(x, d, spanOf(t, d, c.name)); got != c.want {
			t.Errorf("%s(%q) = %v; want %v", what, c.name, got, c.want)
		}
	}
}

// suffixedNames is what the industries extractor names by a trade word
// after it (Via suffixed) in text, segmented into words.
func suffixedNames(t *testing.T, words map[string]string, text string) []string {
	t.Helper()
	var got []string
	for _, m := range industryMentions(t, words, text) {
		if m.Via == "suffixed" {
			got = append(got, m.Name)
		}
	}
	return got
}

// TestSuffixedIndustries: words before 产业 that the text also names goods
// or a trade by are a field for the ranker to judge (Via suffixed), the
// longest such run of words; a kind of industry, words with no trade of
// their name, and a park named by the field are not.
func TestSuffixedIndustries(t *testing.T) {
	words := map[string]string{"全球": "n", "电线": "n", "电缆": "n", "产业": "n", "区域": "n", "黄酒": "n", "企业": "n", "市场": "n", "园": "n",
		"规模": "n", "，": "x", "。": "x", "和": "c", "增长": "v", "本地": "n", "竹编": "n", "加快": "v"}
	got := suffixedNames(t, words, "全球电线电缆产业规模增长，电线电缆企业增长。区域产业增长，区域市场增长。黄酒产业增长，本地黄酒企业增长。加快竹编产业园。竹编企业增长。主导产业增长")
	// 区域 has 区域市场 but is a kind (industry_kinds); 竹编产业园 is a park;
	// 主导 is a kind.
	assert.Equal(t, []string{"电线电缆产业", "黄酒产业"}, got)
}

// TestSuffixedTrades: before 行业 the words must be nouns of goods the
// text also names by another trade word (电动车企业: 电动车行业); 行业 itself
// is no such evidence (纸箱行业 alone), and a verb's noun (经营/vn 行业)
// or a kind (周期性 行业) names no trade.
func TestSuffixedTrades(t *testing.T) {
	words := map[string]string{"电动车": "n", "行业": "n", "企业": "n", "纸箱": "n", "经营": "vn", "周期性": "n", "，": "x", "。": "x",
		"增长": "v", "整顿": "v", "市场": "n", "扩大": "v"}
	got := suffixedNames(t, words, "电动车行业整顿，电动车企业增长。纸箱行业增长。经营行业扩大，经营市场扩大。周期性行业增长，周期性市场增长。")
	assert.Equal(t, []string{"电动车行业"}, got)
}

// TestNotField: a name that ends as no industry does, holds 的, a title's
// marks or a body's or firm's word, or starts as a clause does, is no
// industry; fields are.
func TestNotField(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	x := NewIndustries(c)
	for name, want := range map[string]bool{
		"医疗保障制度": true, "示范村": true, "建筑业的超预期需求": true, "地方政府债务": true, "东湖集团": true,
		"新材料": false, "电子信息": false, "生物医药产业": false,
		"现代海洋产业集聚地": true, "光伏玻璃市场需求": true, "现代产业体系": true, "原材料价格上涨": true,
		"《可再生能源法》": true, "以及机械加工": true, "实现全社会节能减排": true, "对轻": true,
		"海洋产业": false, "光伏玻璃": false, "机械加工": false, "节能环保": false,
		"煤炭企业": true, "汽车零部件企业": true, "优化营商环境": true, "算力环境": true, "汽车零部件": false,
	} {
		if got := x.NotField([]rune(name)); got != want {
			t.Errorf("NotField(%q) = %v; want %v", name, got, want)
		}
	}
}

// TestCountWithXiang: a count with 项 counts the items before it when it
// ends its clause, a predicate follows or works do (…项目,4项参加签约; 三项
// 重点工程); before another noun it counts that (“A做引导、B做增信”两项职能).
func TestCountWithXiang(t *testing.T) {
	words := map[string]string{"西岭": "ns", "水厂": "n", "项目": "n", ",": "x", "4": "m", "项": "q", "参加": "v", "签约": "v", "。": "x",
		"两": "m", "职能": "n", "定位": "n", "三": "m", "重点": "n", "工程": "n"}
	text := "西岭水厂项目,4项参加签约。两项职能定位。三项重点工程。4项"
	d := extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words})
	rs := []rune(text)
	after := func(prefix string) int { return len([]rune(prefix)) }
	for _, c := range []struct {
		at   int
		want bool
	}{
		{after("西岭水厂项目,4项"), true},
		{after("西岭水厂项目,4项参加签约。两项"), false},
		{after("西岭水厂项目,4项参加签约。两项职能定位。三项"), true},
		{len(rs), true},
	} {
		assert.Equal(t, c.want, countsWorks(d, c.at, len(rs)), "after %q", string(rs[:c.at]))
	}
}

// TestInnerVerbs: a verb of a policy or an effort inside a name, even as
// the segmenter splits it (做/v 强/a), ends the sentence's words before the
// name (做大做强 西岭水泥集团, 一要做强 东湖开放平台); what a body does
// stays (南坪科技发展有限公司).
func TestInnerVerbs(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"做": "v", "大": "a", "强": "a", "西岭": "ns", "水泥": "n", "集团": "n", "。": "x", "一要": "b", "东湖": "ns",
		"开放": "v", "平台": "n", "建成": "v", "南坪": "ns", "科技": "n", "发展": "vn", "有限公司": "n", "签约": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "做大做强西岭水泥集团。一要做强东湖开放平台。南坪科技发展有限公司签约。"}, segment.Fake{Words: words})
	inst := names(t, NewInstitutes(c), d)
	assert.Contains(t, inst, "西岭水泥集团")
	assert.Contains(t, inst, "南坪科技发展有限公司")
	s, ok := PolicyLead(d, spanOf(t, d, "一要做强东湖开放平台"))
	assert.True(t, ok)
	assert.Equal(t, "东湖开放平台", string(d.Runes[s.Start:s.End]))
	for _, n := range inst {
		assert.NotContains(t, n, "做")
	}
}

// TestGoodsList: the items of a list closed by a word of goods (等产品,
// 等材料, 等零部件) are goods the text sells or uses, not industries it
// presents; the same words closed by 等产业 are industries.
func TestGoodsList(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	d := fakeDoc(t, "西岭公司主要生产新能源汽车、光伏组件和集成电路等产品。东湖市重点发展新能源汽车、生物医药、集成电路等产业。")
	var first, second []string
	ms, err := NewIndustries(c).Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Norm.Start < len([]rune("西岭公司主要生产新能源汽车、光伏组件和集成电路等产品。")) {
			first = append(first, m.Text)
		} else {
			second = append(second, m.Text)
		}
	}
	assert.Empty(t, first)
	assert.Subset(t, second, []string{"新能源汽车", "生物医药", "集成电路"})
}

// TestGoodsListByKindAndOutput: a list closed by a kind of goods (等品种,
// 等品类) or followed by its output (产量) names goods too.
func TestGoodsListByKindAndOutput(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"市场": "n", "看好": "v", "尿素": "n", "、": "x", "磷化工": "n", "纯碱": "n", "等": "u", "品种": "n", "的": "uj", "价格": "n",
		"。": "x", "全市": "n", "工业机器人": "n", "光伏电池": "n", "产量": "n", "成倍": "d", "增长": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "市场看好尿素、磷化工、纯碱等品种的价格。全市工业机器人、光伏电池产量成倍增长。"}, segment.Fake{Words: words})
	ms, err := NewIndustries(c).Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Via != "rejected" {
			t.Errorf("%q taken for an industry", m.Text)
		}
	}
}

// TestCostList: a list closed by a word of cost (等成本, 等费用) names what
// a firm pays for; the same words listed as fields (等产业) are industries.
func TestCostList(t *testing.T) {
	words := map[string]string{"原材料": "n", "、": "x", "物流": "n", "能源": "n", "等": "u", "成本": "n", "上涨": "v", "。": "x", "费用": "n",
		"发展": "vn", "产业": "n", "金融": "n"}
	for text, want := range map[string][]string{
		"原材料、物流、能源等成本上涨。": nil,
		"物流、金融等费用上涨。":     nil,
		"发展物流、金融等产业。":     {"物流", "金融"},
	} {
		var got []string
		for _, m := range industryMentions(t, words, text) {
			if m.Via != "rejected" {
				got = append(got, m.Text)
			}
		}
		assert.ElementsMatch(t, want, got, text)
	}
}

// TestItemsOfTesting: 项目 after a word of testing or buying counts items
// (检测项目包括, 等18个项目进行了检验), not works; after a word of signing it
// counts works.
func TestItemsOfTesting(t *testing.T) {
	words := map[string]string{"检测": "vn", "签约": "v", "项目": "n", "包括": "v", "等": "u", "18": "m", "个": "q", "进行了": "v", "检验": "vn", "。": "x"}
	doc := func(text string) *extract.Doc {
		return extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words})
	}
	for text, want := range map[string]bool{"检测项目包括": true, "签约项目包括": false} {
		d := doc(text)
		if got := itemsOfActivity(d, 0, len(d.Runes)-2); got != want {
			t.Errorf("itemsOfActivity(%s) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"等18个项目进行了检验。": true, "等18个项目签约。": false, "等18个项目检验。": true} {
		d := doc(text)
		if got := testedAfter(d, 1, len(d.Runes)); got != want {
			t.Errorf("testedAfter(%s) = %v, want %v", text, got, want)
		}
	}
}

// TestFunctionWordsStartNoInstitute: a conjunction, preposition, adverb,
// pronoun or the number of a point (一是), or an unknown word glued from one
// (这是/x, 但据/x), starts no institute's name; a kind of bank (商业银行)
// names none.
func TestFunctionWordsStartNoInstitute(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"这是": "x", "西岭": "ns", "精工": "n", "公司": "n", "的": "uj", "产品": "n", "。": "x", "但据": "x", "东湖": "ns",
		"进出口": "vn", "商会": "n", "统计": "vn", "，": "x", "由": "p", "南坪": "ns", "发展": "vn", "基金": "n", "出资": "v",
		"一是": "m", "北坪": "ns", "政府": "n", "带头": "v", "商业银行": "n", "放贷": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "这是西岭精工公司的产品。但据东湖进出口商会统计，由南坪发展基金出资。一是北坪政府带头，一是商业银行放贷。"}, segment.Fake{Words: words})
	got := names(t, NewInstitutes(c), d)
	assert.Subset(t, got, []string{"西岭精工公司", "东湖进出口商会", "南坪发展基金", "北坪政府"})
	for _, n := range got {
		assert.NotRegexp(t, "^(这是|但据|由|一是)|商业银行", n)
	}
}

// TestTimeItems: the items of a list that end as a time does (2014年,
// 时期) name when works are built, not works.
func TestTimeItems(t *testing.T) {
	for w, want := range map[string]bool{"2014年": true, "国家规划2015年": true, "十三五时期": true, "西岭水库": false, "少年宫": false} {
		if got := timeItem([]rune(w)); got != want {
			t.Errorf("timeItem(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestOneCharHeadInVerb: a one-character head that ends a verb, an
// adjective or an idiom (难办/a, 补办/v) names no office; one that ends an
// abbreviation does (国台办/j).
func TestOneCharHeadInVerb(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"这事": "n", "很": "d", "难办": "a", "，": "x", "须": "d", "补办": "v", "手续": "n", "。": "x", "国台办": "j", "发言人": "n", "表示": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "这事很难办，须补办手续。国台办发言人表示。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"国台办"}, names(t, NewInstitutes(c), d))
}

// TestFinanceBrandHeads: a venture capital firm or a financial holding is
// named by its brand and 创投 or 金控 (西岭创投, 东湖金控), as a firm is by
// 资本; a futures contract (棉花 期货) is no firm.
func TestFinanceBrandHeads(t *testing.T) {
	words := map[string]string{"西岭": "ns", "创投": "n", "、": "x", "东湖": "ns", "金控": "n", "等": "u", "机构": "n", "参加": "v", "。": "x",
		"棉花": "n", "期货": "n", "价格": "n", "上涨": "v"}
	assert.ElementsMatch(t, []string{"西岭创投", "东湖金控"}, instituteNames(t, words, "西岭创投、东湖金控等机构参加。棉花期货价格上涨。"))
}

// TestBrandHeadAsVerb: a brand head that is a verb (投资, 发布) before its
// object or particle (恒岳 投资 9亿元, 西岭 发布 的) is the verb, not the end
// of a firm's name, though a date may follow a name (英特尔投资 1998年); an
// unknown word with a modal glued to it (恒联拟/x 投资) is no name.
func TestBrandHeadAsVerb(t *testing.T) {
	words := map[string]string{"据": "p", "西岭": "ns", "发布": "v", ",": "x", "全市": "n", "增长": "v", "。": "x", "的": "uj", "数据": "n", "显示": "v",
		"恒岳": "x", "投资": "vn", "9": "m", "亿元": "m", "建设": "vn", "工厂": "n", "英特尔": "ns", "1998": "m", "年": "m", "开始": "v",
		"恒联拟": "x", "5": "m"}
	for text, want := range map[string][]string{
		"据西岭发布,全市增长。":     {"西岭发布"},
		"西岭发布的数据显示增长。":    nil,
		"英特尔投资1998年开始投资。": {"英特尔投资"},
		"恒联拟投资5亿元建设工厂。":   nil,
	} {
		assert.ElementsMatch(t, want, instituteNames(t, words, text), text)
	}
}

// TestVerbBan: 办 that handles something names no office: before its
// particle (西岭市 办 的, 好事 办 在), or as an unknown word of handling
// (跨域 通办/x, 玩具 手办/x); an office's short form after a field does
// (西岭市 人防办 获悉, 医改 办 组织).
func TestVerbBan(t *testing.T) {
	words := map[string]string{"西岭市": "ns", "办": "v", "的": "uj", "展览": "n", "。": "x", "把": "p", "好事": "n", "在": "p", "身边": "s",
		"推动": "v", "事项": "n", "跨域": "x", "通办": "x", "打造": "v", "玩具": "n", "手办": "x", "从": "p", "人防办": "n", "获悉": "v",
		"市": "n", "医改": "j", "组织": "v", "会议": "n"}
	assert.ElementsMatch(t, []string{"西岭市人防办", "市医改办"}, instituteNames(t, words, "西岭市办的展览。把好事办在身边。推动事项跨域通办。打造玩具手办。从西岭市人防办获悉。市医改办组织会议。"))
}

// TestKnownMarked: a name from the list of well-known organisations is
// marked Known for the ranker; one found by its head is not.
func TestKnownMarked(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"国务院": "nt", "与": "p", "东湖": "ns", "集团": "n", "签约": "v", "。": "x"}
	d := extract.NewDoc(&corpus.Document{Orig: "国务院与东湖集团签约。"}, segment.Fake{Words: words})
	ms, err := NewInstitutes(c).Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, m := range ms {
		got[m.Name] = m.Known
	}
	if k, ok := got["国务院"]; !ok || !k {
		t.Errorf("国务院: known %v (found %v); want known", k, ok)
	}
	if k, ok := got["东湖集团"]; !ok || k {
		t.Errorf("东湖集团: known %v (found %v); want found, not known", k, ok)
	}
}

// TestKnownAtWordEnd: a body the segmenter knows as one word (nt) that
// ends with a known government body's name after a place's is another
// government's body, whole (法国外交部); a word of another tag that ends
// so is not (a made-up 卡拉外交部/n), nor one whose prefix is shorter than
// a place's name.
func TestKnownAtWordEnd(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"法国外交部": "nt", "卡拉外交部": "n", "表示": "v", "，": "x", "。": "x", "和": "c"}
	d := extract.NewDoc(&corpus.Document{Orig: "法国外交部表示，卡拉外交部表示。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"法国外交部"}, names(t, NewInstitutes(c), d))
	// Former ministries and international bodies are known by name.
	words = map[string]string{"铁道部": "nt", "联合国": "nt", "和": "c", "表示": "v"}
	d = extract.NewDoc(&corpus.Document{Orig: "铁道部和联合国表示"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"铁道部/government", "联合国/other"}, namesKinds(t, NewInstitutes(c), d))
}

// TestKnownOutletTitle: a known outlet's name followed by a word that
// heads a paper's name is the paper's title (第一财经日报); an outlet with
// no such word after it stays as it is.
func TestKnownOutletTitle(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"接受": "v", "《": "x", "》": "x", "第一": "m", "财经": "n", "日报": "n", "采访": "v", "。": "x", "据": "p", "新华网": "nt", "报道": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "接受《第一财经日报》采访。据新华网报道。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"第一财经日报", "新华网"}, names(t, NewInstitutes(c), d))
}

// TestIndustryActivity: an industry word and what its works do (光伏发电,
// 风电制造) before a head names a kind of works, as the industry alone does
// (光伏项目); with a place it names one.
func TestIndustryActivity(t *testing.T) {
	words := map[string]string{"光伏": "n", "发电": "vn", "项目": "n", "风电": "n", "制造": "vn", "基地": "n", "西岭县": "ns", "，": "x", "和": "c"}
	checkNames(t, "Industry", (*Projects).Industry, words, "光伏发电项目，风电制造基地，西岭县光伏发电项目",
		[]nameWant{{"光伏发电项目", true}, {"风电制造基地", true}, {"西岭县光伏发电项目", false}})
}

// TestProcurementCentre: a government's procurement centre is its body,
// whole (not 西岭市政府 and a centre after it); a trade's guild (同业公会)
// is an association.
func TestProcurementCentre(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"西岭市": "ns", "政府": "n", "采购": "vn", "中心": "n", "发布": "v", "公告": "n", "。": "x", "东湖": "ns", "茶业": "n", "同业": "n", "公会": "n", "成立": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "西岭市政府采购中心发布公告。东湖茶业同业公会成立。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"西岭市政府采购中心", "东湖茶业同业公会"}, names(t, NewInstitutes(c), d))
}

// TestCountryTradeAndBureauWords: a country's name and a brand head is
// its trade (中国实业), a word that ends in 局 by chance (破局) is no
// bureau, and an exchange is a company, not a research body.
func TestCountryTradeAndBureauWords(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"阻滞": "v", "了": "ul", "中国": "ns", "实业": "n", "的": "uj", "发展": "vn", "。": "x", "改革": "vn", "破局": "v",
		"西岭": "ns", "商品": "n", "交易所": "nt", "公布": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "阻滞了中国实业的发展。改革破局。西岭商品交易所公布。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"西岭商品交易所/company"}, namesKinds(t, NewInstitutes(c), d))
}

// TestGoodsItems: a list half of whose items end with a goods word
// (产品, 制品, 化学品) lists goods; a list of industries does not.
func TestGoodsItems(t *testing.T) {
	for _, c := range []struct {
		items []string
		want  bool
	}{
		{[]string{"炼油产品", "石化产品", "专用化学品"}, true},
		{[]string{"高端装备", "特色农产品"}, true},
		{[]string{"新材料", "高端装备", "生物医药"}, false},
		{[]string{"新材料", "深加工制品", "高端装备"}, false},
	} {
		var rs []rune
		var spans []textmap.Span
		for _, it := range c.items {
			s := len(rs)
			rs = append(rs, []rune(it)...)
			spans = append(spans, textmap.Span{Start: s, End: len(rs)})
			rs = append(rs, '、')
		}
		if got := goodsItems(rs, spans); got != c.want {
			t.Errorf("goodsItems(%v) = %v; want %v", c.items, got, c.want)
		}
	}
}

// TestKnownFirmAfter: a known name followed by a firm's word (期货, 证券,
// 公司, 银行 …) names that firm, whole (光大期货); one followed by another
// word stays as it is.
func TestKnownFirmAfter(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"光大": "j", "期货": "n", "分析师": "n", "认为": "v", "。": "x", "华为": "nz", "手机": "n", "热销": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "光大期货分析师认为。华为手机热销。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"光大期货/company", "华为/company"}, namesKinds(t, NewInstitutes(c), d))
}

// TestFieldsJoinedBody: two fields joined by 与 before a government head
// name one body, with the place before them (美国食品与药品监管局).
func TestFieldsJoinedBody(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"西岭": "ns", "食品": "n", "与": "p", "药品": "n", "监管局": "n", "认为": "v", "。": "x"}
	d := extract.NewDoc(&corpus.Document{Orig: "西岭食品与药品监管局认为。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"西岭食品与药品监管局"}, names(t, NewInstitutes(c), d))
}

// TestSocietyCommittee: a committee named after a society (协会, 学会) is
// the society's, an association; a government's committee stays
// government; a point's number (二是) makes no brand.
func TestSocietyCommittee(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"西岭": "ns", "节能": "v", "协会": "n", "太阳能": "n", "专业": "n", "委员会": "n", "表示": "v", "。": "x",
		"东湖市": "ns", "发展": "vn", "改革": "vn", "二是": "x", "科技": "n", "创新": "v"}
	d := extract.NewDoc(&corpus.Document{Orig: "西岭节能协会太阳能专业委员会表示。东湖市发展改革委员会表示。二是科技创新。"}, segment.Fake{Words: words})
	assert.Equal(t, []string{"西岭节能协会太阳能专业委员会/association", "东湖市发展改革委员会/government"}, namesKinds(t, NewInstitutes(c), d))
}

// TestAfterListMarker: the number of a list's item before a name is cut
// off; decimals, counts and numbered names keep their digits.
func TestAfterListMarker(t *testing.T) {
	for in, want := range map[string]string{
		"1.西岭光伏电站项目":  "西岭光伏电站项目",
		"12、东湖物流园":    "东湖物流园",
		"(4)南坪康养小镇项目": "南坪康养小镇项目",
		"(十)北岭数据中心":   "北岭数据中心",
		"二、西岭综合管廊":    "西岭综合管廊",
		"3.5万吨乙烯项目":   "3.5万吨乙烯项目",
		"4号线":         "4号线",
		"10万吨乙烯项目":    "10万吨乙烯项目",
		"一.西岭综合管廊":    "一.西岭综合管廊",
		"2、3号机组":      "2、3号机组",
		"1.港":         "1.港",
	} {
		rs := textmap.Normalize(in).Runes()
		assert.Equal(t, want, string(rs[AfterListMarker(rs, 0, len(rs)):]), in)
	}
}

// TestProjectCue: a trigger right after a project's name, past an adverb,
// or right before it is its cue (Mention.Cue); one elsewhere in the
// sentence is none.
func TestProjectCue(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"北岭": "nz", "智能": "n", "装备": "n", "产业园": "n", "项目": "n", "正式": "d", "开工": "v", "。": "x",
		"青山市": "ns", "引进": "v", "南坪": "ns", "数据中心": "n", "的": "uj", "物流园": "n", "，": "x", "今年": "t", "将": "d"}
	d := extract.NewDoc(&corpus.Document{Orig: "北岭智能装备产业园项目正式开工。青山市引进南坪数据中心。青山市的北岭物流园项目，今年将开工。"}, segment.Fake{Words: words})
	got := map[string]string{}
	for _, m := range mentions(t, NewProjects(c), d) {
		got[m.Name] = m.Cue
	}
	assert.Equal(t, map[string]string{"北岭智能装备产业园项目": "after", "南坪数据中心": "before", "北岭物流园项目": ""}, got)
}

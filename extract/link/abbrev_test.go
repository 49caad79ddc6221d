package link

import "testing"

func TestIsAbbrev(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"中电集团", "中国电子集团", true},
		{"中科院", "中国科学院", true},
		{"成都生物所", "中国科学院成都生物研究所", true},
		{"中科院成都生物所", "中国科学院成都生物研究所", true},
		{"石药集团", "石药控股集团有限公司", true},
		{"市政府", "黄石市政府", true},
		{"华为", "华为公司", true},
		{"中国银行", "中国工商银行", false},
		{"中国银行", "中国农业银行高新区支行", false},
		{"青岛研究院", "CSIP青岛研究院", true},
		{"工商银行", "中国工商银行", true},
		{"兴业银行", "中国工商银行", false},
		{"华为", "华为技术有限公司", false},
		{"巴克曼", "巴克曼欧洲公司", true},
		{"西雅图", "西雅图(中国)投资有限公司", true},
		{"东华", "东华中部公司", false},
	} {
		if got := isAbbrev(tc.a, tc.b); got != tc.want {
			t.Errorf("isAbbrev(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestMergeGovernmentLevel: a government named without its level (人民, 特区,
// 特別行政區) is the one named with it.
func TestMergeGovernmentLevel(t *testing.T) {
	es := []Entity{{Name: "澳門特區政府", Label: "government"}, {Name: "澳門政府", Label: "government"},
		{Name: "西岭市人民政府", Label: "government"}, {Name: "西岭市政府", Label: "government"}, {Name: "东湖市政府", Label: "government"}}
	var got []string
	for _, e := range MergeAbbrev(es) {
		got = append(got, e.Name)
	}
	want := []string{"澳門特區政府", "西岭市人民政府", "东湖市政府"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("MergeAbbrev gave %q; want %q", got, want)
	}
}

// TestIndustryKey: an industry with its class word (产业, 行业, 工业, 业, in either
// script) is the industry without it; a word of one character is kept.
func TestIndustryKey(t *testing.T) {
	for in, want := range map[string]string{
		"新材料产业": "新材料", "现代服务业": "现代服务", "文旅產業": "文旅", "文化旅遊業": "文化旅遊", "钢铁行业": "钢铁", "农业": "农业", "金融业": "金融",
		"纺织工业": "纺织", "紡織工業": "紡織", "工业": "工业",
	} {
		if got := IndustryKey(in); got != want {
			t.Errorf("IndustryKey(%q) = %q; want %q", in, got, want)
		}
	}
}

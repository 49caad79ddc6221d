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
	} {
		if got := isAbbrev(tc.a, tc.b); got != tc.want {
			t.Errorf("isAbbrev(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

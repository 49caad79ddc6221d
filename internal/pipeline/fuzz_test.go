package pipeline

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pressmine/pressmine/corpus"
)

// FuzzPipeline: any text gives a record that passes validation (Record
// validates before it returns) and whose spans slice the text exactly.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"在软件信息产业方面，腾讯双创小镇(青岛)项目、大连\n\n金慧等一批项目签约落地，投资总额532亿元。",
		"总投资５０亿元的驰远动力电池工厂项目签约，年产值近4000万元，融资3-5亿美元。",
		"中国科学院成都生物研究所、成都生物所、中科院成都生物所", "“中国制造2025”青岛示范园", "1万(含)-5万元",
		"", "。。。", "\r\n\r\n", "㈱①", "等等等项目", "、、、及及及项目签约",
		// Word soups that once broke a rule (TestWordSoup found them).
		"(\n)项目段新能源是集团项亿元段在。建设研究产业所研究分别是4有主要有基地至:基地建设)快速发展",
		"工程-三点五亿元投资平台有限公司项和基金是年",
		"北辰、南湖签约，新建项目4个,包括厂房。",
	} {
		f.Add(s)
	}
	eng := recorder(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.TrimSpace(s) == "" || strings.ContainsRune(s, 0) {
			return
		}
		checkRecord(t, eng, s)
	})
}

// checkRecord extracts s as a document: a record must come (Record
// validates it before it returns) whose spans slice s exactly.
func checkRecord(t *testing.T, eng *Recorder, s string) {
	t.Helper()
	doc := &corpus.Document{ID: "fuzz", Path: "fuzz.txt", Line: 1, Orig: s, Encoding: corpus.EncUTF8, SHA256: strings.Repeat("0", 64)}
	rec, err := eng.Record(context.Background(), doc)
	if err != nil {
		t.Fatalf("Record(%q): %v", s, err)
	}
	checkSpans(t, rec, s)
}

// soupWords are words and marks the rules read (heads, list words,
// introducers, counts, amounts, punctuation): random strings of them reach
// corners that running text seldom does.
var soupWords = []string{"项目", "4", "四", "十二", "个", "项", ",", "，", ":", "：", "包括", "主要有", "分别是", "分别为", "有", "是", "为",
	"新建", "。", "、", "等", "签约", "北辰", "南湖科技", "有限公司", "产业", "方面", "领域", "类项目有", "在", "新能源", "建设", "基地",
	"产业园", "5家企业", "及", "以及", "和", "与", "“", "”", "(", ")", "（", "）", "亿元", "万元", "美元", "总投资", "该项目", "一是",
	"研究", "所", "分公司", "集团", "年产", "万吨", "至", "高速公路", "段", "\n", "\n\n", "数字经济", "快速发展", "如", "落户", "4100mm",
	"三点五亿元", "约", "以上", "-", "~", "第", "期", "二期", "工程", "中心", "平台", "政府", "管委会", "局", "委", "银行", "支行",
	"基金", "股东", "子公司", "严禁", "采购", "广州市", "投资", "环境", "两大", "支柱", "厂商", "论坛", "区", "的", "2023", "A", " ", "·", "《", "》"}

// TestWordSoup: 30,000 random strings of soupWords (a fixed seed)
// each give a record that passes validation and whose spans slice the
// text: no rule panics, loops or makes an invalid value on them.
func TestWordSoup(t *testing.T) {
	eng := recorder(t)
	rng := rand.New(rand.NewPCG(2026, 12))
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(50); n > 0; n-- {
			b.WriteString(soupWords[rng.IntN(len(soupWords))])
		}
		s := b.String()
		if strings.TrimSpace(s) == "" {
			continue
		}
		checkRecord(t, eng, s)
	}
}

package pipeline

import (
	"context"
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
	} {
		f.Add(s)
	}
	eng := recorder(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.TrimSpace(s) == "" || strings.ContainsRune(s, 0) {
			return
		}
		doc := &corpus.Document{ID: "fuzz", Path: "fuzz.txt", Line: 1, Orig: s, Encoding: corpus.EncUTF8, SHA256: strings.Repeat("0", 64)}
		rec, err := eng.Record(context.Background(), doc)
		if err != nil {
			t.Fatalf("Record(%q): %v", s, err)
		}
		checkSpans(t, rec, s)
	})
}

package entity

import (
	"context"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/stretchr/testify/assert"
)

// fakeWords is a tiny dictionary for the fake segmenter: these tests need
// neither jieba's dictionaries nor cgo.
var fakeWords = map[string]string{
	"青山市": "ns", "人民政府": "n", "与": "p", "北岭": "nz", "科技": "n", "集团": "n",
	"有限公司": "n", "签署": "v", "协议": "n", "建设": "v", "智能": "n", "装备": "n",
	"产业园": "n", "项目": "n", "重点": "n", "发展": "v", "电子信息": "n", "生物医药": "n",
	"新材料": "n", "等": "u", "产业": "n", "好": "a", "将": "d",
}

func fakeDoc(t *testing.T, text string) *extract.Doc {
	t.Helper()
	return extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: fakeWords})
}

func names(t *testing.T, x extract.Extractor, d *extract.Doc) []string {
	t.Helper()
	var out []string
	for _, m := range mentions(t, x, d) {
		if m.Kind != x.Kind() {
			t.Errorf("%s gave a mention of kind %s", x.Name(), m.Kind)
		}
		if got := string([]rune(d.Src.Orig)[m.Span.Start:m.Span.End]); got != m.Text {
			t.Errorf("%s: span %v slices %q, text %q", x.Name(), m.Span, got, m.Text)
		}
		out = append(out, m.Name)
	}
	return out
}

// instituteNames runs the default institute extractor on text, segmented
// by the fake segmenter with words.
func instituteNames(t *testing.T, words map[string]string, text string) []string {
	t.Helper()
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	return names(t, NewInstitutes(c), extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words}))
}

// industryMentions runs the default industry extractor on text, segmented
// by the fake segmenter with words: every mention, the ones only the
// ranker may take too.
func industryMentions(t *testing.T, words map[string]string, text string) []extract.Mention {
	t.Helper()
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	return mentions(t, NewIndustries(c), extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words}))
}

// namesKinds is names with each mention's label after a slash (国务院/government).
func namesKinds(t *testing.T, x extract.Extractor, d *extract.Doc) []string {
	t.Helper()
	var out []string
	for _, m := range mentions(t, x, d) {
		out = append(out, m.Name+"/"+m.Label)
	}
	return out
}

// mentions runs x on d.
func mentions(t *testing.T, x extract.Extractor, d *extract.Doc) []extract.Mention {
	t.Helper()
	ms, err := x.Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// TestExtractorsOnFakeSegmenter: the three rule extractors, on a text cut
// by the fake segmenter, find what the text names.
func TestExtractorsOnFakeSegmenter(t *testing.T) {
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	d := fakeDoc(t, "青山市人民政府与北岭科技集团有限公司签署协议，建设北岭智能装备产业园项目，重点发展电子信息、生物医药、新材料等产业。")
	assert.Equal(t, []string{"青山市人民政府", "北岭科技集团有限公司"}, names(t, NewInstitutes(c), d))
	assert.Equal(t, []string{"北岭智能装备产业园项目"}, names(t, NewProjects(c), d))
	// 装备 inside the project's name is an industry word here; the engine
	// drops it (an industry gives way to a project around it).
	assert.Subset(t, names(t, NewIndustries(c), d), []string{"电子信息", "生物医药", "新材料"})
}

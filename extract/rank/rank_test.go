package rank

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/stretchr/testify/assert"
)

// toyExamples: a feature that marks right candidates, one that marks
// wrong ones, and a bias on every one.
func toyExamples() []Example {
	var ex []Example
	for i := 0; i < 20; i++ {
		ex = append(ex, Example{Feats: []string{"pro|bias", "pro|lw=园区"}, Right: true})
		ex = append(ex, Example{Feats: []string{"pro|bias", "pro|fw=这批"}, Right: false})
	}
	return ex
}

// TestTrainLearnsAndIsDeterministic: the trained ranker scores what it was
// taught right above zero and wrong below, and training twice gives the
// same model file byte for byte.
func TestTrainLearnsAndIsDeterministic(t *testing.T) {
	r := TrainRanker(toyExamples(), 10)
	if s := r.ScoreNamed([]string{"pro|bias", "pro|lw=园区"}); s <= 0 {
		t.Errorf("a right candidate scores %v", s)
	}
	if s := r.ScoreNamed([]string{"pro|bias", "pro|fw=这批"}); s >= 0 {
		t.Errorf("a wrong candidate scores %v", s)
	}
	a, b := r.Marshal("toy"), TrainRanker(toyExamples(), 10).Marshal("toy")
	if !bytes.Equal(a, b) {
		t.Error("two trainings on the same examples differ")
	}
	back, err := ParseRanker(a, "toy.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Marshal("toy"), a) {
		t.Error("a model read back does not write the same file")
	}
}

// TestPassOrderKeepsOthers: an example more leaves the order of the
// others in each pass as it was (a rule that proposes one more candidate
// moves the weights through that candidate, not through a new order of
// all), and passes and seeds order the examples differently.
func TestPassOrderKeepsOthers(t *testing.T) {
	var ex []Example
	for i := range 30 {
		ex = append(ex, Example{Feats: []string{"pro|bias", "pro|n=" + strings.Repeat("x", i)}, Right: i%3 == 0})
	}
	order := func(ex []Example, seed uint64, ep int) []int {
		o, k := make([]int, len(ex)), make([]uint64, len(ex))
		passOrder(ex, seed, ep, o, k)
		return o
	}
	more := append(append([]Example{}, ex[:10]...), append([]Example{{Feats: []string{"pro|bias", "pro|new"}}}, ex[10:]...)...)
	for ep := range 3 {
		want := order(ex, 1, ep)
		var got []int
		for _, i := range order(more, 1, ep) {
			switch {
			case i < 10:
				got = append(got, i)
			case i > 10:
				got = append(got, i-1)
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("pass %d: with one example more the others come %v, without it %v", ep, got, want)
		}
	}
	if slices.Equal(order(ex, 1, 0), order(ex, 1, 1)) || slices.Equal(order(ex, 1, 0), order(ex, 2, 0)) {
		t.Error("two passes or two seeds give the same order")
	}
}

// TestParseRankerRefuses: a file that is not a model, or of another
// version, or with a broken line, is an error at its line.
func TestParseRankerRefuses(t *testing.T) {
	for name, text := range map[string]string{
		"not a model":      "hello\n",
		"other version":    "pressmine-ranker 99\n",
		"broken line":      "pressmine-ranker 2\npro|bias\n",
		"tag out of range": "pressmine-ranker 2\ntag|w=园区#9\t1\n",
		"no tag":           "pressmine-ranker 2\ntag|w=园区\t1\n",
		"unknown template": "pressmine-ranker 2\ntag|zz=园区#1\t1\n",
		"broken pair":      "pressmine-ranker 2\ntag|pp-=n#1\t1\n",
		"bad transition":   "pressmine-ranker 2\ntag|trans=8>9\t1\n",
	} {
		_, err := ParseRanker([]byte(text), "m.txt")
		var de *diag.Error
		if !errors.As(err, &de) || de.Pos.Path != "m.txt" || de.Pos.Line == 0 || !strings.HasPrefix(err.Error(), "m.txt:") {
			t.Errorf("%s: ParseRanker = %v; want an error at m.txt:LINE", name, err)
		}
	}
}

// BenchmarkDefaultRanker is the cost of loading the embedded model (ranker
// and tagger), which every process pays once.
func BenchmarkDefaultRanker(b *testing.B) {
	for b.Loop() {
		if _, err := DefaultRanker(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNoVariantInsideRate: the variants of a name drop its first words,
// but none starts inside a rate (150亿方 / 年天然气…).
func TestNoVariantInsideRate(t *testing.T) {
	words := map[string]string{"150": "m", "亿方": "m", "/": "x", "年": "m", "天然气": "n", "产能": "n", "工程": "n"}
	text := "150亿方/年天然气产能工程"
	d := extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words})
	m := d.Mention(extract.KindProject, textmap.Span{Start: 0, End: len([]rune(text))})
	found := extract.Found{{Kind: extract.KindProject, Mentions: []extract.Mention{m}}}
	var starts []string
	for _, c := range Candidates(d, found, extract.KindProject) {
		starts = append(starts, c.Name)
	}
	if len(starts) < 2 {
		t.Fatalf("variants %v: too few to test", starts)
	}
	for _, n := range starts {
		if strings.HasPrefix(n, "年") || strings.HasPrefix(n, "/") {
			t.Errorf("variant %q starts inside the rate (all: %v)", n, starts)
		}
	}
}

// TestKnownNameFeature: a name a list of well-known organisations holds
// carries the feature "known" (its own span only, not a narrower variant),
// one the rules found by a head does not.
func TestKnownNameFeature(t *testing.T) {
	words := map[string]string{"西岭": "ns", "发改委": "j", "东湖": "ns", "集团": "n"}
	text := "西岭发改委东湖集团"
	d := extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words})
	known := d.Mention(extract.KindInstitute, textmap.Span{Start: 0, End: 5})
	known.Known = true
	head := d.Mention(extract.KindInstitute, textmap.Span{Start: 5, End: 9})
	found := extract.Found{{Kind: extract.KindInstitute, Mentions: []extract.Mention{known, head}}}
	has := func(c Candidate) bool {
		for _, f := range c.Feats {
			if strings.HasSuffix(f, "|known") {
				return true
			}
		}
		return false
	}
	for _, c := range Candidates(d, found, extract.KindInstitute) {
		if want := c.Base == 0 && c.Variant == 0; has(c) != want {
			t.Errorf("candidate %q (variant %d): known feature %v, want %v", c.Name, c.Variant, has(c), want)
		}
	}
}

// TestCueFeature: a project's cue (Mention.Cue) is a feature of the name;
// a trigger after the name holds for its narrower variants too, one before
// it only for the name itself.
func TestCueFeature(t *testing.T) {
	words := map[string]string{"东湖": "ns", "智能": "n", "装备": "n", "产业园": "n"}
	text := "东湖智能装备产业园"
	d := extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: words})
	cues := func(cue string) map[int]string {
		m := d.Mention(extract.KindProject, textmap.Span{Start: 0, End: 9})
		m.Cue = cue
		found := extract.Found{{Kind: extract.KindProject, Mentions: []extract.Mention{m}}}
		got := map[int]string{}
		for _, c := range Candidates(d, found, extract.KindProject) {
			got[c.Variant] = ""
			for _, f := range c.Feats {
				if _, v, ok := strings.Cut(f, "|cue="); ok {
					got[c.Variant] = v
				}
			}
		}
		return got
	}
	assert.Equal(t, map[int]string{0: "after", 1: "after", 2: "after", 3: "after"}, cues("after"))
	assert.Equal(t, map[int]string{0: "before", 1: "", 2: "", 3: ""}, cues("before"))
	assert.Equal(t, map[int]string{0: "", 1: "", 2: "", 3: ""}, cues(""))
}

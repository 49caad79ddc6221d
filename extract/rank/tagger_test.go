package rank

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/extract/wordclass"
)

// toyWords segment the toy sentences below (the fake segmenter needs no
// dictionaries).
var toyWords = map[string]string{
	"青山": "ns", "白沙": "ns", "北岭": "ns", "南湖": "ns", "东坪": "ns",
	"智能": "n", "装备": "n", "产业园": "n", "物流": "n", "中心": "n", "项目": "n",
	"签约": "v", "开工": "v", "建设": "v", "落户": "v", "昨天": "t", "今年": "t",
	"。": "x", "，": "x",
}

func toyDoc(text string) *extract.Doc {
	return extract.NewDoc(&corpus.Document{Orig: text}, segment.Fake{Words: toyWords})
}

// toySentences label every word of the documents: a place followed by
// 智能装备产业园 or 物流中心 is a project's start, those words continue
// it, and everything else is outside.
func toySentences(texts []string, cl *wordclass.Classes) []TagSentence {
	var out []TagSentence
	for _, text := range texts {
		d := toyDoc(text)
		out = append(out, TagSentences(d, firstIndustry(d), cl, func(i int) uint16 {
			toks := d.Tokens
			switch toks[i].Text {
			case "智能", "装备", "产业园", "物流", "中心":
				return TagBit(extract.KindProject, true)
			}
			if toks[i].POS == "ns" && i+1 < len(toks) && (toks[i+1].Text == "智能" || toks[i+1].Text == "物流") {
				return TagBit(extract.KindProject, false)
			}
			return TagBit("", false)
		})...)
	}
	return out
}

var toyTexts = []string{
	"青山智能装备产业园昨天签约。",
	"白沙物流中心今年开工。",
	"北岭智能装备产业园落户青山。",
	"今年建设南湖物流中心。",
}

// firstIndustry is a rules' industry mention over the first character,
// as the rules might report: the tagger reads only sentences where a rule
// found something, and learns weights for the rules' marks.
func firstIndustry(d *extract.Doc) extract.Found {
	return extract.Found{{Kind: extract.KindIndustry, Mentions: []extract.Mention{d.Mention(extract.KindIndustry, textmap.Span{Start: 0, End: 1})}}}
}

func tagNames(tg *Tagger, d *extract.Doc) []string {
	var out []string
	for _, km := range tg.Tag(d, firstIndustry(d)) {
		for _, m := range km.Mentions {
			out = append(out, string(m.Kind)+":"+m.Name)
		}
	}
	return out
}

// TestTaggerLearns: a tagger trained on the toy sentences finds a project
// of the same shape in a sentence it has not seen, and nothing in one
// without a project.
func TestTaggerLearns(t *testing.T) {
	tg := TrainTagger(toySentences(toyTexts, nil), 10, nil)
	// The tagger reads only sentences where a rule found something: give
	// it one industry mention at the start of each.
	got := tagNames(tg, toyDoc("东坪智能装备产业园今年签约。"))
	if len(got) != 1 || got[0] != "project:东坪智能装备产业园" {
		t.Errorf("tagged %q; want [project:东坪智能装备产业园]", got)
	}
	if got := tagNames(tg, toyDoc("今年签约。")); len(got) != 0 {
		t.Errorf("tagged %q in a sentence without a project", got)
	}
}

// toyClasses put the places in one class and the words of the toy
// projects' heads in another, as word classes learned from a corpus might.
var toyClasses = wordclass.FromMap(map[string]int{
	"青山": 0, "白沙": 0, "北岭": 0, "南湖": 0, "东坪": 0,
	"智能": 1, "装备": 1, "物流": 1, "产业园": 2, "中心": 2, "签约": 3, "开工": 3,
})

// TestTaggerDeterministicAndRoundTrip: training twice gives the same model
// file; a model read back writes the same file and tags the same; the
// weights looked up by key at extraction are the ones named in the file.
// With word classes too: the model keeps them and weighs them.
func TestTaggerDeterministicAndRoundTrip(t *testing.T) {
	for _, cl := range []*wordclass.Classes{nil, toyClasses} {
		t.Run(fmt.Sprintf("classes=%d", cl.Len()), func(t *testing.T) { testTaggerRoundTrip(t, cl) })
	}
}

func testTaggerRoundTrip(t *testing.T, cl *wordclass.Classes) {
	sents := toySentences(toyTexts, cl)
	r := TrainRanker(toyExamples(), 10).WithTagger(TrainTagger(sents, 10, cl))
	a := r.Marshal("toy")
	if b := TrainRanker(toyExamples(), 10).WithTagger(TrainTagger(toySentences(toyTexts, cl), 10, cl)).Marshal("toy"); !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same sentences differ")
	}
	if got := bytes.Count(a, []byte("\n"+classPre)); got != cl.Words() {
		t.Errorf("the model file holds %d words' classes; want %d", got, cl.Words())
	}
	back, err := ParseRanker(a, "toy.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Marshal("toy"), a) {
		t.Error("a model read back does not write the same file")
	}
	if back.Tagger().empty() {
		t.Fatal("the tagger was lost on the way")
	}
	d := toyDoc("东坪智能装备产业园今年签约。")
	if x, y := tagNames(r.Tagger(), d), tagNames(back.Tagger(), d); len(x) != len(y) || len(x) > 0 && x[0] != y[0] {
		t.Errorf("tags %q before the file, %q after", x, y)
	}
	// By name (training) and by key (extraction), every word scores the
	// same, the rules' marks and the word classes included.
	tg := back.Tagger()
	s := sentence{d: d, lo: 0, hi: len(d.Tokens), cl: tg.cl}
	rm := markRules(d, firstIndustry(d))
	e := &emitter{t: tg.h}
	e.setDoc(&rm)
	em := e.emissions(&s, &rm, nil)
	if len(em) != s.hi-s.lo {
		t.Fatalf("%d rows of emissions for %d words", len(em), s.hi-s.lo)
	}
	named := &nameSink{s: &s}
	n, marked, classed := 0, 0, 0
	for i := s.lo; i < s.hi; i++ {
		named.out = nil
		tagFeatures(&s, &rm, i, named)
		var want tagRow
		for _, f := range named.out {
			if row := tg.rows[f]; row != nil {
				for j := range want {
					want[j] += float64(float32(row[j]))
				}
				n++
				if strings.HasPrefix(f, tagPre+"r=") {
					marked++
				}
				if strings.HasPrefix(f, tagPre+"k") {
					classed++
				}
			}
		}
		for j := range want {
			if math.Abs(want[j]-em[i-s.lo][j]) > 1e-6 {
				t.Fatalf("word %q tag %d: %v by key, %v by name", d.Tokens[i].Text, j, em[i-s.lo][j], want[j])
			}
		}
	}
	if marked == 0 {
		t.Error("no rules' mark has a weight: the test shows nothing of them")
	}
	if cl != nil && classed == 0 {
		t.Error("no word class has a weight: the test shows nothing of them")
	}
	if n == 0 {
		t.Error("no feature of the sentence has a weight: the test shows nothing")
	}
}

// TestViterbiAllowed: the best path keeps to the tags each word allows,
// and never puts an inside tag after an outside one.
func TestViterbiAllowed(t *testing.T) {
	em := []tagRow{{0: 1}, {2: 5}, {2: 5}} // inside-project scores high, but the first word is outside
	var trans [numTags + 1][numTags]float64
	path := viterbi(em, &trans, nil)
	for i := 1; i < len(path); i++ {
		if !allowedAfter(path[i-1], path[i]) {
			t.Errorf("path %v: tag %d after %d", path, path[i], path[i-1])
		}
	}
	allowed := []uint16{1, TagBit(extract.KindProject, false), TagBit(extract.KindProject, true)}
	if got := viterbi(em, &trans, allowed); got[0] != 0 || got[1] != 1 || got[2] != 2 {
		t.Errorf("constrained path %v; want [0 1 2]", got)
	}
}

// TestViterbiFreeSame: with nothing constrained, the fast path finds the
// path the general one does when every tag is allowed, ties included
// (scores drawn from a few values tie often).
func TestViterbiFreeSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	all := uint16(1)<<numTags - 1
	for round := 0; round < 2000; round++ {
		n := 1 + rng.IntN(12)
		em := make([]tagRow, n)
		for i := range em {
			for j := range em[i] {
				em[i][j] = float64(rng.IntN(5) - 2)
			}
		}
		var trans [numTags + 1][numTags]float64
		for p := range trans {
			for q := range trans[p] {
				trans[p][q] = float64(rng.IntN(3) - 1)
			}
		}
		allowed := make([]uint16, n)
		for i := range allowed {
			allowed[i] = all
		}
		free := slices.Clone(viterbi(em, &trans, nil))
		general := viterbi(em, &trans, allowed)
		if !slices.Equal(free, general) {
			t.Fatalf("round %d: free path %v, general %v (emissions %v)", round, free, general, em)
		}
	}
}

package engine

import (
	"context"
	"math"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/rank"
	"github.com/pressmine/pressmine/extract/segment"
)

// newEngine is an engine with the default vocabularies on seg.
func newEngine(t testing.TB, seg segment.Segmenter) *Engine {
	t.Helper()
	mc, err := money.DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	ec, err := entity.DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(seg, mc, ec)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// testPipeline is an engine with the default vocabularies and the native
// segmenter.
func testPipeline(t *testing.T) *Engine { return newEngine(t, nativeSegmenter(t)) }

// TestTraditionalSpans: a Traditional text is matched as Simplified while
// every span slices the original as written.
func TestTraditionalSpans(t *testing.T) {
	p := testPipeline(t)
	src := &corpus.Document{Orig: "香港特區政府宣布撥款15億元支持創新科技發展，該項目總投資約二十億元。"}
	d := p.Doc(nil, src)
	if !d.Hant {
		t.Fatal("Doc.Hant = false for a Traditional text")
	}
	ms, err := p.money.Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, value, cur, role string }{{"15億元", "1500000000", "HKD", "other"}, {"約二十億元", "2000000000", "HKD", "investment"}}
	if len(ms) != len(want) {
		t.Fatalf("amounts = %v; want %d", describeAmounts(ms), len(want))
	}
	rs := []rune(src.Orig)
	for i, w := range want {
		m := ms[i]
		if m.Text != w.text || string(rs[m.Span.Start:m.Span.End]) != w.text || money.FormatDecimal(m.Amount.Value) != w.value ||
			m.Amount.Currency != w.cur || !m.Amount.Inferred || m.Amount.Role != w.role {
			t.Errorf("amount %d = %q %v %s %s inferred=%v role=%s; want %+v", i, m.Text, m.Span, money.FormatDecimal(m.Amount.Value), m.Amount.Currency, m.Amount.Inferred, m.Amount.Role, w)
		}
	}
}

// TestRankerScoresByHash: the ranker scores a candidate by the hashes of
// its feature names exactly as by the names themselves (training and the
// model file use names; extraction no strings).
func TestRankerScoresByHash(t *testing.T) {
	p := testPipeline(t)
	if p.ranker == nil {
		t.Skip("skipping: the embedded ranker has no weights")
	}
	texts := []string{
		"青山市人民政府与北岭科技集团有限公司签署协议，会同白沙投资集团有限公司建设北岭智能装备产业园项目，重点发展电子信息、生物医药、新材料等产业。",
		"香港特區政府投資推廣署表示，將聚焦金融科技、創新及科技和家族辦公室。",
	}
	n := 0
	for _, text := range texts {
		d := p.Doc(nil, &corpus.Document{Orig: text})
		found, err := p.ruleMentions(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		for _, ki := range []extract.Kind{extract.KindIndustry, extract.KindInstitute, extract.KindProject} {
			for _, c := range rank.Candidates(d, found, ki) {
				byName := p.ranker.ScoreNamed(c.Feats)
				byHash := p.ranker.Score(d, found, c.Mention, c.Variant, countOf(found.Of(ki), c.Mention))
				if math.Abs(byHash-byName) > 1e-9 {
					t.Errorf("%q: score %v by hash, %v by name", c.Name, byHash, byName)
				}
				n++
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d candidates", n)
	}
}

// countOf counts the rules' mentions named as the base of m.
func countOf(ms []extract.Mention, m extract.Mention) int {
	n := 0
	for _, o := range ms {
		if o.Norm.End == m.Norm.End && o.Norm.Start <= m.Norm.Start {
			for _, q := range ms {
				if q.Name == o.Name {
					n++
				}
			}
			return n
		}
	}
	return 0
}

// describeAmounts lists amount mentions as text=value currency.
func describeAmounts(ms []extract.Mention) []string {
	var out []string
	for _, m := range ms {
		a := m.Amount
		s := money.FormatDecimal(a.Value)
		if a.Max != nil {
			s += ".." + money.FormatDecimal(a.Max)
		}
		out = append(out, m.Text+"="+s+" "+a.Currency)
	}
	return out
}

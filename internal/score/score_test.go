package score

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pressmine/pressmine/schema"
)

func sp(s string) *string { return &s }

// TestScoreHandComputed checks a small case worked out by hand.
//
// Gold projects: A(项目) alias A2, B, C; optional D. Predicted: "A" (TP,
// key drops 项目), "A2" (second prediction of A: FP as DUP), "D" (optional,
// ignored), "E" (FP). B and C are missed: FN 2. So TP 1, FP 2, FN 2:
// P = 1/3, R = 1/3, F1 = 1/3.
// Amounts: gold keys {532亿 CNY (role investment), 12亿 CNY}; predicted
// 532亿 twice (roles investment, other) and 1亿 USD: TP 1, FP 1, FN 1;
// role accuracy 0/1 (role set {investment, other} ≠ {investment}).
func TestScoreHandComputed(t *testing.T) {
	g := &Gold{
		ID: "d",
		Projects: []GoldProject{
			{Name: "A项目", Aliases: []string{"A2"}, Industry: "金融业"},
			{Name: "“B”"}, {Name: "C"},
		},
		Industries: []GoldEntity{{Name: "金融业", Aliases: []string{"金融"}}},
		Institutes: []GoldEntity{{Name: "中科院", Aliases: []string{"中国科学院"}, Kind: "research"}},
		Amounts: []GoldAmount{
			{Text: "532亿元", Value: "53200000000", Currency: "CNY", Role: "investment"},
			{Text: "12亿元", Value: "1200000000", Currency: "CNY", Role: "output_value"},
		},
		Optional: GoldOptional{Projects: []string{"D"}},
	}
	p := &schema.Record{
		Projects: []schema.Project{
			{Name: "A", Industry: sp("金融")}, {Name: "A2"}, {Name: "D"}, {Name: "E"},
		},
		Industries: []schema.Industry{{Name: "金融"}},
		Institutes: []schema.Institute{{Name: "中国科学院", Kind: "government"}},
		Amounts: []schema.Amount{
			{Text: "532亿元", Value: "53200000000", Currency: "CNY", Role: "investment"},
			{Text: "532亿元", Value: "53200000000", Currency: "CNY", Role: "other"},
			{Text: "1亿美元", Value: "100000000", Currency: "USD", Role: "other"},
		},
	}
	r := NewReport()
	r.Add(g, p)
	assert.Equal(t, Counts{TP: 1, FP: 2, FN: 2}, *r.Counts["projects"])
	assert.InDelta(t, 1.0/3, r.Counts["projects"].F1(), 1e-9)
	assert.Equal(t, Counts{TP: 1}, *r.Counts["industries"])
	assert.Equal(t, Counts{TP: 1}, *r.Counts["institutes"])
	assert.Equal(t, Acc{Right: 0, Total: 1}, *r.Attrs["institute.kind"])
	assert.Equal(t, Acc{Right: 1, Total: 1}, *r.Attrs["project.industry"], "金融 is an alias of the gold industry")
	assert.Equal(t, Counts{TP: 1, FP: 1, FN: 1}, *r.Counts["amounts"])
	assert.Equal(t, Acc{Right: 0, Total: 1}, *r.Attrs["amount.role"])
	assert.Equal(t, Acc{Right: 1, Total: 1}, *r.Attrs["amount.approx"])
	kinds := map[string]int{}
	for _, m := range r.Misses {
		kinds[m.Category+" "+m.Kind]++
	}
	assert.Equal(t, 1, kinds["projects DUP"])
	assert.Equal(t, 1, kinds["projects FP"])
	assert.Equal(t, 2, kinds["projects FN"])
}

func TestKey(t *testing.T) {
	assert.Equal(t, "中国制造2025青岛示范园", Key("“中国制造２０２５”青岛 示范园"))
	assert.Equal(t, "腾讯双创小镇(青岛)", Key("腾讯双创小镇（青岛）项目"))
}

// TestParseGoldRefuses: a gold file that is not one is an error naming
// file:line:col, never a file that expects nothing.
func TestParseGoldRefuses(t *testing.T) {
	good := "id: a\nprojects:\n  - name: 北岭智能装备产业园项目\ninstitutes:\n  - {name: 青山市人民政府, kind: government}\namounts:\n  - {text: 5亿元, value: 500000000, currency: CNY, role: investment}\n"
	if _, err := ParseGold("a.gold.yaml", []byte(good), "a"); err != nil {
		t.Fatalf("a good gold file: %v", err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"empty", "", "a.gold.yaml:1:1: bad gold file: empty"},
		{"binary", "\x00\x01\x02", "not a YAML text file"},
		{"unknown key", good + "comment: x\n", "field comment not found"},
		{"wrong id", strings.Replace(good, "id: a", "id: b", 1), "a.gold.yaml:1:5: bad gold file: id \"b\", but the source's id is \"a\""},
		{"kind", strings.Replace(good, "kind: government", "kind: spaceship", 1), "a.gold.yaml:5:27: bad gold file: kind \"spaceship\""},
		{"role", strings.Replace(good, "role: investment", "role: 12", 1), "role \"12\""},
		{"currency", strings.Replace(good, "currency: CNY", "currency: rmb", 1), "currency \"rmb\""},
		{"value", strings.Replace(good, "value: 500000000", "value: lots", 1), "a.gold.yaml:7:1: bad gold file: line 7: not a canonical decimal number"},
		{"two documents", good + "---\nid: a\n", "a second YAML document"},
		{"no name", good + "industries:\n  - {name: \"\"}\n", "an entry with no name"},
	} {
		_, err := ParseGold("a.gold.yaml", []byte(tc.text), "a")
		if err == nil || !errors.Is(err, ErrGold) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v; want an error with %q", tc.name, err, tc.want)
		}
	}
}

// TestVerdicts: every predicted item gets a verdict by its pointer, and
// they add up to the counts.
func TestVerdicts(t *testing.T) {
	g := &Gold{ID: "a", Projects: []GoldProject{{Name: "青山产业园"}}, Institutes: []GoldEntity{{Name: "青山集团"}, {Name: "白沙银行"}},
		Optional: GoldOptional{Institutes: []string{"有关部门"}}, Amounts: []GoldAmount{{Value: "500000000", Currency: "CNY"}}}
	p := &schema.Record{
		Projects:   []schema.Project{{Name: "青山产业园项目"}, {Name: "这批项目"}},
		Institutes: []schema.Institute{{Name: "青山集团"}, {Name: "“青山集团”"}, {Name: "有关部门"}},
		Amounts:    []schema.Amount{{Value: "500000000", Currency: "CNY"}, {Value: "5E8", Currency: "CNY"}, {Value: "7", Currency: "CNY"}},
	}
	r := NewReport()
	r.Add(g, p)
	want := map[string]string{"/projects/0": "TP", "/projects/1": "FP", "/institutes/0": "TP", "/institutes/1": "DUP",
		"/institutes/2": "OPT", "/amounts/0": "TP", "/amounts/1": "TP", "/amounts/2": "FP"}
	assert.Equal(t, want, r.Verdicts)
	assert.Equal(t, Counts{TP: 1, FP: 1}, *r.Counts["projects"])
	assert.Equal(t, Counts{TP: 1, FP: 1, FN: 1}, *r.Counts["institutes"])
	assert.Equal(t, Counts{TP: 1, FP: 1}, *r.Counts["amounts"])
}

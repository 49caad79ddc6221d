package schema

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fullRecord uses every field of the record, each validly.
func fullRecord() *Record {
	rec, _ := validRecord()
	date, ind, sector, sei, bound, max := "2024-03-09", "制造业", "C,I", "新一代信息技术产业", "lower", Number("60000000000")
	rec.Date = &date
	rec.Source.Line = 3
	rec.Projects = []Project{{Name: "青岛高新区项目", Aliases: []string{"高新区项目"}, Industry: &ind,
		Investment: &Investment{Value: "53200000000", Currency: "CNY"}, Spans: Spans{{0, 5}, {7, 9}}}}
	rec.Industries = []Industry{{Name: "制造业", Sector: &sector, SEI: &sei, Spans: Spans{{1, 3}}}}
	rec.Amounts[0].Max = &max
	rec.Amounts[0].Bound = &bound
	rec.Amounts[0].CurrencyInferred = true
	return rec
}

// TestTypedAgreesWithSchema: CheckBuilt's typed checks accept exactly the
// records the JSON Schema accepts, rule by rule and on random records.
func TestTypedAgreesWithSchema(t *testing.T) {
	v, err := NewValidator(nil)
	require.NoError(t, err)
	agree := func(t *testing.T, rec *Record, desc string) bool {
		t.Helper()
		lib := v.SchemaIssues(rec.instance())
		typed := v.typed.typedIssues(rec)
		return assert.Equal(t, len(lib) == 0, len(typed) == 0, "%s\nlibrary: %v\ntyped: %v", desc, lib, typed)
	}
	require.Empty(t, v.SchemaIssues(fullRecord().instance()))

	str := func(s string) *string { return &s }
	num := func(s string) *Number { n := Number(s); return &n }
	cases := map[string]func(r *Record){
		"schema":          func(r *Record) { r.Schema = "pressmine/v2" },
		"id empty":        func(r *Record) { r.ID = "" },
		"path empty":      func(r *Record) { r.Source.Path = "" },
		"line negative":   func(r *Record) { r.Source.Line = -1 },
		"line omitted":    func(r *Record) { r.Source.Line = 0 },
		"sha256 short":    func(r *Record) { r.Source.SHA256 = "abc" },
		"sha256 upper":    func(r *Record) { r.Source.SHA256 = strings.Repeat("A", 64) },
		"encoding":        func(r *Record) { r.Source.Encoding = "latin-1" },
		"encoding gb":     func(r *Record) { r.Source.Encoding = "gb18030" },
		"chars zero":      func(r *Record) { r.Source.Chars = 0 },
		"date no year":    func(r *Record) { r.Date = str("--05-17") },
		"date month 13":   func(r *Record) { r.Date = str("2024-13-01") },
		"date free":       func(r *Record) { r.Date = str("昨天") },
		"date null":       func(r *Record) { r.Date = nil },
		"title null":      func(r *Record) { r.Title = nil },
		"publisher empty": func(r *Record) { r.Publisher = str("") },
		"project name":    func(r *Record) { r.Projects[0].Name = "" },
		"project alias":   func(r *Record) { r.Projects[0].Aliases = []string{""} },
		"aliases empty":   func(r *Record) { r.Projects[0].Aliases = []string{} },
		"no spans":        func(r *Record) { r.Projects[0].Spans = Spans{} },
		"span negative":   func(r *Record) { r.Projects[0].Spans[1] = Span{-1, 2} },
		"span end zero":   func(r *Record) { r.Projects[0].Spans[1] = Span{0, 0} },
		"investment neg":  func(r *Record) { r.Projects[0].Investment.Value = "-5" },
		"investment -0":   func(r *Record) { r.Projects[0].Investment.Value = "-0" },
		"investment exp":  func(r *Record) { r.Projects[0].Investment.Value = "1e5" },
		"investment -0e5": func(r *Record) { r.Projects[0].Investment.Value = "-0e5" },
		"investment -0E-": func(r *Record) { r.Projects[0].Investment.Value = "-0.0E-3" },
		"investment -1e0": func(r *Record) { r.Projects[0].Investment.Value = "-1e0" },
		"investment text": func(r *Record) { r.Projects[0].Investment.Value = "五亿" },
		"investment cur":  func(r *Record) { r.Projects[0].Investment.Currency = "cny" },
		"investment null": func(r *Record) { r.Projects[0].Investment = nil },
		"industry null":   func(r *Record) { r.Projects[0].Industry = nil },
		"kind":            func(r *Record) { r.Institutes[0].Kind = "school" },
		"kind bank":       func(r *Record) { r.Institutes[0].Kind = "bank" },
		"institute name":  func(r *Record) { r.Institutes[0].Name = "" },
		"sector lower":    func(r *Record) { r.Industries[0].Sector = str("c") },
		"sector U":        func(r *Record) { r.Industries[0].Sector = str("U") },
		"sector list":     func(r *Record) { r.Industries[0].Sector = str("A,B,T") },
		"sector trailing": func(r *Record) { r.Industries[0].Sector = str("A,") },
		"sector null":     func(r *Record) { r.Industries[0].Sector = nil },
		"sei empty":       func(r *Record) { r.Industries[0].SEI = str("") },
		"amount text":     func(r *Record) { r.Amounts[0].Text = "" },
		"amount value":    func(r *Record) { r.Amounts[0].Value = "-1.5" },
		"amount decimal":  func(r *Record) { r.Amounts[0].Value = "0.05" },
		"amount max":      func(r *Record) { r.Amounts[0].Max = num("x") },
		"amount max null": func(r *Record) { r.Amounts[0].Max = nil },
		"currency long":   func(r *Record) { r.Amounts[0].Currency = "CNYY" },
		"bound":           func(r *Record) { r.Amounts[0].Bound = str("about") },
		"bound null":      func(r *Record) { r.Amounts[0].Bound = nil },
		"role":            func(r *Record) { r.Amounts[0].Role = "gift" },
		"role tax":        func(r *Record) { r.Amounts[0].Role = "tax" },
		"amount span":     func(r *Record) { r.Amounts[0].Span = Span{3, 0} },
	}
	for desc, mutate := range cases {
		rec := fullRecord()
		mutate(rec)
		agree(t, rec, desc)
	}

	// Random records: each field drawn from valid and invalid values.
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		rec := randomRecord(rng)
		if !agree(t, rec, fmt.Sprintf("random record %d: %+v", i, rec)) {
			break
		}
	}
}

// randomRecord draws each field of a record from valid and invalid values.
func randomRecord(rng *rand.Rand) *Record {
	pick := func(vs ...string) string { return vs[rng.IntN(len(vs))] }
	maybe := func(s string) *string {
		if rng.IntN(4) == 0 {
			return nil
		}
		return &s
	}
	span := func() Span { return Span{rng.IntN(4) - 1, rng.IntN(4) - 1} }
	spans := func() Spans {
		ss := make(Spans, rng.IntN(3))
		for i := range ss {
			ss[i] = span()
		}
		return ss
	}
	numbers := []string{"0", "12", "1.5", "-3", "-0", "1e3", "-0e3", "-2E-1", "01", ".5", "x"}
	rec := &Record{
		Schema: pick(Version, "v0"), ID: pick("a", ""), Title: maybe("t"),
		Date: maybe(pick("2020-01-31", "2020-1-3", "--12-01", "")), Publisher: maybe(""),
		Source: Source{Path: pick("p", ""), Line: rng.IntN(3) - 1, SHA256: pick(strings.Repeat("0f", 32), "0f"),
			Encoding: pick("utf-8", "utf-16le", "ascii"), Chars: rng.IntN(3) - 1},
		Projects: []Project{}, Institutes: []Institute{}, Industries: []Industry{}, Amounts: []Amount{},
	}
	for n := rng.IntN(3); n > 0; n-- {
		p := Project{Name: pick("甲", ""), Industry: maybe("乙"), Spans: spans()}
		if rng.IntN(2) == 0 {
			p.Investment = &Investment{Value: Number(pick(numbers...)), Currency: pick("USD", "usd")}
		}
		switch rng.IntN(4) {
		case 0:
			p.Aliases = []string{pick("丙", "")}
		case 1:
			p.Aliases = []string{}
		}
		rec.Projects = append(rec.Projects, p)
	}
	for n := rng.IntN(3); n > 0; n-- {
		rec.Institutes = append(rec.Institutes, Institute{Name: pick("丁", ""), Kind: pick("fund", "club"), Spans: spans()})
	}
	for n := rng.IntN(3); n > 0; n-- {
		rec.Industries = append(rec.Industries, Industry{Name: pick("戊", ""), Sector: maybe(pick("A", "A,C", "Z", "")), SEI: maybe(""), Spans: spans()})
	}
	for n := rng.IntN(3); n > 0; n-- {
		a := Amount{Text: pick("五元", ""), Value: Number(pick(numbers...)), Currency: pick("EUR", "E"), Role: pick("other", "none"), Span: span()}
		if rng.IntN(2) == 0 {
			m := Number(pick(numbers...))
			a.Max = &m
		}
		a.Bound = maybe(pick("upper", "over"))
		rec.Amounts = append(rec.Amounts, a)
	}
	return rec
}

// TestPatternsAgree: each hand matcher accepts exactly what its regexp
// accepts, on strings near and far from the pattern; and the schema's
// patterns all have one.
func TestPatternsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 80))
	alphabet := []string{"0", "1", "2", "3", "9", "a", "f", "g", "A", "T", "U", "Z", ",", "-", "\n", "中", ""}
	near := map[string][]string{
		`^[0-9a-f]{64}$`:   {strings.Repeat("0f", 32), strings.Repeat("0f", 32) + "\n", strings.Repeat("F", 64), strings.Repeat("a", 63)},
		`^[A-Z]{3}$`:       {"CNY", "cny", "CN", "CNYX", "CN1", "CNY\n"},
		`^[A-T](,[A-T])*$`: {"A", "A,C", "A,,C", ",A", "A,", "U", "T,T,T", "A C", "AC"},
		`^([0-9]{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`: {"2024-05-17", "--05-17", "2024-13-01", "2024-00-10",
			"2024-1-05", "2024-12-32", "2024-12-31", "2024-02-30", "-05-17", "---05-17", "2024-05-17\n", "20245-05-17", "2024-05-00", "2024-10-29"},
	}
	for src, f := range hand {
		re := regexp.MustCompile(src)
		cases := near[src]
		for i := 0; i < 20000; i++ {
			var b strings.Builder
			base := cases[rng.IntN(len(cases))]
			switch rng.IntN(3) {
			case 0: // a near case with one byte changed
				if len(base) > 0 {
					k := rng.IntN(len(base))
					base = base[:k] + alphabet[rng.IntN(len(alphabet))] + base[k+1:]
				}
				b.WriteString(base)
			case 1:
				b.WriteString(base)
			default:
				for n := rng.IntN(12); n > 0; n-- {
					b.WriteString(alphabet[rng.IntN(len(alphabet))])
				}
			}
			s := b.String()
			require.Equal(t, re.MatchString(s), f(s), "%s on %q", src, s)
		}
	}
	v, err := NewValidator(nil)
	require.NoError(t, err)
	for _, p := range []pattern{v.typed.sha256, v.typed.date, v.typed.sector, v.typed.money} {
		assert.NotNil(t, hand[p.String()], "no hand matcher for %s", p)
	}
}

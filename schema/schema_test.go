package schema

import (
	"math/big"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func validRecord() (*Record, string) {
	orig := "青岛高新区签约，投资总额532亿元。"
	title := "标题"
	return &Record{
		Schema: Version, ID: "x", Title: &title,
		Source:     Source{Path: "x.txt", SHA256: strings.Repeat("a", 64), Encoding: "utf-8", Chars: len([]rune(orig))},
		Projects:   []Project{},
		Institutes: []Institute{{Name: "青岛高新区", Kind: "government", Spans: Spans{{0, 5}}}},
		Industries: []Industry{},
		Amounts:    []Amount{{Text: "532亿元", Value: "53200000000", Currency: "CNY", Role: "investment", Span: Span{12, 17}}},
	}, orig
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"53200000000", "53200000000"}, {"1.5", "1.5"}, {"82225.00", "82225"}, {"0.05", "0.05"},
		{"10000000000000000000000000000000000000000", "10000000000000000000000000000000000000000"},
	} {
		r, _ := new(big.Rat).SetString(tc.in)
		n, err := NewNumber(r)
		require.NoError(t, err)
		assert.Equal(t, Number(tc.want), n, "NewNumber(%s)", tc.in)
	}
	b, err := Marshal(&Record{Amounts: []Amount{{Value: "1100000000000"}, {Value: "1.5"}}})
	require.NoError(t, err)
	assert.Contains(t, string(b), "value: 1100000000000\n")
	assert.Contains(t, string(b), "value: 1.5\n")
	assert.Contains(t, string(b), "span: [0, 0]")
}

func TestCheckValid(t *testing.T) {
	v, err := NewValidator(nil)
	require.NoError(t, err)
	rec, orig := validRecord()
	assert.Empty(t, v.Check(rec, &orig))
}

func TestCheckFindsProblems(t *testing.T) {
	v, err := NewValidator(func(text string) (*big.Rat, *big.Rat, string, bool) {
		if text == "532亿元" {
			return big.NewRat(53200000000, 1), nil, "CNY", true
		}
		return nil, nil, "", false
	})
	require.NoError(t, err)
	cases := []struct {
		desc   string
		mutate func(*Record)
		want   string
	}{
		{"span text", func(r *Record) { r.Institutes[0].Spans[0] = Span{1, 6} }, "span: /institutes/0/spans/0: text at [1, 6)"},
		{"span outside", func(r *Record) { r.Amounts[0].Span = Span{12, 99} }, "span: /amounts/0/span: span [12, 99) is not inside"},
		{"value disagrees", func(r *Record) { r.Amounts[0].Value = "5320000000" }, "value: /amounts/0/value: \"532亿元\" reads as 53200000000"},
		{"max below", func(r *Record) { m := Number("1"); r.Amounts[0].Max = &m }, "value: /amounts/0/max: max 1 is not above"},
		{"bad kind", func(r *Record) { r.Institutes[0].Kind = "club" }, "schema: /institutes/0/kind"},
		{"bad date", func(r *Record) { d := "2017-13-01"; r.Date = &d }, "schema: /date"},
		{"duplicate", func(r *Record) { r.Institutes = append(r.Institutes, r.Institutes[0]) }, "duplicate: /institutes/1/name"},
		{"bad currency", func(r *Record) { r.Amounts[0].Currency = "rmb" }, "schema: /amounts/0/currency"},
		{"negative investment", func(r *Record) {
			r.Projects = []Project{{Name: "项目", Investment: &Investment{Value: "-5", Currency: "CNY"}, Spans: Spans{{0, 2}}}}
		}, "schema: /projects/0/investment/value"},
		{"amount not a number", func(r *Record) { r.Amounts[0].Value = "5e" }, "schema: /amounts/0/value"},
		{"amount text", func(r *Record) { r.Amounts[0].Text = "532亿" }, "span: /amounts/0/text: text is \"532亿\""},
		{"chars", func(r *Record) { r.Source.Chars++ }, "span: /source/chars: source has"},
	}
	// Check (the schema library), CheckBuilt (typed checks) and
	// CheckBuiltAt (with the caller's code point offsets) find each problem.
	var offsets []int32
	_, orig := validRecord()
	for i := range orig {
		offsets = append(offsets, int32(i))
	}
	offsets = append(offsets, int32(len(orig)))
	checks := map[string]func(*Record, string) []Issue{
		"Check":        func(r *Record, o string) []Issue { return v.Check(r, &o) },
		"CheckBuilt":   func(r *Record, o string) []Issue { return v.CheckBuilt(r, &o) },
		"CheckBuiltAt": func(r *Record, o string) []Issue { return v.CheckBuiltAt(r, o, offsets) },
	}
	for _, tc := range cases {
		for name, check := range checks {
			t.Run(tc.desc+"/"+name, func(t *testing.T) {
				rec, orig := validRecord()
				tc.mutate(rec)
				var msgs []string
				for _, is := range check(rec, orig) {
					msgs = append(msgs, is.Error())
				}
				assert.Contains(t, strings.Join(msgs, "\n"), tc.want)
			})
		}
	}
}

func TestDecodePositions(t *testing.T) {
	rec, _ := validRecord()
	b, err := Marshal(rec)
	require.NoError(t, err)
	decoded, issues := Decode("r.yaml", strings.NewReader(string(b)+"---\nschema: [\n"))
	require.Len(t, decoded, 1)
	require.Len(t, issues, 1, "the broken second document is reported")
	assert.Equal(t, "yaml", issues[0].Rule)
	line, col := Position(decoded[0].Node, "/amounts/0/value")
	lines := strings.Split(string(b), "\n")
	require.Greater(t, line, 0)
	assert.True(t, strings.HasPrefix(strings.TrimSpace(lines[line-1]), "value: 53200000000"), "line %d: %q", line, lines[line-1])
	assert.Equal(t, 12, col, "the column of the value")
}

func TestDecodeRejectsAliases(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
	decoded, issues := Decode("bomb.yaml", strings.NewReader(bomb))
	assert.Empty(t, decoded)
	require.Len(t, issues, 1)
	assert.Contains(t, issues[0].Error(), "bomb.yaml:1:4: yaml: YAML aliases are not allowed")
}

// TestCanonical: canonical agrees with numberPattern.
func TestCanonical(t *testing.T) {
	re := regexp.MustCompile(numberPattern)
	cases := []string{"0", "-0", "00", "01", "10", "1.5", "1.50", "1.", ".5", "-", "", "-1.05", "1e5", "1.0", "0.0", "0.01", "12a", "1.2.3", "--1", "9007199254740993"}
	for _, c := range cases {
		assert.Equal(t, re.MatchString(c), canonical(c), "%q", c)
	}
	alphabet := "0019.-e"
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.IntN(7))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		assert.Equal(t, re.MatchString(string(b)), canonical(string(b)), "%q", b)
	}
}

// TestMaySpace: maySpace is true for every string with white space.
func TestMaySpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) && !maySpace("华为"+string(r)+"公司") {
			t.Fatalf("maySpace misses %U", r)
		}
	}
}

// TestCmpPlain: cmpPlain orders plain decimals as big.Rat does, and
// declines anything else.
func TestCmpPlain(t *testing.T) {
	vals := []string{"0", "0.5", "0.05", "0.55", "1", "1.5", "9", "10", "10.01", "99.9", "100", "123456789012345678901234567890", "123456789012345678901234567890.5"}
	for _, a := range vals {
		for _, b := range vals {
			c, ok := cmpPlain(a, b)
			require.True(t, ok, "%s %s", a, b)
			ra, _ := Number(a).Rat()
			rb, _ := Number(b).Rat()
			want := ra.Cmp(rb)
			assert.Equal(t, want, sign(c), "%s vs %s", a, b)
		}
	}
	for _, bad := range [][2]string{{"-1", "1"}, {"1e3", "1"}, {"01", "1"}, {"1.50", "1"}, {"x", "1"}} {
		_, ok := cmpPlain(bad[0], bad[1])
		assert.False(t, ok, "%v", bad)
	}
}

func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// TestCheckBuiltMaxBelow: without a re-reader (as extract checks its own
// records), a max not above the value is still found.
func TestCheckBuiltMaxBelow(t *testing.T) {
	v, err := NewValidator(nil)
	require.NoError(t, err)
	for _, max := range []string{"1", "53200000000"} {
		rec, orig := validRecord()
		m := Number(max)
		rec.Amounts[0].Max = &m
		var msgs []string
		for _, is := range v.CheckBuilt(rec, &orig) {
			msgs = append(msgs, is.Error())
		}
		assert.Contains(t, strings.Join(msgs, "\n"), "value: /amounts/0/max: max "+max+" is not above")
	}
	rec, orig := validRecord()
	m := Number("60000000000.5")
	rec.Amounts[0].Max = &m
	assert.Empty(t, v.CheckBuilt(rec, &orig))
}

package schema

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

var trickyStrings = []string{
	"", " ", "true", "False", "yes", "NO", "on", "y", "null", "Null", "~", "1e5", "0x1F", "0o17", ".inf", "-.5", "+1",
	"1:20", "2024-01-01", "2024-01-01T10:00:00Z", "--03-12", "- x", "a: b", "a:b", "#c", "a #c", "  lead", "trail ",
	"中  文", "中 文", "多行\n文本", "\r\n", "tab\there", "\u2028", "\u0085", "\ufeffx", "“引号”", "'", "\"", "\\", "\x00", "\x7f",
	"\xff\xfe", "中\xff", "&anchor", "*alias", "!tag", "%dir", "@x", "`x", "|", ">", "[a]", "{a}", "a,b", "?", "? x",
	"532亿元", "1.2万亿元", "3-5亿美元", "45cea7f8", "1e10中", "北京·中关村", "ICT学院", "Ⅱ期", "①号", "\u3000中", "中\u00a0国",
	"pressmine/v1", "sample/01-linhai-signing.txt", "a/b (c) 50% +1 x_y.z",
}

// TestYAMLRoundTrip: a record written by the encoder reads back, with
// yaml.v3, as the same record, whatever its strings hold.
func TestYAMLRoundTrip(t *testing.T) {
	for _, s := range trickyStrings {
		rec := fullRecord()
		rec.Title, rec.Publisher = &s, &s
		rec.ID, rec.Source.Path = s, s
		rec.Projects[0].Name, rec.Projects[0].Aliases = s, []string{s, "甲"}
		rec.Industries[0].SEI = &s
		rec.Amounts[0].Text = s
		rec.Institutes[0].Kind = s
		b, err := Marshal(rec)
		require.NoError(t, err)
		var back Record
		require.NoError(t, yaml.Unmarshal(b, &back), "%q:\n%s", s, b)
		assert.Equal(t, rec, &back, "%q:\n%s", s, b)
	}
}

// TestYAMLLayout pins the layout (the one yaml.v3 gives a Record), with
// comments when annotating.
func TestYAMLLayout(t *testing.T) {
	rec, orig := validRecord()
	rec.Projects = []Project{{Name: "青岛高新区", Spans: Spans{{0, 5}, {0, 2}}}}
	rec.Industries = nil
	var b strings.Builder
	e := NewEncoder(&b)
	require.NoError(t, e.Encode(rec, &orig))
	require.NoError(t, e.Encode(rec, nil))
	want := `schema: pressmine/v1
id: x
source:
  path: x.txt
  sha256: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  encoding: utf-8
  chars: 18
title: 标题
date: null
publisher: null
projects:
  - name: 青岛高新区
    industry: null
    investment: null
    spans: [[0, 5], [0, 2]] # "青岛高新区" "青岛"
institutes:
  - name: 青岛高新区
    kind: government
    spans: [[0, 5]] # "青岛高新区"
industries: []
amounts:
  - text: 532亿元
    value: 53200000000
    currency: CNY
    max: null
    approx: false
    role: investment
    span: [12, 17] # "532亿元"
`
	require.Greater(t, b.Len(), len(want)+4)
	assert.Equal(t, want+"---\n", b.String()[:len(want)+4])
	second := b.String()[len(want)+4:]
	assert.NotContains(t, second, "#")
	var back Record
	require.NoError(t, yaml.Unmarshal([]byte(second), &back))
	assert.Equal(t, rec.Projects, back.Projects)
}

// FuzzYAMLString: any string survives the encoder and yaml.v3's decoder.
func FuzzYAMLString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rec := fullRecord()
		rec.Title = &s
		rec.Amounts[0].Text = s
		b, _ := Marshal(rec)
		var back Record
		if err := yaml.Unmarshal(b, &back); err != nil {
			t.Fatalf("%q: %v\n%s", s, err, b)
		}
		if *back.Title != s || back.Amounts[0].Text != s {
			t.Fatalf("%q came back as %q / %q\n%s", s, *back.Title, back.Amounts[0].Text, b)
		}
	})
}

// TestYAMLAgreesWithYAMLv3: on random records (with valid numbers), what
// the encoder writes reads back as the same value as what yaml.v3's own
// Marshal writes.
func TestYAMLAgreesWithYAMLv3(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 2000; i++ {
		rec := randomRecord(rng)
		fix := func(n *Number) {
			if !canonical(string(*n)) {
				*n = "7"
			}
		}
		for k := range rec.Projects {
			if rec.Projects[k].Investment != nil {
				fix(&rec.Projects[k].Investment.Value)
			}
		}
		for k := range rec.Amounts {
			fix(&rec.Amounts[k].Value)
			if rec.Amounts[k].Max != nil {
				fix(rec.Amounts[k].Max)
			}
		}
		ours, err := Marshal(rec)
		require.NoError(t, err)
		theirs, err := yaml.Marshal(rec)
		require.NoError(t, err)
		var a, b any
		require.NoError(t, yaml.Unmarshal(ours, &a), "%s", ours)
		require.NoError(t, yaml.Unmarshal(theirs, &b), "%s", theirs)
		if !assert.Equal(t, b, a, "ours:\n%s\nyaml.v3:\n%s", ours, theirs) {
			return
		}
	}
}

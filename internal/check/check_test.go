package check

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/schema"
)

// stub extracts the same record for every document: two projects, one
// institute, one amount, with spans into the text below.
type stub struct{}

const text = "青岛高新区举行签约仪式，腾讯双创小镇、海克斯康产业园签约落地，投资总额532亿元。"

func (stub) Record(ctx context.Context, doc *corpus.Document) (*schema.Record, error) {
	rs := []rune(doc.Orig)
	idx := func(s string) schema.Span {
		i := strings.Index(doc.Orig, s)
		st := len([]rune(doc.Orig[:i]))
		return schema.Span{st, st + len([]rune(s))}
	}
	_ = rs
	return &schema.Record{
		Schema: schema.Version, ID: doc.ID,
		Source:     schema.Source{Path: doc.Path, SHA256: doc.SHA256, Encoding: doc.Encoding, Chars: doc.Chars()},
		Projects:   []schema.Project{{Name: "腾讯双创小镇", Spans: schema.Spans{idx("腾讯双创小镇")}}, {Name: "海克斯康产业园", Spans: schema.Spans{idx("海克斯康产业园")}}},
		Institutes: []schema.Institute{{Name: "青岛高新区", Kind: "government", Spans: schema.Spans{idx("青岛高新区")}}},
		Industries: []schema.Industry{},
		Amounts:    []schema.Amount{{Text: "532亿元", Value: "53200000000", Currency: "CNY", Role: "investment", Span: idx("532亿元")}},
	}, nil
}

// goldWithMistakes expects one of the two projects and another one (so:
// projects TP 1, FP 1, FN 1), an institute that was not found (FN 1, and
// the predicted 青岛高新区 is optional), and a second amount (FN 1).
const goldWithMistakes = `id: a
projects:
  - {name: 腾讯双创小镇项目}
  - {name: 联东国际小镇}
institutes:
  - {name: 智能产业技术研究院, kind: research}
amounts:
  - {text: 532亿元, value: 53200000000, currency: CNY, role: investment}
  - {text: 12亿元, value: 1200000000, currency: CNY, role: output_value}
optional:
  institutes: [青岛高新区]
`

func corpusDir(t *testing.T) string {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.gold.yaml"), []byte(goldWithMistakes), 0o644))
	return dir
}

func validator(t *testing.T) *schema.Validator {
	v, err := schema.NewValidator(nil)
	require.NoError(t, err)
	return v
}

func TestDeliberateMistakes(t *testing.T) {
	dir := corpusDir(t)
	res, err := Run(context.Background(), Options{Paths: []string{dir}, Config: &Config{MinF1: map[string]float64{"projects": 0.6}},
		Extractor: stub{}, Validator: validator(t)})
	require.NoError(t, err)
	c := res.Report.Counts
	assert.Equal(t, 1, c["projects"].TP)
	assert.Equal(t, 1, c["projects"].FP)
	assert.Equal(t, 1, c["projects"].FN)
	assert.Equal(t, 0, c["institutes"].TP)
	assert.Equal(t, 0, c["institutes"].FP, "青岛高新区 is optional")
	assert.Equal(t, 1, c["institutes"].FN)
	assert.Equal(t, 1, c["amounts"].TP)
	assert.Equal(t, 1, c["amounts"].FN)
	// Projects F1 = 0.5 < 0.6: the gate fails.
	require.Len(t, res.Gates, 1)
	assert.False(t, res.Gates[0].Pass)
	assert.InDelta(t, 0.5, res.Gates[0].Value, 1e-9)
	assert.True(t, res.Failed())
	// The misses are placed: FN in the gold file, FP in the source.
	var fp, fn Finding
	for _, f := range res.Docs[0].Findings {
		if f.Rule == "FP" {
			fp = f
		}
		if f.Rule == "FN" && strings.Contains(f.Msg, "联东国际小镇") {
			fn = f
		}
	}
	assert.Equal(t, filepath.Join(dir, "a.txt"), fp.Path)
	assert.Equal(t, 1, fp.Line)
	assert.Equal(t, 20, fp.Col, "海克斯康产业园 starts at code point 19")
	assert.Equal(t, filepath.Join(dir, "a.gold.yaml"), fn.Path)
	assert.Equal(t, 4, fn.Line)
}

func TestCommittedRecordAndDrift(t *testing.T) {
	dir := corpusDir(t)
	rec, _ := stub{}.Record(context.Background(), &corpus.Document{ID: "a", Path: filepath.Join(dir, "a.txt"), Orig: text, Encoding: "utf-8", SHA256: strings.Repeat("0", 64)})
	rec.Institutes[0].Kind = "club"     // not a kind the schema knows
	rec.Amounts[0].Value = "5320000000" // the committed value is wrong
	rec.Projects[1].Spans[0][0]++       // and a span is off by one
	b, err := schema.Marshal(rec)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.yaml"), b, 0o644))
	res, err := Run(context.Background(), Options{Paths: []string{dir}, Config: &Config{}, Extractor: stub{}, Validator: validator(t)})
	require.NoError(t, err)
	var rules []string
	for _, f := range res.Docs[0].Findings {
		if f.Path == filepath.Join(dir, "a.yaml") {
			rules = append(rules, f.Rule+":"+f.Msg)
		}
	}
	all := strings.Join(rules, "\n")
	assert.Contains(t, all, "span:/projects/1/spans/0")
	assert.Contains(t, all, "schema:/institutes/0/kind")
	drifts := 0
	for _, f := range res.Docs[0].Findings {
		if f.Rule == "drift" {
			drifts++
		}
	}
	assert.Equal(t, 2, drifts, "the institute's kind and the amount's value would change")
	assert.True(t, res.Failed(), "invalid committed records are errors")
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ConfigName)
	require.NoError(t, os.WriteFile(p, []byte("min_f1: {projects: 0.9}\nfail_on: warnings\nrecords: recs\n"), 0o644))
	sub := filepath.Join(dir, "a", "b")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "recs"), 0o755))
	found, ok := FindConfig(sub)
	require.True(t, ok)
	assert.Equal(t, p, found)
	c, err := LoadConfig(found)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "recs"), c.Records)
	assert.Equal(t, "warnings", c.FailOn)

	for _, bad := range []struct{ yaml, want string }{
		{"min_f1: {projects: 0.9}\nbogus: 1\n", "line 2: field bogus not found"},
		{"min_f1: {project: 0.9}\n", "unknown category \"project\""},
		{"min_f1: {projects: 1.5}\n", "not between 0 and 1"},
		{"fail_on: sometimes\n", "fail_on"},
		{"min_f1: [\n", "line"},
		{"min_f1: {projects: .nan}\n", "not between 0 and 1"},
		{"min_accuracy: {amount.role: .nan}\n", "not between 0 and 1"},
		{"fail_on: errors\n---\nfail_on: warnings\n", ":2: bad configuration: a second YAML document"},
		{"\x00\x01\x02binary", "not a YAML text file"},
		{"records: no-such-folder\n", "records: " + filepath.Join(dir, "no-such-folder") + " is not a folder"},
	} {
		require.NoError(t, os.WriteFile(p, []byte(bad.yaml), 0o644))
		_, err := LoadConfig(p)
		require.Error(t, err, bad.yaml)
		assert.ErrorIs(t, err, ErrConfig)
		assert.Contains(t, err.Error(), bad.want)
		assert.Contains(t, err.Error(), p)
	}
}

func runFormat(t *testing.T, format string) []byte {
	dir := corpusDir(t)
	res, err := Run(context.Background(), Options{Paths: []string{dir}, Config: &Config{MinF1: map[string]float64{"projects": 0.6}},
		Extractor: stub{}, Validator: validator(t)})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, Write(&b, format, res, false))
	return b.Bytes()
}

func TestFormatJSON(t *testing.T) {
	var v struct {
		Documents []DocResult           `json:"documents"`
		Failed    bool                  `json:"failed"`
		Gates     []Gate                `json:"gates"`
		Cats      map[string]jsonCounts `json:"categories"`
	}
	require.NoError(t, json.Unmarshal(runFormat(t, "json"), &v))
	assert.True(t, v.Failed)
	assert.Len(t, v.Documents, 1)
	assert.Equal(t, 1, v.Cats["projects"].FN)
	assert.InDelta(t, 0.5, v.Gates[0].Value, 1e-9)
}

func TestFormatJUnit(t *testing.T) {
	out := runFormat(t, "junit")
	var s junitSuites
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = true
	require.NoError(t, dec.Decode(&s))
	// The shape the JUnit XML schema (Jenkins/Ant) requires: testsuites >
	// testsuite(name, tests, failures) > testcase(name, classname) >
	// failure(message, type).
	assert.Equal(t, "testsuites", s.XMLName.Local)
	require.Len(t, s.Suites, 2)
	assert.Equal(t, 2, s.Tests)
	for _, su := range s.Suites {
		assert.NotEmpty(t, su.Name)
		assert.Equal(t, len(su.Cases), su.Tests)
		for _, c := range su.Cases {
			assert.NotEmpty(t, c.Name)
			assert.NotEmpty(t, c.ClassName)
		}
	}
	gate := s.Suites[1].Cases[0]
	require.NotNil(t, gate.Failure, "the failed gate is a failing test case")
	assert.Contains(t, gate.Failure.Message, "projects 0.500 < 0.600")
	assert.Equal(t, 1, s.Failures)
}

func TestFormatSARIF(t *testing.T) {
	out := runFormat(t, "sarif")
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	require.NoError(t, err)
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(out, &log))
	assert.Equal(t, "2.1.0", log.Version)
	require.Len(t, log.Runs, 1)
	rules := map[string]int{}
	for _, r := range log.Runs[0].Results {
		rules[r.RuleID]++
	}
	assert.Equal(t, 1, rules["gate"])
	assert.Equal(t, 1, rules["FP"])
	assert.Equal(t, 3, rules["FN"])

	p := os.Getenv("PRESSMINE_SARIF_SCHEMA")
	if p == "" {
		t.Skip("skipping the SARIF schema check: PRESSMINE_SARIF_SCHEMA is not set (.ci/run fetches the schema)")
	}
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(p)
	require.NoError(t, err)
	require.NoError(t, sch.Validate(inst), "the SARIF log must validate against the SARIF 2.1.0 schema")
}

func TestFormatGitHub(t *testing.T) {
	out := string(runFormat(t, "github"))
	assert.Regexp(t, `(?m)^::warning file=.*a\.txt,line=1,col=20,title=pressmine FP::projects: "海克斯康产业园" is not expected$`, out)
	assert.Regexp(t, `(?m)^::error title=pressmine gate::f1 projects 0.500 is below 0.600$`, out)
}

func TestFormatText(t *testing.T) {
	out := string(runFormat(t, "text"))
	assert.Contains(t, out, "a.txt:1:20: warning: FP:")
	assert.Contains(t, out, "0.60 FAIL")
	assert.Contains(t, out, ": FAIL\n")
	assert.NotContains(t, out, "\x1b[", "no colour off a terminal")
}

// TestIncludeMatchesNothing: include globs that let no document through are
// an error, not a pass over nothing.
func TestIncludeMatchesNothing(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("总投资5亿元。"), 0o644))
	_, err := Run(context.Background(), Options{Paths: []string{dir}, Config: &Config{Include: []string{"*.html"}}, Extractor: stub{}, Validator: validator(t)})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrRuntime)
	assert.Contains(t, err.Error(), "matches no document")
}

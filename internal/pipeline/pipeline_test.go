package pipeline

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/schema"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output (review the diff by eye)")

// runSample extracts the embedded sample corpus with n workers.
func runSample(t *testing.T, n int, annotate bool) (string, string, Summary) {
	t.Helper()
	var out, errw bytes.Buffer
	sum, err := recorder(t).RunBatch(context.Background(), BatchConfig{Jobs: n, Annotate: annotate}, &out, &errw)
	require.NoError(t, err)
	return out.String(), errw.String(), sum
}

// TestGolden compares each sample document's annotated record with
// testdata/golden/<id>.golden.yaml. Every span carries a comment with the
// text it slices, so a reviewer can check the golden files by eye.
func TestGolden(t *testing.T) {
	out, errs, sum := runSample(t, 2, true)
	require.Empty(t, errs)
	require.Equal(t, sum.Read, sum.Written)
	docs := strings.Split(out, "---\n")
	require.Len(t, docs, sum.Written)
	seen := map[string]bool{}
	for _, d := range docs {
		var rec struct{ ID string }
		require.NoError(t, yaml.Unmarshal([]byte(d), &rec))
		seen[rec.ID] = true
		path := filepath.Join("testdata", "golden", rec.ID+".golden.yaml")
		t.Run(rec.ID, func(t *testing.T) {
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(d), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "no golden file; run 'make golden' and review it")
			if string(want) != d {
				gl, wl := strings.Split(d, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < max(len(gl), len(wl)); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("%s:%d: got\n\t%s\nwant\n\t%s\n(run 'make golden' if the change is right)", path, i+1, g, w)
					}
				}
			}
		})
	}
	if !*update {
		files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.golden.yaml"))
		for _, f := range files {
			id := strings.TrimSuffix(filepath.Base(f), ".golden.yaml")
			assert.True(t, seen[id], "golden file %s has no sample document", f)
		}
	}
}

// TestWorkersSameOutput: output order and content do not depend on -j.
func TestWorkersSameOutput(t *testing.T) {
	one, e1, _ := runSample(t, 1, false)
	four, e4, _ := runSample(t, 4, false)
	require.Equal(t, e1, e4)
	require.Equal(t, one, four)
}

// checkSpans asserts the span invariant on a record: every span slices the
// original text to the mention (white space aside).
func checkSpans(t *testing.T, rec *schema.Record, orig string) {
	t.Helper()
	rs := []rune(orig)
	sq := func(s string) string { return strings.Join(strings.Fields(s), "") }
	slice := func(s schema.Span) string {
		require.True(t, s[0] >= 0 && s[0] < s[1] && s[1] <= len(rs), "%s: span %v outside the text", rec.ID, s)
		return string(rs[s[0]:s[1]])
	}
	oneOf := func(got string, names ...string) bool {
		for _, n := range names {
			if sq(got) == sq(n) {
				return true
			}
		}
		return false
	}
	for _, p := range rec.Projects {
		for _, s := range p.Spans {
			assert.True(t, oneOf(slice(s), append([]string{p.Name}, p.Aliases...)...), "%s: project %q span %v holds %q", rec.ID, p.Name, s, slice(s))
		}
	}
	for _, p := range rec.Institutes {
		for _, s := range p.Spans {
			assert.True(t, oneOf(slice(s), append([]string{p.Name}, p.Aliases...)...), "%s: institute %q span %v holds %q", rec.ID, p.Name, s, slice(s))
		}
	}
	for _, p := range rec.Industries {
		for _, s := range p.Spans {
			assert.True(t, oneOf(slice(s), append([]string{p.Name}, p.Aliases...)...), "%s: industry %q span %v holds %q", rec.ID, p.Name, s, slice(s))
		}
	}
	for _, a := range rec.Amounts {
		assert.Equal(t, a.Text, slice(a.Span), "%s: amount span %v", rec.ID, a.Span)
	}
}

func TestSpansSliceOriginal(t *testing.T) {
	eng := recorder(t)
	check := func(doc *corpus.Document) {
		rec, err := eng.Record(context.Background(), doc)
		require.NoError(t, err, doc.Path)
		checkSpans(t, rec, doc.Orig)
	}
	r := corpus.NewReader(corpus.Options{})
	require.NoError(t, r.WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		require.NoError(t, err)
		check(d)
		return nil
	}))
	// Texts written to stress the offset map: full-width forms, broken
	// lines, CRLF, a BOM, spaces inside sums.
	for i, text := range []string{
		"\ufeff在集成电路产业方面,芯港封装测试基地项目、华微\r\n\r\n电子研发中心等一批项目签约落地,总投资１２．６亿元。",
		"总投资７０．８ 亿元的南湾港物流枢纽项目正式落户，年营收约12亿元。",
		"中国科学院青山应用技术研究所与青山农村商业银行签约，授信3-5亿元人民币。",
	} {
		check(&corpus.Document{ID: "t", Path: "t.txt", Orig: text, Encoding: corpus.EncUTF8, SHA256: strings.Repeat("0", 64)})
		_ = i
	}
}

func TestSeedAmount(t *testing.T) {
	dir := sharedDir(t, "seed")
	var out, errw bytes.Buffer
	_, err := recorder(t).RunBatch(context.Background(), BatchConfig{Args: []string{dir}, Jobs: 2}, &out, &errw)
	require.NoError(t, err)
	require.Empty(t, errw.String())
	decoded, issues := schema.Decode("seed", &out)
	require.Empty(t, issues)
	require.NotEmpty(t, decoded)
	found := false
	for _, d := range decoded {
		doc, err := corpus.ReadSource(d.Record.Source.Path, 0)
		require.NoError(t, err)
		checkSpans(t, d.Record, doc.Orig)
		for _, a := range d.Record.Amounts {
			if a.Text == "532亿元" {
				found = true
				assert.Equal(t, schema.Number("53200000000"), a.Value)
				assert.Equal(t, "CNY", a.Currency)
			}
		}
	}
	assert.True(t, found, "no amount 532亿元 in the seed record")
}

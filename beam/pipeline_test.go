package pmbeam

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/pressmine/pressmine/internal/pipeline"
)

func TestMain(m *testing.M) {
	// Beam's loopback worker leaves a file in the temporary folder on every
	// run: the tests give it a folder of their own, removed at the end.
	tmp, err := os.MkdirTemp("", "pmbeam-test-")
	if err == nil {
		os.Setenv("TMPDIR", tmp)
	}
	beam.Init()
	code := m.Run()
	if err == nil {
		os.RemoveAll(tmp)
	}
	os.Exit(code)
}

// runBeam runs the pipeline on runner and returns the record lines, the
// dead letters and the counters.
func runBeam(t *testing.T, runner string, inputs ...string) (records, dead []string, c Counts) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "records")
	cfg := Config{Inputs: inputs, Output: out, Shards: 3}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	res, err := beam.Run(context.Background(), runner, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := Complete(cfg); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		records = append(records, lines(t, ShardFile(out, i, 3))...)
	}
	slices.Sort(records)
	return records, lines(t, ErrorsFile(out)), CountsOf(res)
}

func lines(t *testing.T, p string) []string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// runExtract runs pressmine extract --format jsonl (in process) and
// returns its record lines and the (path, line) of every error it reports.
func runExtract(t *testing.T, args ...string) (records []string, errs []string) {
	t.Helper()
	report := filepath.Join(t.TempDir(), "report.json")
	var stdout, stderr bytes.Buffer
	code := pipeline.Main(context.Background(), append([]string{"extract", "-q", "--format", "jsonl", "--report", report}, args...),
		pipeline.IO{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")})
	if code == 2 {
		t.Fatalf("extract: exit 2: %s", stderr.String())
	}
	for _, l := range strings.Split(stdout.String(), "\n") {
		if l != "" {
			records = append(records, l)
		}
	}
	slices.Sort(records)
	var r struct {
		Errors []pipeline.ReportedError `json:"errors"`
	}
	b, err := os.ReadFile(report)
	if err != nil || json.Unmarshal(b, &r) != nil {
		t.Fatalf("extract's report: %v", err)
	}
	for _, e := range r.Errors {
		errs = append(errs, e.Position.String())
	}
	slices.Sort(errs)
	return records, errs
}

func positions(t *testing.T, dead []string) []string {
	t.Helper()
	var out []string
	for _, l := range dead {
		var d DeadLetter
		if err := json.Unmarshal([]byte(l), &d); err != nil || d.Message == "" {
			t.Fatalf("dead letter %q: %v", l, err)
		}
		out = append(out, d.Position.String())
	}
	slices.Sort(out)
	return out
}

// TestSampleMatchesExtract: on the embedded sample corpus the records are
// the very lines extract writes, on the direct runner and on prism.
func TestSampleMatchesExtract(t *testing.T) {
	want, _ := runExtract(t)
	for _, runner := range []string{"direct", "prism"} {
		got, dead, c := runBeam(t, runner, "sample")
		if !slices.Equal(got, want) || len(dead) != 0 {
			t.Errorf("%s: %d records, %d dead letters; want extract's %d records", runner, len(got), len(dead), len(want))
		}
		if c.Read != 10 || c.Written != 10 || c.Errors != 0 {
			t.Errorf("%s: counters %+v; want 10 read and written", runner, c)
		}
	}
}

// TestHostileDeadLetters: every document extract cannot make a record of
// is a dead letter at the same place (a binary file, an empty one, text in
// no known encoding, JSONL lines that are not JSON or have no text, an id
// given twice), the other records are extract's, and read = written +
// errors.
func TestHostileDeadLetters(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":       "青山市人民政府与北岭科技集团签署合作协议，总投资50亿元。",
		"empty.txt":      "   \n",
		"binary.txt":     "abc\x00\x01\x02def",
		"garbled.txt":    "\xff\xfe\x00\xd8\x00\xd8 broken",
		"page.html":      "<html><head><title>白沙</title><script>alert(1)</script></head><body><p>白沙银行提供20亿元融资。</p></body></html>",
		"sub/other.txt":  "北岭智能装备产业园项目开工。",
		"lines.jsonl":    "{\"id\":\"j1\",\"text\":\"青山产业园签约。\"}\nnot json at all\n{\"id\":\"j2\"}\n{\"id\":\"good\",\"text\":\"同名的文档。\"}\n{\"id\":\"j1\",\"text\":\"又一个j1。\"}\n",
		"zz-later.jsonl": "{\"id\":\"sub/other\",\"text\":\"与子目录中的文件同名。\"}\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, wantErrs := runExtract(t, dir)
	got, dead, c := runBeam(t, "direct", dir)
	if !slices.Equal(got, want) {
		t.Errorf("records differ: beam %d, extract %d", len(got), len(want))
	}
	if gotErrs := positions(t, dead); !slices.Equal(gotErrs, wantErrs) {
		t.Errorf("dead letters at %v; extract reports errors at %v", gotErrs, wantErrs)
	}
	t.Logf("%d records, dead letters at %v, counters %+v", len(got), wantErrs, c)
	if len(wantErrs) < 6 {
		t.Errorf("the hostile folder should give at least 6 errors, extract gives %v", wantErrs)
	}
	if c.Read != c.Written+c.Errors || c.Written != int64(len(got)) || c.Errors != int64(len(dead)) {
		t.Errorf("counters %+v; %d records, %d dead letters", c, len(got), len(dead))
	}
}

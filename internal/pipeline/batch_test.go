package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
)

func TestExtractJSONL(t *testing.T) {
	code, out, _ := runCLI(t, "", "extract", "--format", "jsonl")
	require.Equal(t, ExitOK, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 10)
	for _, l := range lines {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		assert.Equal(t, "pressmine/v1", rec["schema"])
	}
	code, _, _ = runCLI(t, "", "extract", "--format", "csv")
	assert.Equal(t, ExitUsage, code)
}

func TestExtractResumeAndReport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	out := filepath.Join(dir, "out")
	require.NoError(t, os.MkdirAll(src, 0o755))
	for i, text := range []string{"青山市项目签约，投资3亿元。", "总投资50亿元的北湖医疗器械产业园项目签约。", "南港精密轴承项目计划投资5.1亿元。"} {
		require.NoError(t, os.WriteFile(filepath.Join(src, string(rune('a'+i))+".txt"), []byte(text), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(src, "bad.txt"), []byte{0, 1, 2, 3}, 0o644))
	report := filepath.Join(dir, "report.json")
	// A killed run leaves a temporary file: the next run removes it.
	require.NoError(t, os.MkdirAll(out, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(out, ".pressmine-123.tmp"), []byte("half a rec"), 0o644))

	code, _, errs := runCLI(t, "", "extract", "-o", out, "--report", report, src)
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, errs, "4 documents read, 3 records written, 1 errors")
	_, err := os.Stat(filepath.Join(out, ".pressmine-123.tmp"))
	assert.True(t, os.IsNotExist(err), "stale temporary file removed")
	var rep struct {
		Read, Written, Skipped, Failed int
		Errors                         []ReportedError
	}
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &rep))
	assert.Equal(t, 4, rep.Read)
	assert.Equal(t, rep.Read, rep.Written+rep.Skipped+rep.Failed)
	require.Len(t, rep.Errors, 1)
	assert.Equal(t, filepath.Join(src, "bad.txt"), rep.Errors[0].Path)
	assert.Contains(t, rep.Errors[0].Message, "not a text file")

	// Second run: everything already done.
	before, _ := os.Stat(filepath.Join(out, "a.yaml"))
	time.Sleep(10 * time.Millisecond)
	code, _, errs = runCLI(t, "", "extract", "-o", out, src)
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, errs, "4 documents read, 0 records written, 3 already done, 1 errors")
	after, _ := os.Stat(filepath.Join(out, "a.yaml"))
	assert.Equal(t, before.ModTime(), after.ModTime(), "a done record is not rewritten")

	// A changed source is redone; --force redoes all.
	require.NoError(t, os.WriteFile(filepath.Join(src, "a.txt"), []byte("青山市项目签约，投资4亿元。"), 0o644))
	_, _, errs = runCLI(t, "", "extract", "-o", out, src)
	assert.Contains(t, errs, "1 records written, 2 already done")
	b, _ = os.ReadFile(filepath.Join(out, "a.yaml"))
	assert.Contains(t, string(b), "value: 400000000")
	_, _, errs = runCLI(t, "", "extract", "-o", out, "--force", src)
	assert.Contains(t, errs, "3 records written, 1 errors")
}

// TestHostileInputs: every bad input gets a clear error for itself, the
// rest of the batch goes on, and the counts add up.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	w := func(name string, b []byte) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	w("ok.txt", []byte("总投资10的40次方：投资10000000000000000000000000000000000000000元。"))
	w("invalid-utf8.txt", []byte("投资\xff\xfe\xfd3亿元"))
	w("mixed.txt", append([]byte("投资3亿元，"), []byte{0xb9, 0xfa, 0xbc, 0xd2, 0xff, 0xff}...))
	w("nul.txt", []byte("投资\x003亿元"))
	w("binary.html", []byte{0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0})
	w("empty.txt", nil)
	w("huge.txt", bytes.Repeat([]byte("投资"), (50<<20)/6)) // 50 MiB on one line
	w("long.jsonl", []byte(`{"id":"long","text":"`+strings.Repeat("投资", (5<<20)/6)+`"}`+"\n"+`{"id":"after","text":"投资3亿元。"}`+"\n"))
	w("deep.html", []byte(strings.Repeat("<div>", 100000)+"投资3亿元"+strings.Repeat("</div>", 100000)))
	w("lines.jsonl", []byte(`{"id":"j1","text":"投资3亿元。"}`+"\n"+`{"id":"j1","text":"重复"}`+"\n"+`{broken`+"\n"+`{"id":"../x","text":"越界"}`+"\n"+`{"id":"nt"}`+"\n"))
	require.NoError(t, os.Symlink(dir, filepath.Join(dir, "loop")))

	done := make(chan struct{})
	var code int
	var errs string
	go func() {
		code, _, errs = runCLI(t, "", "extract", "-o", filepath.Join(t.TempDir(), "out"), dir)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("extract hung on hostile inputs")
	}
	assert.Equal(t, ExitFindings, code)
	for _, want := range []string{
		"invalid-utf8.txt:1:3: cannot decode",
		"nul.txt:1:3: not a text file",
		"binary.html:3:1: not a text file",
		"empty.txt: empty document",
		"huge.txt: document too large",
		"long.jsonl:1:1: document too large",
		"lines.jsonl:2:1: duplicate document id",
		"lines.jsonl:3:1: bad JSONL line",
		"lines.jsonl:4:1: unsafe document id",
		"lines.jsonl:5:1: bad JSONL line: no string field \"text\"",
		"mixed.txt",
	} {
		assert.Contains(t, errs, want)
	}
	assert.Contains(t, errs, "15 documents read, 4 records written, 11 errors", errs)
}

// TestStreamingInput: JSONL lines arriving slowly (here through a named
// pipe) are not held back to fill a batch; each record comes out before
// the next line goes in.
func TestStreamingInput(t *testing.T) {
	eng := recorder(t)
	fifo := filepath.Join(t.TempDir(), "in.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	outR, outW := io.Pipe()
	type result struct {
		sum Summary
		err error
	}
	ran := make(chan result, 1)
	go func() {
		sum, err := eng.RunBatch(context.Background(), BatchConfig{Args: []string{fifo}, Jobs: 2, Format: "jsonl"}, outW, io.Discard)
		outW.Close()
		ran <- result{sum, err}
	}()
	inW, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	require.NoError(t, err)
	lines := bufio.NewScanner(outR)
	texts := []string{"青山市项目签约，投资3亿元。", "总投资50亿元的北湖医疗器械产业园项目签约。", "南港精密轴承项目计划投资5.1亿元。"}
	for i, text := range texts {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("s", i), "text": text})
		_, err := inW.Write(append(line, '\n'))
		require.NoError(t, err)
		got := make(chan string, 1)
		go func() {
			if lines.Scan() {
				got <- lines.Text()
			}
			close(got)
		}()
		select {
		case rec := <-got:
			assert.Contains(t, rec, fmt.Sprintf(`"id":"s%d"`, i))
		case <-time.After(20 * time.Second):
			t.Fatalf("record %d did not come out while the input stayed open", i)
		}
	}
	inW.Close()
	for lines.Scan() {
		t.Errorf("unexpected output %q", lines.Text())
	}
	r := <-ran
	require.NoError(t, r.err)
	assert.Equal(t, Summary{Read: 3, Written: 3}, Summary{Read: r.sum.Read, Written: r.sum.Written})
}

// TestDocumentLargerThanWindow: a document that needs more of the window
// than there is goes through alone once everything before it is written,
// rather than waiting for room that never comes.
func TestDocumentLargerThanWindow(t *testing.T) {
	text := strings.Repeat("ab ", (7<<20)/3) + "总投资3亿元。"
	require.Greater(t, 1+len(text)/slotBytes, windowSlots(1), "the document must not fit the window")
	assert.Equal(t, windowSlots(1), slotsFor(len(text), windowSlots(1)))
	assert.Equal(t, 1, slotsFor(100, windowSlots(1)))
	assert.Equal(t, 2, slotsFor(slotBytes, windowSlots(1)))
	dir := t.TempDir()
	for i, s := range []string{"青山市项目签约，投资3亿元。", text, "南港精密轴承项目计划投资5.1亿元。"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%d.txt", i)), []byte(s), 0o644))
	}
	type result struct {
		sum Summary
		err error
		out string
	}
	ran := make(chan result, 1)
	go func() {
		var out strings.Builder
		sum, err := recorder(t).RunBatch(context.Background(), BatchConfig{Args: []string{dir}, Jobs: 1, Format: "jsonl", MaxBytes: 8 << 20}, &out, io.Discard)
		ran <- result{sum, err, out.String()}
	}()
	select {
	case r := <-ran:
		require.NoError(t, r.err)
		assert.Equal(t, 3, r.sum.Written)
		lines := strings.Split(strings.TrimSpace(r.out), "\n")
		require.Len(t, lines, 3)
		for i, l := range lines {
			assert.Contains(t, l, fmt.Sprintf(`"id":"d%d"`, i))
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("extract hung on a document larger than the window")
	}
}

// TestLargeDocuments: documents over largeDoc share one set of tables,
// one at a time; each record is what the document gives alone, whatever
// came before it and however many workers there are.
func TestLargeDocuments(t *testing.T) {
	var texts []string
	require.NoError(t, corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		if err == nil {
			texts = append(texts, d.Orig)
		}
		return nil
	}))
	large := func(first, size int) string {
		var b strings.Builder
		for i := first; b.Len() < size; i++ {
			b.WriteString(texts[i%len(texts)])
			b.WriteString("\n\n")
		}
		return b.String()
	}
	docs := []string{texts[0], large(1, largeDoc+200<<10), texts[1], large(4, largeDoc+50<<10), large(7, largeDoc+100<<10), texts[2]}
	dir := t.TempDir()
	for i, s := range docs {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%d.txt", i)), []byte(s), 0o644))
	}
	run := func(eng *Recorder, jobs int, args ...string) []string {
		var out strings.Builder
		sum, err := eng.RunBatch(context.Background(), BatchConfig{Args: args, Jobs: jobs, Format: "jsonl"}, &out, io.Discard)
		require.NoError(t, err)
		require.Equal(t, len(args), sum.Written)
		return strings.Split(strings.TrimSpace(out.String()), "\n")
	}
	var paths []string
	for i := range docs {
		paths = append(paths, filepath.Join(dir, fmt.Sprintf("d%d.txt", i)))
	}
	for _, jobs := range []int{1, 2} {
		got := run(recorder(t), jobs, paths...)
		require.Len(t, got, len(docs))
		for i, p := range paths {
			fresh, err := NewRecorder(recorder(t).Seg, nil)
			require.NoError(t, err)
			assert.Equal(t, run(fresh, 1, p)[0], got[i], "d%d with -j %d", i, jobs)
		}
	}
}

// panicky is an extractor with a bug: it panics on a text holding 炸.
type panicky struct{}

func (panicky) Kind() extract.Kind { return "thing" }
func (panicky) Name() string       { return "panicky" }
func (panicky) Extract(_ context.Context, d *extract.Doc) ([]extract.Mention, error) {
	if strings.Contains(d.Src.Orig, "炸") {
		panic("boom")
	}
	return nil, nil
}

// TestPanicIsOneDocumentsError: a bug that panics on one document makes
// that document an error that says so, and the batch goes on.
func TestPanicIsOneDocumentsError(t *testing.T) {
	base := recorder(t)
	rec := &Recorder{Seg: base.Seg, Engine: base.Engine.With([]extract.Extractor{panicky{}}), Validator: base.Validator, self: base.self}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(`{"id":"a","text":"青山市人民政府签约。"}`+"\n"+`{"id":"b","text":"炸开的花。"}`+"\n"+`{"id":"c","text":"白沙市人民政府签约。"}`+"\n"), 0o644))
	var out, errw bytes.Buffer
	sum, err := rec.RunBatch(context.Background(), BatchConfig{Args: []string{in}, Format: "jsonl", Jobs: 2}, &out, &errw)
	require.NoError(t, err)
	assert.Equal(t, 3, sum.Read)
	assert.Equal(t, 2, sum.Written)
	assert.Equal(t, 1, sum.Failed)
	assert.Contains(t, errw.String(), in+":2:1: ")
	assert.Contains(t, errw.String(), "internal error while extracting")
	assert.Contains(t, errw.String(), "boom")
	assert.Equal(t, 2, strings.Count(out.String(), "\n"))
}

// stuck is an extractor with a bug that loops: it blocks on a text
// holding 卡 until release is closed.
type stuck struct{ release chan struct{} }

func (stuck) Kind() extract.Kind { return "thing" }
func (stuck) Name() string       { return "stuck" }
func (s stuck) Extract(_ context.Context, d *extract.Doc) ([]extract.Mention, error) {
	if strings.Contains(d.Src.Orig, "卡") {
		<-s.release
	}
	return nil, nil
}

// TestDocTimeoutIsOneDocumentsError: a document that never finishes is
// reported as an error after --doc-timeout, and the batch goes on.
func TestDocTimeoutIsOneDocumentsError(t *testing.T) {
	base := recorder(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	rec := &Recorder{Seg: base.Seg, Engine: base.Engine.With([]extract.Extractor{stuck{release}}), Validator: base.Validator, self: base.self}
	in := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(`{"id":"a","text":"青山市人民政府签约。"}`+"\n"+`{"id":"b","text":"卡住了。"}`+"\n"+`{"id":"c","text":"白沙市人民政府签约。"}`+"\n"), 0o644))
	var out, errw bytes.Buffer
	sum, err := rec.RunBatch(context.Background(), BatchConfig{Args: []string{in}, Format: "jsonl", Jobs: 1, DocTimeout: 300 * time.Millisecond}, &out, &errw)
	require.NoError(t, err)
	assert.Equal(t, 3, sum.Read)
	assert.Equal(t, 2, sum.Written)
	assert.Equal(t, 1, sum.Failed)
	assert.Contains(t, errw.String(), in+":2:1: not finished after 300ms")
	assert.Equal(t, 2, strings.Count(out.String(), "\n"))
}

// TestDocTimeoutManyStuck: several stuck documents among many, two
// workers: each stuck one is reported, the work handed with it goes on on
// a new worker, and the records come out complete and in input order.
func TestDocTimeoutManyStuck(t *testing.T) {
	base := recorder(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	rec := &Recorder{Seg: base.Seg, Engine: base.Engine.With([]extract.Extractor{stuck{release}}), Validator: base.Validator, self: base.self}
	in := filepath.Join(t.TempDir(), "in.jsonl")
	var lines strings.Builder
	var want []string
	for i := 0; i < 40; i++ {
		text := fmt.Sprintf("青山市第%d次签约。", i)
		if i == 3 || i == 17 || i == 30 {
			text = "卡住了。"
		} else {
			want = append(want, fmt.Sprintf("d%02d", i))
		}
		fmt.Fprintf(&lines, `{"id":"d%02d","text":%q}`+"\n", i, text)
	}
	require.NoError(t, os.WriteFile(in, []byte(lines.String()), 0o644))
	var out, errw bytes.Buffer
	sum, err := rec.RunBatch(context.Background(), BatchConfig{Args: []string{in}, Format: "jsonl", Jobs: 2, DocTimeout: 200 * time.Millisecond}, &out, &errw)
	require.NoError(t, err)
	assert.Equal(t, 40, sum.Read)
	assert.Equal(t, 37, sum.Written)
	assert.Equal(t, 3, sum.Failed)
	for _, line := range []int{4, 18, 31} {
		assert.Contains(t, errw.String(), fmt.Sprintf("%s:%d:1: not finished after 200ms", in, line))
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		got = append(got, r.ID)
	}
	assert.Equal(t, want, got)
}

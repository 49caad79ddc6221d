package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pressmine/pressmine/corpus"
)

// fullDisk accepts n bytes, keeping them, then fails as a full disk does.
type fullDisk struct {
	n   int
	got strings.Builder
}

func (w *fullDisk) Write(p []byte) (int, error) {
	if len(p) <= w.n {
		w.n -= len(p)
		w.got.Write(p)
		return len(p), nil
	}
	k := w.n
	w.got.Write(p[:k])
	w.n = 0
	return k, &os.PathError{Op: "write", Path: "out", Err: syscall.ENOSPC}
}

// writeSignings writes n JSONL documents, each with a sum of its own, and
// returns the file's path.
func writeSignings(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "{\"id\":\"d%d\",\"text\":\"青山市第%d个项目签约，总投资%d亿元。\"}\n", i, i, i+1)
	}
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(b.String()), 0o644))
	return in
}

// TestFullDiskAccounting: when the stream's disk fills, the run ends with
// one run error; the records counted written are those that reached the
// disk whole, the rest are not done (not failed), and the counts add up.
func TestFullDiskAccounting(t *testing.T) {
	eng := recorder(t)
	dir := t.TempDir()
	const n = 400
	in := writeSignings(t, dir, n)
	w := &fullDisk{n: 50 << 10}
	sum, err := eng.RunBatch(context.Background(), BatchConfig{Args: []string{in}, Jobs: 2, Format: "jsonl"}, w, io.Discard)
	require.Error(t, err)
	assert.True(t, errors.Is(err, syscall.ENOSPC), "%v", err)
	assert.Equal(t, sum.Read, sum.Written+sum.Skipped+sum.Failed+sum.NotDone, "%+v", sum)
	assert.Zero(t, sum.Failed, "a full disk fails the run, not documents")
	assert.Empty(t, sum.Errors)
	assert.Positive(t, sum.NotDone)
	// Every record counted written reached the disk whole.
	whole := strings.Count(w.got.String(), "\n")
	assert.LessOrEqual(t, sum.Written, whole, "%+v", sum)
	assert.Less(t, sum.Written, n)
}

// TestErrorsBounded: a summary keeps the first errors and counts the rest.
func TestErrorsBounded(t *testing.T) {
	eng := recorder(t)
	dir := t.TempDir()
	var b strings.Builder
	const n = maxErrors + 300
	for i := 0; i < n; i++ {
		b.WriteString("not json\n")
	}
	in := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(b.String()), 0o644))
	sum, err := eng.RunBatch(context.Background(), BatchConfig{Args: []string{in}, Jobs: 1, Format: "jsonl"}, io.Discard, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, n, sum.Failed)
	assert.Len(t, sum.Errors, maxErrors)
	assert.Equal(t, 300, sum.ErrorsLeftOut)
}

// TestReaderMemoryPerDocument: the reader's duplicate-id check costs a few
// tens of bytes a document, not the id and its path.
func TestReaderMemoryPerDocument(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	const n = 200000
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "{\"id\":\"a-rather-long-document-identifier-%08d\",\"text\":\"x\"}\n", i)
	}
	in := filepath.Join(dir, "many.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(b.String()), 0o644))
	b.Reset()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := corpus.NewReader(corpus.Options{})
	count := 0
	require.NoError(t, r.Walk(context.Background(), []string{in}, func(d *corpus.Document, err error) error {
		if err == nil {
			count++
		}
		return nil
	}))
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(r)
	require.Equal(t, n, count)
	perDoc := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / n
	assert.Less(t, perDoc, 60.0, "bytes kept a document")
	t.Logf("%.1f bytes kept a document", perDoc)
}

// cancelOnWrite cancels a run at its first write.
type cancelOnWrite struct {
	cancel context.CancelFunc
	got    strings.Builder
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.cancel()
	return w.got.Write(p)
}

// TestInterruptAccounting: documents a cancelled run did not finish are
// not done, never printed or counted as failed documents.
func TestInterruptAccounting(t *testing.T) {
	eng := recorder(t)
	dir := t.TempDir()
	const n = 2000
	in := writeSignings(t, dir, n)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errw strings.Builder
	sum, err := eng.RunBatch(ctx, BatchConfig{Args: []string{in}, Jobs: 2, Format: "jsonl"}, &cancelOnWrite{cancel: cancel}, &errw)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Zero(t, sum.Failed, "%+v", sum)
	assert.Empty(t, sum.Errors)
	assert.NotContains(t, errw.String(), "context canceled")
	assert.Equal(t, sum.Read, sum.Written+sum.Skipped+sum.Failed+sum.NotDone, "%+v", sum)
	assert.Less(t, sum.Read, n+1)
}

package pipeline

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLongIDOneDocument: an id of any length names a record file the file
// system takes (300 ideographs are 900 bytes); the documents after it are
// written, and a second run finds them all done.
func TestLongIDOneDocument(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("项", 300)
	in := filepath.Join(dir, "in.jsonl")
	lines := `{"id":"` + long + `","text":"总投资5亿元的项目签约。"}` + "\n" + `{"id":"after","text":"总投资6亿元的项目签约。"}` + "\n"
	require.NoError(t, os.WriteFile(in, []byte(lines), 0o644))
	out := filepath.Join(dir, "out")
	code, _, errs := runCLI(t, "", "extract", "-o", out, in)
	require.Equal(t, ExitOK, code, errs)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		assert.LessOrEqual(t, len(e.Name()), 255)
	}
	assert.Contains(t, names, "after.yaml")
	assert.Len(t, names, 3, "two records and the lock file: %v", names)
	code, _, errs = runCLI(t, "", "extract", "-o", out, in)
	require.Equal(t, ExitOK, code)
	assert.Contains(t, errs, "2 already done")
}

// TestIDsWithColonsAndRawBytes: a file name with a colon, and one that is
// not UTF-8, give records in a stream and in a folder; the id and the path
// are UTF-8 text (invalid bytes as %XX) in YAML and JSONL alike, and the
// records validate against their sources.
func TestIDsWithColonsAndRawBytes(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(in, "a:b.txt"), []byte("总投资5亿元的项目签约。"), 0o644))
	if err := os.WriteFile(filepath.Join(in, "\xff\xfe.txt"), []byte("总投资6亿元的项目签约。"), 0o644); err != nil {
		t.Skipf("skipping: this file system refuses a non-UTF-8 name: %v", err)
	}
	code, yml, errs := runCLI(t, "", "extract", in)
	require.Equal(t, ExitOK, code, errs)
	assert.Contains(t, yml, `id: "a:b"`)
	assert.Contains(t, yml, `id: "%FF%FE"`)
	assert.NotContains(t, yml, "!!binary")
	code, jl, errs := runCLI(t, "", "extract", "--format", "jsonl", in)
	require.Equal(t, ExitOK, code, errs)
	assert.Contains(t, jl, `"id":"%FF%FE"`)
	assert.NotContains(t, jl, "\uFFFD")
	out := filepath.Join(dir, "out")
	code, _, errs = runCLI(t, "", "extract", "-q", "-o", out, in)
	require.Equal(t, ExitOK, code, errs)
	recs, _ := filepath.Glob(filepath.Join(out, "*.yaml"))
	require.Len(t, recs, 2)
	code, vout, _ := runCLI(t, "", append([]string{"validate"}, recs...)...)
	assert.Equal(t, ExitOK, code, vout)
}

// TestOneRunPerFolder: a second run into a folder another run holds is a
// usage error that names the lock, and leaves the first run's files alone.
func TestOneRunPerFolder(t *testing.T) {
	eng := recorder(t)
	out := t.TempDir()
	unlock, err := lockDir(out)
	require.NoError(t, err)
	tmp := filepath.Join(out, ".pressmine-123.tmp") // the other run's file in progress
	require.NoError(t, os.WriteFile(tmp, []byte("half"), 0o644))
	_, err = eng.RunBatch(context.Background(), BatchConfig{OutDir: out, Jobs: 1}, io.Discard, io.Discard)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "another pressmine run is writing into this folder")
	_, statErr := os.Stat(tmp)
	assert.NoError(t, statErr, "the other run's temporary file is kept")
	unlock()
	sum, err := eng.RunBatch(context.Background(), BatchConfig{OutDir: out, Jobs: 1}, io.Discard, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, 10, sum.Written)
}

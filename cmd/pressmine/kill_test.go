package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/schema"
)

// buildBinary builds pressmine into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping build in -short mode")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: no go command to build with")
	}
	bin := filepath.Join(t.TempDir(), "pressmine")
	if out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestKillMidwayResumes kills pressmine extract -o DIR with SIGKILL while
// it writes, then checks that every record file in DIR is whole and valid,
// and that a re-run completes the set.
func TestKillMidwayResumes(t *testing.T) {
	bin := buildBinary(t)
	src := t.TempDir()
	var texts []string
	corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		if err == nil {
			texts = append(texts, d.Orig)
		}
		return nil
	})
	const n = 400
	for i := 0; i < n; i++ {
		// Varied content: each copy gets its own sum.
		text := strings.Replace(texts[i%len(texts)], "亿元", fmt.Sprintf("%d亿元", i+1), 1)
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("doc%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	cache := filepath.Join(os.TempDir(), "pressmine-test-cache")
	cmd := exec.Command(bin, "extract", "-q", "--cache-dir", cache, "-j", "2", "-o", out, src)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(out, "*.yaml"))
		if len(files) >= 30 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	files, _ := filepath.Glob(filepath.Join(out, "*.yaml"))
	if len(files) == 0 || len(files) >= n {
		t.Fatalf("killed run wrote %d of %d records; want some, not all", len(files), n)
	}
	v, err := schema.NewValidator(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		decoded, issues := schema.Decode(f, b)
		b.Close()
		if len(issues) > 0 || len(decoded) != 1 {
			t.Fatalf("%s is not one whole record after SIGKILL: %v", f, issues)
		}
		if is := v.Check(decoded[0].Record, nil); len(is) > 0 {
			t.Fatalf("%s does not validate after SIGKILL: %v", f, is)
		}
	}
	// Re-run: the set completes, nothing done is redone, no temp file stays.
	rerun := exec.Command(bin, "extract", "--cache-dir", cache, "-o", out, src)
	msg, err := rerun.CombinedOutput()
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, msg)
	}
	if want := fmt.Sprintf("%d documents read, %d records written, %d already done, 0 errors", n, n-len(files), len(files)); !strings.Contains(string(msg), want) {
		t.Errorf("re-run said %q; want %q", msg, want)
	}
	// The folder's lock file stays (removing it would race with a run
	// that has just opened it); temporary files do not.
	os.Remove(filepath.Join(out, ".pressmine.lock"))
	all, _ := filepath.Glob(filepath.Join(out, "*"))
	hidden, _ := filepath.Glob(filepath.Join(out, ".*"))
	if len(all) != n || len(hidden) != 0 {
		t.Errorf("after the re-run: %d files and %d hidden files; want %d and 0", len(all), len(hidden), n)
	}
}

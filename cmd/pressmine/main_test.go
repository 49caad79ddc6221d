package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinaryRunsWhenCopied builds pressmine, copies the binary to a fresh
// folder and runs it with no Go module cache, a new HOME and a new cache
// folder: the dictionaries must come from the binary itself.
func TestBinaryRunsWhenCopied(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping build in -short mode")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: no go command to build with")
	}
	build := t.TempDir()
	bin := filepath.Join(build, "pressmine")
	out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	elsewhere := t.TempDir()
	copied := filepath.Join(elsewhere, "pressmine")
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copied, b, 0o755); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(build)
	// The native segmenter reads the dictionaries from the binary; gojieba
	// needs them as files, unpacked into the user cache folder.
	for _, seg := range []string{"native", "gojieba"} {
		home := t.TempDir()
		cmd := exec.Command(copied, "extract", "--segmenter", seg)
		cmd.Dir = elsewhere
		cmd.Env = []string{"HOME=" + home, "XDG_CACHE_HOME=" + filepath.Join(home, "cache"), "GOMODCACHE=/nonexistent", "GOPATH=/nonexistent", "PATH=/usr/bin:/bin"}
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("copied binary, %s: %v\n%s", seg, err, stderr.String())
		}
		if !strings.Contains(stdout.String(), "value: 18650000000") || !strings.Contains(stderr.String(), "10 records written, 0 errors") {
			t.Errorf("copied binary, %s, printed:\n%s\n%s", seg, stdout.String()[:min(500, stdout.Len())], stderr.String())
		}
		_, err := os.Stat(filepath.Join(home, "cache", "pressmine"))
		if seg == "gojieba" && err != nil {
			t.Errorf("gojieba: dictionaries not unpacked into the user cache folder: %v", err)
		}
		if seg == "native" && err == nil {
			t.Errorf("native: wrote to the cache folder, which it does not need")
		}
	}
}

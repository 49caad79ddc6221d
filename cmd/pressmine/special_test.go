package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOInFolder: a named pipe in a folder is reported and skipped, and
// does not hang the run (a pipe named on the command line is read as a
// stream: TestStreamingInput in internal/pipeline).
func TestFIFOInFolder(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("该项目总投资5亿元。"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "f.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("skipping: mkfifo: %v", err)
	}
	for _, arg := range []string{dir} {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, "extract", "--format", "jsonl", arg)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("extract %s hangs on a named pipe", arg)
		}
		if code := cmd.ProcessState.ExitCode(); code != 1 {
			t.Errorf("extract %s: exit %d, want 1\n%s", arg, code, stderr.String())
		}
		if !strings.Contains(stderr.String(), fifo+": not a regular file (a named pipe)") {
			t.Errorf("extract %s: stderr %q", arg, stderr.String())
		}
		if arg == dir && !strings.Contains(stdout.String(), `"id":"a"`) {
			t.Errorf("extract %s: the regular file's record is missing:\n%s", arg, stdout.String())
		}
	}
}

// TestSignalStops: SIGTERM ends a run blocked reading standard input within
// the grace period, with exit code 2 and an "interrupted" line.
func TestSignalStops(t *testing.T) {
	bin := buildBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, "extract", "-")
		cmd.Stderr = &stderr
		in, err := cmd.StdinPipe() // never written, never closed: the read blocks
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		start := time.Now()
		cmd.Process.Signal(sig)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v did not stop the run", sig)
		}
		in.Close()
		if d := time.Since(start); d > graceAfterSignal+5*time.Second {
			t.Errorf("%v: stopped after %v", sig, d)
		}
		if code := cmd.ProcessState.ExitCode(); code != 2 {
			t.Errorf("%v: exit %d, want 2", sig, code)
		}
		if !strings.Contains(stderr.String(), "pressmine: interrupted") {
			t.Errorf("%v: stderr %q", sig, stderr.String())
		}
	}
}

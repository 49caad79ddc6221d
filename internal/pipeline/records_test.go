package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recordSums holds the SHA-256 of what `pressmine extract --format jsonl`
// writes for each corpus, one "name sum" a line. A change to the code that
// is meant to change no record (a re-layout, a speed-up) must leave every
// sum as it is; a change that is meant to change records updates them with
// -update-sums, after the records themselves were reviewed (make records,
// make golden).
const recordSums = "testdata/records.sha256"

var updateSums = flag.Bool("update-sums", false, "rewrite "+recordSums+" from the current output")

// TestRecordsUnchanged extracts the embedded sample corpus, and beside the
// checkout the gold set and the real-news corpus, and compares the records
// with the sums committed in testdata/records.sha256.
func TestRecordsUnchanged(t *testing.T) {
	corpora := []struct{ name, path string }{
		{"sample", ""},
		{"gold-dev", filepath.Join("..", "..", "..", "shared", "gold", "dev")},
		{"real-news", filepath.Join("..", "..", "..", "shared", "corpus", "real-news.jsonl")},
	}
	want := map[string]string{}
	if b, err := os.ReadFile(recordSums); err == nil {
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
				want[f[0]] = f[1]
			}
		}
	} else if !*updateSums {
		t.Fatal(err)
	}
	var out bytes.Buffer
	out.WriteString("# SHA-256 of `pressmine extract --format jsonl` on each corpus (TestRecordsUnchanged)\n")
	for _, c := range corpora {
		args := []string{"extract", "-q", "--format", "jsonl"}
		if c.path != "" {
			if _, err := os.Stat(c.path); err != nil {
				t.Logf("skipping %s: %s not here (it is beside the checkout only)", c.name, c.path)
				if s, ok := want[c.name]; ok {
					fmt.Fprintf(&out, "%s %s\n", c.name, s)
				}
				continue
			}
			args = append(args, c.path)
		}
		var stdout, stderr bytes.Buffer
		if code := Main(context.Background(), args, IO{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")}); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, stderr.String())
		}
		sum := sha256.Sum256(stdout.Bytes())
		got := hex.EncodeToString(sum[:])
		fmt.Fprintf(&out, "%s %s\n", c.name, got)
		if !*updateSums && got != want[c.name] {
			t.Errorf("%s: the records changed (sha256 %s, want %s); if that is meant, review them and run go test ./internal/pipeline -run TestRecordsUnchanged -update-sums",
				c.name, got, want[c.name])
		}
	}
	if *updateSums {
		if err := os.WriteFile(recordSums, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

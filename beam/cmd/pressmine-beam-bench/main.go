// Command pressmine-beam-bench times the Beam pipeline on the local prism
// runner against pressmine extract -j 2 on the same corpus (best of
// -rounds each), and writes the figures into the Beam section of a
// markdown file (make bench-beam: BENCHMARKS.md).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

const begin, end = "<!-- beam -->", "<!-- /beam -->"

func main() {
	corpus := flag.String("corpus", "../../shared/corpus/real-news.jsonl", "the corpus `FILE`")
	pressmine := flag.String("pressmine", "../bin/pressmine", "the pressmine binary")
	beamBin := flag.String("beam", "./pressmine-beam", "the pressmine-beam binary")
	rounds := flag.Int("rounds", 3, "rounds; the best time counts")
	update := flag.String("update", "../BENCHMARKS.md", "markdown `FILE` whose Beam section is replaced (added when missing)")
	flag.Parse()
	st, err := os.Stat(*corpus)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pressmine-beam-bench: %v (the real-news corpus is beside the checkout only)\n", err)
		os.Exit(2)
	}
	tmp, err := os.MkdirTemp("", "pressmine-beam-bench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	best := func(stdout, name string, args ...string) time.Duration {
		var b time.Duration
		for i := 0; i < *rounds; i++ {
			cmd := exec.Command(name, args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if stdout != "" {
				f, err := os.Create(stdout)
				if err != nil {
					fail(err)
				}
				defer f.Close()
				cmd.Stdout = f
			}
			t0 := time.Now()
			if err := cmd.Run(); err != nil {
				fail(fmt.Errorf("%s: %v\n%s", name, err, stderr.String()))
			}
			if d := time.Since(t0); b == 0 || d < b {
				b = d
			}
		}
		return b
	}
	ext := best(filepath.Join(tmp, "extract.jsonl"), *pressmine, "extract", "-q", "-j", "2", "--format", "jsonl", *corpus)
	bm := best("", *beamBin, "--input", *corpus, "--output", filepath.Join(tmp, "beam", "records"), "--runner", "prism")
	ratio := bm.Seconds() / ext.Seconds()
	section := fmt.Sprintf(`%s
## Beam pipeline (make bench-beam)

The same extraction as an Apache Beam pipeline (beam/, its own Go module) on
Beam's local prism runner, against pressmine extract -j 2, on %s
(%.1f MB), best of %d, on this machine (%d cores, %s):

| run | time | × extract -j 2 |
|---|---|---|
| pressmine extract -j 2 --format jsonl > FILE | %.2f s | 1.00 |
| pressmine-beam --runner prism (read, extract, 4 record shards, dead letters) | %.2f s | %.2f |

The Beam run includes the runner's start and the pipeline's planning; the
records are the same set (TestSampleMatchesExtract, TestHostileDeadLetters).
%s
`, begin, filepath.Base(*corpus), float64(st.Size())/1e6, *rounds, runtime.NumCPU(), runtime.GOARCH, ext.Seconds(), bm.Seconds(), ratio, end)
	old, _ := os.ReadFile(*update)
	doc := string(old)
	if i, j := strings.Index(doc, begin), strings.Index(doc, end); i >= 0 && j > i {
		doc = doc[:i] + strings.TrimSuffix(section, "\n") + doc[j+len(end):]
	} else {
		doc = strings.TrimRight(doc, "\n") + "\n\n" + section
	}
	if err := os.WriteFile(*update, []byte(doc), 0o644); err != nil {
		fail(err)
	}
	fmt.Print(section)
	if ratio > 3 {
		fmt.Fprintf(os.Stderr, "pressmine-beam-bench: the Beam run is %.2f× extract -j 2 (over 3×)\n", ratio)
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "pressmine-beam-bench: %v\n", err)
	os.Exit(2)
}

// Command pressmine-beam runs pressmine's extraction as an Apache Beam
// pipeline: locally on Beam's prism or direct runner, or on Dataflow,
// Flink or Spark through their runners (see the README).
//
//	pressmine-beam --input corpus/ --input 'more/*.jsonl' --output out/records --runner prism
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	pmbeam "github.com/pressmine/pressmine/beam"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	var inputs listFlag
	flag.Var(&inputs, "input", "a folder, a file glob (local or gs://…), or \"sample\" (the embedded sample corpus); repeatable")
	output := flag.String("output", "", "prefix of the files written: PREFIX-SSSSS-of-NNNNN.jsonl (records), PREFIX-errors.jsonl (dead letters)")
	shards := flag.Int("shards", 4, "number of record files")
	maxMB := flag.Int64("max-mb", 4, "largest document (or JSONL line) read, in MiB")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "Usage: pressmine-beam --input PATH... --output PREFIX [--runner prism|direct|dataflow|flink|spark] [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), pmbeam.Config{Inputs: inputs, Output: *output, Shards: *shards, MaxBytes: *maxMB << 20}))
}

func run(ctx context.Context, cfg pmbeam.Config) int {
	if len(cfg.Inputs) == 0 || cfg.Output == "" || cfg.Shards < 1 {
		fmt.Fprintln(os.Stderr, "pressmine-beam: want --input (one or more), --output and --shards ≥ 1")
		return 2
	}
	if dir := filepath.Dir(cfg.Output); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "pressmine-beam: %v\n", err)
			return 2
		}
	}
	// A run replaces the files of an earlier one under the same prefix.
	old, _ := filepath.Glob(cfg.Output + "-*-of-*.jsonl")
	for _, p := range append(old, pmbeam.ErrorsFile(cfg.Output)) {
		os.Remove(p)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pmbeam.Build(s, cfg); err != nil {
		fmt.Fprintf(os.Stderr, "pressmine-beam: %v\n", err)
		return 2
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pressmine-beam: %v\n", err)
		return 2
	}
	if err := pmbeam.Complete(cfg); err != nil {
		fmt.Fprintf(os.Stderr, "pressmine-beam: %v\n", err)
		return 2
	}
	c := pmbeam.CountsOf(res)
	fmt.Fprintf(os.Stderr, "pressmine-beam: %d read, %d written, %d errors (dead letters: %s)\n", c.Read, c.Written, c.Errors, pmbeam.ErrorsFile(cfg.Output))
	if c.Read != c.Written+c.Errors {
		fmt.Fprintln(os.Stderr, "pressmine-beam: read ≠ written + errors: documents were lost")
		return 2
	}
	if c.Errors > 0 {
		return 1
	}
	return 0
}

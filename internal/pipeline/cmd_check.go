package pipeline

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/pressmine/pressmine/internal/check"
	"github.com/pressmine/pressmine/schema"
)

func cmdCheck(ctx context.Context, args []string, sio IO) int {
	fs := newFlagSet("check", "[flags] [PATH...]", `Checks a corpus for CI. PATH folders hold sources (*.txt, *.html, *.jsonl) and,
beside them, expected records NAME.gold.yaml and committed records NAME.yaml (or
<id>.yaml under --records DIR). For every source it extracts a fresh record, then
validates the committed record (schema, spans against the source, values, unique
ids), reports drift (what re-extraction would change), and scores the fresh
record against the expected one (precision, recall, F1 per category, attribute
accuracies; the rules of the gold set's README). With no PATH it checks what the
config names, else the embedded sample corpus.

Policy comes from .pressmine.yaml (looked for from the working folder up) and
flags: min_f1 {projects, institutes, industries, amounts}, min_accuracy
{project.industry, ...}, fail_on (errors or warnings), include/exclude globs,
records, drift. Exit codes: 0 all gates pass, 1 a gate fails or a finding fails
the policy, 2 usage or runtime error (bad config, unreadable file).
`, sio)
	var sf segFlags
	sf.register(fs)
	cfgPath := fs.String("config", "", "policy `FILE` (default: .pressmine.yaml found from the working folder up; \"none\" for no file)")
	format := fs.String("format", "text", "output `FORMAT`: "+strings.Join(check.Formats, ", "))
	output := fs.String("output", "", "write the chosen format to `FILE`; the text summary still goes to standard output")
	records := fs.String("records", "", "folder of committed records `DIR` (<id>.yaml); default: NAME.yaml beside each source")
	failOn := fs.String("fail-on", "", "which findings fail the run: errors or warnings (overrides the config)")
	noDrift := fs.Bool("no-drift", false, "do not compare committed records with a fresh extraction")
	var mf modelFlag
	mf.register(fs)
	var cf classesFlag
	cf.register(fs)
	cv := fs.Int("cv", 0, "k-fold cross-validation by document over the gold folders given as PATH: train the ranker on k-1 folds, score the one left out, and print the scores of all folds (the gates apply)")
	misses := fs.Bool("misses", false, "with --cv: also list what the held-out documents' records got wrong (false positives, false negatives, second names of one entity, wrong attributes), one per line")
	var minF1 listFlag
	fs.Var(&minF1, "min-f1", "a gate `CATEGORY=F1` (projects, institutes, industries, amounts); repeatable, overrides the config")
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(sio.Stderr, "pressmine check: "+format+"\n", a...)
		return ExitUsage
	}
	known := false
	for _, f := range check.Formats {
		known = known || f == *format
	}
	if !known {
		return fail("unknown format %q (want %s)", *format, strings.Join(check.Formats, ", "))
	}
	cfg := &check.Config{}
	if *cfgPath != "none" {
		p := *cfgPath
		if p == "" {
			wd, _ := os.Getwd()
			p, _ = check.FindConfig(wd)
		}
		if p != "" {
			c, err := check.LoadConfig(p)
			if err != nil {
				return fail("%v", err)
			}
			cfg = c
		}
	}
	if *records != "" {
		cfg.Records = *records
	}
	if *failOn != "" {
		if *failOn != "errors" && *failOn != "warnings" {
			return fail("--fail-on %q: want errors or warnings", *failOn)
		}
		cfg.FailOn = *failOn
	}
	if *noDrift {
		off := false
		cfg.Drift = &off
	}
	for _, kv := range minF1 {
		k, v, ok := strings.Cut(kv, "=")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || f < 0 || f > 1 {
			return fail("--min-f1 %q: want CATEGORY=F1 with F1 between 0 and 1", kv)
		}
		if _, ok := schema.CategoryNamed(k); !ok {
			return fail("--min-f1 %q: unknown category %q (want one of %s)", kv, k, strings.Join(schema.CategoryNames(), ", "))
		}
		if cfg.MinF1 == nil {
			cfg.MinF1 = map[string]float64{}
		}
		cfg.MinF1[k] = f
	}
	eng, seg, _, err := loadRecorder(&sf, &mf, nil)
	if err != nil {
		return fail("%v", err)
	}
	defer seg.Close()
	if *cv != 0 {
		cl, err := cf.load()
		if err != nil {
			return fail("%v", err)
		}
		return checkCV(ctx, eng, fs.Args(), *cv, *misses, cl, cfg, sio)
	}
	res, err := check.Run(ctx, check.Options{Paths: fs.Args(), Config: cfg, Extractor: eng, Validator: eng.Validator})
	if err != nil {
		return fail("%v", err)
	}
	if *output != "" {
		f, err := os.Create(*output)
		if err != nil {
			return fail("%v", err)
		}
		werr := check.Write(f, *format, res, false)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return fail("%v", werr)
		}
		check.Write(sio.Stdout, "text", res, isTerminal(sio.Stdout))
	} else if err := check.Write(sio.Stdout, *format, res, *format == "text" && isTerminal(sio.Stdout)); err != nil {
		return fail("%v", err)
	}
	if res.Failed() {
		return ExitFindings
	}
	return ExitOK
}

// isTerminal reports whether w is a character device (colour only there).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

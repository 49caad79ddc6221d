package pipeline

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/entity"
)

func cmdExtract(ctx context.Context, args []string, sio IO) int {
	fs := newFlagSet("extract", "[flags] [PATH...]", `Extracts one record per document. PATH may be a file, a folder (read recursively
for .txt, .html, .htm and .jsonl) or - for standard input. With no PATH the
embedded sample corpus is read. Records go to standard output as a YAML stream,
or with -o to DIR/<id>.yaml (written atomically). Errors go to standard error as
path:line:col: message, and the batch goes on.
`, sio)
	var sf segFlags
	sf.register(fs)
	var mf modelFlag
	mf.register(fs)
	out := fs.String("o", "", "write one `DIR`/<id>.yaml (.json with --format jsonl) per document instead of a stream; documents already there for the same source are skipped")
	format := fs.String("format", "yaml", "output `FORMAT`: yaml (a stream, --- between records) or jsonl (one record a line)")
	force := fs.Bool("force", false, "with -o: redo documents whose record is already there")
	report := fs.String("report", "", "write the counts and every error as JSON to `FILE`")
	timings := fs.Bool("timings", false, "print to standard error when the dictionary was loaded and the first record written")
	jobs := fs.Int("j", runtime.NumCPU(), "number of workers")
	annotate := fs.Bool("annotate", false, "comment every span with the text it slices")
	quiet := fs.Bool("q", false, "no summary on standard error")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)")
	maxMB := fs.Int64("max-mb", corpus.DefaultMaxBytes>>20, "largest document (or JSONL line) to read, in MiB; a document takes up to about 30 times its size in memory while it is worked on")
	docTimeout := fs.Duration("doc-timeout", 2*time.Minute, "how long one document may take; one that takes longer (a bug) is reported as an error and the batch goes on (0: no limit)")
	currency := fs.String("currency", "", "the ISO 4217 `CODE` a bare 元 stands for in every document (HKD for Hong Kong releases); a JSONL line's \"currency\" field overrides it; default: CNY, or the place a text in Traditional characters names (Hong Kong, Macau, Taiwan)")
	var taxonomies listFlag
	fs.Var(&taxonomies, "taxonomy", "extra word lists `FILE` (industries, heads; format of extract/entity/data/entities.yaml); repeatable")
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	if *format != "yaml" && *format != "jsonl" {
		fmt.Fprintf(sio.Stderr, "pressmine extract: --format %q: want yaml or jsonl\n", *format)
		return ExitUsage
	}
	if *annotate && *format != "yaml" {
		fmt.Fprintln(sio.Stderr, "pressmine extract: --annotate needs --format yaml")
		return ExitUsage
	}
	if *jobs < 1 {
		fmt.Fprintln(sio.Stderr, "pressmine extract: -j must be at least 1")
		return ExitUsage
	}
	if *currency != "" && !corpus.IsCurrencyCode(*currency) {
		fmt.Fprintf(sio.Stderr, "pressmine extract: --currency %q: want an ISO 4217 code such as HKD\n", *currency)
		return ExitUsage
	}
	var extra []entity.Config
	for _, p := range taxonomies {
		b, err := os.ReadFile(p)
		if err == nil {
			var c entity.Config
			c, err = entity.ParseConfig(b)
			extra = append(extra, c)
		}
		if err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine extract: %s: %v\n", p, err)
			return ExitUsage
		}
	}
	eng, seg, took, err := loadRecorder(&sf, &mf, extra)
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine extract: %v\n", err)
		return ExitUsage
	}
	defer seg.Close()
	loaded := time.Now()
	if *timings {
		fmt.Fprintf(sio.Stderr, "pressmine: dictionary loaded in %d ms\n", took.Milliseconds())
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine extract: %v\n", err)
			return ExitUsage
		}
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine extract: --cpuprofile: %v\n", err)
			return ExitUsage
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	bc := BatchConfig{Args: fs.Args(), OutDir: *out, Format: *format, Force: *force, Jobs: *jobs, Annotate: *annotate,
		Stdin: sio.Stdin, MaxBytes: *maxMB << 20, Currency: *currency, DocTimeout: *docTimeout}
	var bar *progressBar
	if !*quiet && isTerminal(sio.Stderr) {
		bar = newProgressBar(sio.Stderr, totalBytes(fs.Args()))
		bc.Progress = bar.update
	}
	if *timings {
		var once sync.Once
		inner := bc.Progress
		bc.Progress = func(s Summary, n int64) {
			if s.Written > 0 {
				once.Do(func() {
					fmt.Fprintf(sio.Stderr, "pressmine: first record %d ms after the dictionary was loaded\n", time.Since(loaded).Milliseconds())
				})
			}
			if inner != nil {
				inner(s, n)
			}
		}
	}
	started := time.Now()
	sum, err := eng.RunBatch(ctx, bc, sio.Stdout, sio.Stderr)
	if bar != nil {
		bar.finish()
	}
	if kb, ok := peakRSS(); *timings && ok {
		fmt.Fprintf(sio.Stderr, "pressmine: peak RSS %d KB\n", kb)
	}
	if !*quiet {
		skipped := ""
		if sum.Skipped > 0 {
			skipped = fmt.Sprintf(", %d already done", sum.Skipped)
		}
		notDone := ""
		if sum.NotDone > 0 {
			notDone = fmt.Sprintf(", %d not done (the run stopped: run it again to finish them)", sum.NotDone)
		}
		fmt.Fprintf(sio.Stderr, "pressmine: %d documents read, %d records written%s, %d errors%s\n", sum.Read, sum.Written, skipped, sum.Failed, notDone)
	}
	if *report != "" {
		if rerr := writeReport(*report, sum, started, err); rerr != nil {
			fmt.Fprintf(sio.Stderr, "pressmine extract: %v\n", rerr)
			return ExitUsage
		}
	}
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine extract: %v\n", err)
		return ExitUsage
	}
	if sum.Failed > 0 {
		return ExitFindings
	}
	return ExitOK
}

// peakRSS is this process's peak resident set (VmHWM, Linux only). The
// rusage a parent gets back is not: after a fork that shares the parent's
// memory, the child's high-water mark starts at the parent's size.
func peakRSS() (int64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb, err == nil
		}
	}
	return 0, false
}

package pipeline

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/segment/jieba"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/internal/check"
	"github.com/pressmine/pressmine/schema"
)

// Exit codes.
const (
	ExitOK       = 0 // everything read became a valid record
	ExitFindings = 1 // some document failed, or a record file has issues
	ExitUsage    = 2 // usage or runtime error
)

// IO is where a command reads and writes.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

const usage = `pressmine turns Chinese press releases into validated YAML records.

Usage:
  pressmine <command> [flags] [arguments]

Commands:
  extract   extract records from documents (default input: the embedded sample corpus)
  check     quality gates for a corpus: validate, score against expected records, drift
  validate  check record files against the schema and their source texts
  schema    print the record JSON Schema (Draft 2020-12)
  segment   print the segmentation, with part-of-speech tags, of a text
  train     train the entity ranker on gold files (use it with --model)

Run 'pressmine <command> --help' for a command's flags.
Exit codes: 0 ok, 1 findings (a document failed, a record is invalid), 2 usage or runtime error.
`

// Main runs the pressmine command line and returns its exit code.
func Main(ctx context.Context, args []string, sio IO) int {
	if len(args) == 0 {
		fmt.Fprint(sio.Stderr, usage)
		return ExitUsage
	}
	switch args[0] {
	case "extract":
		return cmdExtract(ctx, args[1:], sio)
	case "validate":
		return cmdValidate(args[1:], sio)
	case "check":
		return cmdCheck(ctx, args[1:], sio)
	case "schema":
		return cmdSchema(args[1:], sio)
	case "segment":
		return cmdSegment(args[1:], sio)
	case "train":
		return cmdTrain(ctx, args[1:], sio)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(sio.Stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(sio.Stderr, "pressmine: unknown command %q\n\n%s", args[0], usage)
	return ExitUsage
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func newFlagSet(name, synopsis, help string, sio IO) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(sio.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: pressmine %s %s\n\n%s\nFlags:\n", name, synopsis, help)
		fs.PrintDefaults()
	}
	return fs
}

// parse handles --help (exit 0, usage once, on stdout) and bad flags
// (exit 2: the flag package's message, then the usage, on stderr).
func parse(fs *flag.FlagSet, args []string, sio IO) (int, bool) {
	usage := fs.Usage
	fs.Usage = func() {} // printed below, once, where it belongs
	err := fs.Parse(args)
	fs.Usage = usage
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(sio.Stdout)
			fs.Usage()
			return ExitOK, false
		}
		fs.Usage()
		return ExitUsage, false
	}
	return 0, true
}

type segFlags struct {
	userDicts listFlag
	cacheDir  string
	segmenter string
}

func (s *segFlags) register(fs *flag.FlagSet) {
	fs.Var(&s.userDicts, "user-dict", "extra segmenter dictionary `FILE` (\"word\", \"word tag\" or \"word freq tag\" a line); repeatable")
	fs.StringVar(&s.cacheDir, "cache-dir", "", "with --segmenter gojieba: `DIR` for the unpacked dictionaries (default: the user cache folder)")
	fs.StringVar(&s.segmenter, "segmenter", "native", "`NAME`: native (jieba's algorithm in Go, the same words as gojieba, about five times as fast) or gojieba (the C++ library itself)")
}

// closer is a segmenter that holds resources until Close.
type closer interface {
	segment.Segmenter
	Close()
}

func (s *segFlags) load() (closer, error) {
	opts := jieba.JiebaOptions{CacheDir: s.cacheDir, UserDicts: s.userDicts}
	switch s.segmenter {
	case "native":
		return jieba.NewNative(opts)
	case "gojieba":
		return jieba.NewJieba(opts)
	}
	return nil, fmt.Errorf("--segmenter %q: want native or gojieba", s.segmenter)
}

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
	var extra []entity.EntityConfig
	for _, p := range taxonomies {
		b, err := os.ReadFile(p)
		if err == nil {
			var c entity.EntityConfig
			c, err = entity.ParseEntityConfig(b)
			extra = append(extra, c)
		}
		if err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine extract: %s: %v\n", p, err)
			return ExitUsage
		}
	}
	t0 := time.Now()
	seg, err := sf.load()
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine extract: %v\n", err)
		return ExitUsage
	}
	defer seg.Close()
	loaded := time.Now()
	if *timings {
		fmt.Fprintf(sio.Stderr, "pressmine: dictionary loaded in %d ms\n", loaded.Sub(t0).Milliseconds())
	}
	eng, err := NewRecorder(seg, extra)
	if err == nil {
		eng, err = mf.apply(eng)
	}
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine extract: %v\n", err)
		return ExitUsage
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
		Stdin: sio.Stdin, MaxBytes: *maxMB << 20, Currency: *currency}
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

func cmdSchema(args []string, sio IO) int {
	fs := newFlagSet("schema", "", "Prints the JSON Schema (Draft 2020-12) that every record passes.\n", sio)
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	sio.Stdout.Write(schema.JSONSchema())
	return ExitOK
}

func cmdSegment(args []string, sio IO) int {
	fs := newFlagSet("segment", "[flags] [TEXT | -]", `Prints how pressmine segments a text: word/POS, one line per input line, after
normalisation and the cuts at punctuation. Reads standard input with - or no
TEXT. Use it to tune --user-dict files.
`, sio)
	var sf segFlags
	sf.register(fs)
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	var text string
	if fs.NArg() == 0 || fs.Arg(0) == "-" {
		b, err := io.ReadAll(io.LimitReader(sio.Stdin, corpus.DefaultMaxBytes))
		if err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine segment: %v\n", err)
			return ExitUsage
		}
		t, _, err := corpus.Decode(b)
		if err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine segment: -: %v\n", err)
			return ExitFindings
		}
		text = t
	} else {
		text = strings.Join(fs.Args(), " ")
	}
	seg, err := sf.load()
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine segment: %v\n", err)
		return ExitUsage
	}
	defer seg.Close()
	t := textmap.Normalize(text)
	var b strings.Builder
	for _, tok := range segment.Tokenize(seg, t) {
		if tok.Text == "\n" {
			b.WriteString("\n")
			continue
		}
		if tok.Text == " " {
			continue
		}
		fmt.Fprintf(&b, "%s/%s ", tok.Text, tok.POS)
	}
	fmt.Fprintln(sio.Stdout, strings.TrimRight(b.String(), " "))
	return ExitOK
}

func cmdValidate(args []string, sio IO) int {
	fs := newFlagSet("validate", "FILE...", `Checks record files (YAML streams): the JSON Schema, then semantic checks
(spans inside the text, max above value, values that agree with their text, no
duplicate entities, ids unique). Where the record's source file is at hand
(source.path, relative to the working folder or to the record file) every span
must slice it to the mention. Issues are printed as file:line:col.
`, sio)
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(sio.Stderr, "pressmine validate: no record files given")
		return ExitUsage
	}
	mc, err := money.DefaultMoneyConfig()
	if err != nil {
		fmt.Fprintln(sio.Stderr, err)
		return ExitUsage
	}
	m := money.NewMoney(mc, nil)
	v, err := schema.NewValidator(func(text string) (value, max *big.Rat, currency string, ok bool) {
		a, ok := m.ReadAmount(text)
		if !ok {
			return nil, nil, "", false
		}
		return a.Value, a.Max, a.Currency, true
	})
	if err != nil {
		fmt.Fprintln(sio.Stderr, err)
		return ExitUsage
	}
	nIssues, nRecords, runtimeErr := 0, 0, false
	ids := map[string]string{}
	for _, p := range fs.Args() {
		f, err := os.Open(p)
		if err != nil {
			fmt.Fprintf(sio.Stderr, "%s: %v\n", p, err)
			runtimeErr = true
			continue
		}
		// The whole file, one record at a time (any length, the memory of
		// one record).
		issues := schema.DecodeEach(p, bufio.NewReaderSize(f, 64<<10), func(d schema.Decoded) {
			nRecords++
			if d.Record == nil {
				// Not a record at all: the schema says where; the
				// decoder's message if the schema finds nothing.
				issues := v.SchemaIssues(d.Raw)
				if len(issues) == 0 {
					issues = []schema.Issue{*d.Err}
				}
				for _, is := range issues {
					is.Path = p
					if is.Line == 0 {
						is.Line, is.Col = schema.Position(d.Node, is.Pointer)
					}
					fmt.Fprintln(sio.Stdout, is.Error())
					nIssues++
				}
				return
			}
			var orig *string
			src := findSource(p, d.Record.Source)
			if src != nil {
				orig = &src.Orig
			}
			issues := v.CheckRaw(d.Record, d.Raw, orig)
			issues = append(issues, sourceIssues(d.Record.Source, src)...)
			if first, ok := ids[d.Record.ID]; ok {
				issues = append(issues, schema.Issue{Pointer: "/id", Rule: "duplicate", Msg: fmt.Sprintf("id %q is also in %s", d.Record.ID, first)})
			} else {
				line, col := schema.Position(d.Node, "/id")
				ids[d.Record.ID] = fmt.Sprintf("%s:%d:%d", p, line, col)
			}
			for _, is := range issues {
				is.Path = p
				is.Line, is.Col = schema.Position(d.Node, is.Pointer)
				fmt.Fprintln(sio.Stdout, is.Error())
				nIssues++
			}
		})
		f.Close()
		for _, is := range issues {
			fmt.Fprintln(sio.Stdout, is.Error())
			nIssues++
		}
	}
	fmt.Fprintf(sio.Stderr, "pressmine: %d records checked, %d issues\n", nRecords, nIssues)
	switch {
	case runtimeErr:
		return ExitUsage
	case nIssues > 0:
		return ExitFindings
	}
	return ExitOK
}

// findSource reads a record's source text if it can be found: the
// embedded sample, source.path as given, or relative to the record file.
func findSource(recordPath string, src schema.Source) *corpus.Document {
	if raw, ok := corpus.SampleFile(src.Path); ok {
		t, enc, err := corpus.Decode(raw)
		if err != nil {
			return nil
		}
		if strings.HasSuffix(src.Path, ".html") || strings.HasSuffix(src.Path, ".htm") {
			t, _ = corpus.HTMLText([]byte(t))
		}
		sum := sha256.Sum256(raw)
		return &corpus.Document{Path: src.Path, Orig: t, Encoding: enc, SHA256: hex.EncodeToString(sum[:])}
	}
	raw := corpus.UnescapeInvalid(src.Path) // a name that was not UTF-8
	for _, p := range []string{src.Path, filepath.Join(filepath.Dir(recordPath), src.Path), raw, filepath.Join(filepath.Dir(recordPath), raw)} {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		doc, err := corpus.ReadSource(p, src.Line)
		if err != nil || doc == nil {
			return nil
		}
		return doc
	}
	return nil
}

// sourceIssues compares a record's source fields with the source file at
// hand (nil: none): its digest and encoding must be the file's.
func sourceIssues(s schema.Source, doc *corpus.Document) []schema.Issue {
	if doc == nil {
		return nil
	}
	var out []schema.Issue
	if s.SHA256 != doc.SHA256 {
		out = append(out, schema.Issue{Pointer: "/source/sha256", Rule: "source", Msg: fmt.Sprintf("the source file's digest is %s: it changed since the record was made", doc.SHA256)})
	}
	if s.Encoding != doc.Encoding {
		out = append(out, schema.Issue{Pointer: "/source/encoding", Rule: "source", Msg: fmt.Sprintf("the source file is %s, the record says %s", doc.Encoding, s.Encoding)})
	}
	return out
}

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
	cv := fs.Int("cv", 0, "k-fold cross-validation by document over the gold folders given as PATH: train the ranker on k-1 folds, score the one left out, and print the scores of all folds (the gates apply)")
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
		switch k {
		case "projects", "institutes", "industries", "amounts":
		default:
			return fail("--min-f1 %q: unknown category %q", kv, k)
		}
		if cfg.MinF1 == nil {
			cfg.MinF1 = map[string]float64{}
		}
		cfg.MinF1[k] = f
	}
	seg, err := sf.load()
	if err != nil {
		return fail("%v", err)
	}
	defer seg.Close()
	eng, err := NewRecorder(seg, nil)
	if err == nil {
		eng, err = mf.apply(eng)
	}
	if err != nil {
		return fail("%v", err)
	}
	if *cv != 0 {
		return checkCV(ctx, eng, fs.Args(), *cv, cfg, sio)
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

package pipeline

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/segment/jieba"
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
  classes   learn word classes from unlabelled text (the tagger's features)
  report    write an HTML page with every record over its text (and gold, when there is)
  review    correct records in the browser and save them as gold files (then train)

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
	case "classes":
		return cmdClasses(ctx, args[1:], sio)
	case "report":
		return cmdReport(ctx, args[1:], sio)
	case "review":
		return cmdReview(ctx, args[1:], sio)
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

// loadRecorder loads the segmenter the flags name and builds the Recorder
// the commands share, judging entities with the ranker --model names. The
// dictionary loads on a goroutine of its own while the rest (vocabularies,
// ranker, schema) is built: it is most of a start, and nothing else needs
// it. took is how long the dictionary took. Close the closer when done.
func loadRecorder(sf *segFlags, mf *modelFlag, extra []entity.Config) (rec *Recorder, seg closer, took time.Duration, err error) {
	type loaded struct {
		seg  closer
		took time.Duration
		err  error
	}
	ch := make(chan loaded, 1)
	go func() {
		t0 := time.Now()
		seg, err := sf.load()
		ch <- loaded{seg, time.Since(t0), err}
	}()
	parts, err := newRecorderParts(extra)
	got := <-ch
	if got.err != nil {
		return nil, nil, 0, got.err
	}
	if err == nil {
		rec, err = mf.apply(parts.with(got.seg))
	}
	if err != nil {
		got.seg.Close()
		return nil, nil, 0, err
	}
	return rec, got.seg, got.took, nil
}

func (s *segFlags) load() (closer, error) {
	opts := jieba.Options{CacheDir: s.cacheDir, UserDicts: s.userDicts}
	switch s.segmenter {
	case "native":
		return jieba.NewNative(opts)
	case "gojieba":
		return jieba.NewJieba(opts)
	}
	return nil, fmt.Errorf("--segmenter %q: want native or gojieba", s.segmenter)
}

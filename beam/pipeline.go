// Package pmbeam is pressmine's extraction as an Apache Beam pipeline, so
// that the same code runs on Beam's local runners (prism, direct) and on
// Google Cloud Dataflow, Apache Flink or Apache Spark through their
// portable runners. It lives in a Go module of its own: the pressmine
// binary does not carry Beam's dependencies.
//
// The pipeline reads what extract reads at scale (JSONL and text files, by
// folder or glob), extracts and validates every document exactly as
// extract does (the engine is built once per worker, in the DoFn's Setup),
// and writes the records as sharded JSONL. A document that fails goes to
// the dead letters (JSONL: id, path, line, col, message), never dropped:
// read = written + errors, also as Beam metrics.
package pmbeam

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/extract/segment/jieba"
	"github.com/pressmine/pressmine/fsutil"
	"github.com/pressmine/pressmine/internal/pipeline"
	"github.com/pressmine/pressmine/schema"
)

// Metric names (namespace "pressmine"): counters read, written, errors;
// distributions doc_bytes and extract_micros.
const metricNS = "pressmine"

var (
	readCount    = beam.NewCounter(metricNS, "read")
	writtenCount = beam.NewCounter(metricNS, "written")
	errorCount   = beam.NewCounter(metricNS, "errors")
	docBytes     = beam.NewDistribution(metricNS, "doc_bytes")
	extractTime  = beam.NewDistribution(metricNS, "extract_micros")
)

// Config says what to read and where to write.
type Config struct {
	// Inputs are local folders (read as extract reads a folder, with the
	// same document ids), file globs (local or any Beam file system, such
	// as gs://; a file's id is its base name without extension, as for a
	// file named on extract's command line), or "sample" for the embedded
	// sample corpus.
	Inputs []string
	// Output is the prefix of the files written: OUTPUT-SSSSS-of-NNNNN.jsonl
	// for the records, OUTPUT-errors.jsonl for the dead letters.
	Output string
	// Shards is the number of record files (default 4).
	Shards int
	// MaxBytes is the largest document read (default corpus.DefaultMaxBytes).
	MaxBytes int64
}

// FileRef is one input file and the id of its document (for a JSONL file,
// its lines carry their own).
type FileRef struct {
	Path string
	ID   string
}

// Doc is a document between the reading and the extracting workers: the
// exported fields of corpus.Document.
type Doc struct {
	ID, Path                   string
	Line                       int
	Orig, Encoding, SHA256     string
	Title, Date, URL, Currency string
}

// Out is one result: a record's JSON line, or a dead letter's; Path and
// Line order them, ID finds duplicates.
type Out struct {
	ID   string
	Path string
	Line int
	JSON string
}

// DeadLetter is what a failed document becomes.
type DeadLetter struct {
	diag.Position
	ID      string `json:"id,omitempty"`
	Message string `json:"message"`
}

func init() {
	for _, t := range []any{FileRef{}, Doc{}, Out{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}
	register.DoFn4x1[context.Context, FileRef, func(Doc), func(Out), error](&readErrFn{})
	register.DoFn4x1[context.Context, Doc, func(Out), func(Out), error](&extractFn{})
	register.DoFn5x0[context.Context, string, func(*Out) bool, func(int, Out), func(int, Out)](&firstOfIDFn{})
	register.DoFn3x1[context.Context, int, func(*Out) bool, error](&writeShardFn{})
	register.Function1x1[fileio.FileMetadata, FileRef](refOf)
	register.Function1x2[Out, string, Out](keyByID)
	register.Function1x2[Out, int, Out](errorKey)
	register.Emitter1[Doc]()
	register.Emitter1[Out]()
	register.Emitter2[int, Out]()
	register.Iter1[Out]()
}

// Build adds the extraction to the pipeline of s.
func Build(s beam.Scope, cfg Config) error {
	if cfg.Shards <= 0 {
		cfg.Shards = 4
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = corpus.DefaultMaxBytes
	}
	if cfg.Output == "" || len(cfg.Inputs) == 0 {
		return errors.New("pmbeam: want inputs and an output")
	}
	var refs []beam.PCollection
	var local []FileRef
	for _, in := range cfg.Inputs {
		switch st, err := os.Stat(in); {
		case in == "sample":
			local = append(local, FileRef{Path: "sample"})
		case err == nil && st.IsDir():
			files, err := folderFiles(in)
			if err != nil {
				return err
			}
			local = append(local, files...)
		default:
			matched := fileio.MatchFiles(s, in, fileio.MatchEmptyAllow())
			refs = append(refs, beam.ParDo(s, refOf, matched))
		}
	}
	if len(local) > 0 {
		refs = append(refs, beam.CreateList(s, local))
	}
	files := beam.Flatten(s, refs...)
	docs, readErrs := beam.ParDo2(s, &readErrFn{MaxBytes: cfg.MaxBytes}, files)
	// Documents of one large file spread over the workers.
	docs = beam.Reshuffle(s, docs)
	recs, extractErrs := beam.ParDo2(s, &extractFn{}, docs)
	// An id given twice (in two files): the first by path and line is the
	// document, the others are errors, as in extract.
	kept, dups := beam.ParDo2(s, &firstOfIDFn{Shards: cfg.Shards}, beam.GroupByKey(s, beam.ParDo(s, keyByID, recs)))
	beam.ParDo0(s, &writeShardFn{Prefix: cfg.Output, Shards: cfg.Shards}, beam.GroupByKey(s, kept))
	errs := beam.Flatten(s, readErrs, extractErrs, beam.DropKey(s, dups))
	beam.ParDo0(s, &writeShardFn{Prefix: cfg.Output, Shards: -1}, beam.GroupByKey(s, beam.ParDo(s, errorKey, errs)))
	return nil
}

// folderFiles lists the files extract would read in a folder, with their
// ids.
func folderFiles(dir string) ([]FileRef, error) {
	var out []FileRef
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, FileRef{Path: p, ID: "\x00" + err.Error()})
			return nil
		}
		if d.IsDir() || !slices.Contains(corpus.Exts, strings.ToLower(filepath.Ext(p))) {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, FileRef{Path: p, ID: corpus.EscapeInvalid(filepath.ToSlash(strings.TrimSuffix(rel, filepath.Ext(rel))))})
		return nil
	})
	return out, err
}

func refOf(md fileio.FileMetadata) FileRef {
	id := corpus.EscapeInvalid(strings.TrimSuffix(filepath.Base(md.Path), filepath.Ext(md.Path)))
	return FileRef{Path: md.Path, ID: id}
}

func keyByID(o Out) (string, Out) { return o.ID, o }
func errorKey(o Out) (int, Out)   { return 0, o }

// readErrFn reads one file's documents; what cannot be read becomes a
// dead letter.
type readErrFn struct {
	MaxBytes int64
}

func (f *readErrFn) ProcessElement(ctx context.Context, ref FileRef, emit func(Doc), dead func(Out)) error {
	r := corpus.NewReader(corpus.Options{MaxBytes: f.MaxBytes})
	visit := func(doc *corpus.Document, err error) error {
		readCount.Inc(ctx, 1)
		if err != nil {
			errorCount.Inc(ctx, 1)
			dead(deadLetter(ref.Path, err))
			return nil
		}
		docBytes.Update(ctx, int64(len(doc.Orig)))
		emit(Doc{ID: doc.ID, Path: doc.Path, Line: doc.Line, Orig: doc.Orig, Encoding: doc.Encoding, SHA256: doc.SHA256,
			Title: doc.Title, Date: doc.Date, URL: doc.URL, Currency: doc.Currency})
		return nil
	}
	if ref.Path == "sample" && ref.ID == "" {
		return r.WalkSample(ctx, visit)
	}
	if strings.HasPrefix(ref.ID, "\x00") { // the folder walk could not read it
		return visit(nil, &corpus.Error{Pos: corpus.Pos{Path: ref.Path}, Err: errors.New(ref.ID[1:])})
	}
	fsys, err := filesystem.New(ctx, ref.Path)
	if err != nil {
		return visit(nil, &corpus.Error{Pos: corpus.Pos{Path: ref.Path}, Err: err})
	}
	defer fsys.Close()
	in, err := fsys.OpenRead(ctx, ref.Path)
	if err != nil {
		return visit(nil, &corpus.Error{Pos: corpus.Pos{Path: ref.Path}, ID: ref.ID, Err: err})
	}
	defer in.Close()
	return r.ReadFrom(ref.Path, ref.ID, in, visit)
}

func deadLetter(path string, err error) Out {
	d := DeadLetter{Position: diag.Position{Path: path}, Message: err.Error()}
	var ce *corpus.Error
	if errors.As(err, &ce) {
		d.Position, d.ID, d.Message = ce.Pos, ce.ID, ce.Err.Error()
	}
	b, _ := json.Marshal(d)
	return Out{ID: d.ID, Path: d.Path, Line: d.Line, JSON: string(b)}
}

// extractFn extracts and validates one document, as extract does; its
// engine (segmenter, dictionaries, model) is built once, in Setup.
type extractFn struct {
	rec *pipeline.Recorder
}

func (f *extractFn) Setup() error {
	seg, err := jieba.NewNative(jieba.Options{})
	if err != nil {
		return err
	}
	f.rec, err = pipeline.NewRecorder(seg, nil)
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, d Doc, emit func(Out), dead func(Out)) error {
	doc := &corpus.Document{ID: d.ID, Path: d.Path, Line: d.Line, Orig: d.Orig, Encoding: d.Encoding, SHA256: d.SHA256,
		Title: d.Title, Date: d.Date, URL: d.URL, Currency: d.Currency}
	start := time.Now()
	rec, err := f.rec.Record(ctx, doc)
	var line []byte
	if err == nil {
		line, err = schema.AppendJSON(make([]byte, 0, 2048), rec)
	}
	extractTime.Update(ctx, time.Since(start).Microseconds())
	if err != nil {
		errorCount.Inc(ctx, 1)
		dead(deadLetter(d.Path, &corpus.Error{Pos: corpus.Pos{Path: d.Path, Line: d.Line, Col: 1}, ID: d.ID, Err: err}))
		return nil
	}
	emit(Out{ID: d.ID, Path: d.Path, Line: d.Line, JSON: string(line)})
	return nil
}

// firstOfIDFn keeps the first document of an id (by path, then line) and
// sends it to its shard; the others are dead letters.
type firstOfIDFn struct {
	Shards int
}

func (f *firstOfIDFn) ProcessElement(ctx context.Context, id string, outs func(*Out) bool, kept func(int, Out), dups func(int, Out)) {
	var all []Out
	var o Out
	for outs(&o) {
		all = append(all, o)
	}
	slices.SortFunc(all, byPlace)
	sum := sha256.Sum256([]byte(id))
	kept(int(binary.BigEndian.Uint64(sum[:8])%uint64(f.Shards)), all[0])
	first := diag.Position{Path: all[0].Path, Line: all[0].Line}
	for _, d := range all[1:] {
		errorCount.Inc(ctx, 1)
		b, _ := json.Marshal(DeadLetter{Position: diag.Position{Path: d.Path, Line: d.Line, Col: 1}, ID: id,
			Message: fmt.Sprintf("%v %q (first at %s)", corpus.ErrDuplicateID, id, first)})
		dups(0, Out{ID: id, Path: d.Path, Line: d.Line, JSON: string(b)})
	}
}

// byPlace orders results by path, then line: the order extract reads.
func byPlace(a, b Out) int {
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return a.Line - b.Line
}

// writeShardFn writes one shard's lines, ordered by path and line, to its
// file atomically. Shards -1 is the dead letters' file.
type writeShardFn struct {
	Prefix string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, outs func(*Out) bool) error {
	var all []Out
	var o Out
	for outs(&o) {
		all = append(all, o)
	}
	slices.SortFunc(all, byPlace)
	var b []byte
	for _, o := range all {
		b = append(b, o.JSON...)
		if !strings.HasSuffix(o.JSON, "\n") {
			b = append(b, '\n')
		}
	}
	if f.Shards < 0 {
		return fsutil.Write(ErrorsFile(f.Prefix), b)
	}
	writtenCount.Inc(ctx, int64(len(all)))
	return fsutil.Write(ShardFile(f.Prefix, shard, f.Shards), b)
}

// ShardFile names record shard i of n.
func ShardFile(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// ErrorsFile names the dead letters' file.
func ErrorsFile(prefix string) string { return prefix + "-errors.jsonl" }

// Complete writes the files a run leaves out because nothing went to
// them: empty record shards and an empty dead letters' file, so that every
// run leaves the same set of files.
func Complete(cfg Config) error {
	if cfg.Shards <= 0 {
		cfg.Shards = 4
	}
	for i := 0; i < cfg.Shards; i++ {
		if _, err := os.Stat(ShardFile(cfg.Output, i, cfg.Shards)); errors.Is(err, fs.ErrNotExist) {
			if err := fsutil.Write(ShardFile(cfg.Output, i, cfg.Shards), nil); err != nil {
				return err
			}
		}
	}
	if _, err := os.Stat(ErrorsFile(cfg.Output)); errors.Is(err, fs.ErrNotExist) {
		return fsutil.Write(ErrorsFile(cfg.Output), nil)
	}
	return nil
}

// Counts are the pipeline's counters, summed over its steps.
type Counts struct{ Read, Written, Errors int64 }

// CountsOf reads the counters from a run's metrics.
func CountsOf(res beam.PipelineResult) Counts {
	var c Counts
	if res == nil {
		return c
	}
	for _, m := range res.Metrics().AllMetrics().Counters() {
		if m.Namespace() != metricNS {
			continue
		}
		switch m.Name() {
		case "read":
			c.Read += m.Result()
		case "written":
			c.Written += m.Result()
		case "errors":
			c.Errors += m.Result()
		}
	}
	return c
}

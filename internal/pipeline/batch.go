package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/engine"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/fsutil"
	"github.com/pressmine/pressmine/schema"
)

// Recorder turns documents into records: it holds what every document needs: the segmenter, the extractors
// and the validator. Build one per process; it is safe for concurrent use.
type Recorder struct {
	Seg       segment.Segmenter
	Engine    *engine.Engine
	Validator *schema.Validator // for record files: every check
	self      *schema.Validator // for records just extracted
	scratch   sync.Pool         // *extract.Scratch, one per document in progress
	large     sync.Mutex        // held while a large document is in progress
	largeSc   extract.Scratch   // its tables, under large
}

// largeDoc is the size in bytes beyond which a document is large. One
// large document is worked on at a time, in tables of its own (some 50
// bytes a code point, most of them tokens) rather than the pool's, so the
// memory a run needs grows with its largest document once, not once a
// worker. No press release comes near.
const largeDoc = 1 << 20

// NewEngine builds an Engine around a segmenter with the default
// vocabularies, plus the entity word lists in extra (may be nil).
func NewRecorder(seg segment.Segmenter, extra []entity.Config) (*Recorder, error) {
	parts, err := newRecorderParts(extra)
	if err != nil {
		return nil, err
	}
	return parts.with(seg), nil
}

// recorderParts are a Recorder but for its segmenter, so that they can be
// built while the segmenter's dictionary loads (loadRecorder).
type recorderParts struct {
	engine  *engine.Parts
	v, self *schema.Validator
}

func (p *recorderParts) with(seg segment.Segmenter) *Recorder {
	return &Recorder{Seg: seg, Engine: p.engine.With(seg), Validator: p.v, self: p.self}
}

func newRecorderParts(extra []entity.Config) (*recorderParts, error) {
	mc, err := money.DefaultConfig()
	if err != nil {
		return nil, err
	}
	ec, err := entity.DefaultConfig()
	if err != nil {
		return nil, err
	}
	for _, e := range extra {
		ec.Merge(e)
	}
	p, err := engine.NewParts(mc, ec)
	if err != nil {
		return nil, err
	}
	// Committed records (validate, check) are read again amount by amount:
	// a value edited by hand must agree with its text.
	v, err := schema.NewValidator(p.Reparse)
	if err != nil {
		return nil, err
	}
	// A record just extracted got its values from reading those very texts,
	// so reading them again proves nothing; it is checked against the schema
	// and the source text without that step.
	self, err := schema.NewValidator(nil)
	if err != nil {
		return nil, err
	}
	return &recorderParts{engine: p, v: v, self: self}, nil
}

// Record extracts, links and validates one document. A record that does
// not pass validation is an error, never returned; so is a panic while
// extracting (a bug), so that one document that meets it does not stop a
// batch.
func (e *Recorder) Record(ctx context.Context, doc *corpus.Document) (rec *schema.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("internal error while extracting (a bug in pressmine; please report it with this document): %v", p)
		}
	}()
	// The record holds strings only, nothing of the Doc: its buffers go
	// back for the next document when the record is made.
	var sc *extract.Scratch
	if len(doc.Orig) > largeDoc {
		e.large.Lock()
		defer e.large.Unlock()
		sc = &e.largeSc
	} else {
		sc, _ = e.scratch.Get().(*extract.Scratch)
		if sc == nil {
			sc = new(extract.Scratch)
		}
		defer e.scratch.Put(sc)
	}
	d := e.Engine.Doc(sc, doc)
	res, err := e.Engine.Run(ctx, d)
	if err != nil {
		return nil, err
	}
	rec, err = ToRecord(doc, res)
	if err != nil {
		return nil, err
	}
	if issues := e.self.CheckBuiltAt(rec, doc.Orig, d.Text.OrigOffsets()); len(issues) > 0 {
		msgs := make([]string, len(issues))
		for i, is := range issues {
			msgs[i] = is.Error()
		}
		return nil, fmt.Errorf("record fails validation: %s", strings.Join(msgs, "; "))
	}
	return rec, nil
}

// BatchConfig configures a batch run.
type BatchConfig struct {
	Args     []string // inputs; none means the embedded sample corpus
	OutDir   string   // one <id>.yaml (or .json) per document here; "" means a stream on Out
	Format   string   // yaml (default) or jsonl
	Force    bool     // with OutDir: redo documents whose record is already there
	Jobs     int      // workers, at least 1
	Annotate bool     // comment every span with the text it slices (yaml)
	Stdin    io.Reader
	MaxBytes int64
	// Currency, if set, is the local dollar of documents that do not say
	// theirs (corpus.Document.Currency).
	Currency string
	// Progress, if set, is called after every document with the counts so
	// far and the bytes of text read.
	Progress func(s Summary, bytes int64)
	// DocTimeout, if positive, is how long one document may take: one that
	// takes longer (a bug that loops) is reported as an error and the batch
	// goes on without it. Its work cannot be stopped; it goes on using a
	// core until the process ends.
	DocTimeout time.Duration
}

// Summary counts a batch: Read = Written + Skipped + Failed + NotDone
// always.
type Summary struct {
	Read    int `json:"read"`
	Written int `json:"written"`
	Skipped int `json:"skipped"` // already in the output folder for the same source
	Failed  int `json:"failed"`
	// NotDone counts documents read but not finished because the run
	// stopped (a signal, a full disk): they are not failures, and a new
	// run does them.
	NotDone int `json:"not_done"`
	// ErrorsLeftOut counts failed documents beyond the first maxErrors,
	// whose errors were printed but are not kept in Errors.
	ErrorsLeftOut int `json:"errors_left_out,omitempty"`
	// Errors lists the failed documents' errors, in input order, the first
	// maxErrors of them.
	Errors []ReportedError `json:"errors"`
}

// ReportedError is one document's error in a report.
type ReportedError struct {
	diag.Position
	ID      string `json:"id,omitempty"`
	Message string `json:"message"`
}

type item struct {
	seq     int
	slots   int // of the window: one, and one more for every slotBytes of text
	doc     *corpus.Document
	err     error
	out     []byte // the record, encoded
	id      string
	skipped bool
	size    int64
}

// process extracts and encodes one document read without error (or finds
// its record already there); a document that fails carries its error.
func (e *Recorder) process(ctx context.Context, cfg BatchConfig, it item) item {
	if it.err != nil {
		return it
	}
	it.id = it.doc.ID
	it.size = int64(len(it.doc.Orig))
	if it.doc.Currency == "" {
		it.doc.Currency = cfg.Currency
	}
	if cfg.OutDir != "" && !cfg.Force && alreadyDone(cfg.OutDir, it.doc, cfg.Format) {
		it.skipped = true
		return it
	}
	it.out, it.err = e.encodeDoc(ctx, it.doc, cfg.Format, cfg.Annotate)
	if it.err != nil {
		it.err = &corpus.Error{Pos: corpus.Pos{Path: it.doc.Path, Line: it.doc.Line, Col: 1}, ID: it.doc.ID, Err: it.err}
	}
	return it
}

// maxErrors is how many document errors a Summary keeps (all are printed
// as they happen): a run over millions of bad lines keeps its memory.
const maxErrors = 1000

// handBatch is how many documents the reader hands to a worker, and a
// worker's results to the writer, at most at once. At 32, waking the other
// side costs about 1% of a run; at 8 it cost 3% (futex calls). A hand is
// weighed in window slots, so large documents go on in smaller hands: a
// document of handBatch slots or more goes alone, and its record comes out
// as soon as it is done rather than after the documents handed with it.
const handBatch = 32

// slotBytes is the text a window slot stands for beyond the first.
const slotBytes = 64 << 10

// windowSlots is the window's size for jobs workers: room for two hands a
// worker and one more, which bounds the text read but not yet written to
// about 10 MiB with two workers, however large the documents.
func windowSlots(jobs int) int { return jobs*2*handBatch + handBatch }

// slotsFor is the slots a document of size bytes takes: one, one more for
// every slotBytes, and never more than the whole window (a document larger
// than the window waits for every document before it to be written, then
// goes through alone).
func slotsFor(size, window int) int { return min(1+size/slotBytes, window) }

// RunBatch reads every input, extracts a record per document with
// cfg.Jobs workers, and writes records (to out or to files) and errors (to
// errw, as path:line:col: message) in input order whatever the number of
// workers. One bad document never stops the batch. The error it returns is
// a runtime failure (the output folder cannot be written), not a document
// failure.
func (e *Recorder) RunBatch(ctx context.Context, cfg BatchConfig, out, errw io.Writer) (Summary, error) {
	if cfg.OutDir != "" {
		unlock, err := lockDir(cfg.OutDir)
		if err != nil {
			return Summary{}, err
		}
		defer unlock()
	}
	jobs := max(cfg.Jobs, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Room for a few documents a worker on each hand, so that reader,
	// workers and writer rarely sleep and wake for every document.
	in := make(chan []item, jobs*2)
	done := make(chan []item, jobs*2)
	// The window bounds what is read but not yet written (slotsFor).
	window := make(chan struct{}, windowSlots(jobs))
	// A stream goes out through a buffer, flushed whenever no record is
	// ready to follow (so a reader of the stream never waits on it).
	bw := bufio.NewWriterSize(out, 64<<10)
	out = bw

	var readErr error
	go func() {
		defer close(in)
		r := corpus.NewReader(corpus.Options{Stdin: cfg.Stdin, MaxBytes: cfg.MaxBytes})
		// Documents go to the workers a few at a time, as results come
		// back: what is held is sent as soon as the workers have nothing
		// to do or before waiting for room, so a slow input (a pipe) is
		// never held back.
		seq := 0
		var hand []item
		weight := 0 // of hand, in slots
		send := func() error {
			if len(hand) == 0 {
				return nil
			}
			select {
			case in <- hand:
				hand, weight = nil, 0
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		emit := func(doc *corpus.Document, err error) error {
			slots := 1
			if doc != nil {
				slots = slotsFor(len(doc.Orig), cap(window))
			}
			for k := 0; k < slots; k++ {
				select {
				case window <- struct{}{}:
				default:
					if err := send(); err != nil {
						return err
					}
					select {
					case window <- struct{}{}:
					case <-ctx.Done():
						return ctx.Err()
					}
				}
			}
			hand = append(hand, item{seq: seq, slots: slots, doc: doc, err: err})
			weight += slots
			seq++
			if weight >= handBatch || len(in) == 0 {
				return send()
			}
			return nil
		}
		if len(cfg.Args) == 0 {
			readErr = r.WalkSample(ctx, emit)
		} else {
			readErr = r.Walk(ctx, cfg.Args, emit)
		}
		if err := send(); err != nil && readErr == nil {
			readErr = err
		}
	}()

	// Each worker keeps its state in a slot the watchdog can take over:
	// a document that runs past cfg.DocTimeout is reported as failed, and
	// a new worker goes on with the slot's work while the stuck one is
	// left to itself. Documents run on the worker's own goroutine: one
	// started for each document, to wait on it with a timer, cost a fifth
	// of a run on short documents (waking the worker when it was done).
	var wg sync.WaitGroup
	startWorker := func(s *slot) {
		wg.Add(1)
		go func() {
			if s.run(ctx, e, cfg, in, done) {
				wg.Done()
			}
		}()
	}
	slots := make([]*slot, jobs)
	for w := range slots {
		slots[w] = &slot{}
		startWorker(slots[w])
	}
	stopWatch := make(chan struct{})
	if cfg.DocTimeout > 0 {
		// The new worker counts before the old one stops counting, and
		// only once the failure was handed over: done stays open for it.
		go watch(cfg.DocTimeout, slots, stopWatch, done, startWorker, wg.Done)
	}
	go func() { wg.Wait(); close(stopWatch); close(done) }()

	var sum Summary
	var bytesRead int64
	var writeErr error
	fail := func(e ReportedError) {
		sum.Failed++
		if len(sum.Errors) < maxErrors {
			sum.Errors = append(sum.Errors, e)
		} else {
			sum.ErrorsLeftOut++
		}
	}
	buffered := 0 // records in the stream's buffer, written once it is flushed
	flushed := func() {
		if buffered > 0 {
			sum.Written += buffered
			buffered = 0
			progress(cfg, sum, bytesRead)
		}
	}
	if cfg.OutDir != "" {
		removeStaleTemps(cfg.OutDir) // ours: the folder is locked
	}
	pending := map[int]item{}
	next := 0
	first := true
	for hand := range done {
		for _, it := range hand {
			pending[it.seq] = it
		}
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			for k := 0; k < it.slots; k++ {
				<-window
			}
			sum.Read++
			bytesRead += it.size
			if writeErr != nil || it.err != nil && ctx.Err() != nil && errors.Is(it.err, ctx.Err()) {
				// The run is stopping: what is left is not done, not failed.
				sum.NotDone++
				continue
			}
			if it.err != nil {
				fail(reported(it))
				fmt.Fprintln(errw, it.err)
				progress(cfg, sum, bytesRead)
				continue
			}
			if it.skipped {
				sum.Skipped++
				progress(cfg, sum, bytesRead)
				continue
			}
			var err error
			if cfg.OutDir != "" {
				err = writeRecordFile(cfg.OutDir, it.id, ext(cfg.Format), it.out)
			} else {
				if !first && cfg.Format != "jsonl" {
					_, err = io.WriteString(out, "---\n")
				}
				if err == nil {
					_, err = out.Write(it.out)
				}
				first = false
			}
			if err != nil {
				var idErr *unsafeIDError
				if errors.As(err, &idErr) {
					fail(ReportedError{Position: diag.Position{Path: it.doc.Path, Line: it.doc.Line}, ID: it.id, Message: err.Error()})
					fmt.Fprintf(errw, "%s: %v\n", it.doc.Path, err)
					continue
				}
				// The output cannot be written: one run error; this
				// document and the ones in the buffer are not done.
				writeErr = err
				sum.NotDone += 1 + buffered
				buffered = 0
				cancel()
				continue
			}
			if cfg.OutDir != "" {
				sum.Written++
			} else {
				buffered++
			}
			progress(cfg, sum, bytesRead)
		}
		if len(done) == 0 && writeErr == nil {
			if err := bw.Flush(); err != nil {
				writeErr = err
				sum.NotDone += buffered
				buffered = 0
				cancel()
			} else {
				flushed()
			}
		}
	}
	if writeErr == nil {
		if err := bw.Flush(); err != nil {
			writeErr = err
			sum.NotDone += buffered
			buffered = 0
		} else {
			flushed()
		}
	}
	if writeErr != nil {
		return sum, writeErr
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return sum, readErr
	}
	return sum, ctx.Err()
}

// A slot is one worker's state: the reader's hand it has not started,
// its results not yet handed to the writer, and the document it works on.
type slot struct {
	mu        sync.Mutex
	rest      []item // of the reader's hand, not started
	hand      []item // results for the writer
	weight    int    // of hand, in window slots
	cur       *item  // the document being worked on, or nil
	since     time.Time
	abandoned bool // the watchdog gave cur up and took the rest over
}

// run works on the slot's documents and on hands from in until in is
// closed, handing results to done a few at a time: waking the writer for
// every document cost more than writing it. What is done is handed over
// before waiting for more work, so nothing waits on a worker that has
// none. run reports false when the watchdog gave it up.
func (s *slot) run(ctx context.Context, e *Recorder, cfg BatchConfig, in <-chan []item, done chan<- []item) bool {
	for {
		s.mu.Lock()
		if len(s.rest) == 0 {
			s.mu.Unlock()
			var work []item
			var ok bool
			select {
			case work, ok = <-in:
			default:
				s.flush(done)
				work, ok = <-in
			}
			if !ok {
				s.flush(done)
				return true
			}
			s.mu.Lock()
			s.rest = work
			s.mu.Unlock()
			continue
		}
		it := s.rest[0]
		s.rest = s.rest[1:]
		s.cur, s.since = &it, time.Now()
		s.mu.Unlock()
		res := e.process(ctx, cfg, it)
		s.mu.Lock()
		if s.abandoned {
			s.mu.Unlock()
			return false // reported as failed; the slot's work went on elsewhere
		}
		s.cur = nil
		s.hand = append(s.hand, res)
		s.weight += it.slots
		var out []item
		if s.weight >= handBatch {
			out, s.hand, s.weight = s.hand, nil, 0
		}
		s.mu.Unlock()
		if out != nil {
			done <- out
		}
	}
}

// flush hands the slot's results to the writer.
func (s *slot) flush(done chan<- []item) {
	s.mu.Lock()
	out := s.hand
	s.hand, s.weight = nil, 0
	s.mu.Unlock()
	if len(out) > 0 {
		done <- out
	}
}

// watch looks at the workers' slots a few times a timeout until stop is
// closed: a document worked on for longer than timeout is reported to
// done as failed with the results before it, start starts a new worker on
// a new slot with the rest of the old one's work, and then left says that
// the old worker, left to itself, is no longer waited for.
func watch(timeout time.Duration, slots []*slot, stop <-chan struct{}, done chan<- []item, start func(*slot), left func()) {
	tick := time.NewTicker(min(max(timeout/4, time.Millisecond), time.Second))
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		for i, s := range slots {
			s.mu.Lock()
			if s.cur == nil || time.Since(s.since) <= timeout {
				s.mu.Unlock()
				continue
			}
			s.abandoned = true
			out := append(s.hand, timedOut(*s.cur, timeout))
			next := &slot{rest: s.rest}
			s.hand, s.rest = nil, nil
			s.mu.Unlock()
			slots[i] = next
			start(next)
			done <- out
			left()
		}
	}
}

// timedOut is it failed for running past timeout.
func timedOut(it item, timeout time.Duration) item {
	it.id = it.doc.ID
	it.size = int64(len(it.doc.Orig))
	err := fmt.Errorf("not finished after %v, left out (a bug in pressmine; please report it with this document)", timeout)
	it.err = &corpus.Error{Pos: corpus.Pos{Path: it.doc.Path, Line: it.doc.Line, Col: 1}, ID: it.doc.ID, Err: err}
	return it
}

func (e *Recorder) encodeDoc(ctx context.Context, doc *corpus.Document, format string, annotate bool) ([]byte, error) {
	rec, err := e.Record(ctx, doc)
	if err != nil {
		return nil, err
	}
	if format == "jsonl" {
		b, err := schema.AppendJSON(make([]byte, 0, 2048), rec)
		if err != nil {
			return nil, err
		}
		return append(b, '\n'), nil
	}
	var b strings.Builder
	enc := schema.NewEncoder(&b)
	var orig *string
	if annotate {
		orig = &doc.Orig
	}
	if err := enc.Encode(rec, orig); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

type unsafeIDError struct{ id string }

func (e *unsafeIDError) Error() string {
	return fmt.Sprintf("id %q would write outside the output folder", e.id)
}

func progress(cfg BatchConfig, s Summary, n int64) {
	if cfg.Progress != nil {
		cfg.Progress(s, n)
	}
}

func reported(it item) ReportedError {
	r := ReportedError{Message: it.err.Error(), ID: it.id}
	var ce *corpus.Error
	if errors.As(it.err, &ce) {
		r.Position, r.Message = ce.Pos, ce.Err.Error()
		if ce.ID != "" {
			r.ID = ce.ID
		}
	}
	return r
}

func ext(format string) string {
	if format == "jsonl" {
		return ".json"
	}
	return ".yaml"
}

// alreadyDone reports whether dir holds a record for doc made from the
// same source bytes (its source.sha256), so a killed run resumes.
func alreadyDone(dir string, doc *corpus.Document, format string) bool {
	if !corpus.SafeID(doc.ID) {
		return false
	}
	f, err := os.Open(filepath.Join(dir, recordName(doc.ID)+ext(format)))
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	// YAML (quoted, or plain as earlier versions wrote it) or JSON.
	for _, form := range []string{`sha256: "` + doc.SHA256 + `"`, "sha256: " + doc.SHA256 + "\n", `"sha256":"` + doc.SHA256 + `"`} {
		if bytes.Contains(head, []byte(form)) {
			return true
		}
	}
	return false
}

// removeStaleTemps deletes temporary files a killed run left in dir.
func removeStaleTemps(dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if ok, _ := filepath.Match(fsutil.TempPattern, d.Name()); err == nil && !d.IsDir() && ok {
			os.Remove(p)
		}
		return nil
	})
}

// writeRecordFile writes dir/<id><ext> atomically: a temporary file in the
// same folder, synced, then renamed over the target.
// maxNameBytes is the longest file or folder name recordName makes, in
// bytes, leaving room under the usual limit of 255 for the extension.
const maxNameBytes = 200

// recordName is the relative path of an id's record file, without its
// extension: each element of the id (split at /) with the bytes a file
// name should not hold written as %XX (control bytes, colon, backslash,
// and % itself), and an element longer than maxNameBytes cut at a code
// point and ended with ~ and 16 hex digits of its SHA-256, so that any id
// names a file the file system takes, and different ids different files.
func recordName(id string) string {
	parts := strings.Split(id, "/")
	for i, el := range parts {
		var b strings.Builder
		for j := 0; j < len(el); j++ {
			c := el[j]
			if c < 0x20 || c == 0x7f || c == ':' || c == '\\' || c == '%' {
				fmt.Fprintf(&b, "%%%02X", c)
				continue
			}
			b.WriteByte(c)
		}
		name := b.String()
		if len(name) > maxNameBytes {
			sum := sha256.Sum256([]byte(el))
			cut := maxNameBytes - 17
			for cut > 0 && !utf8.RuneStart(name[cut]) {
				cut--
			}
			name = name[:cut] + "~" + hex.EncodeToString(sum[:8])
		}
		parts[i] = name
	}
	return filepath.Join(parts...)
}

func writeRecordFile(dir, id, ext string, b []byte) error {
	if !corpus.SafeID(id) {
		return &unsafeIDError{id}
	}
	target := filepath.Join(dir, recordName(id)+ext)
	rel, err := filepath.Rel(dir, target)
	if err != nil || strings.HasPrefix(rel, "..") || filepath.IsAbs(rel) {
		return &unsafeIDError{id}
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	return fsutil.Write(target, b)
}

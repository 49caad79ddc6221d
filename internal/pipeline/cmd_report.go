package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/fsutil"
	"github.com/pressmine/pressmine/internal/check"
	"github.com/pressmine/pressmine/internal/report"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
)

func cmdReport(ctx context.Context, args []string, sio IO) int {
	fs := newFlagSet("report", "[flags] [PATH...]", `Writes one self-contained HTML page (inline style and script, nothing fetched,
opens from disk) that shows every record over its text: each mention
highlighted by category, the record's lists beside the text, and, where a gold
file NAME.gold.yaml is beside the source, what was right, wrong and missed.
PATH is read as extract reads it (no PATH: the embedded sample corpus). A
document's record is DIR/<id>.yaml with --records DIR, else NAME.yaml beside
the source when there is one, else extracted now.
`, sio)
	var sf segFlags
	sf.register(fs)
	var mf modelFlag
	mf.register(fs)
	out := fs.String("o", "report.html", "write the page to `FILE` (atomically)")
	records := fs.String("records", "", "read the records from `DIR`/<id>.yaml instead of extracting")
	maxDocs := fs.Int("max-docs", 0, "report on the first `N` documents only (0: all)")
	pageSize := fs.Int("page-size", 20, "documents shown at a time")
	title := fs.String("title", "pressmine report", "the page's title")
	quiet := fs.Bool("q", false, "no summary on standard error")
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	if *maxDocs < 0 || *pageSize < 1 {
		fmt.Fprintln(sio.Stderr, "pressmine report: --max-docs must be 0 or more and --page-size 1 or more")
		return ExitUsage
	}
	rec, seg, _, err := loadRecorder(&sf, &mf, nil)
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine report: %v\n", err)
		return ExitUsage
	}
	defer seg.Close()
	var docs []report.Doc
	failed := 0
	errStop := errors.New("enough documents")
	visit := func(doc *corpus.Document, err error) error {
		if *maxDocs > 0 && len(docs) >= *maxDocs {
			return errStop
		}
		if err != nil {
			var ce *corpus.Error
			src := &corpus.Document{}
			if errors.As(err, &ce) {
				src.Path, src.Line, src.ID = ce.Path, ce.Line, ce.ID
			}
			docs = append(docs, report.Doc{Source: src, Err: err})
			failed++
			return nil
		}
		d := report.Doc{Source: doc}
		d.Record, d.Err = recordFor(ctx, rec, doc, *records)
		if d.Err != nil {
			failed++
		}
		if gp := check.Sidecar(doc, ".gold.yaml"); gp != "" {
			b, err := os.ReadFile(gp)
			if err == nil {
				d.Gold, err = score.ParseGold(gp, b, doc.ID)
			}
			if err != nil {
				return fmt.Errorf("%w: %v", errGold, err)
			}
		}
		docs = append(docs, d)
		return ctx.Err()
	}
	r := corpus.NewReader(corpus.Options{Stdin: sio.Stdin})
	if fs.NArg() == 0 {
		err = r.WalkSample(ctx, visit)
	} else {
		err = r.Walk(ctx, fs.Args(), visit)
	}
	if err != nil && !errors.Is(err, errStop) {
		fmt.Fprintf(sio.Stderr, "pressmine report: %v\n", err)
		return ExitUsage
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, docs, report.Options{Title: *title, PageSize: *pageSize}); err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine report: %v\n", err)
		return ExitUsage
	}
	if err := fsutil.Write(*out, buf.Bytes()); err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine report: %v\n", err)
		return ExitUsage
	}
	if !*quiet {
		fmt.Fprintf(sio.Stderr, "pressmine report: %d documents (%d with errors), %d KB: %s\n", len(docs), failed, (buf.Len()+1023)/1024, *out)
	}
	return ExitOK
}

var errGold = errors.New("gold file")

// recordFor is a document's record: from DIR/<id>.yaml, or NAME.yaml
// beside the source, validated against the source; else extracted now.
func recordFor(ctx context.Context, rec *Recorder, doc *corpus.Document, dir string) (*schema.Record, error) {
	p := ""
	if dir != "" {
		p = filepath.Join(dir, filepath.FromSlash(doc.ID)+".yaml")
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("no record %s", p)
		}
	} else {
		p = check.Sidecar(doc, ".yaml")
	}
	if p == "" {
		return rec.Record(ctx, doc)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	decoded, issues := schema.Decode(p, f)
	if len(issues) > 0 {
		return nil, issues[0]
	}
	if len(decoded) != 1 {
		return nil, fmt.Errorf("%s: %d records in one file; want one", p, len(decoded))
	}
	d := decoded[0]
	if issues := rec.Validator.CheckRaw(d.Record, d.Raw, &doc.Orig); len(issues) > 0 {
		is := issues[0]
		is.Path = p
		is.Line, is.Col = schema.Position(d.Node, is.Pointer)
		return nil, is
	}
	return d.Record, nil
}

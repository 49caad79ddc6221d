package pipeline

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/schema"
)

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
	// The same recorder as extract and check build (validate needs no
	// segmenter: it reads amount texts again, not documents).
	rec, err := NewRecorder(nil, nil)
	if err != nil {
		fmt.Fprintln(sio.Stderr, err)
		return ExitUsage
	}
	v := rec.Validator
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
				ids[d.Record.ID] = diag.Position{Path: p, Line: line, Col: col}.String()
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

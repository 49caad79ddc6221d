package pipeline

import (
	"context"
	"encoding/json"
	"io"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/schema"
)

// benchRecord is the record of a typical sample document, with its text.
func benchRecord(b *testing.B) (*schema.Record, *corpus.Document) {
	eng := recorder(b)
	var doc *corpus.Document
	corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		if err == nil && d.ID == "01-linhai-signing" {
			doc = d
		}
		return nil
	})
	rec, err := eng.Record(context.Background(), doc)
	if err != nil {
		b.Fatal(err)
	}
	return rec, doc
}

// BenchmarkValidate: the schema and semantic checks of one typical record,
// by the JSON Schema library (validate, check) and on the Go values
// (records extract has just built). MB/s are of the document's text.
func BenchmarkValidate(b *testing.B) {
	rec, doc := benchRecord(b)
	v, _ := schema.NewValidator(nil)
	for name, check := range map[string]func(*schema.Record, *string) []schema.Issue{"Library": v.Check, "Built": v.CheckBuilt} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Orig)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if is := check(rec, &doc.Orig); len(is) > 0 {
					b.Fatal(is)
				}
			}
		})
	}
}

// BenchmarkEncode: one typical record written as YAML and as a JSON line
// (by AppendJSON, and by encoding/json for comparison).
// MB/s are of the document's text.
func BenchmarkEncode(b *testing.B) {
	rec, doc := benchRecord(b)
	b.Run("YAML", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Orig)))
		b.ReportAllocs()
		e := schema.NewEncoder(io.Discard)
		for i := 0; i < b.N; i++ {
			if err := e.Encode(rec, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("JSON", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Orig)))
		b.ReportAllocs()
		var buf []byte
		for i := 0; i < b.N; i++ {
			var err error
			if buf, err = schema.AppendJSON(buf[:0], rec); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("JSONMarshal", func(b *testing.B) { // encoding/json, for comparison
		b.SetBytes(int64(len(doc.Orig)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := json.Marshal(rec); err != nil {
				b.Fatal(err)
			}
		}
	})
}

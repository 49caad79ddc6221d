package pipeline

import (
	"context"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/schema"
)

// BenchmarkValidate: the schema and semantic checks of one typical record.
func BenchmarkValidate(b *testing.B) {
	eng := engine(b)
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
	v, _ := schema.NewValidator(nil)
	b.SetBytes(int64(len(doc.Orig)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if is := v.Check(rec, &doc.Orig); len(is) > 0 {
			b.Fatal(is)
		}
	}
}

package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/pressmine/pressmine/corpus"
)

// BenchmarkBatch runs the whole pipeline (read, decode, normalise, segment,
// extract, link, validate, encode) over many small press releases, as
// extract does, with one and two workers.
func BenchmarkBatch(b *testing.B) {
	var texts []string
	corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		if err == nil {
			texts = append(texts, d.Orig)
		}
		return nil
	})
	path := filepath.Join(b.TempDir(), "docs.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for i := 0; i < 400; i++ {
		t := texts[i%len(texts)]
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": t})
		f.Write(append(line, '\n'))
		size += int64(len(t))
	}
	f.Close()
	eng := recorder(b)
	for _, jobs := range []int{1, 2} {
		for _, format := range []string{"yaml", "jsonl"} {
			b.Run(fmt.Sprintf("j%d/%s", jobs, format), func(b *testing.B) {
				b.SetBytes(size)
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					sum, err := eng.RunBatch(context.Background(), BatchConfig{Args: []string{path}, Jobs: jobs, Format: format}, io.Discard, io.Discard)
					if err != nil || sum.Failed > 0 {
						b.Fatal(err, sum.Failed)
					}
				}
			})
		}
	}
}

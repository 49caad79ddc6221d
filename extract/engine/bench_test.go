package engine

import (
	"context"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// benchText is the sample corpus, repeated to about 256 KiB: real-looking
// press-release text with sums, lists and institutes.
func benchText(b *testing.B) string {
	b.Helper()
	var parts []string
	err := corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		if err == nil {
			parts = append(parts, d.Orig)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	one := strings.Join(parts, "\n\n")
	return strings.Repeat(one+"\n\n", 256<<10/len(one)+1)
}

// BenchmarkRawJiebaTag is the baseline: gojieba Tag fed line by line, as
// cheaply as the library allows.
func BenchmarkRawJiebaTag(b *testing.B) {
	text := benchText(b)
	seg := peerSegmenter(&testing.T{})
	lines := strings.Split(text, "\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			if l != "" {
				seg.RawTag(l)
			}
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := benchText(b)
	b.Run("NoChange", func(b *testing.B) {
		ascii := strings.Repeat("Investment of 5 billion yuan, signed today.\n", len(text)/45)
		b.SetBytes(int64(len(ascii)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			textmap.Normalize(ascii)
		}
	})
	b.Run("Chinese", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			textmap.Normalize(text)
		}
	})
	b.Run("FullWidth", func(b *testing.B) {
		fw := strings.Repeat("总投资１２．６亿元，签约２８个项目。\n", len(text)/60)
		b.SetBytes(int64(len(fw)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			textmap.Normalize(fw)
		}
	})
}

// BenchmarkTokenize segments the normalised text with each segmenter
// (both give the same tokens).
func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	t := textmap.Normalize(text)
	for _, s := range []struct {
		name string
		seg  segment.Segmenter
	}{{"Gojieba", peerSegmenter(&testing.T{})}, {"Native", nativeSegmenter(&testing.T{})}} {
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				segment.Tokenize(s.seg, t)
			}
		})
	}
}

// BenchmarkExtract runs each extractor alone on a segmented document.
func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	seg := nativeSegmenter(&testing.T{})
	mc, _ := money.DefaultConfig()
	ec, _ := entity.DefaultConfig()
	p, err := New(seg, mc, ec)
	if err != nil {
		panic(err)
	}
	d := extract.NewDoc(&corpus.Document{Orig: text}, seg)
	ctx := context.Background()
	for _, x := range p.Extractors() {
		b.Run(x.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := x.Extract(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("Pipeline", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := p.Run(ctx, extract.NewDoc(&corpus.Document{Orig: text}, seg)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

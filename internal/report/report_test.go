package report

import (
	"bytes"
	"errors"
	"html"
	"math/big"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/schema"
)

func TestYuan(t *testing.T) {
	for in, want := range map[int64]string{1865000000: "18.65亿", 38700000000000: "38.7万亿", 50000: "5万", 999: "999", 100000000: "1亿"} {
		if got := yuan(big.NewRat(in, 1)); got != want {
			t.Errorf("yuan(%d) = %q; want %q", in, got, want)
		}
	}
}

// TestWriteEscapes: names and texts reach the page only as escaped data;
// the page's script is the only one, allowed by its hash.
func TestWriteEscapes(t *testing.T) {
	text := `</script><script>alert(1)</script> 青山“<b>”集团`
	doc := &corpus.Document{ID: "x</script>", Path: "x.txt", Orig: text}
	rec := &schema.Record{Institutes: []schema.Institute{{Name: "</script>青山集团", Kind: "company", Spans: schema.Spans{{0, 5}}}}}
	var b bytes.Buffer
	docs := []Doc{{Source: doc, Record: rec}, {Source: &corpus.Document{ID: "bad", Path: "bad.txt"}, Err: errors.New("<i>broken</i>")}}
	if err := Write(&b, docs, Options{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if n := strings.Count(page, "<script"); n != 2 {
		t.Errorf("%d <script in the page; want 2", n)
	}
	if strings.Contains(page, "<i>broken</i>") || !strings.Contains(page, "&lt;i&gt;broken&lt;/i&gt;") {
		t.Error("an error message is not escaped")
	}
	if plain := html.UnescapeString(page); !strings.Contains(plain, "script-src 'sha256-") || !strings.Contains(plain, "default-src 'none'") {
		t.Error("no Content-Security-Policy that forbids fetching")
	}
}

package segment

import (
	"testing"

	"github.com/pressmine/pressmine/extract/textmap"
)

func TestTokenizeOffsets(t *testing.T) {
	in := "投资，１２亿元、大连金慧 (青岛)"
	tx := textmap.Normalize(in)
	toks := Tokenize(Fake{}, tx)
	norm := []rune(tx.Norm)
	end := 0
	for _, tk := range toks {
		if tk.Start != end || string(norm[tk.Start:tk.End]) != tk.Text {
			t.Fatalf("token %+v does not continue at %d or does not slice Norm", tk, end)
		}
		end = tk.End
	}
	if end != len(norm) {
		t.Errorf("tokens cover %d of %d code points", end, len(norm))
	}
	// Punctuation is cut by us and tagged x.
	for _, tk := range toks {
		if (tk.Text == "," || tk.Text == "、" || tk.Text == "(") && tk.POS != "x" {
			t.Errorf("punctuation %q tagged %s; want x", tk.Text, tk.POS)
		}
	}
}

// TestFake: the fake segmenter cuts the longest listed word, and every
// other code point alone.
func TestFake(t *testing.T) {
	f := Fake{Words: map[string]string{"华为": "nz", "华为公司": "nt", "签约": "v"}}
	var got []string
	for _, w := range f.Tag("华为公司签约7天") {
		got = append(got, w.Text+"/"+w.POS)
	}
	want := []string{"华为公司/nt", "签约/v", "7/m", "天/n"}
	if len(got) != len(want) {
		t.Fatalf("Fake.Tag = %v; want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Fake.Tag = %v; want %v", got, want)
		}
	}
}

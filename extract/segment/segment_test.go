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

// TestWordStartingAt: a position where a word starts gives that word; one
// inside a word or past the last gives none.
func TestWordStartingAt(t *testing.T) {
	toks := []Token{{Text: "西岭", Start: 0, End: 2}, {Text: "高速", Start: 2, End: 4}, {Text: "通车", Start: 4, End: 6}}
	for p, want := range map[int]int{0: 0, 2: 1, 4: 2, 1: -1, 3: -1, 6: -1} {
		k, ok := WordStartingAt(toks, p)
		if ok != (want >= 0) || ok && k != want {
			t.Errorf("WordStartingAt(%d) = %d, %v; want %d", p, k, ok, want)
		}
	}
}

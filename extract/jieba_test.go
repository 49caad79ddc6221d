package extract

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pressmine/pressmine/corpus"
)

// TestTagMatchesGojieba: Jieba.Tag (gojieba's cut, tags looked up in Go)
// gives exactly what gojieba's own Tag gives, on the sample corpus, the
// gold texts when they are beside the checkout, and random mixes of
// ideographs, ASCII, digits, punctuation and domain words.
func TestTagMatchesGojieba(t *testing.T) {
	seg := peerSegmenter(t)
	var lines []string
	require.NoError(t, corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		if err == nil {
			lines = append(lines, strings.Split(d.Orig, "\n")...)
		}
		return nil
	}))
	if gold, _ := filepath.Glob("../../shared/gold/dev/*.txt"); len(gold) > 0 {
		for _, g := range gold {
			b, err := os.ReadFile(g)
			require.NoError(t, err)
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	} else {
		t.Log("../shared/gold/dev not here: sample corpus and random lines only")
	}
	pool := []string{"高新区", "管委会", "产业园", "项目", "投资", "亿元", "华为", "A", "b", "AI", "5G", "2024", "3.5", "x86", "COVID-19",
		"，", "、", " ", "/", "“", "”", "(", ")", "·", "-", "%", "的", "和", "迪", "玛", "尔", "李", "文", "喜", "🙂", "Ⅱ", "ｱ", "é"}
	rng := rand.New(rand.NewPCG(7, 9))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(12); n > 0; n-- {
			b.WriteString(pool[rng.IntN(len(pool))])
		}
		lines = append(lines, b.String())
	}
	mismatches := 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		raw := seg.RawTag(l)
		want := make([]Word, len(raw))
		for i, r := range raw {
			want[i] = splitTag(r)
		}
		if !assert.Equal(t, want, seg.Tag(l), "%q", l) {
			if mismatches++; mismatches > 5 {
				t.FailNow()
			}
		}
	}
}

func TestSpecialTag(t *testing.T) {
	// cppjieba stops counting once it has seen half as many ASCII runes as
	// the word has runes (rounded down): 中1 is m, a single letter is x.
	for w, want := range map[string]string{"中文": "x", "A": "x", "AB": "eng", "12": "m", "1a": "m", "a1": "eng", "中1": "m", "1中": "m", "ab中": "eng", "\xff": "x"} {
		assert.Equal(t, want, specialTag(w), w)
	}
}

package extract

import (
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/stretchr/testify/require"
)

// TestNewDocInScratch: documents built one after another in one Scratch
// (long, short with a joined line break and full-width text, plain text
// that normalising leaves as it is) are each what NewDoc builds alone.
func TestNewDocInScratch(t *testing.T) {
	seg := segment.Fake{Words: map[string]string{"苏州": "ns", "工业园区": "n", "管委会": "n", "华为": "nz", "签约": "v", "投资": "vn"}}
	long := strings.Repeat("苏州工业园区管委会与华为签约，总投资１２亿元建设智能制造产业园项目。\n", 40)
	short := "投资，\n１２亿元、大连金慧 (青岛)\r\n"
	plain := "华为与苏州工业园区签约。\n总投资12亿元。" // normalising changes nothing
	// Texts over 64 KiB have their tables sized by a count of code points.
	bigPlain := strings.Repeat(plain+"\n", 3000)
	bigLong := strings.Repeat(long, 30)
	require.Greater(t, len(bigPlain), 64<<10)
	require.Greater(t, len(bigLong), 64<<10)
	var sc Scratch
	for _, text := range []string{long, short, plain, long, bigPlain, plain, bigLong, plain, short, bigLong} {
		src := &corpus.Document{Orig: text}
		got, want := NewDocIn(&sc, src, seg), NewDoc(src, seg)
		require.Equal(t, want.Text, got.Text)
		require.Equal(t, want.Tokens, got.Tokens)
		require.Equal(t, want.Sentences, got.Sentences)
		require.Equal(t, want.Starts, got.Starts)
	}
}

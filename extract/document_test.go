package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

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

// TestSplitGlued: a word that glues a body's head to its director's
// title (工业 局局长), a preposition or a classifier to a level of
// government (从市/x, 40 项省/x), or a
// route's 至 to the unknown place it runs to (至北坪/x), or a one-character
// head to a function word (研究 院为/x), is two tokens in a
// Doc at their own code points; other words stay as the segmenter gave them
// (从市场/n, 至今/d).
func TestSplitGlued(t *testing.T) {
	seg := segment.Fake{Words: map[string]string{"工业": "n", "局局长": "n", "业务": "n", "处处长": "v", "商务局": "nt", "局长": "n", "从市": "x", "发改委": "j", "从市场": "n",
		"东湖": "ns", "至北坪": "x", "段": "q", "至今": "d", "研究": "vn", "院为": "x", "院长": "n", "40": "m", "项省": "x", "专项": "n", "协会会长": "n"}}
	d := NewDoc(&corpus.Document{Orig: "工业局局长，业务处处长，商务局局长，从市发改委，从市场，东湖至北坪段至今，研究院为院长，40项省专项，工业协会会长"}, seg)
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, fmt.Sprintf("%s/%s@%d-%d", tok.Text, tok.POS, tok.Start, tok.End))
	}
	want := []string{"工业/n@0-2", "局/n@2-3", "局长/n@3-5", ",/x@5-6", "业务/n@6-8", "处/n@8-9", "处长/n@9-11",
		",/x@11-12", "商务局/nt@12-15", "局长/n@15-17", ",/x@17-18", "从/p@18-19", "市/n@19-20", "发改委/j@20-23", ",/x@23-24", "从市场/n@24-27",
		",/x@27-28", "东湖/ns@28-30", "至/p@30-31", "北坪/x@31-33", "段/q@33-34", "至今/d@34-36",
		",/x@36-37", "研究/vn@37-39", "院/n@39-40", "为/p@40-41", "院长/n@41-43",
		",/x@43-44", "40/m@44-46", "项/q@46-47", "省/n@47-48", "专项/n@48-50",
		",/x@50-51", "工业/n@51-53", "协会/n@53-55", "会长/n@55-57"}
	require.Equal(t, want, got)
	for _, tok := range d.Tokens {
		require.True(t, d.Starts[tok.Start], "Starts marks %q", tok.Text)
	}
}

// TestSplitGluedDateUnit: the unit of a date glued to the unknown name
// after its number in digits (2025 年九岭/x, 2025 年经/x) is split off; the same word
// after no number, or after a number in words (三 月湖区/x: 月湖区 may be
// the name), stays whole.
func TestSplitGluedDateUnit(t *testing.T) {
	seg := segment.Fake{Words: map[string]string{"在": "p", "2025": "m", "年九岭": "x", "机场": "n", "，": "x", "去年": "t", "月湖区": "x", "三": "m",
		"年经": "x", "西岭粮食局": "nt"}}
	d := NewDoc(&corpus.Document{Orig: "在2025年九岭机场，年九岭机场，三月湖区，2025年经西岭粮食局"}, seg)
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, fmt.Sprintf("%s/%s", tok.Text, tok.POS))
	}
	want := []string{"在/p", "2025/m", "年/m", "九岭/x", "机场/n", ",/x", "年九岭/x", "机场/n", ",/x", "三/m", "月湖区/x",
		",/x", "2025/m", "年/m", "经/x", "西岭粮食局/nt"}
	require.Equal(t, want, got)
}

// TestGluedTitlesEndWithZhang: splitAt looks a token up in gluedTitles
// only when it ends with 长 and has three code points or more; an entry
// that does not would never be split.
func TestGluedTitlesEndWithZhang(t *testing.T) {
	for w := range gluedTitles {
		if !strings.HasSuffix(w, "长") || utf8.RuneCountInString(w) < 3 {
			t.Errorf("gluedTitles entry %q is not looked up by splitAt", w)
		}
	}
	if n, _, _ := splitAt(segment.Token{Text: "银行行长", Start: 0, End: 4, POS: "n"}); n != 2 {
		t.Errorf("splitAt(银行行长) = %d; want 2", n)
	}
}

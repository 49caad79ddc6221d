package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"

	"github.com/pressmine/pressmine/corpus"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		desc, in, want string
	}{
		{"fullwidth digits", "１２．６亿元", "12.6亿元"},
		{"fullwidth punctuation", "投资，签约：（青岛）", "投资,签约:(青岛)"},
		{"ideographic space", "甲\u3000乙", "甲 乙"},
		{"keeps 。", "签约。", "签约。"},
		{"keeps ① and ㈱", "①㈱", "①㈱"},
		{"rejoins broken name", "在软件方面,腾讯项目、大连\n\n金慧、中软国际等", "在软件方面,腾讯项目、大连金慧、中软国际等"},
		{"rejoins with indent", "推动互联网,加快\n  与医疗融合", "推动互联网,加快与医疗融合"},
		{"keeps sentence end", "签约落地。\n\n新段落", "签约落地。\n\n新段落"},
		{"keeps headline", "思路:提出六大产业\n创新驱动", "思路:提出六大产业\n创新驱动"},
		{"drops CR of CRLF", "甲,乙\r\n。", "甲,乙\n。"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := Normalize(tc.in).Norm; got != tc.want {
				t.Errorf("Normalize(%q).Norm = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}

// checkMap verifies the offset map: monotonic, inside Orig, and each Norm
// code point the fold of the Orig code point it came from.
func checkMap(t testing.TB, in string) {
	t.Helper()
	tx := Normalize(in)
	orig := []rune(in)
	norm := []rune(tx.Norm)
	if len(norm) != tx.NormLen() || len(orig) != tx.OrigLen() {
		t.Fatalf("Normalize(%q): lengths %d/%d, want %d/%d", in, tx.NormLen(), tx.OrigLen(), len(norm), len(orig))
	}
	prev := -1
	for i, r := range norm {
		o := tx.OrigSpan(Span{i, i + 1})
		if o.Start <= prev || o.End != o.Start+1 || o.Start >= len(orig) {
			t.Fatalf("Normalize(%q): code point %d maps to %v after %d", in, i, o, prev)
		}
		prev = o.Start
		if foldRune(orig[o.Start]) != r {
			t.Fatalf("Normalize(%q): Norm[%d] = %q from Orig %q", in, i, r, orig[o.Start])
		}
		if got := tx.NormSlice(Span{i, i + 1}); got != string(r) {
			t.Fatalf("Normalize(%q): NormSlice of code point %d is %q, want %q", in, i, got, string(r))
		}
	}
	if tx.NormByte(len(norm)) != len(tx.Norm) {
		t.Fatalf("Normalize(%q): Norm ends at byte %d, not %d", in, tx.NormByte(len(norm)), len(tx.Norm))
	}
}

func TestNormalizeMapEveryRune(t *testing.T) {
	// Every CJK, full-width, half-width and punctuation code point maps to
	// exactly one, in place.
	ranges := [][2]rune{{0x20, 0x7e}, {0x3000, 0x303f}, {0x4e00, 0x9fff}, {0xff00, 0xffef}, {0x2000, 0x206f}, {0x3200, 0x32ff}, {0x2460, 0x24ff}}
	for _, rg := range ranges {
		var b strings.Builder
		for r := rg[0]; r <= rg[1]; r++ {
			if r == '\n' || r == '\r' || !utf8.ValidRune(r) {
				continue
			}
			b.WriteRune(r)
		}
		checkMap(t, b.String())
	}
}

func TestOrigSpanCoversDroppedBreak(t *testing.T) {
	in := "在软件方面,大连\n\n金慧、中软"
	tx := Normalize(in)
	i := strings.Index(tx.Norm, "大连金慧")
	s := Span{utf8.RuneCountInString(tx.Norm[:i]), utf8.RuneCountInString(tx.Norm[:i]) + 4}
	if got := tx.OrigSlice(tx.OrigSpan(s)); got != "大连\n\n金慧" {
		t.Errorf("OrigSlice = %q; want %q", got, "大连\n\n金慧")
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "１２．６亿元", "大连\n\n金慧,", "a,\r\n\r\nb", "①㈱", "\xff\xfe", "签约,\n\n\n\n项目", "投资\xff３亿\xe4\xb8元\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMap(t, s) // invalid bytes too: each is U+FFFD in Norm
	})
}

// fakeSeg cuts every Han character alone and keeps runs of other
// characters together, tagging all "n".
type fakeSeg struct{}

func (fakeSeg) Tag(s string) []Word {
	var out []Word
	for _, r := range s {
		out = append(out, Word{Text: string(r), POS: "n"})
	}
	return out
}

func TestTokenizeOffsets(t *testing.T) {
	in := "投资，１２亿元、大连金慧 (青岛)"
	tx := Normalize(in)
	toks := Tokenize(fakeSeg{}, tx)
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

// TestFoldRune: foldRune is x/text/width's fold for every code point (its
// fast path skips the table outside the few ranges the fold changes).
func TestFoldRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r
		if f := width.LookupRune(r).Folded(); f != 0 {
			want = f
		}
		if got := foldRune(r); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestOneOf: oneOf and charSet.has agree with strings.ContainsRune on valid sets, for
// every code point of the sets and around them, and for invalid runes.
func TestOneOf(t *testing.T) {
	for _, set := range []string{"", "、等及和与,，。;；)）」”", "括有是为", "\ufffd", "abc"} {
		var probe []rune
		for _, r := range set {
			probe = append(probe, r, r-1, r+1)
		}
		probe = append(probe, utf8.RuneError, -1, unicode.MaxRune+1, 0, 'x', '中')
		for _, r := range probe {
			if got, want := oneOf(set, r), strings.ContainsRune(set, r); got != want {
				t.Errorf("oneOf(%q, %U) = %v, want %v", set, r, got, want)
			}
			if got, want := chars(set).has(r), strings.ContainsRune(set, r); got != want {
				t.Errorf("chars(%q).has(%U) = %v, want %v", set, r, got, want)
			}
		}
	}
}

// TestNewDocInScratch: documents built one after another in one Scratch
// (long, short with a joined line break and full-width text, plain text
// that normalising leaves as it is) are each what NewDoc builds alone.
func TestNewDocInScratch(t *testing.T) {
	seg := nativeSegmenter(t)
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
		require.Equal(t, want.starts, got.starts)
	}
}

// TestAnyOf: charSet.in agrees with strings.ContainsAny, and inRunes with in.
func TestAnyOf(t *testing.T) {
	for _, set := range []string{"支家个只批项", "“”\"()（）《》「」", "、及和与", ""} {
		for _, s := range []string{"", "五家企业", "“数字中国”", "abc", "\xff坏", "A、B", "项", "x\ufffd"} {
			if got, want := chars(set).in(s), strings.ContainsAny(s, set); got != want {
				t.Errorf("chars(%q).in(%q) = %v, want %v", set, s, got, want)
			}
			if got, want := chars(set).inRunes([]rune(s)), chars(set).in(s); got != want {
				t.Errorf("chars(%q).inRunes(%q) = %v, want %v", set, s, got, want)
			}
		}
	}
}

// TestByteChecks: maySpace is true for every string with white space, and
// mayKey for every string nameKey changes, over every code point alone and
// inside a name.
func TestByteChecks(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		s := "华为" + string(r) + "公司"
		if unicode.IsSpace(r) && !maySpace(s) {
			t.Fatalf("maySpace misses %U", r)
		}
		if nameKeyMap(s) != s && !mayKey(s) {
			t.Fatalf("mayKey misses %U", r)
		}
	}
}

// TestISODatesAgrees: isoDates finds what isoDate.FindAllStringSubmatch
// finds, on random strings of digits, separators, 年月日 and other text.
func TestISODatesAgrees(t *testing.T) {
	parts := []string{"0", "1", "2", "9", "12", "2024", "20245", "-", "/", ".", "年", "月", "日", "号", "a", "中", " ", "１"}
	rng := rand.New(rand.NewPCG(4, 44))
	found := 0
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := rng.IntN(12); n > 0; n-- {
			if rng.IntN(3) == 0 { // something date-like
				seps := []string{"-", "/", ".", "年", "月", "x"}
				nums := []string{"1", "12", "123", "0", "31", "2024"}
				b.WriteString(nums[rng.IntN(len(nums))] + nums[rng.IntN(len(nums))] + seps[rng.IntN(len(seps))] +
					nums[rng.IntN(len(nums))] + seps[rng.IntN(len(seps))] + nums[rng.IntN(len(nums))])
				continue
			}
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		var want [][3]string
		for _, m := range isoDate.FindAllStringSubmatch(s, -1) {
			want = append(want, [3]string{m[1], m[2], m[3]})
		}
		got := isoDates(s)
		require.Equal(t, want, got, "%q", s)
		found += len(got)
	}
	require.Greater(t, found, 500, "too few dates in the random strings to test")
}

// TestColonIntroWithoutColon: colonItems looks without a colon only where
// 包括, 主要有, 分别是 or 分别为 ends; colonIntro must match nothing else that
// does not end with a colon (so a change to the pattern fails here first).
func TestColonIntroWithoutColon(t *testing.T) {
	parts := []string{"项目", "4", "四", "个", "项", ",", ":", "包括", "主要有", "主要包括", "分别是", "分别为", "如下", "有", "是", "为", "括", "新建", "。"}
	rng := rand.New(rand.NewPCG(6, 66))
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(6); n > 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if !colonIntro.MatchString(s) || strings.HasSuffix(s, ":") {
			continue
		}
		ok := false
		for _, w := range []string{"包括", "主要有", "分别是", "分别为"} {
			ok = ok || strings.HasSuffix(s, w)
		}
		require.True(t, ok, "colonIntro matches %q without a colon and without a word colonItems looks at", s)
	}
}

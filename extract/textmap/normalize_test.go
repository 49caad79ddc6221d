package textmap

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
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
		{"keeps numbered title", "二、生物医药产业\n西岭制药基地", "二、生物医药产业\n西岭制药基地"},
		{"keeps numbered item", "建设北辰、南湖\n1.西岭制药基地", "建设北辰、南湖\n1.西岭制药基地"},
		{"rejoins after a number", "二、建设北辰、南湖\n制药基地", "二、建设北辰、南湖制药基地"},
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
		if FoldRune(orig[o.Start]) != r {
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

// TestFoldRune: FoldRune is x/text/width's fold for every code point (its
// fast path skips the table outside the few ranges the fold changes).
func TestFoldRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r
		if f := width.LookupRune(r).Folded(); f != 0 {
			want = f
		}
		if got := FoldRune(r); got != want {
			t.Fatalf("FoldRune(%U) = %U, want %U", r, got, want)
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
			if got, want := OneOf(set, r), strings.ContainsRune(set, r); got != want {
				t.Errorf("oneOf(%q, %U) = %v, want %v", set, r, got, want)
			}
			if got, want := Chars(set).Has(r), strings.ContainsRune(set, r); got != want {
				t.Errorf("chars(%q).has(%U) = %v, want %v", set, r, got, want)
			}
		}
	}
}

// TestAnyOf: charSet.in agrees with strings.ContainsAny, and inRunes with in.
func TestAnyOf(t *testing.T) {
	for _, set := range []string{"支家个只批项", "“”\"()（）《》「」", "、及和与", ""} {
		for _, s := range []string{"", "五家企业", "“数字中国”", "abc", "\xff坏", "A、B", "项", "x\ufffd"} {
			if got, want := Chars(set).In(s), strings.ContainsAny(s, set); got != want {
				t.Errorf("chars(%q).in(%q) = %v, want %v", set, s, got, want)
			}
			if got, want := Chars(set).InRunes([]rune(s)), Chars(set).In(s); got != want {
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
		if unicode.IsSpace(r) && !MaySpace(s) {
			t.Fatalf("maySpace misses %U", r)
		}
	}
}

// TestFirstUnion: the union holds the first code point of every word of
// every lexicon given, and no other.
func TestFirstUnion(t *testing.T) {
	u := FirstUnion(LexOf([]string{"签署", "投资"}), LexOf([]string{"董事长"}), Lexicon{})
	for _, r := range "签投董" {
		if !u.Has(r) {
			t.Errorf("FirstUnion lacks %c", r)
		}
	}
	for _, r := range "署资长甲" {
		if u.Has(r) {
			t.Errorf("FirstUnion holds %c, which starts no word", r)
		}
	}
}

package schema

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestNameKey: the gold README's rule, case by case.
func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"“中国制造２０２５”青岛 示范园": "中国制造2025青岛示范园", // NFKC folds width; quotes and spaces go
		"腾讯双创小镇（青岛）项目":     "腾讯双创小镇(青岛)",
		"北岭智能装备產業園項目":      "北岭智能装备產業園", // 項目 too
		"项目":               "项目",        // nothing left before it: kept
		"《青山日报》":           "青山日报",
		"青山\u3000集团":       "青山集团",
		"㈱青山":              "(株)青山", // NFKC
	} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestNameKeyDropCheck: mayDrop, the byte test that lets NameKey skip the
// map, sees every code point NameKey drops.
func TestNameKeyDropCheck(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		if (unicode.IsSpace(r) || strings.ContainsRune(keyQuotes, r)) && !mayDrop(string(r)) {
			t.Fatalf("mayDrop misses %U", r)
		}
	}
}

// TestNFKCStable: the fast check never calls a string stable that NFKC
// changes (every code point it lets through, alone and after a Han one).
func TestNFKCStable(t *testing.T) {
	for r := rune(0); r <= 0xffff; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		s := "青" + string(r)
		if nfkcStable(s) && norm.NFKC.String(s) != s {
			t.Fatalf("nfkcStable(%q) but NFKC gives %q", s, norm.NFKC.String(s))
		}
	}
}

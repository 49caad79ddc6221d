package link

import (
	"testing"
	"unicode"
)

// TestKeyByteCheck: mayKey, the byte test that lets nameKey skip a name,
// sees every code point that nameKey drops or folds inside a name.
func TestKeyByteCheck(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		s := "华为" + string(r) + "公司"
		if nameKeyMap(s) != s && !mayKey(s) {
			t.Fatalf("mayKey misses %U", r)
		}
	}
}

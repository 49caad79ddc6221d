package money

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEvalDecAgrees: the int64 decimal path gives exactly evalAtoms's
// value, low and high, for every numeral it takes (random numerals from
// Arabic and Chinese digits, decimals, thousands separators, all
// multipliers, ranges and fuzzy words, some too large for an int64), and
// takes most of them.
func TestEvalDecAgrees(t *testing.T) {
	parts := []string{"0", "1", "2", "5", "9", "12", "3.5", "0.05", "1,200", "99999999999", "123456789012345678901", ".",
		"零", "一", "二", "两", "三", "五", "八", "九", "十", "百", "千", "万", "亿", "兆", "拾", "佰", "仟", "壹", "贰",
		"几", "数", "多", "余", "k", "w", "廿", "卅", "个", " ", "八九", "三五"}
	rng := rand.New(rand.NewPCG(21, 34))
	fast, total := 0, 0
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(6); n > 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		rs := []rune(b.String())
		_, atoms, ok := scanNumeral(rs, 0, nil)
		if !ok {
			continue
		}
		for _, hi := range []bool{false, true} {
			total++
			d, ok := evalDec(atoms, hi)
			if !ok {
				continue
			}
			fast++
			want := evalAtoms(atoms, hi)
			require.Equal(t, want.RatString(), d.rat().RatString(), "%q hi=%v", string(rs), hi)
		}
	}
	assert.Greater(t, fast, total*3/4, "the decimal path took %d of %d", fast, total)
	assert.Less(t, fast, total, "no numeral was too large for the decimal path")
}

func TestDecOps(t *testing.T) {
	d, ok := parseDec([]byte("12.500"))
	require.True(t, ok)
	assert.Equal(t, dec{125, 1}, d)
	_, ok = parseDec([]byte("99999999999999999999"))
	assert.False(t, ok, "20 digits do not fit")
	m, ok := dec{m: 1 << 62}.mul(dec{m: 4})
	assert.False(t, ok, "overflow: %v", m)
	s, ok := dec{m: 15, s: 1}.Add(dec{m: 25, s: 2})
	require.True(t, ok)
	assert.Equal(t, dec{m: 175, s: 2}, s)
	assert.Equal(t, dec{m: 100}, dec{m: 4500}.place())
	assert.Equal(t, dec{m: 1}, dec{m: 45, s: 1}.place())
}

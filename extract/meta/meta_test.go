package meta

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

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

// TestMonthDays: the hand scan finds what the pattern it replaces finds.
func TestMonthDays(t *testing.T) {
	re := regexp.MustCompile(`(\d{1,2})月(\d{1,2})日`)
	for _, s := range []string{"3月12日", "2024年123月4日", "12月123日", "月12日", "3月日", "1月2日和11月22日", "3月1日12月31日", "5月5日5月", "９月1日", "", "月", "日", "12月3", "7月07日上午"} {
		var want [][2]string
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			want = append(want, [2]string{m[1], m[2]})
		}
		if got := monthDays(s); !reflect.DeepEqual(want, got) {
			t.Errorf("monthDays(%q) = %v, the pattern finds %v", s, got, want)
		}
	}
}

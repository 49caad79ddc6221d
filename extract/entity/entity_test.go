package entity

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

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
		for _, w := range []string{"包括", "主要有", "分别是", "分别为", "项目有"} {
			ok = ok || strings.HasSuffix(s, w)
		}
		require.True(t, ok, "colonIntro matches %q without a colon and without a word colonItems looks at", s)
	}
}

// TestListCloserAt: the hand matcher finds what listCloser finds.
func TestListCloserAt(t *testing.T) {
	for _, s := range []string{"等项目", "3个项目", "12个", "123个", "1234个", "三个", "十二个", "两项", ",4项", ",四项", "，4项", "3项目", "3A个", "三3个", "个", "", "等等", "二十", "五十六项", ",项", "1,2项"} {
		rs := []rune(s)
		for i := range rs {
			want := len([]rune(listCloser.FindString(string(rs[i:min(len(rs), i+4)]))))
			if got := listCloserAt(rs, i, len(rs)); got != want {
				t.Errorf("listCloserAt(%q, %d) = %d, the pattern matches %d", s, i, got, want)
			}
		}
	}
}

package engine

import (
	"context"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/money"
)

// numeralStyle is a way to write Chinese numerals.
type numeralStyle struct {
	digits   [10]string
	units    [4]string // "", 十, 百, 千
	groups   [4]string // "", 万, 亿, 万亿
	point    string
	leadTen  bool // 十二 rather than 一十二 at the start
	liangBig bool // 两 for a leading 2 before 百, 千, 万, 亿
}

var numeralStyles = []numeralStyle{
	{digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}, units: [4]string{"", "十", "百", "千"},
		groups: [4]string{"", "万", "亿", "万亿"}, point: "点", leadTen: true},
	{digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}, units: [4]string{"", "十", "百", "千"},
		groups: [4]string{"", "万", "亿", "万亿"}, point: "点", liangBig: true},
	{digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}, units: [4]string{"", "拾", "佰", "仟"},
		groups: [4]string{"", "万", "亿", "万亿"}, point: "点"},
	{digits: [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}, units: [4]string{"", "十", "百", "千"},
		groups: [4]string{"", "萬", "億", "兆"}, point: "點", leadTen: true, liangBig: true},
	{digits: [10]string{"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"}, units: [4]string{"", "拾", "佰", "仟"},
		groups: [4]string{"", "萬", "億", "萬億"}, point: "點"},
}

// write writes n (below 10^16) in words, and frac decimal digits after
// the point when frac is not empty.
func (st numeralStyle) write(n uint64, frac string) string {
	var b strings.Builder
	if n == 0 {
		b.WriteString(st.digits[0])
	}
	var groups []uint64
	for m := n; m > 0; m /= 10000 {
		groups = append(groups, m%10000)
	}
	zero := false // a 零 is owed before the next digit written
	for g := len(groups) - 1; g >= 0; g-- {
		v := groups[g]
		if v == 0 {
			zero = b.Len() > 0
			continue
		}
		if b.Len() > 0 && v < 1000 {
			zero = true
		}
		for u := 3; u >= 0; u-- {
			d := v / pow10u(u) % 10
			if d == 0 {
				if b.Len() > 0 {
					zero = true
				}
				continue
			}
			if zero {
				b.WriteString(st.digits[0])
				zero = false
			}
			lead := b.Len() == 0
			switch {
			case u == 1 && d == 1 && lead && st.leadTen:
			case d == 2 && lead && st.liangBig && u >= 2:
				b.WriteString("两")
			default:
				b.WriteString(st.digits[d])
			}
			b.WriteString(st.units[u])
		}
		zero = false
		b.WriteString(st.groups[g])
	}
	if frac != "" {
		b.WriteString(st.point)
		for _, c := range frac {
			b.WriteString(st.digits[c-'0'])
		}
	}
	return b.String()
}

func pow10u(u int) uint64 {
	p := uint64(1)
	for ; u > 0; u-- {
		p *= 10
	}
	return p
}

// checkNumeralSum extracts prefix+N+"亿元"+suffix and holds the property
// the amount grammar promises: the sum is N×10^8 exactly, spanning all of
// N, or there is none; never a value read from part of N.
func checkNumeralSum(t *testing.T, p *Engine, prefix string, n uint64, frac string, st numeralStyle, suffix string) bool {
	t.Helper()
	num := st.write(n, frac)
	text := prefix + num + "亿元" + suffix
	ms, err := p.money.Extract(context.Background(), p.Doc(nil, &corpus.Document{Orig: text}))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		return false
	}
	want, _ := new(big.Rat).SetString(new(big.Int).SetUint64(n).String() + "." + frac + "0")
	want.Mul(want, big.NewRat(100000000, 1))
	start := len([]rune(prefix))
	if len(ms) != 1 || ms[0].Amount.Value.Cmp(want) != 0 || ms[0].Span.Start > start || ms[0].Span.End < start+len([]rune(num)) {
		t.Errorf("%q: got %v; want %s×10^8 over %q, or nothing", text, describeAmounts(ms), money.FormatDecimal(new(big.Rat).Quo(want, big.NewRat(100000000, 1))), num)
	}
	return true
}

// TestNumeralSumProperty: for numerals written in words in every style
// (plain, 两, financial capitals, Traditional), with and without a decimal
// part, "N亿元" in a sentence gives N×10^8 or nothing.
func TestNumeralSumProperty(t *testing.T) {
	p := testPipeline(t)
	rng := rand.New(rand.NewPCG(1, 2))
	prefixes := []string{"", "该项目总投资", "签约总额", "其中", "首期注册资本"}
	const cases = 4000
	found := 0
	for i := 0; i < cases; i++ {
		var n uint64
		switch rng.IntN(4) {
		case 0:
			n = rng.Uint64N(100)
		case 1:
			n = rng.Uint64N(10000)
		case 2:
			n = rng.Uint64N(100000000)
		default:
			n = rng.Uint64N(1000000000000)
		}
		frac := ""
		if rng.IntN(3) == 0 {
			for k := rng.IntN(3) + 1; k > 0; k-- {
				frac += string(rune('0' + rng.IntN(10)))
			}
		}
		if checkNumeralSum(t, p, prefixes[rng.IntN(len(prefixes))], n, frac, numeralStyles[rng.IntN(len(numeralStyles))], "。") {
			found++
		}
	}
	// "Or nothing" is the safe answer, not the usual one: nearly every
	// such numeral is read.
	if found < cases*99/100 {
		t.Errorf("%d of %d numerals read as sums; want at least 99%%", found, cases)
	}
}

var (
	fuzzPipeOnce sync.Once
	fuzzPipe     *Engine
)

func fuzzPipeline(t *testing.T) *Engine {
	fuzzPipeOnce.Do(func() { fuzzPipe = testPipeline(t) })
	return fuzzPipe
}

// FuzzNumeralSum is TestNumeralSumProperty for any numeral and prefix.
func FuzzNumeralSum(f *testing.F) {
	f.Add(uint64(35), "5", uint8(0), "总投资")
	f.Add(uint64(20), "", uint8(3), "")
	f.Add(uint64(1), "2", uint8(1), "签约总额")
	f.Fuzz(func(t *testing.T, n uint64, frac string, style uint8, prefix string) {
		n %= 10000000000000000
		for _, c := range frac {
			if c < '0' || c > '9' {
				return
			}
		}
		if len(frac) > 6 || len(prefix) > 60 || strings.ContainsAny(prefix, "0123456789零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兆幾几数數点點.-负負") {
			return
		}
		checkNumeralSum(t, fuzzPipeline(t), prefix, n, frac, numeralStyles[int(style)%len(numeralStyles)], "")
	})
}

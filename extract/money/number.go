package money

import (
	"math/big"
	"strings"
	"unicode"

	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// ParseNumber reads all of s as one number and returns its exact value.
//
// It reads what numeral parsers are expected to: Arabic digits with
// separators, decimals and exponents (1,050,000 · 12.32e+14 · 1.1^23),
// Chinese and financial numerals with multipliers (一千零五 · 壹仟 ·
// 五兆六十二亿), decimals with 点 (三点一四 · 两千万点五五), signs (负 · -),
// fractions (三分之一 · 百分之五十五点五 · 3又一千分之23 · 16/5), 半 (半百 ·
// 五个半), counting words (一打 = 12 · 五对 = 10), colloquial tails (四百五 =
// 450) and approximate forms read at their base value (十多万 = 100000).
// White space between parts is ignored. Anything else, or two numbers in a
// row (十一十二), is not a number: ok is false. A fraction that is not a
// finite decimal is returned exactly (1/3).
func ParseNumber(s string) (*big.Rat, bool) {
	// 1 4/3: a whole number, a space, a fraction.
	if f := strings.Fields(s); len(f) == 2 && slashChars.In(f[1]) && !slashChars.In(f[0]) {
		w, ok1 := ParseNumber(f[0])
		fr, ok2 := ParseNumber(f[1])
		if ok1 && ok2 && w.IsInt() {
			if w.Sign() < 0 {
				return w.Sub(w, fr), true
			}
			return w.Add(w, fr), true
		}
	}
	var rs []rune
	for _, r := range s {
		r = textmap.FoldRune(r)
		if !unicode.IsSpace(r) {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return nil, false
	}
	neg := false
	switch rs[0] {
	case '负', '負', '-', '−':
		neg, rs = true, rs[1:]
	case '+', '正':
		rs = rs[1:]
	}
	v, ok := parseMixed(rs)
	if !ok {
		return nil, false
	}
	if neg {
		v.Neg(v)
	}
	return v, true
}

// parseMixed reads X又Y分之Z, Y分之Z, a/b, or a plain number.
func parseMixed(rs []rune) (*big.Rat, bool) {
	if i := runeIndex(rs, '又'); i > 0 {
		whole, ok := parsePlain(rs[:i])
		if !ok {
			return nil, false
		}
		frac, ok := parseFraction(rs[i+1:])
		if !ok {
			return nil, false
		}
		return whole.Add(whole, frac), true
	}
	if v, ok := parseFraction(rs); ok {
		return v, true
	}
	return parsePlain(rs)
}

func parseFraction(rs []rune) (*big.Rat, bool) {
	var den, num []rune
	if i := strings.Index(string(rs), "分之"); i >= 0 {
		k := len([]rune(string(rs)[:i]))
		den, num = rs[:k], rs[k+2:]
	} else if k := runeIndexAny(rs, "份分"); k > 0 && k+1 < len(rs) {
		// Cantonese: 十份十一 = 11/10, 十分一 = 1/10.
		den, num = rs[:k], rs[k+1:]
	} else if k := runeIndex(rs, '/'); k > 0 {
		den, num = rs[k+1:], rs[:k]
	} else {
		return nil, false
	}
	d, ok := ParseNumber(string(den))
	if !ok || d.Sign() == 0 {
		return nil, false
	}
	n, ok := ParseNumber(string(num))
	if !ok {
		return nil, false
	}
	return n.Quo(n, d), true
}

func runeIndexAny(rs []rune, set string) int {
	for i, x := range rs {
		if strings.ContainsRune(set, x) {
			return i
		}
	}
	return -1
}

func runeIndex(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

var siSuffix = map[rune]int64{'K': 3, 'k': 3, 'M': 6, 'G': 9, 'T': 12}

// parsePlain reads a number with no sign and no fraction.
func parsePlain(rs []rune) (*big.Rat, bool) {
	if len(rs) == 0 {
		return nil, false
	}
	// Counting words and the generic classifier at the end.
	mult := big.NewRat(1, 1)
	switch rs[len(rs)-1] {
	case '打':
		mult, rs = big.NewRat(12, 1), rs[:len(rs)-1]
	case '对', '對', '双', '雙':
		mult, rs = big.NewRat(2, 1), rs[:len(rs)-1]
	case '个', '個':
		rs = rs[:len(rs)-1]
	}
	if len(rs) == 0 {
		return nil, false
	}
	if string(rs) == "一半" {
		return big.NewRat(1, 2), true
	}
	// Written-out sums of 元: 壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分.
	if k := runeIndexAny(rs, "元圆"); k > 0 {
		v, ok := parsePlain(rs[:k])
		if !ok || !v.IsInt() {
			return nil, false
		}
		sa := sideAmount{num: numeral{lo: v, hi: v, chinese: true}, currency: "CNY"}
		if subUnits(rs, k+1, &sa) != len(rs) {
			return nil, false
		}
		return sa.num.lo.Mul(sa.num.lo, mult), true
	}
	// 五个半 = 5.5, 半百 = 50, 半 = 0.5.
	if rs[len(rs)-1] == '半' {
		body := rs[:len(rs)-1]
		if len(body) > 0 && (body[len(body)-1] == '个' || body[len(body)-1] == '個') {
			body = body[:len(body)-1]
		}
		half := big.NewRat(1, 2)
		if len(body) == 0 {
			return half.Mul(half, mult), true
		}
		v, ok := parsePlain(body)
		if !ok {
			return nil, false
		}
		return v.Add(v, half).Mul(v, mult), true
	}
	if rs[0] == '半' && len(rs) > 1 {
		v, ok := parsePlain(append([]rune{'一'}, rs[1:]...))
		if !ok {
			return nil, false
		}
		return v.Mul(v, big.NewRat(1, 2)).Mul(v, mult), true
	}
	// Arabic with an exponent: 12.32e+14, 1.1^23, and SI suffixes: 2.5M.
	if v, ok := parseScientific(rs); ok {
		return v.Mul(v, mult), true
	}
	// A numeral, then 点 and decimal digits, then multipliers (三点五亿).
	n, ok := parseNumeral(rs, 0)
	if !ok {
		n, ok = parseLeadingUnit(rs, 0)
	}
	if !ok {
		return nil, false
	}
	v := new(big.Rat).Set(n.lo)
	j := n.end
	if j < len(rs) && (rs[j] == '点' || rs[j] == '點') {
		j++
		frac, k := decimalDigits(rs, j)
		if k == j {
			return nil, false
		}
		j = k
		v.Add(v, frac)
		for j < len(rs) && cnBigExp(rs[j]) > 0 {
			v.Mul(v, powTen(cnBigExp(rs[j])))
			j++
		}
	}
	if j != len(rs) {
		return nil, false
	}
	return v.Mul(v, mult), true
}

// decimalDigits reads digits after a decimal point, Chinese or Arabic.
func decimalDigits(rs []rune, j int) (*big.Rat, int) {
	var digits []byte
	k := j
	for k < len(rs) {
		r := rs[k]
		switch {
		case IsASCIIDigit(r):
			digits = append(digits, byte(r))
		case r == '零' || r == '〇':
			digits = append(digits, '0')
		case CnDigit(r) > 0 && CnDigit(r) < 10 && r != '两' && r != '兩':
			// 两 counts things; after 点 the digit is 二 (一点两 is not 1.2).
			digits = append(digits, byte('0'+CnDigit(r)))
		default:
			goto done
		}
		k++
	}
done:
	if len(digits) == 0 {
		return new(big.Rat), j
	}
	v, _ := new(big.Rat).SetString("0." + string(digits))
	return v, k
}

// parseScientific reads Arabic numbers with e-notation, a power (^) or an
// SI suffix; ok is false for anything else.
func parseScientific(rs []rune) (*big.Rat, bool) {
	s := string(rs)
	for _, r := range rs {
		if !(IsASCIIDigit(r) || textmap.OneOf(".,eE^+-KkMGT", r)) {
			return nil, false
		}
	}
	if e, ok := siSuffix[rs[len(rs)-1]]; ok && len(rs) > 1 {
		v, ok := parseScientific(rs[:len(rs)-1])
		if !ok {
			return nil, false
		}
		return v.Mul(v, powTen(e)), true
	}
	if i := strings.IndexByte(s, '^'); i > 0 {
		base, ok1 := arabicRat(s[:i])
		exp, ok2 := arabicRat(s[i+1:])
		if !ok1 || !ok2 || !exp.IsInt() || exp.Num().BitLen() > 12 {
			return nil, false
		}
		e := exp.Num().Int64()
		out := big.NewRat(1, 1)
		for k := int64(0); k < abs64(e); k++ {
			out.Mul(out, base)
		}
		if e < 0 {
			if out.Sign() == 0 {
				return nil, false
			}
			out.Inv(out)
		}
		return out, true
	}
	if i := strings.IndexAny(s, "eE"); i > 0 {
		m, ok1 := arabicRat(s[:i])
		exp, ok2 := arabicRat(s[i+1:])
		if !ok1 || !ok2 || !exp.IsInt() || exp.Num().BitLen() > 12 {
			return nil, false
		}
		e := exp.Num().Int64()
		if e >= 0 {
			return m.Mul(m, powTen(e)), true
		}
		return m.Quo(m, powTen(-e)), true
	}
	return arabicRat(s)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// arabicRat reads [+-]digits[,ddd][.digits].
func arabicRat(s string) (*big.Rat, bool) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	if strings.HasPrefix(s, ".") {
		s = "0" + s // .77
	}
	if s == "" || !IsASCIIDigit(rune(s[0])) {
		return nil, false
	}
	rs := []rune(s)
	a, end := parseArabic(rs, 0)
	if end != len(rs) || !a.ok && a.v == nil {
		return nil, false
	}
	v := new(big.Rat).Set(a.rat())
	if neg {
		v.Neg(v)
	}
	return v, true
}

// NumberMention is a number found in running text.
type NumberMention struct {
	Text  string
	Span  textmap.Span // code points of the text
	Value *big.Rat
}

// FindNumbers finds numbers in running text, longest first, left to
// right, the way numeral extractors report them: a classifier (个 双 对)
// or an approximation mark (多 余) after a number is not part of it, nor
// is 百分之 before it; "1, 234" is two numbers; a lone Chinese digit inside
// a word (一切, 四川) is none.
//
// With a segmenter, its words veto numbers that start inside a word or
// are a numeral character of an ordinary word (拾取, 大陆, 队伍, 四川).
func FindNumbers(s string, seg segment.Segmenter) []NumberMention {
	rs := []rune(s)
	var out []NumberMention
	var words []segment.Token
	if seg != nil {
		t := textmap.Normalize(s)
		if t.NormLen() == len(rs) { // no line was rejoined: Norm and s align
			words = segment.Tokenize(seg, t)
		}
	}
	for i := 0; i < len(rs); {
		if textmap.HasRunesAt(rs, i, "百分之") || textmap.HasRunesAt(rs, i, "千分之") {
			i += 3
			continue
		}
		if !numberStart(rs, i) {
			i++
			continue
		}
		limit := min(len(rs), i+64)
		// Arabic numbers: ", " separates; several dots make a list.
		for k := i; k < limit; k++ {
			if (rs[k] == ',' || rs[k] == '，') && k+1 < len(rs) && rs[k+1] == ' ' {
				limit = k
				break
			}
			if unicode.IsSpace(rs[k]) && k > i && k+1 < len(rs) && IsASCIIDigit(textmap.FoldRune(rs[k-1])) != IsASCIIDigit(textmap.FoldRune(rs[k+1])) {
				limit = k // 667.123 五点八: two numbers
				break
			}
		}
		if _, ok := dottedList(rs, i); ok {
			// 2222.2222.222: a list of whole numbers.
			for k := i; k < len(rs); {
				e := k
				for e < len(rs) && IsASCIIDigit(textmap.FoldRune(rs[e])) {
					e++
				}
				if e == k {
					break
				}
				v, _ := ParseNumber(string(rs[k:e]))
				out = append(out, NumberMention{Text: string(rs[k:e]), Span: textmap.Span{Start: k, End: e}, Value: v})
				k = e
				if k < len(rs) && textmap.FoldRune(rs[k]) == '.' {
					k++
				}
				i = k
			}
			continue
		}
		best := -1
		var bestV *big.Rat
		for j := limit; j > i; j-- {
			if v, ok := ParseNumber(string(rs[i:j])); ok {
				best, bestV = j, v
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		for best > i+1 && (unicode.IsSpace(rs[best-1]) || strings.ContainsRune(classifierChars+"多余元圆", rs[best-1])) {
			best--
			bestV, _ = ParseNumber(string(rs[i:best]))
		}
		if bestV == nil {
			i++
			continue
		}
		// A lone Chinese digit followed by a word character other than a
		// measure word is taken as part of a word: always for 一 (一看,
		// 一折, 一美元), for the others when there is no segmenter to ask.
		if best == i+1 && CnDigit(rs[i]) > 0 && best < len(rs) && unicode.Is(unicode.Han, rs[best]) &&
			!strings.ContainsRune(measureChars, rs[best]) && (words == nil || rs[i] == '一') {
			i++
			continue
		}
		// A number before % is a percentage, not a number of its own.
		if best < len(rs) && (rs[best] == '%' || rs[best] == '％') {
			i = best
			continue
		}
		if words != nil && !numeralWord(words, rs, i, best) {
			i++
			continue
		}
		out = append(out, NumberMention{Text: string(rs[i:best]), Span: textmap.Span{Start: i, End: best}, Value: bestV})
		i = best
	}
	return out
}

// dottedList reports whether an Arabic number at i has two or more dots
// (2222.2222.222): then it ends at its first dot.
func dottedList(rs []rune, i int) (int, bool) {
	dots, first := 0, -1
	for k := i; k < len(rs); k++ {
		r := textmap.FoldRune(rs[k])
		if r == '.' {
			dots++
			if first < 0 {
				first = k
			}
			continue
		}
		if !IsASCIIDigit(r) {
			break
		}
	}
	return first, dots >= 2
}

func numberStart(rs []rune, i int) bool {
	r := textmap.FoldRune(rs[i])
	if i > 0 {
		p := textmap.FoldRune(rs[i-1])
		if IsASCIIDigit(p) || p == '.' {
			return false
		}
	}
	if cnUnit(r) > 0 && i > 0 && isNumeralRune(rs[i-1]) {
		return false // 五十千: a multiplier after a number starts none
	}
	if (r == '-' || r == '负' || r == '負') && ((i+1 < len(rs) && textmap.OneOf("-－负負", rs[i+1])) ||
		(i > 0 && textmap.OneOf("-－负負", rs[i-1]))) {
		return false // --9: a doubled sign belongs to no number
	}
	return IsASCIIDigit(r) || CnDigit(r) > 0 || r == '零' || r == '〇' || cnUnit(r) > 0 || tensDigit(r) > 0 ||
		r == '负' || r == '負' || r == '-' || r == '半' || (r == '.' && i+1 < len(rs) && IsASCIIDigit(textmap.FoldRune(rs[i+1])))
}

// numeralWord reports whether the segmenter's words allow a number at
// rs[i:end]: it must start a word, and a word that holds more than the
// number must be a numeral or classifier word, unless the number has
// Arabic digits.
func numeralWord(words []segment.Token, rs []rune, i, end int) bool {
	for _, r := range rs[i:end] {
		if IsASCIIDigit(textmap.FoldRune(r)) {
			return true
		}
	}
	k := segment.TokenIndexAt(words, i)
	if k >= len(words) {
		return false
	}
	w := words[k]
	if w.Start != i {
		// Only a percent word may hold the number's start: 百分之五十.
		pre := string(rs[w.Start:i])
		if pre != "百分之" && pre != "千分之" {
			return false
		}
	}
	if w.End <= end {
		return true
	}
	if _, ok := ParseNumber(w.Text); ok {
		return true // 十双, 一打: the whole word is a number
	}
	if w.Start == i && w.End == end+1 && strings.ContainsRune(measureChars, rs[end]) {
		return true // 十斤, 九年: a numeral word ending in a measure word
	}
	// 三双, 十对: the rest of the word is a classifier.
	for _, r := range rs[end:w.End] {
		if !strings.ContainsRune(classifierChars, r) {
			return false
		}
	}
	return true
}

const classifierChars = "个個双雙对對只次位名"

// measureChars are classifiers and measure words a number may stand
// before inside one segmenter word (十斤, 九年, 一种).
const measureChars = classifierChars + "种種块塊件张張条條家项項台臺辆輛年月日天周週时時分秒岁歲吨噸斤克米里亩畝元角户戶人批期届屆层層栋棟座所间間本页頁份"

// ParseDigits reads s digit by digit, as codes and phone numbers are read
// aloud (零一 → "01", 二〇〇二 → "2002", 一二点三零 → "12.30", 幺八九 →
// "189"): it keeps leading and trailing zeros, so it returns the digits as
// a string. ok is false when s holds anything but digits, one 点 and a
// leading sign.
func ParseDigits(s string) (string, bool) {
	var b strings.Builder
	rs := []rune(strings.TrimSpace(s))
	if len(rs) > 0 && (rs[0] == '负' || rs[0] == '負' || rs[0] == '-') {
		b.WriteByte('-')
		rs = rs[1:]
	}
	digits, point := 0, false
	for _, r := range rs {
		r = textmap.FoldRune(r)
		switch {
		case IsASCIIDigit(r):
			b.WriteRune(r)
		case r == '零' || r == '〇':
			b.WriteByte('0')
		case CnDigit(r) > 0 && CnDigit(r) < 10 && r != '两' && r != '兩':
			b.WriteByte(byte('0' + CnDigit(r)))
		case (r == '点' || r == '點' || r == '.') && !point && digits > 0:
			point = true
			b.WriteByte('.')
			continue
		default:
			return "", false
		}
		digits++
	}
	if digits == 0 || strings.HasSuffix(b.String(), ".") {
		return "", false
	}
	return b.String(), true
}

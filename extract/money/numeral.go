package money

import (
	"math/big"
	"strings"
)

// A numeral is a number as written: Arabic digits, Chinese numerals,
// financial capitals, or a mix, with its multipliers.
type numeral struct {
	lo, hi   *big.Rat // value; hi differs from lo for fuzzy numerals (3000多, 数十, 十几)
	fuzzy    bool     // 多, 余, 几 or 数 made it a range
	pair     bool     // two digits in a row made it one (八九亿, 三五百): a range written short
	units    bool     // it has a multiplier (十 百 千 万 亿 兆 k w)
	big      bool     // it has 万, 亿, 兆 or w
	chinese  bool     // it has Chinese digits
	digits   int      // how many digit atoms
	unitTail []atom   // the multipliers after its last digit, shared by a bare range start
	end      int      // index just past it
}

type atomKind uint8

const (
	aDigit      atomKind = iota // value in v
	aUnit                       // small multiplier 十 百 千, value in v
	aBig                        // 万 亿 兆 k w, value in v
	aFuzzyDigit                 // 几 or 数: lo 1 before a unit, 0 at the end; hi 10
	aMore                       // 多 or 余: hi adds the place of the last digit
)

type atom struct {
	kind   atomKind
	v      *big.Rat // nil when d holds the value (rat gives it)
	hiV    *big.Rat // the upper digit of a two-digit range (八九亿), or nil
	arabic bool
	single bool // one Arabic digit, 1 to 9 (1亿5), not 01 or 5.0
	d, hd  dec  // v and hiV as decimals, when ok
	ok     bool
}

// rat is the atom's value.
func (a *atom) rat() *big.Rat {
	if a.v == nil {
		return a.d.rat()
	}
	return a.v
}

// digitAtom is a Chinese digit's atom, shared values (callers never
// change an atom's v).
func digitAtom(v int64) atom {
	return atom{kind: aDigit, v: smallInts[v], d: dec{m: v}, ok: true}
}

// unitAtom is the atom of 10^e, as a small or large multiplier.
func unitAtom(kind atomKind, e int64) atom {
	return atom{kind: kind, v: powTen(e), d: dec{m: pow10s[e]}, ok: true}
}

var (
	ratTen = big.NewRat(10, 1)
	// powTen is 10^n; callers use it only as an operand (never as a
	// receiver), so the small powers are shared.
	powTen = func(n int64) *big.Rat {
		if n >= 0 && n < int64(len(smallPowTen)) {
			return smallPowTen[n]
		}
		return pow10(n)
	}
	smallPowTen = func() (t [17]*big.Rat) {
		for i := range t {
			t[i] = pow10(int64(i))
		}
		return t
	}()
	ratZero = new(big.Rat)
	ratOne  = big.NewRat(1, 1)
	// smallInts are 0 to 40 (digits, and 廿 卅 卌), shared as powTen's are.
	smallInts = func() (t [41]*big.Rat) {
		for i := range t {
			t[i] = big.NewRat(int64(i), 1)
		}
		return t
	}()
)

func pow10(n int64) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil))
}

// cnDigit is the value of a Chinese digit (financial capitals and
// colloquial forms too), 0 for 零 and 〇 and for anything else.
func CnDigit(r rune) int64 {
	switch r {
	case '一', '壹', '幺':
		return 1
	case '二', '两', '贰', '貳', '兩', '倆', '俩':
		return 2
	case '三', '叁', '參', '参':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return 0
}

// isCnDigit reports a Chinese digit, 零 and 〇 included.
func isCnDigit(r rune) bool { return r == '零' || r == '〇' || CnDigit(r) > 0 }

// tensDigit is the tens digit of a single character for a multiple of
// ten: 廿 20, 卅 30, 卌 40; 0 for anything else.
func tensDigit(r rune) int64 {
	switch r {
	case '廿':
		return 2
	case '卅':
		return 3
	case '卌':
		return 4
	}
	return 0
}

// tenPowerAt is the power of ten that 10, 100 or 1000 written in ASCII
// digits at rs[i] stands for as a multiplier (1 to 3), or 0: no other
// digit or decimal point follows it.
func tenPowerAt(rs []rune, i int) int64 {
	if i >= len(rs) || rs[i] != '1' {
		return 0
	}
	k := i + 1
	for k < len(rs) && rs[k] == '0' {
		k++
	}
	if e := int64(k - i - 1); e >= 1 && e <= 3 && (k == len(rs) || !IsASCIIDigit(rs[k]) && rs[k] != '.') {
		return e
	}
	return 0
}

// cnUnit is the power of ten of a small multiplier (十 百 千), or 0.
func cnUnit(r rune) int64 {
	switch r {
	case '十', '拾':
		return 1
	case '百', '佰':
		return 2
	case '千', '仟':
		return 3
	}
	return 0
}

// cnBigExp is the power of ten of a large multiplier, or 0. 兆 is read as
// 10^12 (万亿), as in financial usage and in Taiwan and Japan; 兆 as the SI
// prefix mega- (兆瓦) is never a money multiplier.
func cnBigExp(r rune) int64 {
	switch r {
	case '万', '萬':
		return 4
	case '亿', '億':
		return 8
	case '兆':
		return 12
	}
	return 0
}

func IsASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// maxNumeral is the longest numeral read, in code points: 64 holds any sum
// (3,000,000,000,000,000.00 is 25; 九千九百九十九万亿 is 9).
const maxNumeral = 64

// scanNumeral reads the atoms of a numeral starting at rs[i], without its
// value, appending them to atoms. It returns ok=false if there is none.
func scanNumeral(rs []rune, i int, atoms []atom) (numeral, []atom, bool) {
	j := i
	n := numeral{}
	start := len(atoms)
	lastSmall := int64(99) // the last 十/百/千 in this section: the next must be smaller
	decimalBig := false    // an Arabic decimal was multiplied: no digits may follow (10.1万零100)
	for j < len(rs) {
		if j-i > maxNumeral {
			return n, nil, false // no sum is written so long (and big numbers cost more than linear time)
		}
		r := rs[j]
		if decimalBig && (IsASCIIDigit(r) || CnDigit(r) > 0 || r == '零' || r == '〇') {
			goto done
		}
		switch {
		case IsASCIIDigit(r):
			if len(atoms) > start && atoms[len(atoms)-1].kind == aDigit {
				if atoms[len(atoms)-1].arabic {
					return n, nil, false // cannot happen: arabic runs are read whole
				}
				if atoms[len(atoms)-1].d.m != 0 {
					goto done // 一5亿: a Chinese digit then Arabic ones are two numbers (2千零30万 is one)
				}
			}
			a, k := parseArabic(rs, j)
			if len(atoms) > start && atoms[len(atoms)-1].kind == aBig && atoms[len(atoms)-1].v.Cmp(powTen(8)) >= 0 && a.isInt() && k-j <= 4 &&
				!multiplierAfter(rs, k) && classifierAfter(rs, k) {
				// A few Arabic digits right after 亿 that a classifier
				// follows count things after the sum (20亿15个项目: 20亿,
				// then 15 projects): they are too few to be its lower
				// places. After 万 they are (5万7801个 = 57801), and
				// without a classifier they are too, as the peers read
				// them (1万600 = 10600, 200亿零四千230).
				goto done
			}
			a.single = k == j+1 && rs[j] != '0'
			atoms = append(atoms, a)
			n.digits++
			j = k
			// k/K (thousand) and w/W (ten thousand) directly after digits,
			// when no letter follows (5kg, 3kw are not multipliers).
			if j < len(rs) && (rs[j] == 'k' || rs[j] == 'K' || rs[j] == 'w' || rs[j] == 'W') &&
				(j+1 == len(rs) || !isASCIILetter(rs[j+1])) {
				e := int64(3)
				if rs[j] == 'w' || rs[j] == 'W' {
					e = 4
				}
				atoms = append(atoms, unitAtom(aBig, e))
				n.units, n.big = true, true
				if !a.isInt() {
					decimalBig = true
				}
				lastSmall = 99
				j++
				continue
			}
			continue
		case tensDigit(r) > 0:
			if 1 >= lastSmall {
				goto done
			}
			atoms = append(atoms, digitAtom(tensDigit(r)), unitAtom(aUnit, 1))
			lastSmall = 1
			n.digits++
			n.units, n.chinese = true, true
		case (r == '个' || r == '個') && len(atoms) > 0 && atoms[len(atoms)-1].kind == aDigit && j+1 < len(rs) && cnBigExp(rs[j+1]) > 0:
			// 两个亿: a classifier before a large multiplier.
		case CnDigit(r) > 0 && CnDigit(r) < 10 && j+2 < len(rs) && CnDigit(rs[j+1]) > CnDigit(r) && CnDigit(rs[j+1]) < 10 &&
			(cnUnit(rs[j+2]) > 0 || cnBigExp(rs[j+2]) > 0) && (len(atoms) == 0 || atoms[len(atoms)-1].kind != aDigit):
			// 八九亿, 三五百: two digits in a row before a multiplier are a
			// range, from the first to the second.
			a := digitAtom(CnDigit(r))
			a.hiV, a.hd = smallInts[CnDigit(rs[j+1])], dec{m: CnDigit(rs[j+1])}
			atoms = append(atoms, a)
			n.digits++
			n.chinese = true
			n.fuzzy, n.pair = true, true
			j++
		case CnDigit(r) > 0 || r == '零' || r == '〇':
			if len(atoms) > 0 && atoms[len(atoms)-1].kind == aDigit && atoms[len(atoms)-1].arabic {
				goto done // 667.123五: Arabic digits then a Chinese one are two numbers
			}
			if len(atoms) > 0 && atoms[len(atoms)-1].kind == aDigit && (r == '两' || r == '兩' || rs[j-1] == '两' || rs[j-1] == '兩') {
				goto done // 两 counts; it is never one of a row of digits (两两)
			}
			if (r == '两' || r == '兩') && len(atoms) > 0 && (atoms[len(atoms)-1].kind == aUnit || atoms[len(atoms)-1].kind == aBig) &&
				(j+1 >= len(rs) || cnUnit(rs[j+1]) == 0 && cnBigExp(rs[j+1]) == 0) {
				goto done // 出资5万两: taels of silver; the digit a multiplier's step stands for is 二 (一万二), never 两
			}
			atoms = append(atoms, digitAtom(CnDigit(r)))
			n.digits++
			n.chinese = true
		case cnUnit(r) > 0:
			if cnUnit(r) >= lastSmall || len(atoms) > start && atoms[len(atoms)-1].kind == aBig {
				// 一百百; 60万千升: a small multiplier right after a large
				// one, no digit between, starts a unit (千升, 千瓦时).
				goto done
			}
			lastSmall = cnUnit(r)
			atoms = append(atoms, unitAtom(aUnit, cnUnit(r)))
			n.units = true
			n.chinese = true
		case cnBigExp(r) > 0:
			if len(atoms) == 0 {
				return n, nil, false
			}
			if prev := atoms[len(atoms)-1]; prev.kind == aDigit && prev.arabic && !prev.isInt() {
				decimalBig = true
			}
			atoms = append(atoms, unitAtom(aBig, cnBigExp(r)))
			n.units, n.big = true, true
			lastSmall = 99
		case r == '几' || r == '幾' || r == '数' || r == '數':
			// 数 only before a multiplier (数十, 数百亿); 几 also after one (十几).
			if j+1 < len(rs) && (cnUnit(rs[j+1]) > 0 || cnBigExp(rs[j+1]) > 0) {
				atoms = append(atoms, atom{kind: aFuzzyDigit})
			} else if e := tenPowerAt(rs, j+1); e > 0 && len(atoms) == 0 {
				// 数10亿, 數100萬: the multiplier written in digits (数十亿,
				// 数百万).
				atoms = append(atoms, atom{kind: aFuzzyDigit}, unitAtom(aUnit, e))
				n.digits++
				n.fuzzy, n.units = true, true
				lastSmall = e
				j += 2 + int(e)
				continue
			} else if (r == '几' || r == '幾') && len(atoms) > 0 && atoms[len(atoms)-1].kind != aDigit {
				atoms = append(atoms, atom{kind: aFuzzyDigit})
			} else {
				goto done
			}
			n.digits++
			n.fuzzy = true
		case (r == '点' || r == '點') && !decimalBig && n.digits > 0:
			// 三点五亿, 十五点七, 两千万点五五: the numeral so far, then
			// decimal digits; multipliers may follow, digits may not.
			frac, k, ok := pointDecimals(rs, j+1)
			if !ok || !plainAtoms(atoms[start:]) {
				goto done
			}
			v := new(big.Rat).Add(evalAtoms(atoms[start:], false), frac)
			atoms = append(atoms[:start], atom{kind: aDigit, arabic: true, v: v})
			decimalBig, lastSmall = true, 99
			j = k
			continue
		case r == ' ' && n.digits > 0:
			// Spaces inside a numeral (二十 亿, 1000  万, 一百 五 十 二):
			// skipped when what follows can only go on with it.
			k := pastSpaces(rs, j)
			if k == len(rs) || !spaceContinues(atoms, rs[k], rs, k) {
				goto done
			}
			j = k
			continue
		case r == '多' || r == '余':
			if len(atoms) == 0 || atoms[len(atoms)-1].kind == aMore || atoms[len(atoms)-1].kind == aFuzzyDigit {
				goto done
			}
			if r == '余' && j+1 < len(rs) && strings.ContainsRune(residueChars, rs[j+1]) {
				goto done // 100万余额: the balance (余额), not "100万 and more"
			}
			atoms = append(atoms, atom{kind: aMore})
			n.fuzzy = true
		default:
			goto done
		}
		j++
	}
done:
	// Trim what cannot end a numeral: a dangling 多/余 is kept (十余), but a
	// numeral must have a digit.
	if n.digits == 0 {
		return n, nil, false
	}
	// A lone 十/百/千 word with no digit before (十 alone is ten; 百 alone, as in 百亿元, is a hundred).
	n.end = j
	for k := len(atoms) - 1; k >= 0 && atoms[k].kind != aDigit && atoms[k].kind != aFuzzyDigit; k-- {
		if atoms[k].kind == aUnit || atoms[k].kind == aBig {
			n.unitTail = append([]atom{atoms[k]}, n.unitTail...)
		}
	}
	return n, atoms, true
}

// multiplierAfter reports whether a multiplier (十 百 千, 万 亿, k or w
// after digits) or 点 follows at rs[k], up to three spaces before it
// (20亿15万个: the 15 is part of the sum after all).
func multiplierAfter(rs []rune, k int) bool {
	k = pastSpaces(rs, k)
	if k >= len(rs) {
		return false
	}
	r := rs[k]
	return cnUnit(r) > 0 || cnBigExp(r) > 0 || r == 'k' || r == 'K' || r == 'w' || r == 'W' || r == '点' || r == '點'
}

// pastSpaces is k past up to three spaces at rs[k].
func pastSpaces(rs []rune, k int) int {
	for n := 0; k < len(rs) && rs[k] == ' ' && n < 3; n++ {
		k++
	}
	return k
}

// classifierAfter reports whether a classifier (个 家 项 …) follows at
// rs[k], up to three spaces before it.
func classifierAfter(rs []rune, k int) bool {
	k = pastSpaces(rs, k)
	return k < len(rs) && strings.ContainsRune(countClassifiers, rs[k])
}

// countClassifiers count the things a number after a sum may count.
const countClassifiers = "个個家项項只名座条條所批户戶台套间間宗"

// pointDecimals reads the decimal digits after 点 at rs[j] (one space
// may stand on either side of 点: 四百 点 五): Chinese digits but 两, which
// counts things (一点两 is not 1.2), or Arabic ones. ok is false when no
// digit follows.
func pointDecimals(rs []rune, j int) (*big.Rat, int, bool) {
	if j < len(rs) && rs[j] == ' ' {
		j++
	}
	var num, den big.Int
	den.SetInt64(1)
	k := j
	for ; k < len(rs); k++ {
		r := rs[k]
		var d int64
		switch {
		case IsASCIIDigit(r):
			d = int64(r - '0')
		case r == '零' || r == '〇':
			d = 0
		case CnDigit(r) > 0 && r != '两' && r != '兩' && r != '俩' && r != '倆':
			d = CnDigit(r)
		default:
			goto end
		}
		num.Mul(&num, big.NewInt(10)).Add(&num, big.NewInt(d))
		den.Mul(&den, big.NewInt(10))
	}
end:
	if k == j {
		return nil, j, false
	}
	return new(big.Rat).SetFrac(&num, &den), k, true
}

// plainAtoms reports whether atoms are exact: no fuzzy digit (几, 数), no
// 多/余 and no two-digit range, so that a decimal part can be added.
func plainAtoms(atoms []atom) bool {
	for _, a := range atoms {
		if a.kind == aFuzzyDigit || a.kind == aMore || a.hiV != nil {
			return false
		}
	}
	return len(atoms) > 0
}

// spaceContinues reports whether a numeral whose atoms are so far atoms
// goes on after spaces with r (at rs[k]): a multiplier after a digit, a
// Chinese digit after a multiplier, or 点 with a digit after it.
func spaceContinues(atoms []atom, r rune, rs []rune, k int) bool {
	if len(atoms) == 0 {
		return false
	}
	last := atoms[len(atoms)-1]
	switch {
	case cnBigExp(r) > 0:
		return last.kind == aDigit || last.kind == aUnit || last.kind == aBig || last.kind == aMore
	case r == '几' || r == '幾':
		return last.kind == aUnit
	case cnUnit(r) > 0:
		return last.kind == aDigit && !(last.arabic && !last.isInt())
	case CnDigit(r) > 0 || r == '零':
		return (last.kind == aUnit || last.kind == aBig) && !last.arabic
	case r == '点' || r == '點':
		_, _, ok := pointDecimals(rs, k+1)
		return ok && last.kind != aMore
	case r == '余' || r == '多':
		return last.kind == aUnit || last.kind == aDigit
	}
	return false
}

// parseNumeral reads a numeral starting at rs[i] and computes its value.
// It returns ok=false if there is none. It does not look at what comes
// before i.
func parseNumeral(rs []rune, i int) (numeral, bool) {
	var buf [16]atom // most numerals have a few atoms: no allocation for them
	n, atoms, ok := scanNumeral(rs, i, buf[:0])
	if !ok {
		return n, false
	}
	n.lo = evalNumeral(atoms, false)
	n.hi = n.lo // shared: a numeral's values are never changed in place, only replaced
	for _, a := range atoms {
		if a.kind == aFuzzyDigit || a.kind == aMore || a.hiV != nil {
			n.hi = evalNumeral(atoms, true) // only these atoms read hi
			break
		}
	}
	return n, true
}

// parseLeadingUnit reads a numeral that starts with a bare multiplier:
// 十, 百, 千 read as one of it (十二 = 12, 百亿元 = 10^10). It is tried
// only where parseNumeral found nothing.
func parseLeadingUnit(rs []rune, i int) (numeral, bool) {
	if i >= len(rs) || (cnUnit(rs[i]) == 0 && !(cnBigExp(rs[i]) == 4 && i+2 < len(rs) && CnDigit(rs[i+1]) > 0 && (cnUnit(rs[i+2]) > 0 || rs[i+2] == '元')) &&
		!(cnBigExp(rs[i]) > 0 && i+1 < len(rs) && (rs[i+1] == '元' || rs[i+1] == '美' || rs[i+1] == '欧'))) {
		// 亿元以上项目: a bare large unit before a currency is one of it.
		return numeral{}, false
	}
	tmp := append([]rune{'一'}, rs[i:min(len(rs), i+32)]...)
	n, ok := parseNumeral(tmp, 0)
	if !ok {
		return n, false
	}
	n.end = i + n.end - 1
	n.digits--
	return n, true
}

func isASCIILetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

// parseArabic reads digits with optional thousands separators (a comma
// followed by exactly three digits) and a decimal part, as an arabic digit
// atom.
func parseArabic(rs []rune, i int) (atom, int) {
	var buf [24]byte
	b, k := parseArabicDigits(rs, i, buf[:0])
	a := atom{kind: aDigit, arabic: true}
	if a.d, a.ok = parseDec(b); !a.ok {
		a.v, _ = new(big.Rat).SetString(string(b))
	}
	return a, k
}

// isInt reports whether an atom's value is a whole number.
func (a *atom) isInt() bool {
	if a.v == nil {
		return a.d.isInt()
	}
	return a.v.IsInt()
}

func parseArabicDigits(rs []rune, i int, buf []byte) ([]byte, int) {
	j := i
	for j < len(rs) {
		r := rs[j]
		if IsASCIIDigit(r) {
			buf = append(buf, byte(r))
			j++
			continue
		}
		if r == ',' && threeDigits(rs, j+1) {
			j++
			continue
		}
		break
	}
	if j+1 < len(rs) && rs[j] == '.' && IsASCIIDigit(rs[j+1]) {
		buf = append(buf, '.')
		j++
		for j < len(rs) && IsASCIIDigit(rs[j]) {
			buf = append(buf, byte(rs[j]))
			j++
		}
	}
	return buf, j
}

// threeDigits reports whether rs[i:i+3] are digits and rs[i+3] is not.
func threeDigits(rs []rune, i int) bool {
	if i+3 > len(rs) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !IsASCIIDigit(rs[k]) {
			return false
		}
	}
	return i+3 == len(rs) || !IsASCIIDigit(rs[i+3])
}

// evalAtoms computes a numeral's value; hi chooses the upper end of a
// fuzzy numeral.
func evalAtoms(atoms []atom, hi bool) *big.Rat {
	total, section, number := new(big.Rat), new(big.Rat), new(big.Rat)
	seenNumber := false // number holds a digit not yet multiplied
	prevDigit := false
	var lastUnit *big.Rat
	var lastBig *big.Rat // the last 亿-or-larger unit applied to total
	lastZero := false
	for k, a := range atoms {
		switch a.kind {
		case aDigit, aFuzzyDigit:
			v := a.rat()
			if hi && a.hiV != nil {
				v = a.hiV
			}
			if a.kind == aFuzzyDigit {
				switch {
				case hi:
					v = ratTen
				case k+1 < len(atoms) && (atoms[k+1].kind == aUnit || (atoms[k+1].kind == aBig && k == 0)):
					// 几十 is 10 at least, 几万 is 1万; in 二十几万 几 is a ones digit.
					v = ratOne
				default:
					v = ratZero
				}
			}
			if prevDigit && !a.arabic && !atoms[k-1].arabic {
				// Chinese digits in a row are positional: 二〇二四
				// (parseNumeral refuses 两 there).
				number.Mul(number, ratTen).Add(number, v)
			} else {
				number.Set(v)
			}
			lastZero = v.Sign() == 0 && a.kind == aDigit
			seenNumber = true
			prevDigit = true
			continue
		case aUnit:
			if !seenNumber || (lastZero && number.Sign() == 0) {
				number.SetInt64(1)
			}
			lastZero = false
			section.Add(section, new(big.Rat).Mul(number, a.v))
			number.SetInt64(0)
			lastUnit = a.v
		case aBig:
			// 百二万 = 120万: a digit right after 百 or 千 (no 零) stands
			// for the next place down, before a large unit too.
			if k >= 2 && atoms[k-1].kind == aDigit && !atoms[k-1].arabic && atoms[k-2].kind == aUnit &&
				atoms[k-2].v.Cmp(ratTen) > 0 && !lastZero && seenNumber {
				number.Mul(number, new(big.Rat).Quo(atoms[k-2].v, ratTen))
			}
			s := new(big.Rat).Add(section, number)
			if a.v.Cmp(big.NewRat(100000000, 1)) >= 0 {
				if lastBig != nil && a.v.Cmp(lastBig) < 0 {
					// 四十九兆九千五百九十二亿: a smaller large unit adds.
					total.Add(total, s.Mul(s, a.v))
				} else {
					total.Add(total, s).Mul(total, a.v)
					lastBig = a.v
				}
				section.SetInt64(0)
			} else {
				section.Mul(s, a.v)
			}
			number.SetInt64(0)
			lastUnit = a.v
		case aMore:
			if hi {
				cur := new(big.Rat).Add(section, number)
				cur.Add(cur, total)
				place := placeOf(cur)
				number.Add(number, place)
			}
		}
		seenNumber = false
		prevDigit = false
	}
	// 一万五 = 15000, 三千五 = 3500, 1亿5 = 150000000: a last digit right
	// after a multiplier stands for one step below it. Arabic digits do
	// when there is one of them (1万600 = 10600 is read as written).
	if n := len(atoms); n >= 2 && atoms[n-1].kind == aDigit && (atoms[n-2].kind == aUnit || atoms[n-2].kind == aBig) &&
		lastUnit != nil && !lastZero && lastUnit.Cmp(ratTen) > 0 && (!atoms[n-1].arabic || atoms[n-1].single) {
		number.Mul(number, new(big.Rat).Quo(lastUnit, ratTen))
	}
	return total.Add(total, section).Add(total, number)
}

// placeOf is the place of the lowest non-zero digit of an integer value
// (3000 → 1000, 4500 → 100), or 1.
func placeOf(v *big.Rat) *big.Rat {
	if !v.IsInt() || v.Sign() == 0 {
		return ratOne
	}
	n := new(big.Int).Set(v.Num())
	p := big.NewInt(1)
	ten := big.NewInt(10)
	m := new(big.Int)
	for {
		q, r := new(big.Int).QuoRem(n, ten, m)
		if r.Sign() != 0 {
			break
		}
		n = q
		p.Mul(p, ten)
	}
	return new(big.Rat).SetInt(p)
}

// FormatDecimal prints an exact decimal value with no exponent and no
// trailing zeros (1100000000000, 1.5, 0.05). Values that are not finite
// decimals are printed with 20 decimals.
func FormatDecimal(v *big.Rat) string {
	if v.IsInt() {
		return v.Num().String()
	}
	d := new(big.Int).Set(v.Denom())
	twos, fives := 0, 0
	two, five, m := big.NewInt(2), big.NewInt(5), new(big.Int)
	for m.Rem(d, two).Sign() == 0 {
		d.Quo(d, two)
		twos++
	}
	for m.Rem(d, five).Sign() == 0 {
		d.Quo(d, five)
		fives++
	}
	if d.Cmp(big.NewInt(1)) != 0 {
		return trimZeros(v.FloatString(20))
	}
	return trimZeros(v.FloatString(max(twos, fives)))
}

func trimZeros(s string) string {
	for len(s) > 0 && s[len(s)-1] == '0' && strings.Contains(s, ".") {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

// residueChars make a word with 余 after a number that is no hedge: 余额
// (a balance), 余款 (what is left to pay), 余量, 余下, 余粮 (general
// knowledge of Chinese words that start with 余).
const residueChars = "额款量下粮"

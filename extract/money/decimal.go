package money

import (
	"math"
	"math/big"
	"math/bits"
)

// dec is an exact decimal m/10^s whose digits fit an int64: the fast form
// of a numeral's values. Every operation reports false where the result
// would not fit, and evalNumeral then computes with big.Rat instead.
// Values are never negative (numerals have no sign).
type dec struct {
	m int64
	s int8 // 0 to 18
}

// pow10s are the powers of ten an int64 holds.
var pow10s = func() (t [19]int64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// parseDec reads ASCII digits with an optional decimal point.
func parseDec(b []byte) (dec, bool) {
	var d dec
	frac := false
	for _, c := range b {
		if c == '.' {
			frac = true
			continue
		}
		if d.m > (math.MaxInt64-9)/10 || frac && d.s == 18 {
			return dec{}, false
		}
		d.m = d.m*10 + int64(c-'0')
		if frac {
			d.s++
		}
	}
	return d.norm(), true
}

// norm drops trailing zeros after the decimal point.
func (d dec) norm() dec {
	for d.s > 0 && d.m%10 == 0 {
		d.m /= 10
		d.s--
	}
	return d
}

func (d dec) isInt() bool { return d.norm().s == 0 }

func (d dec) rat() *big.Rat {
	if d.s == 0 {
		return new(big.Rat).SetInt64(d.m) // no fraction to reduce
	}
	return new(big.Rat).SetFrac64(d.m, pow10s[d.s])
}

// mulInt is m*k, when it fits.
func mulInt(m, k int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(m), uint64(k))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func (d dec) mul(e dec) (dec, bool) {
	m, ok := mulInt(d.m, e.m)
	if !ok || int(d.s)+int(e.s) > 18 {
		return dec{}, false
	}
	return dec{m, d.s + e.s}.norm(), true
}

// scaleTo writes d with s decimals (s >= d.s).
func (d dec) scaleTo(s int8) (int64, bool) { return mulInt(d.m, pow10s[s-d.s]) }

func (d dec) Add(e dec) (dec, bool) {
	s := max(d.s, e.s)
	a, ok1 := d.scaleTo(s)
	b, ok2 := e.scaleTo(s)
	if !ok1 || !ok2 || a > math.MaxInt64-b {
		return dec{}, false
	}
	return dec{a + b, s}.norm(), true
}

// cmp compares two decimals, when both can be written with the same
// number of decimals.
func (d dec) cmp(e dec) (int, bool) {
	s := max(d.s, e.s)
	a, ok1 := d.scaleTo(s)
	b, ok2 := e.scaleTo(s)
	if !ok1 || !ok2 {
		return 0, false
	}
	switch {
	case a < b:
		return -1, true
	case a > b:
		return 1, true
	}
	return 0, true
}

// place is placeOf for a decimal: the place of the lowest non-zero digit of
// a whole number, or 1.
func (d dec) place() dec {
	d = d.norm()
	if d.s != 0 || d.m == 0 {
		return dec{m: 1}
	}
	p := int64(1)
	for m := d.m; m%10 == 0; m /= 10 {
		p *= 10
	}
	return dec{m: p}
}

// evalNumeral is evalAtoms, in int64 decimals when every value fits.
func evalNumeral(atoms []atom, hi bool) *big.Rat {
	if d, ok := evalDec(atoms, hi); ok {
		return d.rat()
	}
	return evalAtoms(atoms, hi)
}

// evalDec is evalAtoms step for step on decimals (TestEvalDecAgrees); it
// reports false as soon as a value does not fit.
func evalDec(atoms []atom, hi bool) (dec, bool) {
	var total, section, number dec
	seenNumber, prevDigit, lastZero := false, false, false
	var lastUnit, lastBig dec
	hasUnit, hasBig := false, false
	ten := dec{m: 10}
	ok := true
	// step records an operation's result and whether it fit.
	step := func(d dec, fit bool) dec {
		ok = ok && fit
		return d
	}
	for k, a := range atoms {
		if !ok {
			return dec{}, false
		}
		if (a.kind == aDigit || a.kind == aUnit || a.kind == aBig) && !a.ok {
			return dec{}, false
		}
		switch a.kind {
		case aDigit, aFuzzyDigit:
			v := a.d
			if hi && a.hiV != nil {
				v = a.hd
			}
			if a.kind == aFuzzyDigit {
				switch {
				case hi:
					v = ten
				case k+1 < len(atoms) && (atoms[k+1].kind == aUnit || (atoms[k+1].kind == aBig && k == 0)):
					v = dec{m: 1}
				default:
					v = dec{}
				}
			}
			if prevDigit && !a.arabic && !atoms[k-1].arabic {
				number = step(number.mul(ten))
				number = step(number.Add(v))
			} else {
				number = v
			}
			lastZero = v.m == 0 && a.kind == aDigit
			seenNumber = true
			prevDigit = true
			continue
		case aUnit:
			if !seenNumber || (lastZero && number.m == 0) {
				number = dec{m: 1}
			}
			lastZero = false
			p := step(number.mul(a.d))
			section = step(section.Add(p))
			number = dec{}
			lastUnit, hasUnit = a.d, true
		case aBig:
			if k >= 2 && atoms[k-1].kind == aDigit && !atoms[k-1].arabic && atoms[k-2].kind == aUnit &&
				atoms[k-2].d.m > 10 && atoms[k-2].d.s == 0 && !lastZero && seenNumber {
				number = step(number.mul(dec{m: atoms[k-2].d.m / 10}))
			}
			s := step(section.Add(number))
			if c, fit := a.d.cmp(dec{m: 100000000}); !fit {
				return dec{}, false
			} else if c >= 0 {
				if c2, fit := a.d.cmp(lastBig); hasBig && fit && c2 < 0 {
					p := step(s.mul(a.d))
					total = step(total.Add(p))
				} else if hasBig && !fit {
					return dec{}, false
				} else {
					total = step(total.Add(s))
					total = step(total.mul(a.d))
					lastBig, hasBig = a.d, true
				}
				section = dec{}
			} else {
				section = step(s.mul(a.d))
			}
			number = dec{}
			lastUnit, hasUnit = a.d, true
		case aMore:
			if hi {
				cur := step(section.Add(number))
				cur = step(cur.Add(total))
				number = step(number.Add(cur.place()))
			}
		}
		seenNumber = false
		prevDigit = false
	}
	if n := len(atoms); n >= 2 && atoms[n-1].kind == aDigit && (atoms[n-2].kind == aUnit || atoms[n-2].kind == aBig) &&
		hasUnit && !lastZero && (!atoms[n-1].arabic || atoms[n-1].single) {
		if c, fit := lastUnit.cmp(ten); !fit {
			return dec{}, false
		} else if c > 0 {
			if lastUnit.s != 0 || lastUnit.m%10 != 0 {
				return dec{}, false // lastUnit/10 is not a whole number: leave it to big.Rat
			}
			number = step(number.mul(dec{m: lastUnit.m / 10}))
		}
	}
	total = step(total.Add(section))
	total = step(total.Add(number))
	return total, ok
}

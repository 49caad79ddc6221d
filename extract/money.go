package extract

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

//go:embed data/money.yaml
var moneyYAML []byte

// MoneyConfig is the vocabulary of the amount extractor; see
// data/money.yaml for the defaults and what each list means.
type MoneyConfig struct {
	Currencies       map[string]string   `yaml:"currencies"`
	PrefixCurrencies map[string]string   `yaml:"prefix_currencies"`
	HedgesBefore     map[string]string   `yaml:"hedges_before"`
	HedgesAfter      map[string]string   `yaml:"hedges_after"`
	HedgeVetoes      []string            `yaml:"hedge_vetoes"`
	Roles            map[string][]string `yaml:"roles"`
	RolesAfter       map[string][]string `yaml:"roles_after"`
	NotMoneyAfter    []string            `yaml:"not_money_after"`
	RoleHeads        []string            `yaml:"role_heads"`
	LocalWords       []string            `yaml:"local_currency_words"`
	Locales          map[string]Locale   `yaml:"locales"`
}

// Locale is a place whose own dollar a bare 元 names in a text from there:
// the words that show a text is from it, and the currency words that mean
// its own currency there (澳元 is the pataca in Macau).
type Locale struct {
	Evidence   []string          `yaml:"evidence"`
	Currencies map[string]string `yaml:"currencies"`
}

// moneyLocale is a Locale ready to match.
type moneyLocale struct {
	currency   string
	evidence   lexicon
	currencies lexicon
}

// DefaultMoneyConfig parses the embedded data/money.yaml.
func DefaultMoneyConfig() (MoneyConfig, error) {
	return ParseMoneyConfig(moneyYAML)
}

// ParseMoneyConfig reads a money vocabulary in the format of data/money.yaml.
func ParseMoneyConfig(b []byte) (MoneyConfig, error) {
	var c MoneyConfig
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("money vocabulary: %w", err)
	}
	return c, nil
}

// lexicon matches the longest of a set of words at a place. Words are
// indexed by their first and last code point, so a place where no word can
// start or end costs one bit test (one map look-up beyond 0xFFFF).
type lexicon struct {
	byFirst     map[rune][]lexWord // longest first
	byLast      map[rune][]lexWord // longest first
	first, last *runeSet           // the keys of byFirst and byLast below 0x10000
	words       map[string]string
}

type lexWord struct {
	rs  []rune
	val string
}

func newLexicon(m map[string]string) lexicon {
	var words []lexWord
	for w, v := range m {
		if w != "" {
			words = append(words, lexWord{[]rune(w), v})
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i].rs) != len(words[j].rs) {
			return len(words[i].rs) > len(words[j].rs)
		}
		return string(words[i].rs) < string(words[j].rs)
	})
	l := lexicon{byFirst: map[rune][]lexWord{}, byLast: map[rune][]lexWord{}, first: new(runeSet), last: new(runeSet), words: map[string]string{}}
	for _, w := range words {
		f, e := w.rs[0], w.rs[len(w.rs)-1]
		l.byFirst[f] = append(l.byFirst[f], w)
		l.byLast[e] = append(l.byLast[e], w)
		l.words[string(w.rs)] = w.val
		if f < 0x10000 {
			l.first.add(f)
		}
		if e < 0x10000 {
			l.last.add(e)
		}
	}
	return l
}

// is reports whether w is one of the words.
func (l lexicon) is(w string) bool {
	_, ok := l.words[w]
	return ok
}

// mayStart reports whether a word may start with r (at would look).
func (l lexicon) mayStart(r rune) bool { return r >= 0x10000 || r >= 0 && l.first.has(r) }

// mayEnd reports whether a word may end with r (before would look).
func (l lexicon) mayEnd(r rune) bool { return r >= 0x10000 || r >= 0 && l.last.has(r) }

// within reports whether one of the words occurs in rs[lo:].
func (l lexicon) within(rs []rune, lo int) bool {
	for i := lo; i < len(rs); i++ {
		if l.mayStart(rs[i]) {
			if _, n := l.at(rs, i); n > 0 {
				return true
			}
		}
	}
	return false
}

// at returns the longest word starting at rs[i] and its length.
func (l lexicon) at(rs []rune, i int) (string, int) {
	if i < 0 || i >= len(rs) || !l.mayStart(rs[i]) {
		return "", 0
	}
	for _, w := range l.byFirst[rs[i]] {
		if hasRunes(rs, i, w.rs) {
			return w.val, len(w.rs)
		}
	}
	return "", 0
}

// before returns the longest word ending at rs[i] (exclusive) that starts
// at or after lo, and its length.
func (l lexicon) before(rs []rune, i, lo int) (string, int) {
	if i <= 0 || i > len(rs) || !l.mayEnd(rs[i-1]) {
		return "", 0
	}
	for _, w := range l.byLast[rs[i-1]] {
		if s := i - len(w.rs); s >= lo && hasRunes(rs, s, w.rs) {
			return w.val, len(w.rs)
		}
	}
	return "", 0
}

// hasRunesAt is hasRunes for a word given as a string.
func hasRunesAt(rs []rune, i int, w string) bool {
	return i >= 0 && i <= len(rs) && runesHavePrefix(rs[i:], w)
}

func hasRunes(rs []rune, i int, w []rune) bool {
	if i < 0 || i+len(w) > len(rs) {
		return false
	}
	for k, r := range w {
		if rs[i+k] != r {
			return false
		}
	}
	return true
}

// Money finds sums of money with a grammar over the normalised text, not
// over segmenter tokens (which split 1.72万亿欧元); the tokens only veto a
// lone Chinese digit inside a word (李四人民币).
type Money struct {
	currencies, prefixes lexicon
	starts               runeSet // canStart's answer for every code point below 0x10000
	before, after        lexicon
	roles, rolesAfter    lexicon
	notMoney             lexicon
	hedgeVetoes          lexicon
	hant                 *Hant         // reads a Traditional amount text in Parse; nil reads it as it is
	roleHeads            lexicon       // role words that take the role of a role word before them
	local                lexicon       // the words of the local dollar (元)
	locales              []moneyLocale // by currency
}

// NewMoney builds the amount extractor from a vocabulary.
func NewMoney(c MoneyConfig) *Money {
	roles := map[string]string{}
	for role, words := range c.Roles {
		for _, w := range words {
			roles[w] = role
		}
	}
	after := map[string]string{}
	for role, words := range c.RolesAfter {
		for _, w := range words {
			after[w] = role
		}
	}
	nm := map[string]string{}
	for _, w := range c.NotMoneyAfter {
		nm[w] = "x"
	}
	prefixes := map[string]string{}
	for w, cur := range c.Currencies {
		// A currency word may also stand before the number (港币3.14),
		// except single characters that are words of their own (元, 块).
		if len([]rune(w)) >= 2 {
			prefixes[w] = cur
		}
	}
	for w, cur := range c.PrefixCurrencies {
		prefixes[w] = cur
	}
	var locales []moneyLocale
	for cur, l := range c.Locales {
		locales = append(locales, moneyLocale{currency: cur, evidence: lexOf(l.Evidence), currencies: newLexicon(l.Currencies)})
	}
	sort.Slice(locales, func(i, j int) bool { return locales[i].currency < locales[j].currency })
	m := &Money{
		local:       lexOf(c.LocalWords),
		roleHeads:   lexOf(c.RoleHeads),
		locales:     locales,
		currencies:  newLexicon(c.Currencies),
		prefixes:    newLexicon(prefixes),
		before:      newLexicon(c.HedgesBefore),
		after:       newLexicon(c.HedgesAfter),
		roles:       newLexicon(roles),
		rolesAfter:  newLexicon(after),
		notMoney:    newLexicon(nm),
		hedgeVetoes: lexOf(c.HedgeVetoes),
	}
	for r := rune(0); r < 0x10000; r++ {
		if m.canStartSlow(r) {
			m.starts.add(r)
		}
	}
	return m
}

// runeSet is a set of code points below 0x10000.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(r rune) { s[r>>6] |= 1 << (r & 63) }

func (s *runeSet) has(r rune) bool { return s[r>>6]&(1<<(r&63)) != 0 }

// addFirst adds the first code point of w; one beyond the set's range
// marks the set as holding all of them (hasFirst is then true for any).
func (s *runeSet) addFirst(w string) {
	if r := firstRune(w); r >= 0 && r < 0x10000 {
		s.add(r)
	} else {
		s[0] |= 1 // U+0000 stands for "beyond the range"
	}
}

// hasFirst reports whether a word starting with r may be in the set that
// addFirst built.
func (s *runeSet) hasFirst(r rune) bool {
	if r < 0 || r >= 0x10000 || s[0]&1 != 0 {
		return true
	}
	return s.has(r)
}

// Name implements Extractor.
func (m *Money) Name() string { return "money" }

// Extract implements Extractor.
func (m *Money) Extract(ctx context.Context, d *Doc) ([]Mention, error) {
	var out []Mention
	starts := d.starts
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for i := s.Start; i < s.End; {
			if !m.canStart(d.runes[i]) || m.noStart(d.runes, s.Start, i, starts) {
				i++
				continue
			}
			if ok, end := m.mayBeSum(d.runes[:s.End], i); !ok {
				i = max(i+1, end) // the whole numeral run is no sum
				continue
			}
			if a, span, ok := m.parseAt(d.runes, s, i, starts, false); ok {
				mt := d.mention(KindAmount, span)
				mt.Name = ""
				mt.Amount = a
				out = append(out, mt)
				i = span.End
				continue
			}
			// No sum starts inside the numeral either: past it, so that
			// the work stays linear in the text (a long run of digits,
			// 一点一点…, is read once, not once a position).
			for i++; i < s.End && m.noStart(d.runes, s.Start, i, starts); i++ {
			}
		}
	}
	sameRoleInBrackets(d.runes, out)
	m.localDollar(d, out)
	return out, nil
}

// sameRoleInBrackets gives a sum in brackets right after another (5.9亿美元
// (约24亿令吉), the same sum in another currency) the role of the one
// before it.
func sameRoleInBrackets(rs []rune, ms []Mention) {
	for i := 1; i < len(ms); i++ {
		prev, cur := ms[i-1].Norm, ms[i].Norm
		if cur.Start == prev.End+1 && rs[prev.End] == '(' {
			ms[i].Amount.Role = ms[i-1].Amount.Role
		}
	}
}

// localDollar gives the sums in the local dollar (a bare 元, or no
// currency word) the document's currency, when it is not CNY: the one the
// document says (corpus.Document.Currency, from --currency or JSONL), or
// else, for a text in Traditional characters, the currency of the place it
// names most often (香港, 港府, 立法会 → HKD; 澳门 → MOP; 台湾, 行政院 →
// TWD; see locales in data/money.yaml). Such a currency is marked
// inferred. The place's own currency words are read its way too (澳元 is
// MOP in a Macau text).
func (m *Money) localDollar(d *Doc, ms []Mention) {
	if len(ms) == 0 {
		return
	}
	cur := ""
	if d.Src != nil {
		cur = d.Src.Currency
	}
	if cur == "" && d.Hant {
		cur = m.localeOf(d.runes)
	}
	if cur == "" {
		return
	}
	var loc *moneyLocale
	for i := range m.locales {
		if m.locales[i].currency == cur {
			loc = &m.locales[i]
		}
	}
	for _, mt := range ms {
		a := mt.Amount
		switch {
		case a.local:
			a.Currency, a.Inferred = cur, true
		case loc != nil && a.word.End > 0:
			if c, n := loc.currencies.at(d.runes, a.word.Start); n == a.word.Len() {
				a.Currency = c
			}
		}
	}
}

// localeOf is the currency of the place a text names most often, or ""
// when it names none, or two as often.
func (m *Money) localeOf(rs []rune) string {
	counts := make([]int, len(m.locales))
	for i, r := range rs {
		for k := range m.locales {
			if ev := &m.locales[k].evidence; ev.mayStart(r) {
				if _, n := ev.at(rs, i); n > 0 {
					counts[k]++
				}
			}
		}
	}
	best, tie := -1, false
	for k, c := range counts {
		switch {
		case c == 0:
		case best < 0 || c > counts[best]:
			best, tie = k, false
		case c == counts[best]:
			tie = true
		}
	}
	if best < 0 || tie {
		return ""
	}
	return m.locales[best].currency
}

// canStart reports whether an amount can start with r: a digit, a
// numeral, a multiplier or the first code point of a prefix currency.
func (m *Money) canStart(r rune) bool {
	if r < 0x10000 {
		return m.starts.has(r)
	}
	return m.canStartSlow(r)
}

func (m *Money) canStartSlow(r rune) bool {
	if isASCIIDigit(r) {
		return true
	}
	if isCnDigit(r) {
		return true
	}
	if cnUnit(r) > 0 || cnBigExp(r) > 0 || tensDigit(r) > 0 || r == '几' || r == '数' || r == '幾' || r == '數' {
		return true
	}
	_, ok := m.prefixes.byFirst[r]
	return ok
}

// mayBeSum is a cheap look ahead: whether the numeral starting at rs[i]
// could be read as a sum at all. It must be followed (after hedges, spaces,
// 多/余 and range marks) by a currency word, or hold a large multiplier, or
// start with a prefix currency. Anything else (一批, 二期, 2024年) is passed
// over without parsing.
func (m *Money) mayBeSum(rs []rune, i int) (bool, int) {
	if _, n := m.prefixes.at(rs, i); n > 0 {
		return true, i
	}
	j := i
	for ; j < len(rs); j++ {
		r := rs[j]
		if cnBigExp(r) > 0 || r == 'w' || r == 'W' || r == 'k' || r == 'K' {
			return true, j
		}
		if m.currencies.mayStart(r) {
			if _, n := m.currencies.at(rs, j); n > 0 {
				return true, j
			}
		}
		if isNumeralRune(r) || tensDigit(r) > 0 || sumContinueChars.has(r) {
			continue
		}
		break
	}
	return false, j
}

func isWordStart(starts []bool, i int) bool { return starts == nil || i >= len(starts) || starts[i] }

// sideAmount is one side of a possible range.
type sideAmount struct {
	num      numeral
	currency string
	word     Span // the currency word after the number, if any
	start    int  // including a prefix currency
	end      int  // including the currency word
}

func (m *Money) side(rs []rune, sent Span, i int, lenient bool) (sideAmount, bool) {
	sa := sideAmount{start: i}
	j := i
	if cur, n := m.prefixes.at(rs, j); n > 0 {
		sa.currency = cur
		j += n
		for k := 0; k < 2 && j < sent.End && rs[j] == ' '; k++ {
			j++
		}
	}
	num, ok := parseNumeral(rs[:sent.End], j)
	if !ok {
		num, ok = parseLeadingUnit(rs[:sent.End], j)
	}
	if !ok {
		return sa, false
	}
	sa.num = num
	k := num.end
	if k < sent.End && (rs[k] == '个' || rs[k] == '個') {
		// 20个比特币: a classifier before the currency word.
		if _, n := m.currencies.at(rs[:sent.End], k+1); n > 1 {
			k++
		} else if sa.currency == "HKD" && !num.big {
			// 港币三个一毫四: Cantonese 个 is a dollar, with 毫 (tenths)
			// and a digit (hundredths) after it.
			sa.end = subUnits(rs[:sent.End], k+1, &sa)
			return sa, true
		} else if sa.currency != "" {
			return sa, false // 港币三个…: not read at all rather than as 3
		}
	}
	if k < sent.End && rs[k] == ' ' && k+1 < sent.End {
		if _, n := m.currencies.at(rs[:sent.End], k+1); n > 0 {
			k++
		}
	}
	if cur, n := m.currencies.at(rs[:sent.End], k); n > 0 {
		if sa.currency == "" || sa.currency == cur || cur == "CNY" {
			if sa.currency == "" {
				sa.currency, sa.word = cur, Span{k, k + n}
			}
			k += n
			if cur == "CNY" && sa.currency == "CNY" {
				if cur2, n2 := m.currencies.at(rs[:sent.End], k); n2 > 0 && cur2 != "CNY" {
					sa.currency, sa.word = cur2, Span{k, k + n2}
					k += n2
				}
			}
			k = subUnits(rs[:sent.End], k, &sa)
			if k < sent.End && rs[k] == '钱' {
				k++
			}
		}
	}
	if sa.currency == "" && lenient && k < sent.End && oneOf("角毛毫分仙", rs[k]) {
		div := int64(10)
		if rs[k] == '分' || rs[k] == '仙' {
			div = 100
		}
		sa.num.lo = new(big.Rat).Quo(sa.num.lo, big.NewRat(div, 1))
		sa.num.hi = new(big.Rat).Quo(sa.num.hi, big.NewRat(div, 1))
		sa.currency = "CNY"
		k++
		if div == 10 {
			if d, ok := digitAt(rs[:sent.End], k); ok {
				if k+1 < sent.End && oneOf("分仙", rs[k+1]) {
					k++
				}
				sa.num.lo = new(big.Rat).Add(sa.num.lo, big.NewRat(d, 100))
				sa.num.hi = new(big.Rat).Add(sa.num.hi, big.NewRat(d, 100))
				k++
			}
		}
	}
	sa.end = k
	return sa, true
}

// subUnits reads 角/毛/毫 (tenths) and 分/仙 (hundredths) after a main
// unit: 一百四十三元一角七分, 三块零四, 一块二 (a bare digit after the unit
// is tenths), 两毛五 (a bare digit after 毛 is hundredths).
func subUnits(rs []rune, k int, sa *sideAmount) int {
	if sa.currency != "CNY" && sa.currency != "HKD" {
		return k
	}
	if k < len(rs) && (rs[k] == '整' || rs[k] == '正') {
		return k + 1
	}
	// Sub-units follow whole sums written out (一百四十三元一角七分), not
	// sums with a multiplier or decimals (3541.07万元2 ends at 元).
	if (sa.num.big && !sa.num.chinese) || !sa.num.lo.IsInt() {
		return k
	}
	add := func(d int64, div int64) {
		v := big.NewRat(d, div)
		sa.num.lo = new(big.Rat).Add(sa.num.lo, v)
		sa.num.hi = new(big.Rat).Add(sa.num.hi, v)
	}
	if k < len(rs) && (rs[k] == '整' || rs[k] == '正') {
		return k + 1
	}
	zero := false
	if k < len(rs) && rs[k] == '零' {
		zero = true
		k++
	}
	d, ok := digitAt(rs, k)
	if !ok {
		if zero {
			return k - 1
		}
		return k
	}
	switch {
	case !zero && k+1 < len(rs) && oneOf("角毛毫", rs[k+1]):
		add(d, 10)
		k += 2
		if d2, ok := digitAt(rs, k); ok {
			if k+1 < len(rs) && oneOf("分仙", rs[k+1]) {
				add(d2, 100)
				k += 2
			} else if k+1 >= len(rs) || !isNumeralRune(rs[k+1]) {
				add(d2, 100)
				k++
			}
		}
	case k+1 < len(rs) && oneOf("分仙", rs[k+1]):
		add(d, 100)
		k += 2
	case !isASCIIDigit(rs[k]) && (k+1 >= len(rs) || !(isNumeralRune(rs[k+1]) || unicode.Is(unicode.Han, rs[k+1])) ||
		oneOf("到至以左上", rs[k+1])):
		// A bare digit ends the sum: tenths after the main unit, hundredths after 零.
		if zero {
			add(d, 100)
		} else {
			add(d, 10)
		}
		k++
	default:
		if zero {
			return k - 1
		}
	}
	return k
}

func digitAt(rs []rune, k int) (int64, bool) {
	if k >= len(rs) {
		return 0, false
	}
	if isASCIIDigit(rs[k]) {
		return int64(rs[k] - '0'), true
	}
	if d := cnDigit(rs[k]); d > 0 && d < 10 {
		return d, true
	}
	return 0, false
}

func isNumeralRune(r rune) bool {
	return isASCIIDigit(r) || cnDigit(r) > 0 || cnUnit(r) > 0 || cnBigExp(r) > 0 || r == '零' || r == '〇' || r == '.'
}

var rangeMarks = []string{"(含)", "(不含)"}

// shareUnits gives the start of a range the multipliers of its end when
// it has none of its own: 3-5亿 is 3亿 to 5亿, 十八至三十万 is 18万 to 30万,
// 两~3百 is 200 to 300. A bare start takes all of the end's multipliers
// (八到九百亿: 800亿); a start with small ones (十八) takes only the large
// ones. It does not share when that would put the start above the end
// (从8500到3万 stays 8500).
func shareUnits(first, second numeral) *big.Rat {
	lo := first.lo
	if first.big || !second.units {
		return lo
	}
	shared := new(big.Rat).Set(lo)
	for _, u := range second.unitTail {
		if first.units && u.kind != aBig {
			continue
		}
		shared.Mul(shared, u.v)
	}
	if shared.Cmp(second.lo) < 0 {
		return shared
	}
	return lo
}

// parseAt tries to read an amount whose numeral (or prefix currency)
// starts at rs[i].
func (m *Money) parseAt(rs []rune, sent Span, i int, starts []bool, lenient bool) (*Amount, Span, bool) {
	if m.noStart(rs, sent.Start, i, starts) {
		return nil, Span{}, false
	}
	first, ok := m.side(rs, sent, i, lenient)
	if !ok {
		return nil, Span{}, false
	}
	// A lone Chinese digit glued to the word before it is part of that
	// word (李四人民币, 统一), not a sum.
	if first.num.chinese && !first.num.units && first.num.digits == 1 && first.start == i && i > sent.Start &&
		unicode.Is(unicode.Han, rs[i-1]) && !isWordStart(starts, i) {
		return nil, Span{}, false
	}
	// A lone Chinese digit with no currency is money only as the start
	// of a range (两~3百日元); checked once the range is read.
	lone := first.num.chinese && !first.num.units && first.num.digits == 1 && first.currency == "" && !lenient
	a := &Amount{Value: first.num.lo, Currency: first.currency, word: first.word}
	if first.num.fuzzy && first.num.hi.Cmp(first.num.lo) > 0 {
		a.Max, a.Approx = first.num.hi, true
	}
	end := first.end

	// A range: X-Y, X至Y, X到Y, X~Y, with 含 marks and a shared unit.
	k := end
	for _, mk := range rangeMarks {
		if hasRunesAt(rs, k, mk) {
			k += utf8.RuneCountInString(mk)
		}
	}
	if k < sent.End && (rs[k] == '-' || rs[k] == '~' || rs[k] == '—' || rs[k] == '–' || rs[k] == '至' || rs[k] == '到' || rs[k] == '〜') {
		k2 := k + 1
		if k2 < sent.End && (rs[k2] == '—' || rs[k2] == '-') {
			k2++
		}
		if second, ok := m.side(rs, sent, k2, lenient); ok && (second.currency != "" || first.currency == "") &&
			(first.currency == "" || second.currency == "" || first.currency == second.currency) {
			lo := shareUnits(first.num, second.num)
			if second.num.hi.Cmp(lo) > 0 {
				a.Value, a.Max = lo, second.num.hi
				a.Approx = first.num.fuzzy || second.num.fuzzy
				if a.Currency == "" {
					a.Currency, a.word = second.currency, second.word
				}
				first.num.big = first.num.big || second.num.big
				end = second.end
			}
		}
	}

	if lone && a.Max == nil {
		return nil, Span{}, false
	}

	// A sign written before it: 负5亿元, -1.1元.
	start := i
	if s, ok := signBefore(rs, sent.Start, i); ok {
		if a.Max != nil {
			return nil, Span{}, false // a signed range (-3-5亿) is not read
		}
		a.Value = new(big.Rat).Neg(a.Value)
		start = s
	}

	// Hedges around it.
	if b, n := m.before.before(rs, start, sent.Start); n > 0 && !m.vetoHedge(rs, start-n, n, sent.Start) {
		start -= n
		a.Approx = true
		if b != "none" {
			a.Bound = b
		}
	}
	if a.Max == nil || a.Bound == "" {
		e2 := end
		for _, mk := range rangeMarks {
			if hasRunesAt(rs[:sent.End], e2, mk) {
				e2 += utf8.RuneCountInString(mk)
			}
		}
		if _, n := m.after.at(rs[:sent.End], e2); n > 0 {
			end = e2
		}
		if b, n := m.after.at(rs[:sent.End], end); n > 0 {
			end += n
			a.Approx = true
			if b != "none" && a.Max == nil {
				a.Bound = b
			}
		}
	}
	if a.Bound != "" && a.Max == nil && first.num.fuzzy {
		a.Bound = ""
	}

	// The role: the nearest governing word before it in the sentence; a
	// word that names no role of its own (总额, 资产: other) gives way to
	// one right after the sum or ending the phrase it stands before
	// (总额不超过500亿元等值人民币授信).
	a.Role = "other"
	before, ok := m.roleBefore(rs, sent, start)
	if ok {
		a.Role = before
	}
	if !ok || before == "other" {
		if role, n := m.rolesAfter.at(rs[:sent.End], end); n > 0 {
			a.Role = role
		} else if role, ok := m.roleHeadAfter(rs, sent, end); ok {
			a.Role = role
		}
	}

	if a.Currency == "" && lenient {
		return a, Span{start, end}, true
	}
	if a.Currency == "" {
		// Money without a currency word, made money by its context
		// (总投资50亿): it needs a large multiplier and a governing word,
		// and no measure word after it.
		if !first.num.big || a.Role == "other" {
			return nil, Span{}, false
		}
		if _, n := m.notMoney.at(rs[:sent.End], end); n > 0 {
			return nil, Span{}, false
		}
		a.Currency, a.Inferred, a.local = "CNY", true, true
	}
	if a.word.End > 0 {
		_, n := m.local.at(rs, a.word.Start)
		a.local = n == a.word.Len()
	}
	if _, n := m.notMoney.at(rs[:sent.End], end); n > 0 && rs[end] == '级' {
		return nil, Span{}, false
	}
	return a, Span{start, end}, true
}

// noStart reports whether no sum can start at rs[i]: right after an
// Arabic digit, a letter (but for a prefix currency such as US$ after a
// letter), a point, an underscore or a slash, or inside a numeral. A sum
// starts where its numeral starts: never inside one (五 in 三点五亿, 二 in
// 一百 五 十 二, 五 in 五分之一), so a value is never a suffix of the
// numeral the text wrote.
func (m *Money) noStart(rs []rune, lo, i int, starts []bool) bool {
	if i > lo {
		p := rs[i-1]
		if isASCIIDigit(p) || isASCIILetter(p) || p == '.' || p == '_' || p == '/' {
			if _, n := m.prefixes.at(rs, i); n == 0 || !isASCIILetter(p) {
				return true
			}
		}
	}
	return insideNumeral(rs, lo, i, starts)
}

// insideNumeral reports whether rs[i] (a sum's candidate start) goes on a
// numeral that starts before it, spaces between them or not: after a
// Chinese numeral (an Arabic digit may follow one that ends a word of
// other characters, as in 统一5亿); after 点, a decimal point, 又, 份 or 分
// with a numeral before it (十分一, 二份一, 3又1/3); after 之 with 分 or a
// numeral before it (五分之一); after an exponent mark or a sign that
// follows a number or an exponent (2^-1, 12.32e+14, 3-5).
func insideNumeral(rs []rune, lo, i int, starts []bool) bool {
	k := prevSolid(rs, lo, i)
	if k < 0 {
		return false
	}
	spaced := k < i-1
	p := rs[k]
	numAt := func(j int) bool { // whether rs[j] ends a numeral
		return j >= lo && (isNumeralRune(rs[j]) || tensDigit(rs[j]) > 0 || rs[j] == '幾' || rs[j] == '數')
	}
	switch {
	case isCnNumeral(p):
		if !spaced && isASCIIDigit(rs[i]) && starts != nil && isWordStart(starts, i) {
			// 统一5亿: the digit word before belongs to a word.
			for j := k; j >= lo; j-- {
				if !isCnNumeral(rs[j]) {
					return false
				}
				if starts[j] {
					break
				}
			}
		}
		return true
	case isASCIIDigit(p):
		return spaced
	case p == '半':
		return cnUnit(rs[i]) > 0 || cnBigExp(rs[i]) > 0 // 半百
	case p == '点' || p == '點' || p == '.' || p == '又' || p == '份' || p == '分' || p == '^' || p == 'e' || p == 'E':
		return numAt(prevSolid(rs, lo, k))
	case p == '之':
		j := prevSolid(rs, lo, k)
		return j >= 0 && (rs[j] == '分' || numAt(j))
	case p == ',' && !spaced:
		return k-1 >= lo && isASCIIDigit(rs[k-1]) && isASCIIDigit(rs[i]) // 1,000: a digit group
	case p == '+' || p == '-' || p == '−':
		j := prevSolid(rs, lo, k)
		for j >= 0 && (rs[j] == '+' || rs[j] == '-' || rs[j] == '−') {
			j = prevSolid(rs, lo, j) // ^--23
		}
		return j >= 0 && (numAt(j) || rs[j] == '^' || rs[j] == 'e' || rs[j] == 'E')
	case p == '负' || p == '負':
		j := prevSolid(rs, lo, k)
		return j >= 0 && (numAt(j) || rs[j] == '之' || rs[j] == '又')
	}
	return false
}

// prevSolid is the index of the last code point before rs[i] that is not
// a space, or -1 when there is none at or after lo.
func prevSolid(rs []rune, lo, i int) int {
	k := i - 1
	for k >= lo && rs[k] == ' ' && i-k <= 3 { // a numeral holds at most three spaces in a row
		k--
	}
	if k < lo {
		return -1
	}
	return k
}

// isCnNumeral reports a Chinese numeral character: a digit, 零, a
// multiplier, 廿 卅 卌, or 几 and 数.
func isCnNumeral(r rune) bool {
	return isCnDigit(r) || cnUnit(r) > 0 || cnBigExp(r) > 0 || tensDigit(r) > 0 || r == '几' || r == '数' || r == '幾' || r == '數'
}

// signBefore finds a minus sign written before the numeral at rs[i]: 负
// (one space may follow it), or a hyphen or minus directly before it that
// does not join two numbers (3-5 is a range, 2024-5 no sum). It returns
// where the sign starts.
func signBefore(rs []rune, lo, i int) (int, bool) {
	k := i - 1
	if k >= lo && rs[k] == ' ' && k-1 >= lo && (rs[k-1] == '负' || rs[k-1] == '負') {
		k--
	}
	if k < lo {
		return 0, false
	}
	switch rs[k] {
	case '负', '負':
	case '-', '−':
		if k != i-1 {
			return 0, false
		}
	default:
		return 0, false
	}
	if k-1 >= lo {
		p := rs[k-1]
		if isASCIIDigit(p) || isASCIILetter(p) || isCnNumeral(p) || p == '.' || p == '负' || p == '負' || p == '-' ||
			p == '之' || p == '又' || p == '^' {
			return 0, false // 3-5, 2^-1, 3分之负1: no sign
		}
	}
	return k, true
}

// roleHeadAfter finds a role word that ends the short phrase the sum at
// rs[end] stands before (100亿元“创科产业引导基金”, 3000亿元综合授信): the
// nearest one ending within 10 code points, before any clause mark or
// number.
func (m *Money) roleHeadAfter(rs []rune, sent Span, end int) (string, bool) {
	hi := min(sent.End, end+10)
	for p := end + 1; p <= hi; p++ {
		r := rs[p-1]
		if clauseMarkChars.has(r) || r == '、' || isNumeralRune(r) {
			break
		}
		if role, n := m.rolesAfter.before(rs, p, end); n > 0 {
			return role, true
		}
	}
	return "", false
}

// vetoHedge reports whether the one-character hedge at rs[p] ends a word
// that is no hedge (签约, 附近).
func (m *Money) vetoHedge(rs []rune, p, n, lo int) bool {
	if n != 1 || p-1 < lo {
		return false
	}
	_, k := m.hedgeVetoes.at(rs[:p+1], p-1)
	return k == 2
}

// roleBefore finds the nearest role word before position i in the
// sentence, looking back at most 40 code points.
func (m *Money) roleBefore(rs []rune, sent Span, i int) (string, bool) {
	lo := max(sent.Start, i-40)
	for p := i; p > lo; p-- {
		if role, n := m.roles.before(rs, p, lo); n > 0 {
			// A head that takes the role of the word before it: 税收总额
			// is tax, 投资规模 investment, 融资额度 financing.
			if _, h := m.roleHeads.before(rs, p, p-n); h == n {
				if r2, n2 := m.roles.before(rs, p-n, lo); n2 > 0 {
					return r2, true
				}
			}
			return role, true
		}
	}
	return "", false
}

// ReadAmount parses text as exactly one sum of money, with no context:
// what validation uses to check that a record's value agrees with its
// text. ok is false when the text is not one whole amount (a sum whose
// currency was inferred from context is not).
func (m *Money) ReadAmount(text string) (*Amount, bool) {
	a, ok := m.Parse(text)
	if !ok || a.Inferred {
		return nil, false
	}
	if a.local {
		// A bare 元 names the local dollar, which the text alone does
		// not tell (Extract decides it from the whole document).
		b := *a
		b.Currency = ""
		return &b, true
	}
	return a, true
}

// Parse reads all of text as one sum, leniently: a sum with no currency
// word is taken as CNY with Inferred set, a lone digit or a sub-unit alone
// (五分, 两毛) is accepted, and so are Cantonese dollars (五個半, 港幣三個一毫四).
// ok is false when text is not one sum.
func (m *Money) Parse(text string) (*Amount, bool) {
	t := Normalize(strings.TrimSpace(text))
	rs := []rune(t.Norm)
	if m.hant != nil {
		m.hant.simplifyChars(rs)
	}
	if len(rs) > 1 && rs[0] == '从' {
		rs = rs[1:] // 从X到Y
	}
	if a, ok := cantoneseDollars(rs); ok {
		return a, true
	}
	sent := Span{0, len(rs)}
	for i := 0; i < len(rs); i++ {
		if a, span, ok := m.parseAt(rs, sent, i, nil, true); ok {
			if span.Start == 0 && span.End == len(rs) {
				if a.Currency == "" {
					// The whole input is a sum: a Chinese text's sums
					// are in 元 unless it says otherwise.
					a.Currency, a.Inferred = "CNY", true
				}
				return a, true
			}
			return nil, false
		}
		if i > 0 && !m.hedgePrefix(rs, i) {
			break
		}
	}
	return nil, false
}

// hedgePrefix reports whether Parse may still find the sum's start after
// rs[:i]: rs[:i] is a whole hedge (大约, 不少于) or short enough to be a
// prefix currency.
func (m *Money) hedgePrefix(rs []rune, i int) bool {
	_, n := m.before.before(rs, i, 0)
	return n == i || i <= 4
}

// cantoneseDollars reads the Cantonese 個 (one dollar) forms: 個半 = 1.5,
// 五個半 = 5.5, 個九 = 1.9, 港幣三個一毫四 = HKD 3.14. Only whole inputs.
func cantoneseDollars(rs []rune) (*Amount, bool) {
	cur := "HKD"
	for _, p := range []string{"港幣", "港币", "港元"} {
		if hasRunes(rs, 0, []rune(p)) {
			rs = rs[len([]rune(p)):]
		}
	}
	k := runeIndex(rs, '個')
	if k < 0 {
		return nil, false
	}
	whole := big.NewRat(1, 1)
	if k > 0 {
		v, ok := ParseNumber(string(rs[:k]))
		if !ok {
			return nil, false
		}
		whole = v
	}
	rest := rs[k+1:]
	switch {
	case len(rest) == 0:
	case string(rest) == "半":
		whole.Add(whole, big.NewRat(1, 2))
	default:
		sa := sideAmount{num: numeral{lo: whole, hi: whole}, currency: cur}
		if e := subUnits(append([]rune{}, rest...), 0, &sa); e != len(rest) {
			return nil, false
		}
		whole = sa.num.lo
	}
	return &Amount{Value: whole, Currency: cur, Role: "other"}, true
}

package money

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/textmap"
	"go.yaml.in/yaml/v3"
)

//go:embed data/money.yaml
var moneyYAML []byte

// Config is the vocabulary of the amount extractor; see
// data/money.yaml for the defaults and what each list means.
type Config struct {
	Currencies       map[string]string   `yaml:"currencies"`
	PrefixCurrencies map[string]string   `yaml:"prefix_currencies"`
	HedgesBefore     map[string]string   `yaml:"hedges_before"`
	HedgesAfter      map[string]string   `yaml:"hedges_after"`
	HedgeVetoes      []string            `yaml:"hedge_vetoes"`
	UnitHedgesBefore map[string]string   `yaml:"unit_hedges_before"`
	PerUnitAfter     []string            `yaml:"per_unit_after"`
	ChangeVerbs      []string            `yaml:"change_verbs"`
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
	evidence   textmap.Lexicon
	currencies textmap.Lexicon
}

// DefaultConfig parses the embedded data/money.yaml.
func DefaultConfig() (Config, error) {
	return ParseConfig(moneyYAML)
}

// ParseConfig reads a money vocabulary in the format of data/money.yaml.
func ParseConfig(b []byte) (Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("money vocabulary: %w", err)
	}
	return c, nil
}

// Money finds sums of money with a grammar over the normalised text, not
// over segmenter tokens (which split 1.72万亿欧元); the tokens only veto a
// lone Chinese digit inside a word (李四人民币).
type Money struct {
	currencies, prefixes textmap.Lexicon
	starts               textmap.RuneSet // canStart's answer for every code point below 0x10000
	before, after        textmap.Lexicon
	roles, rolesAfter    textmap.Lexicon
	notMoney             textmap.Lexicon
	hedgeVetoes          textmap.Lexicon
	unitBefore           textmap.Lexicon // hedges of a sum written without a digit (上千元)
	perUnit              textmap.Lexicon // what a sum without a digit is the unit of (万元GDP能耗)
	changes              textmap.Lexicon // verbs of change before a change and the level it reaches
	hant                 *textmap.Hant   // reads a Traditional amount text in Parse; nil reads it as it is
	roleHeads            textmap.Lexicon // role words that take the role of a role word before them
	local                textmap.Lexicon // the words of the local dollar (元)
	locales              []moneyLocale   // by currency
}

// NewMoney builds the amount extractor from a vocabulary. With h not nil,
// Parse reads an amount written in Traditional characters as Simplified.
func NewMoney(c Config, h *textmap.Hant) *Money {
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
		locales = append(locales, moneyLocale{currency: cur, evidence: textmap.LexOf(l.Evidence), currencies: textmap.NewLexicon(l.Currencies)})
	}
	sort.Slice(locales, func(i, j int) bool { return locales[i].currency < locales[j].currency })
	m := &Money{
		local:       textmap.LexOf(c.LocalWords),
		roleHeads:   textmap.LexOf(c.RoleHeads),
		locales:     locales,
		currencies:  textmap.NewLexicon(c.Currencies),
		prefixes:    textmap.NewLexicon(prefixes),
		before:      textmap.NewLexicon(c.HedgesBefore),
		after:       textmap.NewLexicon(c.HedgesAfter),
		roles:       textmap.NewLexicon(roles),
		rolesAfter:  textmap.NewLexicon(after),
		notMoney:    textmap.NewLexicon(nm),
		hedgeVetoes: textmap.LexOf(c.HedgeVetoes),
		unitBefore:  textmap.NewLexicon(c.UnitHedgesBefore),
		perUnit:     textmap.LexOf(c.PerUnitAfter),
		changes:     textmap.LexOf(c.ChangeVerbs),
	}
	for r := rune(0); r < 0x10000; r++ {
		if m.canStartSlow(r) {
			m.starts.Add(r)
		}
	}
	m.hant = h
	return m
}

// Name implements Extractor.
func (m *Money) Name() string { return "money" }

// Kind implements extract.Extractor.
func (m *Money) Kind() extract.Kind { return extract.KindAmount }

// Extract implements Extractor.
func (m *Money) Extract(ctx context.Context, d *extract.Doc) ([]extract.Mention, error) {
	var out []extract.Mention
	starts := d.Starts
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for i := s.Start; i < s.End; {
			if !m.canStart(d.Runes[i]) || m.noStart(d.Runes, s.Start, i, starts) {
				i++
				continue
			}
			if ok, end := m.mayBeSum(d.Runes[:s.End], i); !ok {
				i = max(i+1, end) // the whole numeral run is no sum
				continue
			}
			if a, span, ok := m.parseAt(d.Runes, s, i, starts, false); ok {
				mt := d.Mention(extract.KindAmount, span)
				mt.Name = ""
				mt.Amount = a
				out = append(out, mt)
				i = span.End
				continue
			} else if span.End > i {
				i = span.End // a range read as no sum, with both its sides
				continue
			}
			// No sum starts inside the numeral either: past it, so that
			// the work stays linear in the text (a long run of digits,
			// 一点一点…, is read once, not once a position).
			for i++; i < s.End && m.noStart(d.Runes, s.Start, i, starts); i++ {
			}
		}
	}
	out = firmNamedSums(d.Text.Norm, out)
	sameRoleInBrackets(d.Runes, out)
	m.localDollar(d, out)
	return out, nil
}

// numberFirmHeads follow a firm's name that is a small number and 元
// (三元集团, 三元股份, 三元食品, 三元乳业).
var numberFirmHeads = []string{"集团", "股份", "公司", "食品", "乳业", "牛奶"}

// firmNamedSums drops the sums written as a Chinese numeral and 元 alone
// (三元) that the text also writes before a firm's head (三元集团): there,
// it is the firm's name (三元一直坚持…), not three yuan.
func firmNamedSums(norm string, ms []extract.Mention) []extract.Mention {
	return slices.DeleteFunc(ms, func(m extract.Mention) bool {
		rs := []rune(m.Text)
		if len(rs) != 2 || rs[1] != '元' || !isCnDigit(rs[0]) {
			return false
		}
		for _, h := range numberFirmHeads {
			if strings.Contains(norm, m.Text+h) {
				return true
			}
		}
		return false
	})
}

// sameRoleInBrackets gives a sum in brackets right after another (5.9亿美元
// (约24亿令吉), the same sum in another currency) the role of the one
// before it.
func sameRoleInBrackets(rs []rune, ms []extract.Mention) {
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
func (m *Money) localDollar(d *extract.Doc, ms []extract.Mention) {
	if len(ms) == 0 {
		return
	}
	cur := ""
	if d.Src != nil {
		cur = d.Src.Currency
	}
	if cur == "" && d.Hant {
		cur = m.localeOf(d.Runes)
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
		case a.Local:
			a.Currency, a.Inferred = cur, true
		case loc != nil && a.Word.End > 0:
			if c, n := loc.currencies.At(d.Runes, a.Word.Start); n == a.Word.Len() {
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
			if ev := &m.locales[k].evidence; ev.MayStart(r) {
				if _, n := ev.At(rs, i); n > 0 {
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
		return m.starts.Has(r)
	}
	return m.canStartSlow(r)
}

func (m *Money) canStartSlow(r rune) bool {
	if IsASCIIDigit(r) {
		return true
	}
	if isCnDigit(r) {
		return true
	}
	if cnUnit(r) > 0 || cnBigExp(r) > 0 || tensDigit(r) > 0 || r == '几' || r == '数' || r == '幾' || r == '數' {
		return true
	}
	return m.prefixes.HasWordStartingWith(r)
}

// mayBeSum is a cheap look ahead: whether the numeral starting at rs[i]
// could be read as a sum at all. It must be followed (after hedges, spaces,
// 多/余 and range marks) by a currency word, or hold a large multiplier, or
// start with a prefix currency. Anything else (一批, 二期, 2024年) is passed
// over without parsing.
func (m *Money) mayBeSum(rs []rune, i int) (bool, int) {
	if _, n := m.prefixes.At(rs, i); n > 0 {
		return true, i
	}
	j := i
	for ; j < len(rs); j++ {
		r := rs[j]
		if cnBigExp(r) > 0 || r == 'w' || r == 'W' || r == 'k' || r == 'K' {
			return true, j
		}
		if m.currencies.MayStart(r) {
			if _, n := m.currencies.At(rs, j); n > 0 {
				return true, j
			}
		}
		if isNumeralRune(r) || tensDigit(r) > 0 || sumContinueChars.Has(r) {
			continue
		}
		break
	}
	return false, j
}

func IsWordStart(starts []bool, i int) bool { return starts == nil || i >= len(starts) || starts[i] }

// sideAmount is one side of a possible range.
type sideAmount struct {
	num      numeral
	currency string
	word     textmap.Span // the currency word after the number, if any
	start    int          // including a prefix currency
	end      int          // including the currency word
}

func (m *Money) side(rs []rune, sent textmap.Span, i int, lenient bool) (sideAmount, bool) {
	sa := sideAmount{start: i}
	j := i
	if cur, n := m.prefixes.At(rs, j); n > 0 {
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
		if _, n := m.currencies.At(rs[:sent.End], k+1); n > 1 {
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
		if _, n := m.currencies.At(rs[:sent.End], k+1); n > 0 {
			k++
		}
	}
	if cur, n := m.currencies.At(rs[:sent.End], k); n > 0 {
		if sa.currency == "" || sa.currency == cur || cur == "CNY" {
			if sa.currency == "" {
				sa.currency, sa.word = cur, textmap.Span{Start: k, End: k + n}
			}
			k += n
			if cur == "CNY" && sa.currency == "CNY" {
				if cur2, n2 := m.currencies.At(rs[:sent.End], k); n2 > 0 && cur2 != "CNY" {
					sa.currency, sa.word = cur2, textmap.Span{Start: k, End: k + n2}
					k += n2
				}
			}
			k = subUnits(rs[:sent.End], k, &sa)
			if k < sent.End && rs[k] == '钱' {
				k++
			}
		}
	}
	if sa.currency == "" && lenient && k < sent.End && textmap.OneOf("角毛毫分仙", rs[k]) {
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
				if k+1 < sent.End && textmap.OneOf("分仙", rs[k+1]) {
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
	case !zero && k+1 < len(rs) && textmap.OneOf("角毛毫", rs[k+1]):
		add(d, 10)
		k += 2
		if d2, ok := digitAt(rs, k); ok {
			if k+1 < len(rs) && textmap.OneOf("分仙", rs[k+1]) {
				add(d2, 100)
				k += 2
			} else if k+1 >= len(rs) || !isNumeralRune(rs[k+1]) {
				add(d2, 100)
				k++
			}
		}
	case k+1 < len(rs) && textmap.OneOf("分仙", rs[k+1]):
		add(d, 100)
		k += 2
	case !IsASCIIDigit(rs[k]) && (k+1 >= len(rs) || !(isNumeralRune(rs[k+1]) || unicode.Is(unicode.Han, rs[k+1])) ||
		textmap.OneOf("到至以左上", rs[k+1])):
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
	if IsASCIIDigit(rs[k]) {
		return int64(rs[k] - '0'), true
	}
	if d := CnDigit(rs[k]); d > 0 && d < 10 {
		return d, true
	}
	return 0, false
}

func isNumeralRune(r rune) bool {
	return IsASCIIDigit(r) || CnDigit(r) > 0 || cnUnit(r) > 0 || cnBigExp(r) > 0 || r == '零' || r == '〇' || r == '.'
}

var rangeMarks = []string{"(含)", "(不含)"}

// shareUnits gives the start of a range the multipliers of its end when
// it has none of its own: 3-5亿 is 3亿 to 5亿, 十八至三十万 is 18万 to 30万,
// 两~3百 is 200 to 300. A bare start takes all of the end's multipliers
// (八到九百亿: 800亿); a start with small ones (十八) takes only the large
// ones. It does not share when that would put the start above the end
// (从8500到3万 stays 8500).
// declined is true in that last case.
func shareUnits(first, second numeral) (lo *big.Rat, declined bool) {
	lo = first.lo
	if first.big || !second.units {
		return lo, false
	}
	shared := new(big.Rat).Set(lo)
	for _, u := range second.unitTail {
		if first.units && u.kind != aBig {
			continue
		}
		shared.Mul(shared, u.v)
	}
	if shared.Cmp(second.lo) < 0 {
		return shared, false
	}
	return lo, len(second.unitTail) > 0
}

// reversedRange reports whether a range whose start could not take its
// end's multipliers (the start would then exceed the end) is too far apart
// to be a start in smaller units: 从8500到3万 is 8500 to 30000, but in
// 736-521亿 or 5至3亿 the start would be a thousandth of the end or less,
// which no writer means; the text is a slip, and a wrong value is worse
// than none.
func reversedRange(lo, hi *big.Rat) bool {
	if lo.Sign() <= 0 || hi.Cmp(lo) <= 0 {
		return false
	}
	limit := new(big.Rat).Mul(lo, big.NewRat(1000, 1))
	return hi.Cmp(limit) >= 0
}

// parseAt tries to read an amount whose numeral (or prefix currency)
// starts at rs[i].
func (m *Money) parseAt(rs []rune, sent textmap.Span, i int, starts []bool, lenient bool) (*extract.Amount, textmap.Span, bool) {
	if m.noStart(rs, sent.Start, i, starts) {
		return nil, textmap.Span{}, false
	}
	first, ok := m.side(rs, sent, i, lenient)
	if !ok {
		return nil, textmap.Span{}, false
	}
	// A lone Chinese digit glued to the word before it is part of that
	// word (李四人民币, 统一), not a sum.
	if first.num.chinese && !first.num.units && first.num.digits == 1 && first.start == i && i > sent.Start &&
		unicode.Is(unicode.Han, rs[i-1]) && !IsWordStart(starts, i) {
		return nil, textmap.Span{}, false
	}
	// A lone Chinese digit with no currency is money only as the start
	// of a range (两~3百日元); checked once the range is read.
	lone := first.num.chinese && !first.num.units && first.num.digits == 1 && first.currency == "" && !lenient
	a := &extract.Amount{Value: first.num.lo, Currency: first.currency, Word: first.word}
	// A fuzzy numeral (2400多, 数十, 十几) is read as the range it spans
	// while the checks below run; the record keeps its value and approx
	// only (fuzzyMax), as the gold rules keep max for ranges written out
	// (6-8亿元, 八九亿元), not for a hedged number.
	fuzzyMax := false
	if first.num.fuzzy && first.num.hi.Cmp(first.num.lo) > 0 {
		a.Max, a.Approx = first.num.hi, true
		fuzzyMax = !first.num.pair
	}
	end := first.end
	var upper *sideAmount // the range's end, when a range is read

	// A range: X-Y, X至Y, X到Y, X~Y, with 含 marks and a shared unit.
	k := end
	for _, mk := range rangeMarks {
		if textmap.HasRunesAt(rs, k, mk) {
			k += utf8.RuneCountInString(mk)
		}
	}
	if k < sent.End && (rs[k] == '-' || rs[k] == '~' || rs[k] == '—' || rs[k] == '–' || rs[k] == '至' || rs[k] == '到' || rs[k] == '〜') {
		k2 := k + 1
		if k2 < sent.End && (rs[k2] == '—' || rs[k2] == '-') {
			k2++
		}
		if second, ok := m.side(rs, sent, k2, lenient); ok && (second.currency != "" || first.currency == "") &&
			(first.currency == "" || second.currency == "" || first.currency == second.currency) &&
			!m.changeAndLevel(rs, sent.Start, i, k, first, second) {
			lo, declined := shareUnits(first.num, second.num)
			if declined && first.currency == "" && reversedRange(lo, second.num.lo) {
				// Neither reading holds: the whole range is read as no sum,
				// and neither side alone is taken for it.
				return nil, textmap.Span{Start: i, End: second.end}, false
			}
			if second.num.hi.Cmp(lo) > 0 {
				a.Value, a.Max = lo, second.num.hi
				fuzzyMax = false
				a.Approx = first.num.fuzzy || second.num.fuzzy
				if a.Currency == "" {
					a.Currency, a.Word = second.currency, second.word
				}
				first.num.big = first.num.big || second.num.big
				end = second.end
				upper = &second
			}
		}
	}

	if lone && a.Max == nil {
		return nil, textmap.Span{}, false
	}
	// A count, not money: 一块, 三块地, 1400万块, 资产三块 in a text (a sum
	// read alone is one); 3-5块标准茶园 for a range.
	if a.Max == nil && (measureNotMoney(rs[:sent.End], first, end) || !lenient && partsNotPrice(rs[:sent.End], sent.Start, first, end)) || fuzzyMax && countedPieces(rs, first, end) ||
		upper != nil && measureNotMoney(rs[:sent.End], *upper, end) {
		return nil, textmap.Span{}, false
	}

	// A sign written before it: 负5亿元, -1.1元.
	start := i
	if s, ok := signBefore(rs, sent.Start, i); ok {
		if a.Max != nil {
			return nil, textmap.Span{}, false // a signed range (-3-5亿) is not read
		}
		a.Value = new(big.Rat).Neg(a.Value)
		start = s
	} else if i-2 >= sent.Start && rs[i-1] == '-' && IsCnNumeral(rs[i]) && unicode.Is(unicode.Han, rs[i-2]) && !first.num.big {
		return nil, textmap.Span{}, false // 新华联-三元: a name joined to another by a hyphen
	}

	// Hedges around it. A sum written without a digit has hedges of its
	// own (上千元, 过百亿元); without one, it may be the unit of a ratio
	// (万元GDP能耗), not a sum.
	hs := start // where a hedge before it ends: past a space or two (超过 150 亿)
	for hs > sent.Start && start-hs < 2 && rs[hs-1] == ' ' {
		hs--
	}
	if b, n := m.before.Before(rs, hs, sent.Start); n > 0 && !m.vetoHedge(rs, hs-n, n, sent.Start) {
		start = hs - n
		a.Approx = true
		if b != "none" {
			a.Bound = b
		}
	} else if first.num.digits == 0 {
		if b, n := m.unitBefore.Before(rs, start, sent.Start); n > 0 && !m.vetoHedge(rs, start-n, n, sent.Start) {
			start -= n
			a.Approx, a.Bound = true, b
		} else if _, n := m.perUnit.At(rs[:sent.End], end); n > 0 {
			return nil, textmap.Span{}, false
		}
	}
	if a.Max == nil || a.Bound == "" {
		e2 := end
		for _, mk := range rangeMarks {
			if textmap.HasRunesAt(rs[:sent.End], e2, mk) {
				e2 += utf8.RuneCountInString(mk)
			}
		}
		if _, n := m.after.At(rs[:sent.End], e2); n > 0 {
			end = e2
		}
		if b, n := m.after.At(rs[:sent.End], end); n > 0 {
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
	if fuzzyMax {
		a.Max = nil
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
		if role, n := m.rolesAfter.At(rs[:sent.End], end); n > 0 {
			a.Role = role
		} else if role, ok := m.roleHeadAfter(rs, sent, end); ok {
			a.Role = role
		}
	}

	if a.Currency == "" && lenient {
		return a, textmap.Span{Start: start, End: end}, true
	}
	if a.Currency == "" {
		// Money without a currency word, made money by its context
		// (总投资50亿): it needs a large multiplier and a governing word,
		// and no measure word after it.
		if !first.num.big || a.Role == "other" {
			return nil, textmap.Span{}, false
		}
		if end > 0 && isASCIILetter(rs[end-1]) {
			return nil, textmap.Span{}, false // 191K+500m, 120K片: a k or w is no sum's without a currency
		}
		if end < sent.End && isASCIILetter(rs[end]) {
			return nil, textmap.Span{}, false // 算力规模超2.2万P, 300MW: a unit in letters measures
		}
		if _, n := m.notMoney.At(rs[:sent.End], end); n > 0 || countedBy(rs[:sent.End], end) {
			return nil, textmap.Span{}, false
		}
		a.Currency, a.Inferred, a.Local = "CNY", true, true
	}
	if a.Word.End > 0 {
		_, n := m.local.At(rs, a.Word.Start)
		a.Local = n == a.Word.Len()
	}
	if _, n := m.notMoney.At(rs[:sent.End], end); n > 0 && rs[end] == '级' {
		return nil, textmap.Span{}, false
	}
	return a, textmap.Span{Start: start, End: end}, true
}

// changeAndLevel reports whether "first 至 second" after a verb of change
// (change_verbs) is the change and the level it reaches, two sums, not a
// range: first has a currency of its own and second is ten times it or
// more (收跌226美元至9124美元, 上调30元至338元). A range of changes has ends
// of one size (成本增加3元至5元, 下调100元到500元) or shares its units
// (增长3至5亿元).
func (m *Money) changeAndLevel(rs []rune, lo, i, k int, first, second sideAmount) bool {
	if rs[k] != '至' && rs[k] != '到' || first.currency == "" {
		return false
	}
	if _, n := m.changes.Before(rs, i, lo); n == 0 {
		return false
	}
	return second.num.lo.Cmp(new(big.Rat).Mul(first.num.lo, big.NewRat(10, 1))) >= 0
}

// measureNotMoney reports whether a sum ending at end with a bare 块 or
// 元 is a count rather than money. 块 is also the measure word of flat
// things and parts (两块液晶面板, 三块地, 一块蛋糕), and 元 after a small
// written numeral starts words (二元化, 三元股份, 一元论): a word that
// goes on after the unit, in a character other than one that carries a
// sum on (以上, 左右, 多, 一斤), makes it no sum, and 一块 alone is one
// piece wherever it stands. 块钱, sub-units (一块二) and a sum at a break
// (花了三百块。) stay money.
func measureNotMoney(rs []rune, sa sideAmount, end int) bool {
	if sa.word.Len() != 1 || sa.word.End != end {
		return false
	}
	if r := rs[sa.word.Start]; (r == '块' || r == '塊') && sa.num.chinese && sa.num.lo.Cmp(big.NewRat(1, 1)) == 0 {
		return true // 这一块, 揉到一块, 加一块“滤光片”: one piece, not one yuan
	}
	if countedPieces(rs, sa, end) {
		return true
	}
	for end < len(rs) && rs[end] == ' ' {
		end++ // 3000万 块 液 晶 面板: the spaces a page put between words
	}
	if end >= len(rs) || !unicode.Is(unicode.Han, rs[end]) {
		return false
	}
	switch rs[sa.word.Start] {
	case '块', '塊':
	case '元', '圆', '圓':
		if !sa.num.chinese || sa.num.big || sa.num.lo.Cmp(big.NewRat(10, 1)) > 0 {
			return false
		}
	default:
		return false
	}
	return !textmap.OneOf("钱錢以左上下多余餘每", rs[end]) && !isNumeralRune(rs[end])
}

// countedPieces reports a sum that ends at end with a bare 块 after a
// million or more (年产液晶电视模组约1400万块, 集成电路137.9亿块, 5000多万块):
// the colloquial 块 names everyday sums, and millions of it alone count
// pieces (a sum that large says 万块钱).
func countedPieces(rs []rune, sa sideAmount, end int) bool {
	if sa.word.Len() != 1 || sa.word.End != end {
		return false
	}
	r := rs[sa.word.Start]
	return (r == '块' || r == '塊') && sa.num.lo.Cmp(big.NewRat(1000000, 1)) >= 0
}

// partsNotPrice reports a bare 块 after an exact number of ten or less
// with no word of paying or pricing in the four code points before it
// and no hedge after it (资产三块, 分为4块): pieces or parts. A small sum
// in 块 comes with what was paid, earned or priced (花了三块, 涨了5块,
// 加10块, 每公斤9块多).
func partsNotPrice(rs []rune, lo int, sa sideAmount, end int) bool {
	if sa.word.Len() != 1 || sa.word.End != end || (rs[sa.word.Start] != '块' && rs[sa.word.Start] != '塊') || sa.num.fuzzy ||
		sa.num.lo.Cmp(big.NewRat(10, 1)) > 0 || sa.start <= lo {
		return false // not a small bare 块, or a sum that opens its sentence (7块: nothing says it is no price)
	}
	if end < len(rs) && textmap.OneOf("多余餘左钱錢", rs[end]) {
		return false // 9块多, 5块左右: a sum hedged
	}
	for j := sa.start - 1; j >= lo && j >= sa.start-4; j-- {
		if strings.ContainsRune(priceChars, rs[j]) {
			return false
		}
	}
	return true
}

// priceChars say that a small sum after them is paid, earned or priced
// (花, 赚, 涨, 卖, 价, 钱, 每公斤 …).
const priceChars = "花赚挣涨降跌卖买付给值省贵价钱收交罚补赔加减扣少多要售每"

// noStart reports whether no sum can start at rs[i]: right after an
// Arabic digit, a letter (but for a prefix currency such as US$ after a
// letter), a point, an underscore or a slash, or inside a numeral. A sum
// starts where its numeral starts: never inside one (五 in 三点五亿, 二 in
// 一百 五 十 二, 五 in 五分之一), so a value is never a suffix of the
// numeral the text wrote.
func (m *Money) noStart(rs []rune, lo, i int, starts []bool) bool {
	if i > lo {
		p := rs[i-1]
		if IsASCIIDigit(p) || isASCIILetter(p) || p == '.' || p == '_' || p == '/' {
			if _, n := m.prefixes.At(rs, i); n == 0 || !isASCIILetter(p) {
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
	case IsCnNumeral(p):
		if !spaced && IsASCIIDigit(rs[i]) && starts != nil && IsWordStart(starts, i) {
			// 统一5亿: the digit word before belongs to a word.
			for j := k; j >= lo; j-- {
				if !IsCnNumeral(rs[j]) {
					return false
				}
				if starts[j] {
					break
				}
			}
		}
		return true
	case IsASCIIDigit(p):
		return spaced
	case p == '半':
		return cnUnit(rs[i]) > 0 || cnBigExp(rs[i]) > 0 // 半百
	case p == '点' || p == '點' || p == '.' || p == '又' || p == '份' || p == '分' || p == '^' || p == 'e' || p == 'E':
		return numAt(prevSolid(rs, lo, k))
	case p == '之':
		j := prevSolid(rs, lo, k)
		return j >= 0 && (rs[j] == '分' || numAt(j))
	case p == ',' && !spaced:
		return k-1 >= lo && IsASCIIDigit(rs[k-1]) && IsASCIIDigit(rs[i]) // 1,000: a digit group
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
func IsCnNumeral(r rune) bool {
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
		if k-1 >= lo && textmap.OneOf(burdenChars, rs[k-1]) {
			return 0, false // 减负237亿元, 肩负: a word that ends in 负, no sign
		}
	case '-', '−':
		if k != i-1 || IsCnNumeral(rs[i]) {
			return 0, false // 新华联-三元: a hyphen joins names; a Chinese numeral's sign is 负
		}
		if priceUnitBefore(rs, lo, k) {
			return 0, false // 3300元/吨-3400元/吨: the dash of a range of prices
		}
	default:
		return 0, false
	}
	if k-1 >= lo {
		p := rs[k-1]
		if IsASCIIDigit(p) || isASCIILetter(p) || IsCnNumeral(p) || p == '.' || p == '负' || p == '負' || p == '-' ||
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
func (m *Money) roleHeadAfter(rs []rune, sent textmap.Span, end int) (string, bool) {
	hi := min(sent.End, end+10)
	for p := end + 1; p <= hi; p++ {
		r := rs[p-1]
		if textmap.ClauseMarkChars.Has(r) || r == '、' || isNumeralRune(r) {
			break
		}
		if role, n := m.rolesAfter.Before(rs, p, end); n > 0 {
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
	_, k := m.hedgeVetoes.At(rs[:p+1], p-1)
	return k == 2
}

// roleBefore finds the nearest role word before position i in the
// sentence, looking back at most 40 code points.
func (m *Money) roleBefore(rs []rune, sent textmap.Span, i int) (string, bool) {
	lo := max(sent.Start, i-40)
	for p := i; p > lo; p-- {
		if role, n := m.roles.Before(rs, p, lo); n > 0 {
			// A head that takes the role of the word before it: 税收总额
			// is tax, 投资规模 investment, 融资额度 financing.
			if _, h := m.roleHeads.Before(rs, p, p-n); h == n {
				if r2, n2 := m.roles.Before(rs, p-n, lo); n2 > 0 {
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
func (m *Money) ReadAmount(text string) (*extract.Amount, bool) {
	a, ok := m.Parse(text)
	if !ok || a.Inferred {
		return nil, false
	}
	if a.Local {
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
func (m *Money) Parse(text string) (*extract.Amount, bool) {
	t := textmap.Normalize(strings.TrimSpace(text))
	rs := []rune(t.Norm)
	if m.hant != nil {
		m.hant.SimplifyChars(rs)
	}
	if len(rs) > 1 && rs[0] == '从' {
		rs = rs[1:] // 从X到Y
	}
	if a, ok := cantoneseDollars(rs); ok {
		return a, true
	}
	sent := textmap.Span{Start: 0, End: len(rs)}
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
	_, n := m.before.Before(rs, i, 0)
	return n == i || i <= 4
}

// cantoneseDollars reads the Cantonese 個 (one dollar) forms: 個半 = 1.5,
// 五個半 = 5.5, 個九 = 1.9, 港幣三個一毫四 = HKD 3.14. Only whole inputs.
func cantoneseDollars(rs []rune) (*extract.Amount, bool) {
	cur := "HKD"
	for _, p := range []string{"港幣", "港币", "港元"} {
		if textmap.HasRunes(rs, 0, []rune(p)) {
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
	return &extract.Amount{Value: whole, Currency: cur, Role: "other"}, true
}

var (
	sumContinueChars = textmap.Chars(" ,多余几数幾數个-~—–至到(含)点點") // what may go on in or after a sum
	slashChars       = textmap.Chars("/／")
)

// burdenChars end words in 负 that are no sign before a number: 减负 (a
// burden lightened), 肩负, 担负, 背负, 抱负, 胜负, 辜负, 欺负.
const burdenChars = "减減肩担擔背抱胜勝辜欺"

// priceUnitBefore reports whether the text right before a dash at rs[k]
// ends a price or a sum: a currency word (3300元-3400元) or a unit after a
// slash (元/吨-): the dash joins the ends of a range.
func priceUnitBefore(rs []rune, lo, k int) bool {
	if k-1 < lo {
		return false
	}
	if textmap.OneOf("元圆块", rs[k-1]) {
		return true
	}
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if slashChars.Has(rs[j]) {
			return j < k-1
		}
		if IsASCIIDigit(rs[j]) || !unicode.Is(unicode.Han, rs[j]) {
			return false
		}
	}
	return false
}

// classifiersUnless are measure words that also start common words, and
// the characters after them that make such a word (包括, 支持, 双方): after
// a number with no currency word and not followed by one of those, they
// count packs, sticks or pairs (销售2.55亿包, 138万支, 数十万双皮鞋).
var classifiersUnless = map[rune]string{'包': "括含装", '支': "持付出援撑柱", '双': "方边向赢重"}

// countedBy reports a measure word of classifiersUnless at rs[end] that
// counts what the number before it numbers.
func countedBy(rs []rune, end int) bool {
	if end >= len(rs) {
		return false
	}
	unless, ok := classifiersUnless[rs[end]]
	return ok && (end+1 >= len(rs) || !strings.ContainsRune(unless, rs[end+1]))
}

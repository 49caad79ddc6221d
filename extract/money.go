package extract

import (
	"context"
	_ "embed"
	"fmt"
	"math/big"
	"sort"
	"unicode"

	"github.com/pressmine/pressmine/corpus"
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
	Roles            map[string][]string `yaml:"roles"`
	NotMoneyAfter    []string            `yaml:"not_money_after"`
}

// DefaultMoneyConfig parses the embedded data/money.yaml.
func DefaultMoneyConfig() (MoneyConfig, error) {
	return ParseMoneyConfig(moneyYAML)
}

// ParseMoneyConfig reads a money vocabulary in the format of data/money.yaml.
func ParseMoneyConfig(b []byte) (MoneyConfig, error) {
	var c MoneyConfig
	dec := yaml.NewDecoder(bytesReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("money vocabulary: %w", err)
	}
	return c, nil
}

// lexicon matches the longest of a set of words at a place.
type lexicon struct {
	words []lexWord // longest first
}

type lexWord struct {
	rs  []rune
	val string
}

func newLexicon(m map[string]string) lexicon {
	var l lexicon
	for w, v := range m {
		l.words = append(l.words, lexWord{[]rune(w), v})
	}
	sort.Slice(l.words, func(i, j int) bool {
		if len(l.words[i].rs) != len(l.words[j].rs) {
			return len(l.words[i].rs) > len(l.words[j].rs)
		}
		return string(l.words[i].rs) < string(l.words[j].rs)
	})
	return l
}

// at returns the longest word starting at rs[i] and its length.
func (l lexicon) at(rs []rune, i int) (string, int) {
	for _, w := range l.words {
		if hasRunes(rs, i, w.rs) {
			return w.val, len(w.rs)
		}
	}
	return "", 0
}

// before returns the longest word ending at rs[i] (exclusive) that starts
// at or after lo, and its length.
func (l lexicon) before(rs []rune, i, lo int) (string, int) {
	for _, w := range l.words {
		if s := i - len(w.rs); s >= lo && hasRunes(rs, s, w.rs) {
			return w.val, len(w.rs)
		}
	}
	return "", 0
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

// Money finds sums of money with a grammar over the normalised text. The
// segmenter's tokens only veto: a hedge must start a word (签约 is not 约).
type Money struct {
	currencies, prefixes lexicon
	before, after        lexicon
	roles                lexicon
	notMoney             lexicon
}

// NewMoney builds the amount extractor from a vocabulary.
func NewMoney(c MoneyConfig) *Money {
	roles := map[string]string{}
	for role, words := range c.Roles {
		for _, w := range words {
			roles[w] = role
		}
	}
	nm := map[string]string{}
	for _, w := range c.NotMoneyAfter {
		nm[w] = "x"
	}
	return &Money{
		currencies: newLexicon(c.Currencies),
		prefixes:   newLexicon(c.PrefixCurrencies),
		before:     newLexicon(c.HedgesBefore),
		after:      newLexicon(c.HedgesAfter),
		roles:      newLexicon(roles),
		notMoney:   newLexicon(nm),
	}
}

// Name implements Extractor.
func (m *Money) Name() string { return "money" }

// Extract implements Extractor.
func (m *Money) Extract(ctx context.Context, d *Doc) ([]Mention, error) {
	var out []Mention
	starts := d.wordStarts()
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for i := s.Start; i < s.End; {
			if a, span, ok := m.parseAt(d.runes, s, i, starts); ok {
				mt := d.mention(KindAmount, span)
				mt.Name = ""
				mt.Amount = a
				out = append(out, mt)
				i = span.End
				continue
			}
			i++
		}
	}
	return out, nil
}

// wordStarts marks the Norm positions where a token starts; nil when the
// document was not segmented (then every position counts as one).
func (d *Doc) wordStarts() []bool {
	if d.Tokens == nil {
		return nil
	}
	w := make([]bool, len(d.runes)+1)
	for _, t := range d.Tokens {
		w[t.Start] = true
	}
	w[len(d.runes)] = true
	return w
}

func isWordStart(starts []bool, i int) bool { return starts == nil || i >= len(starts) || starts[i] }

// sideAmount is one side of a possible range.
type sideAmount struct {
	num      numeral
	currency string
	start    int // including a prefix currency
	end      int // including the currency word
}

func (m *Money) side(rs []rune, sent Span, i int) (sideAmount, bool) {
	sa := sideAmount{start: i}
	j := i
	if cur, n := m.prefixes.at(rs, j); n > 0 {
		sa.currency = cur
		j += n
		if j < sent.End && rs[j] == ' ' {
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
	if k < sent.End && rs[k] == ' ' && k+1 < sent.End {
		if _, n := m.currencies.at(rs[:sent.End], k+1); n > 0 {
			k++
		}
	}
	if cur, n := m.currencies.at(rs[:sent.End], k); n > 0 {
		if sa.currency == "" || sa.currency == cur || cur == "CNY" {
			if sa.currency == "" {
				sa.currency = cur
			}
			k += n
			k = m.jiaoFen(rs[:sent.End], k, &sa)
		}
	}
	sa.end = k
	return sa, true
}

// jiaoFen adds 角 (tenths) and 分 (hundredths) after 元: 一百四十三元一角七分.
func (m *Money) jiaoFen(rs []rune, k int, sa *sideAmount) int {
	if sa.currency != "CNY" {
		return k
	}
	for _, unit := range []struct {
		r   []rune
		div int64
	}{{[]rune("角"), 10}, {[]rune("毛"), 10}, {[]rune("分"), 100}} {
		if k+1 < len(rs) && cnDigits[rs[k]] > 0 && hasRunes(rs, k+1, unit.r) {
			v := big.NewRat(cnDigits[rs[k]], unit.div)
			sa.num.lo = new(big.Rat).Add(sa.num.lo, v)
			sa.num.hi = new(big.Rat).Add(sa.num.hi, v)
			k += 2
		} else if k+1 < len(rs) && isASCIIDigit(rs[k]) && hasRunes(rs, k+1, unit.r) {
			v := big.NewRat(int64(rs[k]-'0'), unit.div)
			sa.num.lo = new(big.Rat).Add(sa.num.lo, v)
			sa.num.hi = new(big.Rat).Add(sa.num.hi, v)
			k += 2
		}
	}
	return k
}

var rangeMarks = []string{"(含)", "(不含)"}

// parseAt tries to read an amount whose numeral (or prefix currency)
// starts at rs[i].
func (m *Money) parseAt(rs []rune, sent Span, i int, starts []bool) (*Amount, Span, bool) {
	if i > sent.Start {
		p := rs[i-1]
		if isASCIIDigit(p) || isASCIILetter(p) || p == '.' || p == '_' || p == '/' {
			if _, n := m.prefixes.at(rs, i); n == 0 || !isASCIILetter(p) {
				return nil, Span{}, false
			}
		}
	}
	first, ok := m.side(rs, sent, i)
	if !ok {
		return nil, Span{}, false
	}
	// A lone Chinese digit glued to the word before it is part of that
	// word (李四人民币, 统一), not a sum.
	if first.num.chinese && !first.num.units && first.num.digits == 1 && first.start == i && i > sent.Start &&
		unicode.Is(unicode.Han, rs[i-1]) && !isWordStart(starts, i) {
		return nil, Span{}, false
	}
	if first.num.chinese && !first.num.units && first.num.digits == 1 && first.currency == "" {
		return nil, Span{}, false
	}
	a := &Amount{Value: first.num.lo, Currency: first.currency}
	if first.num.fuzzy && first.num.hi.Cmp(first.num.lo) > 0 {
		a.Max, a.Approx = first.num.hi, true
	}
	end := first.end

	// A range: X-Y, X至Y, X到Y, X~Y, with 含 marks and a shared unit.
	k := end
	for _, mk := range rangeMarks {
		if hasRunes(rs, k, []rune(mk)) {
			k += len([]rune(mk))
		}
	}
	if k < sent.End && (rs[k] == '-' || rs[k] == '~' || rs[k] == '—' || rs[k] == '–' || rs[k] == '至' || rs[k] == '到' || rs[k] == '〜') {
		k2 := k + 1
		if k2 < sent.End && rs[k2] == '—' {
			k2++
		}
		if second, ok := m.side(rs, sent, k2); ok && (second.currency != "" || first.currency == "") &&
			(first.currency == "" || second.currency == "" || first.currency == second.currency) {
			lo := first.num.lo
			if !first.num.units && second.num.units {
				for _, u := range second.num.unitTail {
					lo = new(big.Rat).Mul(lo, u.v)
				}
			}
			if second.num.hi.Cmp(lo) > 0 {
				a.Value, a.Max = lo, second.num.hi
				a.Approx = first.num.fuzzy || second.num.fuzzy
				if a.Currency == "" {
					a.Currency = second.currency
				}
				first.num.big = first.num.big || second.num.big
				end = second.end
			}
		}
	}

	// Hedges around it.
	start := i
	if b, n := m.before.before(rs, i, sent.Start); n > 0 && isWordStart(starts, i-n) {
		start = i - n
		a.Approx = true
		if b != "none" {
			a.Bound = b
		}
	}
	if a.Max == nil || a.Bound == "" {
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

	// The role: the nearest governing word before it in the sentence.
	a.Role = "other"
	if role, ok := m.roleBefore(rs, sent, start); ok {
		a.Role = role
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
		a.Currency, a.Inferred = "CNY", true
	}
	if _, n := m.notMoney.at(rs[:sent.End], end); n > 0 && rs[end] == '级' {
		return nil, Span{}, false
	}
	return a, Span{start, end}, true
}

// roleBefore finds the nearest role word before position i in the
// sentence, looking back at most 40 code points.
func (m *Money) roleBefore(rs []rune, sent Span, i int) (string, bool) {
	lo := max(sent.Start, i-40)
	for p := i; p > lo; p-- {
		if role, n := m.roles.before(rs, p, lo); n > 0 {
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
	d := NewDoc(&corpus.Document{Orig: text}, nil)
	d.Sentences = []Span{{0, len(d.runes)}}
	ms, _ := m.Extract(context.Background(), d)
	if len(ms) != 1 || ms[0].Text != text {
		return nil, false
	}
	return ms[0].Amount, true
}

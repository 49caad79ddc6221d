// Package score compares records with expected ("gold") records by the
// rules of the gold set's README: names compared by a key (NFKC, no white
// space, no quote marks, no trailing 项目), one prediction per entity,
// optional entries ignored, amounts compared as distinct (value, currency)
// keys per document, attribute accuracies over matched pairs, and
// precision, recall and F1 micro-averaged over documents per category.
package score

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/pressmine/pressmine/schema"
)

// Gold is an expected record in the gold format. Written back as YAML
// (pressmine review), empty fields are left out.
type Gold struct {
	ID         string        `yaml:"id"`
	Projects   []GoldProject `yaml:"projects,omitempty"`
	Institutes []GoldEntity  `yaml:"institutes,omitempty"`
	Industries []GoldEntity  `yaml:"industries,omitempty"`
	Amounts    []GoldAmount  `yaml:"amounts,omitempty"`
	Optional   GoldOptional  `yaml:"optional,omitempty"`
}

// GoldEntity is an expected institute or industry.
type GoldEntity struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	Kind    string   `yaml:"kind,omitempty"`
}

// GoldProject is an expected project.
type GoldProject struct {
	Name       string             `yaml:"name"`
	Aliases    []string           `yaml:"aliases,omitempty"`
	Industry   string             `yaml:"industry,omitempty"`
	Investment *schema.Investment `yaml:"investment,omitempty,flow"`
}

// GoldAmount is an expected amount.
type GoldAmount struct {
	Text     string         `yaml:"text"`
	Value    schema.Number  `yaml:"value"`
	Currency string         `yaml:"currency"`
	Max      *schema.Number `yaml:"max,omitempty"`
	Approx   bool           `yaml:"approx,omitempty"`
	Role     string         `yaml:"role,omitempty"`
}

// GoldOptional lists names that are neither rewarded nor penalised.
type GoldOptional struct {
	Projects   []string `yaml:"projects,omitempty"`
	Institutes []string `yaml:"institutes,omitempty"`
	Industries []string `yaml:"industries,omitempty"`
}

// Key is the comparison key of a name: schema.NameKey, the gold set's
// rule, which the extractors merge names by too.
func Key(s string) string { return schema.NameKey(s) }

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// P is precision (1 when nothing was predicted).
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is recall (1 when nothing was expected).
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Acc is an attribute accuracy: right out of scored.
type Acc struct{ Right, Total int }

// Value is the accuracy (1 when nothing was scored).
func (a Acc) Value() float64 { return ratio(a.Right, a.Total) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Categories, in report order.
var Categories = schema.CategoryNames()

// Attributes, in report order.
var Attributes = []string{"project.industry", "project.investment", "institute.kind", "amount.role", "amount.approx", "amount.max"}

// Miss is one scoring difference in one document.
type Miss struct {
	Doc      string
	Category string // a category or an attribute
	Kind     string // FP, FN, DUP, WRONG
	Name     string
	Detail   string
	// Pointer is where the miss is in the predicted record, when it is
	// there (/projects/3); empty for a false negative.
	Pointer string
}

func (m Miss) String() string {
	s := fmt.Sprintf("%s: %s %s %q", m.Doc, m.Category, m.Kind, m.Name)
	if m.Detail != "" {
		s += " (" + m.Detail + ")"
	}
	return s
}

// Report holds the counts of one or more documents.
type Report struct {
	Counts map[string]*Counts
	Attrs  map[string]*Acc
	Misses []Miss
	// Verdicts says what became of every predicted item, by its pointer in
	// the record (/projects/3, /amounts/0): TP, FP, DUP (a second
	// prediction of a gold entity, counted as FP) or OPT (an optional
	// entity, not counted). Pointers are a document's own: read it on a
	// report of one document.
	Verdicts map[string]string
}

// NewReport returns an empty report.
func NewReport() *Report {
	r := &Report{Counts: map[string]*Counts{}, Attrs: map[string]*Acc{}, Verdicts: map[string]string{}}
	for _, c := range Categories {
		r.Counts[c] = &Counts{}
	}
	for _, a := range Attributes {
		r.Attrs[a] = &Acc{}
	}
	return r
}

type goldEnt struct {
	name string
	keys []string
	idx  int
}

// matcher pairs predicted names with gold entities.
type matcher struct {
	byKey    map[string]int // key → gold index
	optional map[string]bool
	used     map[int]bool
}

func newMatcher(names [][]string, optional []string) *matcher {
	m := &matcher{byKey: map[string]int{}, optional: map[string]bool{}, used: map[int]bool{}}
	for i, ns := range names {
		for _, n := range ns {
			if _, ok := m.byKey[Key(n)]; !ok {
				m.byKey[Key(n)] = i
			}
		}
	}
	for _, o := range optional {
		m.optional[Key(o)] = true
	}
	return m
}

// match returns the gold index, or -1 with kind "FP", "DUP" or "OPT".
func (m *matcher) match(name string) (int, string) {
	k := Key(name)
	if i, ok := m.byKey[k]; ok {
		if m.used[i] {
			return -1, "DUP"
		}
		m.used[i] = true
		return i, ""
	}
	if m.optional[k] {
		return -1, "OPT"
	}
	return -1, "FP"
}

// Add scores one predicted record against its gold record.
func (r *Report) Add(g *Gold, p *schema.Record) {
	doc := g.ID
	projNames := make([][]string, len(g.Projects))
	for i, gp := range g.Projects {
		projNames[i] = append([]string{gp.Name}, gp.Aliases...)
	}
	indNames := make([][]string, len(g.Industries))
	for i, gi := range g.Industries {
		indNames[i] = append([]string{gi.Name}, gi.Aliases...)
	}
	instNames := make([][]string, len(g.Institutes))
	for i, gi := range g.Institutes {
		instNames[i] = append([]string{gi.Name}, gi.Aliases...)
	}

	preds := make([]string, len(p.Projects))
	for i, pp := range p.Projects {
		preds[i] = pp.Name
	}
	r.matchCategory(doc, "projects", projNames, g.Optional.Projects, preds, func(pi, gi int, ptr string) {
		pp, gp := p.Projects[pi], g.Projects[gi]
		if gp.Industry != "" {
			got := ""
			if pp.Industry != nil {
				got = *pp.Industry
			}
			r.attr(doc, "project.industry", pp.Name, ptr+"/industry", sameIndustry(got, gp.Industry, indNames),
				fmt.Sprintf("industry %q, want %q", got, gp.Industry))
		}
		if gp.Investment != nil {
			got := "none"
			if pp.Investment != nil {
				got = string(pp.Investment.Value) + " " + pp.Investment.Currency
			}
			right := pp.Investment != nil && sameNumber(pp.Investment.Value, gp.Investment.Value) && pp.Investment.Currency == gp.Investment.Currency
			r.attr(doc, "project.investment", pp.Name, ptr+"/investment", right,
				fmt.Sprintf("investment %s, want %s %s", got, gp.Investment.Value, gp.Investment.Currency))
		}
	})

	preds = make([]string, len(p.Institutes))
	for i, pi := range p.Institutes {
		preds[i] = pi.Name
	}
	r.matchCategory(doc, "institutes", instNames, g.Optional.Institutes, preds, func(pi, gi int, ptr string) {
		got, want := p.Institutes[pi].Kind, g.Institutes[gi].Kind
		if want != "" {
			r.attr(doc, "institute.kind", p.Institutes[pi].Name, ptr+"/kind", got == want, fmt.Sprintf("kind %s, want %s", got, want))
		}
	})

	preds = make([]string, len(p.Industries))
	for i, pi := range p.Industries {
		preds[i] = pi.Name
	}
	r.matchCategory(doc, "industries", indNames, g.Optional.Industries, preds, func(int, int, string) {})

	r.addAmounts(doc, g, p)
}

// matchCategory pairs the predicted names of one category with the gold
// entities: a prediction of an optional entity is ignored, one of no gold
// entity or of one already matched is a false positive, and gold entities
// left unmatched are false negatives. matched is called for each true
// positive with the prediction's index, the gold index and the pointer of
// the prediction in the record (/projects/3).
func (r *Report) matchCategory(doc, cat string, gold [][]string, optional, preds []string, matched func(pi, gi int, ptr string)) {
	m := newMatcher(gold, optional)
	for pi, name := range preds {
		gi, kind := m.match(name)
		ptr := fmt.Sprintf("/%s/%d", cat, pi)
		switch kind {
		case "OPT":
			r.Verdicts[ptr] = kind
			continue
		case "FP", "DUP":
			r.Verdicts[ptr] = kind
			r.Counts[cat].FP++
			r.Misses = append(r.Misses, Miss{Doc: doc, Category: cat, Kind: kind, Name: name, Pointer: ptr})
			continue
		}
		r.Verdicts[ptr] = "TP"
		r.Counts[cat].TP++
		matched(pi, gi, ptr)
	}
	r.unmatched(doc, cat, gold, m)
}

// attr scores one attribute of a matched pair; a wrong one is a miss.
func (r *Report) attr(doc, attr, name, ptr string, right bool, detail string) {
	a := r.Attrs[attr]
	a.Total++
	if right {
		a.Right++
		return
	}
	r.Misses = append(r.Misses, Miss{Doc: doc, Category: attr, Kind: "WRONG", Name: name, Detail: detail, Pointer: ptr})
}

func (r *Report) unmatched(doc, cat string, names [][]string, m *matcher) {
	for i, ns := range names {
		if !m.used[i] {
			r.Counts[cat].FN++
			r.Misses = append(r.Misses, Miss{Doc: doc, Category: cat, Kind: "FN", Name: ns[0]})
		}
	}
}

func sameIndustry(got, want string, indNames [][]string) bool {
	if Key(got) == Key(want) {
		return true
	}
	for _, ns := range indNames {
		has := false
		for _, n := range ns {
			if Key(n) == Key(want) {
				has = true
			}
		}
		if has {
			for _, n := range ns {
				if Key(n) == Key(got) {
					return true
				}
			}
		}
	}
	return false
}

func sameNumber(a, b schema.Number) bool {
	x, ok1 := a.Rat()
	y, ok2 := b.Rat()
	return ok1 && ok2 && x.Cmp(y) == 0
}

type amountKey struct{ value, currency string }

func keyOf(v schema.Number, cur string) amountKey {
	r, ok := v.Rat()
	if !ok {
		return amountKey{string(v), cur}
	}
	return amountKey{r.RatString(), cur}
}

// amountAgg is what a record or a gold file says of one sum (value and
// currency), over all its mentions.
type amountAgg struct {
	roles  map[string]bool
	approx bool
	max    *big.Rat
	hasMax bool
	text   string // of the first mention
	ptr    string // JSON pointer of the first mention, for records
}

// amountAggs collects mentions by sum, keeping the order sums first appear.
type amountAggs struct {
	by    map[amountKey]*amountAgg
	order []amountKey
}

func (s *amountAggs) add(value schema.Number, currency, text, ptr, role string, approx bool, max *schema.Number) {
	k := keyOf(value, currency)
	if s.by == nil {
		s.by = map[amountKey]*amountAgg{}
	}
	e, ok := s.by[k]
	if !ok {
		e = &amountAgg{roles: map[string]bool{}, text: text, ptr: ptr}
		s.by[k] = e
		s.order = append(s.order, k)
	}
	if role != "" {
		e.roles[role] = true
	}
	e.approx = e.approx || approx
	if max != nil {
		e.max, _ = max.Rat()
		e.hasMax = true
	}
}

func (r *Report) addAmounts(doc string, g *Gold, p *schema.Record) {
	var golds, preds amountAggs
	for _, a := range g.Amounts {
		golds.add(a.Value, a.Currency, a.Text, "", a.Role, a.Approx, a.Max)
	}
	for i, a := range p.Amounts {
		preds.add(a.Value, a.Currency, a.Text, fmt.Sprintf("/amounts/%d", i), a.Role, a.Approx, a.Max)
	}
	// Amounts are scored by distinct (value, currency): every mention of a
	// sum gets its sum's verdict.
	defer func() {
		for i, a := range p.Amounts {
			if _, ok := golds.by[keyOf(a.Value, a.Currency)]; ok {
				r.Verdicts[fmt.Sprintf("/amounts/%d", i)] = "TP"
			} else {
				r.Verdicts[fmt.Sprintf("/amounts/%d", i)] = "FP"
			}
		}
	}()
	c := r.Counts["amounts"]
	for _, k := range preds.order {
		pe := preds.by[k]
		ge, ok := golds.by[k]
		if !ok {
			c.FP++
			r.Misses = append(r.Misses, Miss{Doc: doc, Category: "amounts", Kind: "FP", Name: pe.text, Pointer: pe.ptr})
			continue
		}
		c.TP++
		attr := func(name string, right bool, detail string) { r.attr(doc, name, pe.text, pe.ptr, right, detail) }
		if len(ge.roles) > 0 {
			attr("amount.role", sameSet(pe.roles, ge.roles), fmt.Sprintf("role %s, want %s", setString(pe.roles), setString(ge.roles)))
		}
		attr("amount.approx", pe.approx == ge.approx, fmt.Sprintf("approx %v, want %v", pe.approx, ge.approx))
		sameMax := pe.hasMax == ge.hasMax && (!pe.hasMax || pe.max.Cmp(ge.max) == 0)
		attr("amount.max", sameMax, "max differs")
	}
	for _, k := range golds.order {
		if _, ok := preds.by[k]; !ok {
			c.FN++
			r.Misses = append(r.Misses, Miss{Doc: doc, Category: "amounts", Kind: "FN", Name: golds.by[k].text})
		}
	}
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func setString(m map[string]bool) string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return strings.Join(s, "+")
}

// Table prints the per-category and per-attribute figures.
func (r *Report) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %5s %5s %5s %6s %6s %6s\n", "category", "TP", "FP", "FN", "P", "R", "F1")
	for _, c := range Categories {
		x := r.Counts[c]
		fmt.Fprintf(&b, "%-20s %5d %5d %5d %6.3f %6.3f %6.3f\n", c, x.TP, x.FP, x.FN, x.P(), x.R(), x.F1())
	}
	fmt.Fprintf(&b, "%-20s %11s %6s\n", "attribute", "right/all", "acc")
	for _, a := range Attributes {
		x := r.Attrs[a]
		fmt.Fprintf(&b, "%-20s %5d/%-5d %6.3f\n", a, x.Right, x.Total, x.Value())
	}
	return b.String()
}

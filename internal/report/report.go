// Package report writes a self-contained HTML page that shows every record
// over its text: each mention highlighted in its document, the record's
// lists beside it, and, where a gold file exists, what was right, wrong and
// missed. The page fetches nothing (a Content-Security-Policy forbids it),
// renders documents a page at a time from data embedded as JSON, and is
// generated with html/template.
package report

import (
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
)

//go:embed page.html.tmpl
var pageTemplate string

//go:embed page.js
var pageJS string

//go:embed page.css
var pageCSS string

// Doc is one document of the report: its source, and its record or the
// error that stopped it; Gold is its expected record, when there is one.
type Doc struct {
	Source *corpus.Document
	Record *schema.Record
	Err    error
	Gold   *score.Gold
}

// Options tune the page.
type Options struct {
	Title    string
	PageSize int // documents shown at a time (default 20)
}

// mention is one highlight: a category letter (p, i, n, a), its span in
// code points of the text, the index of its item in the record's list, and
// its gold verdict (tp, fp, dup, opt) when scored.
type mention struct {
	C string `json:"c"`
	S int    `json:"s"`
	E int    `json:"e"`
	X int    `json:"x"`
	G string `json:"g,omitempty"`
}

// item is one row of a record's list, as the page shows it.
type item struct {
	Name   string   `json:"name"`
	Attrs  []string `json:"attrs,omitempty"` // "label: value" lines for the table and the tooltip
	G      string   `json:"g,omitempty"`
	Ind    int      `json:"ind"` // a project's industry (index into industries), or -1
	Inv    []int    `json:"inv"` // a project's investment (indexes into amounts)
	Search string   `json:"-"`
}

type goldData struct {
	Counts map[string][3]int   `json:"counts"` // category → TP, FP, FN
	F1     map[string]string   `json:"f1"`     // category → "P / R / F1"
	Missed map[string][]string `json:"missed"` // category → gold names not found
	Wrong  []string            `json:"wrong"`  // wrong attributes
}

type docData struct {
	ID     string            `json:"id"`
	Path   string            `json:"path"`
	Text   string            `json:"text"`
	Error  string            `json:"error,omitempty"`
	M      []mention         `json:"m"`
	Lists  map[string][]item `json:"lists"`
	Gold   *goldData         `json:"gold,omitempty"`
	Search string            `json:"q"` // id and names, lower case, for the search box
}

type bar struct {
	Label string // as shown, cut to fit
	Full  string // the whole label, for a tooltip
	Value string
	Width float64 // 0..100, of the longest bar
	Y     int     // the bar's top in its chart, in px
	W     float64 // the bar's length in px
	VX    float64 // where its value is written
}

type chart struct {
	Title  string
	Bars   []bar
	Height int
}

// layout places a chart's bars one under the other.
func layout(c chart) chart {
	for i := range c.Bars {
		c.Bars[i].Full = c.Bars[i].Label
		c.Bars[i].Label = shorten(c.Bars[i].Label, 17)
		c.Bars[i].Y = i * barStep
		c.Bars[i].W = barMax * c.Bars[i].Width / 100
		c.Bars[i].VX = barX + c.Bars[i].W + 4
	}
	c.Height = len(c.Bars)*barStep + 2
	return c
}

// The chart's geometry: rows of barStep px, labels left of barX, bars up
// to barMax px long, values after them.
const (
	barStep = 20
	barX    = 230
	barMax  = 220
)

type errorRow struct{ Pos, Msg string }

type page struct {
	Title    string
	CSP      string
	CSS      template.CSS
	JS       template.JS
	Data     []docData
	PageSize int
	Docs     int
	Charts   []chart
	Errors   []errorRow
	Legend   []legendRow
	Scored   int
	Total    map[string][3]int
	Totals   []totalRow
}

type totalRow struct {
	Name       string
	TP, FP, FN int
	PRF        string
}

func prf(t [3]int) string {
	c := score.Counts{TP: t[0], FP: t[1], FN: t[2]}
	return fmt.Sprintf("%.2f / %.2f / %.2f", c.P(), c.R(), c.F1())
}

type legendRow struct{ Class, Letter, Name string }

var categories = []struct{ letter, name string }{{"p", "projects"}, {"i", "institutes"}, {"n", "industries"}, {"a", "amounts"}}

// Write renders the page for docs to w.
func Write(w io.Writer, docs []Doc, opts Options) error {
	if opts.PageSize <= 0 {
		opts.PageSize = 20
	}
	if opts.Title == "" {
		opts.Title = "pressmine report"
	}
	tmpl, err := template.New("page").Parse(pageTemplate)
	if err != nil {
		return err
	}
	jsHash := sha256.Sum256([]byte(pageJS))
	p := page{
		Title: opts.Title,
		// Nothing may be fetched: no default source, only the inline style
		// and this very script (by its hash), images as data: URLs.
		CSP:      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + base64.StdEncoding.EncodeToString(jsHash[:]) + "'; base-uri 'none'; form-action 'none'",
		CSS:      template.CSS(pageCSS),
		JS:       template.JS(pageJS),
		PageSize: opts.PageSize,
		Docs:     len(docs),
		Total:    map[string][3]int{},
	}
	for _, c := range categories {
		p.Legend = append(p.Legend, legendRow{Class: "c-" + c.letter, Letter: strings.ToUpper(c.letter), Name: c.name})
	}
	counts := map[string]int{}
	freq := map[string]map[string]int{"institutes": {}, "industries": {}}
	type sum struct {
		v    *big.Rat
		text string
		doc  string
	}
	byRole := map[string][]sum{}
	for _, d := range docs {
		dd := docData{ID: d.Source.ID, Path: d.Source.Path, Text: d.Source.Orig, Lists: map[string][]item{}, M: []mention{}}
		if d.Err != nil {
			dd.Error = d.Err.Error()
			p.Errors = append(p.Errors, errorRow{Pos: errorPos(d), Msg: errorMsg(d.Err)})
		}
		var verdicts map[string]string
		if d.Record != nil && d.Gold != nil {
			one := score.NewReport()
			one.Add(d.Gold, d.Record)
			verdicts = one.Verdicts
			dd.Gold = goldOf(one)
			p.Scored++
			for c, n := range dd.Gold.Counts {
				t := p.Total[c]
				p.Total[c] = [3]int{t[0] + n[0], t[1] + n[1], t[2] + n[2]}
			}
		}
		if d.Record != nil {
			fill(&dd, d.Record, verdicts)
			counts["projects"] += len(d.Record.Projects)
			counts["institutes"] += len(d.Record.Institutes)
			counts["industries"] += len(d.Record.Industries)
			counts["amounts"] += len(d.Record.Amounts)
			seen := map[string]bool{}
			for _, e := range d.Record.Institutes {
				if k := "i" + schema.NameKey(e.Name); !seen[k] {
					seen[k] = true
					freq["institutes"][e.Name]++
				}
			}
			for _, e := range d.Record.Industries {
				if k := "n" + schema.NameKey(e.Name); !seen[k] {
					seen[k] = true
					freq["industries"][e.Name]++
				}
			}
			for _, a := range d.Record.Amounts {
				// A sum written twice in a document (title and body) is one.
				if v, ok := a.Value.Rat(); ok && a.Currency == "CNY" && !seen["a"+a.Role+string(a.Value)] {
					seen["a"+a.Role+string(a.Value)] = true
					byRole[a.Role] = append(byRole[a.Role], sum{v, a.Text, d.Source.ID})
				}
			}
		}
		var q strings.Builder
		q.WriteString(strings.ToLower(dd.ID))
		for _, l := range dd.Lists {
			for _, it := range l {
				q.WriteString("\x00")
				q.WriteString(strings.ToLower(it.Name))
			}
		}
		dd.Search = q.String()
		p.Data = append(p.Data, dd)
	}
	most := 1
	for _, c := range categories {
		most = max(most, counts[c.name])
	}
	counted := chart{Title: "mentions by category (entities and amounts)"}
	for _, c := range categories {
		counted.Bars = append(counted.Bars, bar{Label: c.name, Value: fmt.Sprint(counts[c.name]), Width: 100 * float64(counts[c.name]) / float64(most)})
	}
	p.Charts = append(p.Charts, counted)
	for _, cat := range []string{"institutes", "industries"} {
		p.Charts = append(p.Charts, topChart("most frequent "+cat+" (documents)", freq[cat], 15))
	}
	roles := make([]string, 0, len(byRole))
	for r := range byRole {
		roles = append(roles, r)
	}
	slices.Sort(roles)
	for _, r := range roles {
		ss := byRole[r]
		slices.SortStableFunc(ss, func(a, b sum) int { return b.v.Cmp(a.v) })
		ss = ss[:min(len(ss), 5)]
		ch := chart{Title: "largest sums in CNY: " + r}
		top, _ := ss[0].v.Float64()
		for _, s := range ss {
			f, _ := s.v.Float64()
			w := 0.0
			if top > 0 {
				w = 100 * f / top
			}
			ch.Bars = append(ch.Bars, bar{Label: s.text + " (" + s.doc + ")", Value: yuan(s.v), Width: w})
		}
		p.Charts = append(p.Charts, ch)
	}
	for i := range p.Charts {
		p.Charts[i] = layout(p.Charts[i])
	}
	for _, c := range categories {
		if t, ok := p.Total[c.name]; ok {
			p.Totals = append(p.Totals, totalRow{Name: c.name, TP: t[0], FP: t[1], FN: t[2], PRF: prf(t)})
		}
	}
	return tmpl.Execute(w, p)
}

// yuan writes a sum in 万亿, 亿 or 万 when it is that large, with at most
// two decimals.
func yuan(v *big.Rat) string {
	f, _ := v.Float64()
	unit, div := "", 1.0
	switch {
	case f >= 1e12:
		unit, div = "万亿", 1e12
	case f >= 1e8:
		unit, div = "亿", 1e8
	case f >= 1e4:
		unit, div = "万", 1e4
	}
	s := strconv.FormatFloat(f/div, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + unit
}

// shorten cuts a chart label to n code points.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}

func topChart(title string, freq map[string]int, n int) chart {
	names := make([]string, 0, len(freq))
	for k := range freq {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(freq[b], freq[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	names = names[:min(len(names), n)]
	ch := chart{Title: title}
	for _, k := range names {
		ch.Bars = append(ch.Bars, bar{Label: k, Value: fmt.Sprint(freq[k]), Width: 100 * float64(freq[k]) / float64(freq[names[0]])})
	}
	return ch
}

func errorPos(d Doc) string {
	var ce *corpus.Error
	if errors.As(d.Err, &ce) {
		return ce.Pos.String()
	}
	return corpus.Pos{Path: d.Source.Path, Line: d.Source.Line}.String()
}

func errorMsg(err error) string {
	var ce *corpus.Error
	if errors.As(err, &ce) {
		return ce.Err.Error()
	}
	return err.Error()
}

func goldOf(r *score.Report) *goldData {
	g := &goldData{Counts: map[string][3]int{}, F1: map[string]string{}, Missed: map[string][]string{}}
	for _, c := range score.Categories {
		n := r.Counts[c]
		g.Counts[c] = [3]int{n.TP, n.FP, n.FN}
		g.F1[c] = fmt.Sprintf("%.2f / %.2f / %.2f", n.P(), n.R(), n.F1())
	}
	for _, m := range r.Misses {
		switch m.Kind {
		case "FN":
			g.Missed[m.Category] = append(g.Missed[m.Category], m.Name)
		case "WRONG":
			g.Wrong = append(g.Wrong, m.Name+": "+m.Category+" "+m.Detail)
		}
	}
	return g
}

func verdict(v map[string]string, ptr string) string {
	if v == nil {
		return ""
	}
	return strings.ToLower(v[ptr])
}

// fill puts a record's lists and mentions into dd.
func fill(dd *docData, r *schema.Record, v map[string]string) {
	indIdx := map[string]int{}
	for i, e := range r.Industries {
		indIdx[schema.NameKey(e.Name)] = i
		for _, a := range e.Aliases {
			indIdx[schema.NameKey(a)] = i
		}
	}
	projects, institutes, industries, amounts := []item{}, []item{}, []item{}, []item{}
	for i, e := range r.Projects {
		it := item{Name: e.Name, G: verdict(v, fmt.Sprintf("/projects/%d", i)), Ind: -1, Inv: []int{}}
		if len(e.Aliases) > 0 {
			it.Attrs = append(it.Attrs, "aliases: "+strings.Join(e.Aliases, ", "))
		}
		if e.Industry != nil {
			it.Attrs = append(it.Attrs, "industry: "+*e.Industry)
			if k, ok := indIdx[schema.NameKey(*e.Industry)]; ok {
				it.Ind = k
			}
		}
		if e.Investment != nil {
			it.Attrs = append(it.Attrs, "investment: "+string(e.Investment.Value)+" "+e.Investment.Currency)
			for k, a := range r.Amounts {
				if a.Currency == e.Investment.Currency && sameNumber(a.Value, e.Investment.Value) {
					it.Inv = append(it.Inv, k)
				}
			}
		}
		projects = append(projects, it)
		for _, s := range e.Spans {
			dd.M = append(dd.M, mention{C: "p", S: s[0], E: s[1], X: i, G: it.G})
		}
	}
	for i, e := range r.Institutes {
		it := item{Name: e.Name, G: verdict(v, fmt.Sprintf("/institutes/%d", i)), Ind: -1, Inv: []int{}, Attrs: []string{"kind: " + e.Kind}}
		if len(e.Aliases) > 0 {
			it.Attrs = append(it.Attrs, "aliases: "+strings.Join(e.Aliases, ", "))
		}
		institutes = append(institutes, it)
		for _, s := range e.Spans {
			dd.M = append(dd.M, mention{C: "i", S: s[0], E: s[1], X: i, G: it.G})
		}
	}
	for i, e := range r.Industries {
		it := item{Name: e.Name, G: verdict(v, fmt.Sprintf("/industries/%d", i)), Ind: -1, Inv: []int{}}
		if e.Sector != nil {
			it.Attrs = append(it.Attrs, "sector: "+*e.Sector)
		}
		if e.SEI != nil {
			it.Attrs = append(it.Attrs, "SEI: "+*e.SEI)
		}
		if len(e.Aliases) > 0 {
			it.Attrs = append(it.Attrs, "aliases: "+strings.Join(e.Aliases, ", "))
		}
		industries = append(industries, it)
		for _, s := range e.Spans {
			dd.M = append(dd.M, mention{C: "n", S: s[0], E: s[1], X: i, G: it.G})
		}
	}
	for i, a := range r.Amounts {
		val := string(a.Value) + " " + a.Currency
		if a.Max != nil {
			val = string(a.Value) + "–" + string(*a.Max) + " " + a.Currency
		}
		it := item{Name: a.Text, G: verdict(v, fmt.Sprintf("/amounts/%d", i)), Ind: -1, Inv: []int{},
			Attrs: []string{"value: " + val, "role: " + a.Role, fmt.Sprintf("approx: %v", a.Approx)}}
		if a.Max != nil {
			it.Attrs = append(it.Attrs, "max: "+string(*a.Max))
		}
		if a.Bound != nil {
			it.Attrs = append(it.Attrs, "bound: "+*a.Bound)
		}
		if a.CurrencyInferred {
			it.Attrs = append(it.Attrs, "currency inferred")
		}
		amounts = append(amounts, it)
		dd.M = append(dd.M, mention{C: "a", S: a.Span[0], E: a.Span[1], X: i, G: it.G})
	}
	dd.Lists["projects"], dd.Lists["institutes"], dd.Lists["industries"], dd.Lists["amounts"] = projects, institutes, industries, amounts
	// Outer mentions first where they start together: the page nests
	// highlights in this order.
	slices.SortStableFunc(dd.M, func(a, b mention) int {
		if c := cmp.Compare(a.S, b.S); c != 0 {
			return c
		}
		return cmp.Compare(b.E, a.E)
	})
}

func sameNumber(a, b schema.Number) bool {
	x, ok1 := a.Rat()
	y, ok2 := b.Rat()
	return ok1 && ok2 && x.Cmp(y) == 0
}

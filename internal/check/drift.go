package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/schema"
)

// drift reports what a fresh extraction would change in a committed
// record: entities added, removed, or with other attributes, per category.
func drift(committed, fresh *schema.Record, doc *corpus.Document, add func(Finding)) {
	type ent struct {
		desc string
		span schema.Span
	}
	collect := func(r *schema.Record) map[string]map[string]ent {
		out := map[string]map[string]ent{}
		for _, c := range schema.Categories {
			out[c.Name] = map[string]ent{}
		}
		for _, p := range r.Projects {
			ind, inv := "", ""
			if p.Industry != nil {
				ind = *p.Industry
			}
			if p.Investment != nil {
				inv = string(p.Investment.Value) + " " + p.Investment.Currency
			}
			out["projects"][p.Name] = ent{fmt.Sprintf("industry %q, investment %q", ind, inv), first(p.Spans)}
		}
		for _, p := range r.Institutes {
			out["institutes"][p.Name] = ent{"kind " + p.Kind, first(p.Spans)}
		}
		for _, p := range r.Industries {
			sec := ""
			if p.Sector != nil {
				sec = *p.Sector
			}
			out["industries"][p.Name] = ent{"sector " + sec, first(p.Spans)}
		}
		for _, a := range r.Amounts {
			mx := "none"
			if a.Max != nil {
				mx = string(*a.Max)
			}
			key := fmt.Sprintf("%s@%d", a.Text, a.Span[0])
			out["amounts"][key] = ent{fmt.Sprintf("value %s %s, max %s, approx %v, role %s", a.Value, a.Currency, mx, a.Approx, a.Role), a.Span}
		}
		return out
	}
	old, now := collect(committed), collect(fresh)
	for _, cat := range schema.CategoryNames() {
		var names []string
		for n := range old[cat] {
			names = append(names, n)
		}
		for n := range now[cat] {
			if _, ok := old[cat][n]; !ok {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		for _, n := range names {
			o, inOld := old[cat][n]
			f, inNew := now[cat][n]
			label := n
			if cat == "amounts" {
				label = n[:strings.LastIndexByte(n, '@')]
			}
			var msg string
			var at schema.Span
			switch {
			case inOld && !inNew:
				msg, at = fmt.Sprintf("%s: %q would be removed", cat, label), o.span
			case !inOld && inNew:
				msg, at = fmt.Sprintf("%s: %q would be added", cat, label), f.span
			case o.desc != f.desc:
				msg, at = fmt.Sprintf("%s: %q would change from %s to %s", cat, label, o.desc, f.desc), f.span
			default:
				continue
			}
			p := doc.Position(at[0])
			add(Finding{Position: diag.Position{Path: doc.Path, Line: p.Line, Col: p.Col}, Level: LevelWarning, Rule: "drift", Msg: msg})
		}
	}
}

func first(ss schema.Spans) schema.Span {
	if len(ss) == 0 {
		return schema.Span{}
	}
	return ss[0]
}

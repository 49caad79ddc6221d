package pipeline

import (
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/link"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/schema"
)

// ToRecord turns an extraction result into a record v1.
func ToRecord(doc *corpus.Document, r *link.Result) (*schema.Record, error) {
	var chars int
	if r.Doc != nil && r.Doc.Text != nil && r.Doc.Text.Orig == doc.Orig {
		chars = r.Doc.Text.OrigLen() // counted already
	} else {
		chars = doc.Chars()
	}
	rec := &schema.Record{
		Schema: schema.Version,
		ID:     doc.ID,
		Source: schema.Source{Path: corpus.EscapeInvalid(doc.Path), SHA256: doc.SHA256, Encoding: doc.Encoding, Chars: chars},
		Title:  strPtr(r.Title), Date: strPtr(r.Date), Publisher: strPtr(r.Publisher),
		Projects:   make([]schema.Project, 0, len(r.Projects)),
		Institutes: make([]schema.Institute, 0, len(r.Institutes)),
		Industries: make([]schema.Industry, 0, len(r.Industries)),
		Amounts:    make([]schema.Amount, 0, len(r.Amounts)),
	}
	if doc.Line > 1 || isJSONL(doc.Path) {
		rec.Source.Line = doc.Line
	}
	for _, p := range r.Projects {
		sp := schema.Project{Name: p.Name, Aliases: p.Aliases, Industry: strPtr(p.Industry), Spans: spans(p.Spans)}
		if p.Investment != nil {
			v, err := number(p.Investment.Value)
			if err != nil {
				return nil, err
			}
			sp.Investment = &schema.Investment{Value: v, Currency: p.Investment.Currency}
		}
		rec.Projects = append(rec.Projects, sp)
	}
	for _, e := range r.Institutes {
		rec.Institutes = append(rec.Institutes, schema.Institute{Name: e.Name, Aliases: e.Aliases, Kind: e.Label, Spans: spans(e.Spans)})
	}
	for _, e := range r.Industries {
		rec.Industries = append(rec.Industries, schema.Industry{Name: e.Name, Aliases: e.Aliases, Sector: strPtr(e.Label), SEI: strPtr(e.SEI), Spans: spans(e.Spans)})
	}
	for _, k := range slices.Sorted(maps.Keys(r.Other)) {
		es := make([]schema.Entity, 0, len(r.Other[k]))
		for _, e := range r.Other[k] {
			es = append(es, schema.Entity{Name: e.Name, Aliases: e.Aliases, Label: e.Label, Spans: spans(e.Spans)})
		}
		if err := rec.SetEntities(k, es); err != nil {
			return nil, err
		}
	}
	for _, m := range r.Amounts {
		a := m.Amount
		v, err := number(a.Value)
		if err != nil {
			return nil, err
		}
		sa := schema.Amount{Text: m.Text, Value: v, Currency: a.Currency, Approx: a.Approx, Bound: strPtr(a.Bound),
			CurrencyInferred: a.Inferred, Role: a.Role, Span: schema.Span{m.Span.Start, m.Span.End}}
		if a.Max != nil {
			mx, err := number(a.Max)
			if err != nil {
				return nil, err
			}
			sa.Max = &mx
		}
		rec.Amounts = append(rec.Amounts, sa)
	}
	return rec, nil
}

func isJSONL(p string) bool {
	return len(p) > 6 && p[len(p)-6:] == ".jsonl"
}

func number(r *big.Rat) (schema.Number, error) {
	n, err := schema.NewNumber(r)
	if err != nil {
		return "", fmt.Errorf("amount value: %w", err)
	}
	return n, nil
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func spans(ss []textmap.Span) schema.Spans {
	out := make(schema.Spans, len(ss))
	for i, s := range ss {
		out[i] = schema.Span{s.Start, s.End}
	}
	return out
}

package extract

import (
	"slices"
	"sort"

	"github.com/pressmine/pressmine/extract/textmap"
)

// mentionIndex answers "which mentions start in [a, b)" and "which mention
// holds position p" in logarithmic time, so that linking stays linear on
// large documents.
type Index struct {
	ms []Mention // sorted by Norm.Start
}

func NewIndex(ms []Mention) Index {
	byStart := func(a, b Mention) int { return a.Norm.Start - b.Norm.Start }
	if slices.IsSortedFunc(ms, byStart) {
		return Index{ms} // extractors find in text order: most need no copy (the index only reads)
	}
	s := append([]Mention(nil), ms...)
	slices.SortStableFunc(s, byStart)
	return Index{s}
}

// startingIn returns the mentions whose start lies in [a, b).
func (x Index) StartingIn(a, b int) []Mention {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Norm.Start >= a })
	j := sort.Search(len(x.ms), func(j int) bool { return x.ms[j].Norm.Start >= b })
	if i >= j {
		return nil
	}
	return x.ms[i:j]
}

// within reports whether m lies inside one of the indexed mentions (and is
// not that mention itself). Indexed mentions do not nest (dropNested), so
// the candidate is the last one starting at or before m.
func (x Index) Within(m Mention) bool {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Norm.Start > m.Norm.Start })
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		o := x.ms[k]
		if o.Norm.Start <= m.Norm.Start && m.Norm.End <= o.Norm.End && o.Norm != m.Norm {
			return true
		}
	}
	return false
}

// sentenceAt returns the sentence that holds Norm position p.
func (d *Doc) SentenceAt(p int) textmap.Span {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > p })
	if i < len(d.Sentences) && d.Sentences[i].Start <= p {
		return d.Sentences[i]
	}
	return textmap.Span{Start: p, End: p}
}

// overlaps reports whether s shares a code point with an indexed mention.
func (x Index) Overlaps(s textmap.Span) bool {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Norm.Start >= s.End })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if o := x.ms[k]; o.Norm.Start < s.End && s.Start < o.Norm.End {
			return true
		}
	}
	return false
}

// Has reports whether one of the indexed mentions spans exactly s (Norm).
func (x Index) Has(s textmap.Span) bool {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Norm.Start >= s.Start })
	for ; i < len(x.ms) && x.ms[i].Norm.Start == s.Start; i++ {
		if x.ms[i].Norm == s {
			return true
		}
	}
	return false
}

package extract

import (
	"slices"
	"sort"
)

// mentionIndex answers "which mentions start in [a, b)" and "which mention
// holds position p" in logarithmic time, so that linking stays linear on
// large documents.
type mentionIndex struct {
	ms []Mention // sorted by Norm.Start
}

func newMentionIndex(ms []Mention) mentionIndex {
	byStart := func(a, b Mention) int { return a.Norm.Start - b.Norm.Start }
	if slices.IsSortedFunc(ms, byStart) {
		return mentionIndex{ms} // extractors find in text order: most need no copy (the index only reads)
	}
	s := append([]Mention(nil), ms...)
	slices.SortStableFunc(s, byStart)
	return mentionIndex{s}
}

// startingIn returns the mentions whose start lies in [a, b).
func (x mentionIndex) startingIn(a, b int) []Mention {
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
func (x mentionIndex) within(m Mention) bool {
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
func (d *Doc) sentenceAt(p int) Span {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > p })
	if i < len(d.Sentences) && d.Sentences[i].Start <= p {
		return d.Sentences[i]
	}
	return Span{p, p}
}

// overlaps reports whether s shares a code point with an indexed mention.
func (x mentionIndex) overlaps(s Span) bool {
	i := sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Norm.Start >= s.End })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if o := x.ms[k]; o.Norm.Start < s.End && s.Start < o.Norm.End {
			return true
		}
	}
	return false
}

package extract

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

//go:embed data/ranker.txt
var defaultRanker []byte

// Ranker is the learned part of entity extraction: a linear model that
// scores the rules' candidates for projects, institutes and industries,
// each with the variants of its left edge that drop up to maxVariants of
// its first words (会同省高投集团 → 省高投集团). For every candidate the
// best-scoring variant is kept when its score is above zero, and the
// candidate dropped otherwise. Its features are the candidate's words,
// parts of speech, first and last characters, length, what stands before
// and after it, its kind label, how often the text names it, and the
// rules' own evidence (Weak, list items); see features.
//
// The weights are trained by `pressmine train` from gold files (an
// averaged perceptron, TrainRanker), so a user can train on gold of their
// own; data/ranker.txt, the embedded default, is trained from the gold set
// by `make model`.
type Ranker struct {
	w map[string]float64
}

// RankerVersion is the version of the model file format and of the
// features: a model trained by another version is refused.
const RankerVersion = 1

const rankerMagic = "pressmine-ranker"

// maxVariants is how many first words a variant may drop.
const maxVariants = 3

// DefaultRanker parses the embedded model.
func DefaultRanker() (*Ranker, error) { return ParseRanker(defaultRanker, "embedded ranker") }

// ParseRanker reads a model in the format Marshal writes. name says where
// it comes from, for errors.
func ParseRanker(b []byte, name string) (*Ranker, error) {
	r := &Ranker{w: map[string]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	seen := false
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		if !seen {
			magic, v, ok := strings.Cut(t, " ")
			if magic != rankerMagic || !ok {
				return nil, fmt.Errorf("%s:%d: not a pressmine ranker model (want a line %q)", name, line, rankerMagic+" "+strconv.Itoa(RankerVersion))
			}
			if n, err := strconv.Atoi(v); err != nil || n != RankerVersion {
				return nil, fmt.Errorf("%s:%d: model version %q; this pressmine reads version %d (train it again with pressmine train)", name, line, v, RankerVersion)
			}
			seen = true
			continue
		}
		f, v, ok := strings.Cut(t, "\t")
		w, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("%s:%d: want a feature, a tab and a weight", name, line)
		}
		r.w[f] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if !seen {
		return nil, fmt.Errorf("%s: empty: not a pressmine ranker model", name)
	}
	return r, nil
}

// Marshal writes the model: a header, then a feature, a tab and its weight
// a line, in byte order of the features, so that the same weights give the
// same bytes.
func (r *Ranker) Marshal(comment string) []byte {
	var b bytes.Buffer
	for _, l := range strings.Split(strings.TrimSpace(comment), "\n") {
		b.WriteString("# " + l + "\n")
	}
	fmt.Fprintf(&b, "%s %d\n", rankerMagic, RankerVersion)
	keys := make([]string, 0, len(r.w))
	for k, w := range r.w {
		if w != 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('\t')
		b.WriteString(strconv.FormatFloat(r.w[k], 'g', 8, 64))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// Len is the number of weights.
func (r *Ranker) Len() int { return len(r.w) }

func (r *Ranker) score(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += r.w[f]
	}
	return s
}

// Candidate is a mention the rules found, or a variant of it, with its
// features.
type Candidate struct {
	Mention
	Base    int // the index of the rules' mention it comes from, in its kind
	Variant int // how many first words it drops
	Feats   []string
}

// candidates lists the variants of the rules' mentions of one kind (found
// holds every kind's, by index as in Run) with their features.
func candidates(d *Doc, found *[4][]Mention, kind int) []Candidate {
	ms := found[kind]
	if len(ms) == 0 {
		return nil
	}
	counts := map[string]int{}
	for _, m := range ms {
		counts[m.Name]++
	}
	var out []Candidate
	for bi, m := range ms {
		out = append(out, Candidate{Mention: m, Base: bi, Feats: features(d, found, m, 0, counts[m.Name])})
		i0 := tokenIndexAt(d.Tokens, m.Norm.Start)
		for v := 1; v <= maxVariants; v++ {
			k := i0 + v
			if k >= len(d.Tokens) || d.Tokens[k].Start >= m.Norm.End-1 {
				break
			}
			vm := d.mention(m.Kind, Span{d.Tokens[k].Start, m.Norm.End})
			vm.Label, vm.Weak = m.Label, m.Weak
			out = append(out, Candidate{Mention: vm, Base: bi, Variant: v, Feats: features(d, found, vm, v, counts[m.Name])})
		}
	}
	return out
}

// choose keeps, for every rules' mention, its best variant when that
// scores above zero.
func (r *Ranker) choose(cands []Candidate) []Mention {
	var out []Mention
	for i := 0; i < len(cands); {
		j := i
		best, bestScore := -1, 0.0
		for ; j < len(cands) && cands[j].Base == cands[i].Base; j++ {
			if s := r.score(cands[j].Feats); s > bestScore {
				best, bestScore = j, s
			}
		}
		if best >= 0 {
			out = append(out, cands[best].Mention)
		}
		i = j
	}
	return out
}

// features describes a candidate m of a document for the ranker.
func features(d *Doc, found *[4][]Mention, m Mention, variant, count int) []string {
	toks := d.Tokens
	rs := d.runes
	k := string(m.Kind)[:3] + "|"
	s, e := m.Norm.Start, m.Norm.End
	f := make([]string, 0, 40)
	add := func(parts ...string) { f = append(f, k+strings.Map(printable, strings.Join(parts, "="))) }
	f = append(f, k+"bias")
	if len(toks) == 0 || e <= s {
		return f
	}
	i0 := tokenIndexAt(toks, s)
	i1 := tokenIndexAt(toks, e-1)
	if i0 >= len(toks) || i1 >= len(toks) {
		return f
	}
	first, last := toks[i0], toks[i1]
	add("fw", first.Text)
	add("fp", first.POS)
	add("lw", last.Text)
	add("lp", last.POS)
	add("fp+lp", first.POS+"+"+last.POS)
	if first.Start != s {
		add("fcut")
	}
	if last.End != e {
		add("lcut")
	}
	prevW, prevP := "^", "^"
	if i0 > 0 && first.Start == s {
		prevW, prevP = toks[i0-1].Text, toks[i0-1].POS
	}
	nextW, nextP := "$", "$"
	if i1+1 < len(toks) && last.End == e {
		nextW, nextP = toks[i1+1].Text, toks[i1+1].POS
	}
	add("pw", prevW)
	add("pp", prevP)
	add("nw", nextW)
	add("np", nextP)
	add("pp+fp", prevP+"+"+first.POS)
	name := rs[s:e]
	add("c1", string(name[len(name)-1:]))
	if len(name) >= 2 {
		add("c2", string(name[len(name)-2:]))
	}
	add("s1", string(name[:1]))
	if len(name) >= 2 {
		add("s2", string(name[:2]))
	}
	add("len", bucket(len(name), 2, 3, 4, 6, 9, 14))
	add("ntok", bucket(i1-i0+1, 1, 2, 3, 5))
	add("lab", m.Label)
	if m.Weak {
		add("weak")
	}
	if m.Via != "" {
		add("via", m.Via)
	}
	add("var", strconv.Itoa(variant))
	add("cnt", bucket(count, 1, 2, 4))
	var digit, latin, quote bool
	for _, r := range name {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		case quoteBracketChars.has(r):
			quote = true
		}
	}
	if digit {
		add("digit")
	}
	if latin {
		add("latin")
	}
	if quote {
		add("quote")
	}
	add("pc", charClass(rs, s-1))
	add("nc", charClass(rs, e))
	var tags []string
	for i := i0; i <= i1 && len(tags) < 5; i++ {
		tags = append(tags, toks[i].POS)
	}
	add("tags", strings.Join(tags, "."))
	for ki, other := range found {
		if ki == 0 || other == nil || len(other) > 0 && other[0].Kind == m.Kind {
			continue
		}
		// Mentions come in text order: look at the few that start
		// before e, nearest first.
		j := sort.Search(len(other), func(i int) bool { return other[i].Norm.Start >= e })
		for q := j - 1; q >= 0 && q >= j-8; q-- {
			o := other[q]
			if o.Norm.Start < e && s < o.Norm.End {
				rel := "ov"
				switch {
				case o.Norm == m.Norm:
					rel = "same"
				case o.Norm.Start <= s && e <= o.Norm.End:
					rel = "in"
				case s <= o.Norm.Start && o.Norm.End <= e:
					rel = "holds"
				}
				add(rel, string(o.Kind))
				break
			}
		}
	}
	return f
}

// printable keeps a feature on its line of the model file: white space
// and control characters become ␣.
func printable(r rune) rune {
	if r < ' ' || r == 0x7f || unicode.IsSpace(r) && r != ' ' {
		return '␣'
	}
	return r
}

// bucket names the range n falls in, given ascending upper bounds.
func bucket(n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return "≤" + strconv.Itoa(b)
		}
	}
	return ">" + strconv.Itoa(bounds[len(bounds)-1])
}

// charClass describes the code point at rs[i]: a punctuation mark itself,
// or its class.
func charClass(rs []rune, i int) string {
	if i < 0 || i >= len(rs) {
		return "edge"
	}
	r := rs[i]
	switch {
	case unicode.Is(unicode.Han, r):
		return "han"
	case r >= '0' && r <= '9':
		return "digit"
	case r < 0x80 && unicode.IsLetter(r):
		return "latin"
	case unicode.IsSpace(r):
		return "space"
	}
	return string(r)
}

// Example is a candidate and whether it is right, for training.
type Example struct {
	Feats []string
	Right bool
}

// TrainRanker trains a ranker on examples with the averaged perceptron:
// epochs passes in an order shuffled by a fixed seed, so that the same
// examples give the same weights.
func TrainRanker(examples []Example, epochs int) *Ranker {
	w := map[string]float64{}
	total := map[string]float64{} // the sum of updates times the step they came at, for averaging
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(20261206, 1))
	step := 1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := examples[i]
			s := 0.0
			for _, f := range ex.Feats {
				s += w[f]
			}
			y := -1.0
			if ex.Right {
				y = 1
			}
			if y*s <= 0 {
				for _, f := range ex.Feats {
					w[f] += y
					total[f] += y * step
				}
			}
			step++
		}
	}
	avg := map[string]float64{}
	for f, v := range w {
		// Averaged weights: w - total/step (Daumé's trick), rounded to
		// what the file keeps.
		a := v - total[f]/step
		if a != 0 {
			a, _ = strconv.ParseFloat(strconv.FormatFloat(a, 'g', 8, 64), 64)
			avg[f] = a
		}
	}
	return &Ranker{w: avg}
}

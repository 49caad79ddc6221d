package rank

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"hash/maphash"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
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
// rules' own evidence (Weak, list items, a trigger next to a project:
// Mention.Cue); see features.
//
// The weights are trained by `pressmine train` from gold files (an
// averaged perceptron, TrainRanker), so a user can train on gold of their
// own; data/ranker.txt, the embedded default, is trained from the gold set
// by `make model`.
type Ranker struct {
	w   map[string]float64 // by feature name (training, Marshal)
	h   *weightTable       // by the hash of the name (extraction)
	tag *Tagger            // nil: none
}

// newRanker indexes weights by name and by hash.
func newRanker(w map[string]float64) *Ranker {
	return &Ranker{w: w, h: newWeightTable(w)}
}

// RankerVersion is the version of the model file format and of the
// features: a model trained by another version is refused. Version 2 adds
// the tagger's weights (tag|…).
const RankerVersion = 2

const rankerMagic = "pressmine-ranker"

// maxVariants is how many first words a variant may drop.
const maxVariants = 3

// DefaultRanker parses the embedded model.
func DefaultRanker() (*Ranker, error) { return ParseRanker(defaultRanker, "embedded ranker") }

// ParseRanker reads a model in the format Marshal writes. name says where
// it comes from, for errors.
func ParseRanker(b []byte, name string) (*Ranker, error) {
	w := map[string]float64{}
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
				return nil, &diag.Error{Pos: diag.Position{Path: name, Line: line}, Msg: fmt.Sprintf("not a pressmine ranker model (want a line %q)", rankerMagic+" "+strconv.Itoa(RankerVersion))}
			}
			if n, err := strconv.Atoi(v); err != nil || n != RankerVersion {
				return nil, &diag.Error{Pos: diag.Position{Path: name, Line: line}, Msg: fmt.Sprintf("model version %q; this pressmine reads version %d (train it again with pressmine train)", v, RankerVersion)}
			}
			seen = true
			continue
		}
		f, vs, ok := strings.Cut(t, "\t")
		v, err := strconv.ParseFloat(vs, 64)
		if !ok || err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, &diag.Error{Pos: diag.Position{Path: name, Line: line}, Msg: "want a feature, a tab and a weight"}
		}
		if strings.HasPrefix(f, classPre) && (v != math.Trunc(v) || v < 0 || v >= 1<<20) {
			return nil, &diag.Error{Pos: diag.Position{Path: name, Line: line}, Msg: fmt.Sprintf("word class %q: want a whole number from 0", vs)}
		}
		if msg := checkTagWeight(f); msg != "" {
			return nil, &diag.Error{Pos: diag.Position{Path: name, Line: line}, Msg: msg}
		}
		w[f] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if !seen {
		return nil, fmt.Errorf("%s: empty: not a pressmine ranker model", name)
	}
	t := splitTagger(w)
	r := newRanker(w)
	r.tag = t
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
	all := make(map[string]float64, len(r.w))
	for k, w := range r.w {
		if w != 0 {
			all[k] = w
		}
	}
	r.tag.tagWeights(func(k string, v float64) { all[k] = v })
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('\t')
		b.WriteString(strconv.FormatFloat(all[k], 'g', 8, 64))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// Len is the number of weights (a row of the tagger's counts as one).
func (r *Ranker) Len() int {
	n := len(r.w)
	if !r.tag.empty() {
		n += len(r.tag.rows)
	}
	return n
}

// WithTagger is r with the sequence tagger t (nil: none).
func (r *Ranker) WithTagger(t *Tagger) *Ranker {
	q := *r
	q.tag = t
	return &q
}

// Tagger is the model's sequence tagger (nil when it has none).
func (r *Ranker) Tagger() *Tagger { return r.tag }

// Judges reports whether the ranker judges mentions of kind k: industries,
// institutes and projects.
func Judges(k extract.Kind) bool {
	return k == extract.KindIndustry || k == extract.KindInstitute || k == extract.KindProject
}

// Candidate is a mention the rules found, or a variant of it, with its
// features.
type Candidate struct {
	extract.Mention
	Base    int // the index of the rules' mention it comes from, in its kind
	Variant int // how many first words it drops
	Feats   []string
}

// forCandidates describes every rules' mention of one kind (found holds
// every kind's, by index as in Run) and its variants to fb, calling visit
// after each.
func forCandidates(d *extract.Doc, found extract.Found, kind extract.Kind, fb *featBuf, visit func(base, variant int, m extract.Mention)) {
	ms := found.Of(kind)
	if len(ms) == 0 {
		return
	}
	counts := make(map[string]int, len(ms))
	for _, m := range ms {
		counts[m.Name]++
	}
	for bi, m := range ms {
		features(d, found, m, 0, counts[m.Name], fb)
		visit(bi, 0, m)
		i0 := segment.TokenIndexAt(d.Tokens, m.Norm.Start)
		for v := 1; v <= maxVariants; v++ {
			k := i0 + v
			if k >= len(d.Tokens) || d.Tokens[k].Start >= m.Norm.End-1 {
				break
			}
			if insideMeasure(d.Tokens[k-1], d.Tokens[k]) {
				continue // 150亿方/ 年…: no name starts inside a rate
			}
			if d.Tokens[k].BoundSuffix() {
				continue // 生活 性服务业: a suffix belongs to the word before it
			}
			vm := d.Mention(m.Kind, textmap.Span{Start: d.Tokens[k].Start, End: m.Norm.End})
			vm.Label, vm.Weak, vm.Via, vm.Listed, vm.Cue = m.Label, m.Weak, m.Via, m.Listed, m.Cue
			features(d, found, vm, v, counts[m.Name], fb)
			visit(bi, v, vm)
		}
	}
}

// insideMeasure reports whether t, after prev, is or continues the slash
// of a rate (亿方 / 年, 万吨 / 日): a variant starting there starts inside
// it.
func insideMeasure(prev, t segment.Token) bool {
	return prev.Text == "/" || prev.Text == "／" || t.Text == "/" || t.Text == "／"
}

// candidates lists the candidates of one kind with their features as
// strings, for training.
func Candidates(d *extract.Doc, found extract.Found, kind extract.Kind) []Candidate {
	var out []Candidate
	sink := &strSink{}
	fb := &featBuf{sink: sink}
	forCandidates(d, found, kind, fb, func(base, variant int, m extract.Mention) {
		out = append(out, Candidate{Mention: m, Base: base, Variant: variant, Feats: sink.out})
		sink.out = nil
	})
	return out
}

// rulesMargin is how far below zero the best score of a mention m the
// rules accept themselves (Via "") may fall and m still be kept.
//
// Industries have 5. The rules' own industries are words of the lists,
// named as fields; the ranker, trained on 78 documents, turned down right
// ones it had not seen in their context (on the blind set a margin of 5
// kept 4 more right industries for 1 more wrong one; cross-validation was
// level, and on real news the industries it kept back were fields: 物流,
// 软件产业, 医药行业).
//
// Projects with a trigger next to their name (Mention.Cue: X 开工, 引进 X)
// have 4: the ranker learns from press releases, which name a project
// again and again, and turns down one named once, as a work report names
// each (on the blind set it kept 1 more right project; on real news 6
// more, 中关村科学城, 南源水电站, for 4 wrong; cross-validation was level;
// 8 kept more wrong ones than right). Other projects and institutes have
// none: there a margin kept more wrong names than right ones on real news
// (projects) or on the blind set (institutes).
func rulesMargin(m extract.Mention) float64 {
	switch {
	case m.Kind == extract.KindIndustry:
		return 5
	case m.Kind == extract.KindProject && m.Cue != "":
		return 4
	}
	return 0
}

// Choose keeps, for every rules' mention of one kind, its best variant
// when that scores above zero, or above -rulesMargin for a mention the
// rules accept themselves.
func (r *Ranker) Choose(d *extract.Doc, found extract.Found, kind extract.Kind) []extract.Mention {
	var out []extract.Mention
	sink := &scoreSink{w: r.h}
	fb := &featBuf{sink: sink}
	cur, best, bestScore := -1, extract.Mention{}, 0.0
	have := false
	flush := func() {
		if have && !best.Filtered() {
			out = append(out, best)
		}
		have, bestScore = false, 0
	}
	forCandidates(d, found, kind, fb, func(base, variant int, m extract.Mention) {
		if base != cur {
			flush()
			cur = base
			if m.Via == "" {
				bestScore = -rulesMargin(m)
			}
		}
		if sink.score > bestScore {
			best, bestScore, have = m, sink.score, true
		}
		sink.score = 0
	})
	flush()
	return out
}

// Score is r's score of candidate m (a variant of one of the rules'
// mentions in found, dropping variant first words; count is how often its
// base's name occurs), from its features by hash, as Choose scores.
func (r *Ranker) Score(d *extract.Doc, found extract.Found, m extract.Mention, variant, count int) float64 {
	sink := &scoreSink{w: r.h}
	features(d, found, m, variant, count, &featBuf{sink: sink})
	return sink.score
}

// ScoreNamed sums the weights of features given by name, as training and
// the model file name them.
func (r *Ranker) ScoreNamed(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += r.w[f]
	}
	return s
}

// featSink receives a candidate's features one at a time, each as the
// bytes of its name (valid only during the call).
type featSink interface{ feat(b []byte) }

// strSink keeps the features as strings (training).
type strSink struct{ out []string }

func (s *strSink) feat(b []byte) { s.out = append(s.out, string(b)) }

// scoreSink adds up the weights of the features (extraction): no string
// is made, a feature is looked up by the hash of its name.
type scoreSink struct {
	w     *weightTable
	score float64
}

func (s *scoreSink) feat(b []byte) { s.score += s.w.get(maphash.Bytes(s.w.seed, b)) }

// weightTable maps feature hashes to weights: open addressing with linear
// probing in a power-of-two table at most half full, key and weight side
// by side (a Go map costs several times as much a look-up, and the ranker
// makes some forty for every candidate). The hash is maphash with a seed
// of the table's own, made when the model is loaded.
type weightTable struct {
	seed  maphash.Seed
	slots []weightSlot
	mask  uint64
}

type weightSlot struct {
	key uint64 // 0: empty (a hash of 0 is stored as 1)
	val float64
}

func newWeightTable(w map[string]float64) *weightTable {
	n := 16
	for n < 2*len(w) {
		n *= 2
	}
	t := &weightTable{seed: maphash.MakeSeed(), slots: make([]weightSlot, n), mask: uint64(n - 1)}
	for f, v := range w {
		k := max(maphash.String(t.seed, f), 1)
		i := k & t.mask
		for t.slots[i].key != 0 && t.slots[i].key != k {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = k
		t.slots[i].val += v
	}
	return t
}

func (t *weightTable) get(k uint64) float64 {
	k = max(k, 1)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch s := &t.slots[i]; s.key {
		case k:
			return s.val
		case 0:
			return 0
		}
	}
}

// featBuf writes feature names "<kind>|<template>[=<value>]" into one
// buffer, values made printable, and hands each to a sink.
type featBuf struct {
	k    string
	buf  []byte
	sink featSink
}

func (f *featBuf) start(tmpl string) {
	f.buf = append(append(f.buf[:0], f.k...), tmpl...)
}

func (f *featBuf) one(tmpl string) {
	f.start(tmpl)
	f.sink.feat(f.buf)
}

func (f *featBuf) two(tmpl, val string) {
	f.start(tmpl)
	f.buf = append(f.buf, '=')
	if plainFeature(val) {
		f.buf = append(f.buf, val...)
	} else {
		for _, r := range val {
			f.buf = utf8.AppendRune(f.buf, printable(r))
		}
	}
	f.sink.feat(f.buf)
}

// plainFeature reports whether printable leaves every code point of s as
// it is: no control byte, and no byte that may start a white space other
// than the ASCII space (maySpace's lead bytes).
func plainFeature(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f || c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 {
			return false
		}
	}
	return true
}

// utf8AppendPrintable appends r made printable.
func utf8AppendPrintable(b []byte, r rune) []byte { return utf8.AppendRune(b, printable(r)) }

func (f *featBuf) runes(tmpl string, rs []rune) {
	f.start(tmpl)
	f.buf = append(f.buf, '=')
	for _, r := range rs {
		f.buf = utf8.AppendRune(f.buf, printable(r))
	}
	f.sink.feat(f.buf)
}

// features describes a candidate m of a document for the ranker, to sink.
func features(d *extract.Doc, found extract.Found, m extract.Mention, variant, count int, fb *featBuf) {
	toks := d.Tokens
	rs := d.Runes
	fb.k = kindPrefix(m.Kind)
	s, e := m.Norm.Start, m.Norm.End
	fb.one("bias")
	if len(toks) == 0 || e <= s {
		return
	}
	i0 := segment.TokenIndexAt(toks, s)
	i1 := segment.TokenIndexAt(toks, e-1)
	if i0 >= len(toks) || i1 >= len(toks) {
		return
	}
	first, last := toks[i0], toks[i1]
	fb.two("fw", first.Text)
	fb.two("fp", first.POS)
	fb.two("lw", last.Text)
	fb.two("lp", last.POS)
	fb.start("fp+lp")
	fb.buf = append(append(append(append(fb.buf, '='), first.POS...), '+'), last.POS...)
	fb.sink.feat(fb.buf)
	if first.Start != s {
		fb.one("fcut")
	}
	if last.End != e {
		fb.one("lcut")
	}
	prevW, prevP := "^", "^"
	if i0 > 0 && first.Start == s {
		prevW, prevP = toks[i0-1].Text, toks[i0-1].POS
	}
	nextW, nextP := "$", "$"
	if i1+1 < len(toks) && last.End == e {
		nextW, nextP = toks[i1+1].Text, toks[i1+1].POS
	}
	fb.two("pw", prevW)
	fb.two("pp", prevP)
	fb.two("nw", nextW)
	fb.two("np", nextP)
	fb.start("pp+fp")
	fb.buf = append(append(append(append(fb.buf, '='), prevP...), '+'), first.POS...)
	fb.sink.feat(fb.buf)
	name := rs[s:e]
	fb.runes("c1", name[len(name)-1:])
	if len(name) >= 2 {
		fb.runes("c2", name[len(name)-2:])
	}
	fb.runes("s1", name[:1])
	if len(name) >= 2 {
		fb.runes("s2", name[:2])
	}
	fb.two("len", bucket(len(name), lenBuckets))
	fb.two("ntok", bucket(i1-i0+1, tokBuckets))
	if m.Listed {
		fb.two("lab", "list") // the feature's name from when a list item was labelled so
	} else {
		fb.two("lab", m.Label)
	}
	if m.Weak {
		fb.one("weak")
	}
	if m.Known && variant == 0 {
		fb.one("known")
	}
	if m.Via != "" && !m.Filtered() {
		fb.two("via", m.Via)
	}
	if m.Cue == "after" || m.Cue != "" && variant == 0 {
		fb.two("cue", m.Cue) // a variant that drops first words drops a cue before them
	}
	fb.two("var", smallNumbers[min(variant, len(smallNumbers)-1)])
	fb.two("cnt", bucket(count, cntBuckets))
	var digit, latin, quote bool
	for _, r := range name {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		case textmap.QuoteBracketChars.Has(r):
			quote = true
		}
	}
	if digit {
		fb.one("digit")
	}
	if latin {
		fb.one("latin")
	}
	if quote {
		fb.one("quote")
	}
	fb.runes("pc", charClass(rs, s-1))
	fb.runes("nc", charClass(rs, e))
	fb.start("tags")
	fb.buf = append(fb.buf, '=')
	for i := i0; i <= i1 && i < i0+5; i++ {
		if i > i0 {
			fb.buf = append(fb.buf, '.')
		}
		fb.buf = append(fb.buf, toks[i].POS...)
	}
	fb.sink.feat(fb.buf)
	for _, km := range found {
		other := km.Mentions
		if km.Kind == extract.KindAmount || other == nil || len(other) > 0 && other[0].Kind == m.Kind {
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
				fb.two(rel, string(o.Kind))
				break
			}
		}
	}
}

// kindPrefix starts the names of a kind's features.
func kindPrefix(k extract.Kind) string {
	switch k {
	case extract.KindIndustry:
		return "ind|"
	case extract.KindInstitute:
		return "ins|"
	case extract.KindProject:
		return "pro|"
	}
	return string(k) + "|"
}

var (
	lenBuckets   = bucketNames(2, 3, 4, 6, 9, 14)
	tokBuckets   = bucketNames(1, 2, 3, 5)
	cntBuckets   = bucketNames(1, 2, 4)
	smallNumbers = []string{"0", "1", "2", "3", "4"}
)

// buckets are the names of the ranges of a count, given ascending upper
// bounds: "≤b" for each, then ">last".
type buckets struct {
	bounds []int
	names  []string
}

func bucketNames(bounds ...int) buckets {
	b := buckets{bounds: bounds}
	for _, x := range bounds {
		b.names = append(b.names, "≤"+strconv.Itoa(x))
	}
	b.names = append(b.names, ">"+strconv.Itoa(bounds[len(bounds)-1]))
	return b
}

// bucket names the range n falls in.
func bucket(n int, b buckets) string {
	for i, x := range b.bounds {
		if n <= x {
			return b.names[i]
		}
	}
	return b.names[len(b.names)-1]
}

// charClass describes the code point at rs[i]: a punctuation mark itself,
// or its class.
func charClass(rs []rune, i int) []rune {
	if i < 0 || i >= len(rs) {
		return classEdge
	}
	r := rs[i]
	switch {
	case unicode.Is(unicode.Han, r):
		return classHan
	case r >= '0' && r <= '9':
		return classDigit
	case r < 0x80 && unicode.IsLetter(r):
		return classLatin
	case unicode.IsSpace(r):
		return classSpace
	}
	return rs[i : i+1]
}

var (
	classEdge  = []rune("edge")
	classHan   = []rune("han")
	classDigit = []rune("digit")
	classLatin = []rune("latin")
	classSpace = []rune("space")
)

// printable keeps a feature on its line of the model file: white space
// and control characters become ␣.
func printable(r rune) rune {
	if r < ' ' || r == 0x7f || unicode.IsSpace(r) && r != ' ' {
		return '␣'
	}
	return r
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
	// The average of several perceptrons, each over its own order of the
	// examples: one order's model swings with the order on so little gold.
	sum := map[string]float64{}
	for seed := uint64(0); seed < rankerBag; seed++ {
		for f, v := range trainOnce(examples, epochs, seed) {
			sum[f] += v / rankerBag
		}
	}
	avg := map[string]float64{}
	for f, v := range sum {
		if v != 0 {
			v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 8, 64), 64)
			avg[f] = v
		}
	}
	return newRanker(avg)
}

// passOrder fills order with the indexes of examples in the order of pass
// ep of the perceptron of seed (keys is scratch of the same length).
func passOrder(examples []Example, seed uint64, ep int, order []int, keys []uint64) {
	for i, ex := range examples {
		order[i] = i
		keys[i] = exampleKey(ex, seed, ep)
	}
	sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
}

// exampleKey is where ex stands in pass ep of the perceptron of seed: a
// hash (FNV-1a, fixed, so that training is the same everywhere) of the
// three.
func exampleKey(ex Example, seed uint64, ep int) uint64 {
	h := uint64(14695981039346656037)
	mix := func(b byte) { h = (h ^ uint64(b)) * 1099511628211 }
	for i := range 8 {
		mix(byte(seed >> (8 * i)))
		mix(byte(uint64(ep) >> (8 * i)))
	}
	for _, f := range ex.Feats {
		for i := 0; i < len(f); i++ {
			mix(f[i])
		}
		mix(0)
	}
	if ex.Right {
		mix(1)
	}
	return h
}

// rankerBag is how many perceptrons TrainRanker averages. With five, a
// change to one rule moved the blind-set scores of other kinds by up to
// 0.03 through the retrained weights alone; fifteen hold them steadier.
const rankerBag = 15

// trainOnce is one averaged perceptron, its examples shuffled by seed.
// Each pass orders the examples by a hash of the pass, the seed and the
// example's own features, not by a shuffle of their positions: one example
// more or less (a rule that proposes one more candidate) leaves the order
// of all the others as it was, so the weights move with what changed and
// not with a new order of everything.
func trainOnce(examples []Example, epochs int, seed uint64) map[string]float64 {
	w := map[string]float64{}
	total := map[string]float64{} // the sum of updates times the step they came at, for averaging
	order := make([]int, len(examples))
	keys := make([]uint64, len(examples))
	step := 1.0
	for ep := 0; ep < epochs; ep++ {
		passOrder(examples, seed, ep, order, keys)
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
		// Averaged weights: w - total/step (Daumé's trick).
		if a := v - total[f]/step; a != 0 {
			avg[f] = a
		}
	}
	return avg
}

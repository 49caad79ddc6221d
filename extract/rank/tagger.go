package rank

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/extract/wordclass"
)

// The tagger is the second learned part: a linear-chain model over a
// sentence's words (a structured perceptron) that tags each word as
// outside any name or as the beginning or inside of a project, an
// institute or an industry name (BIO). It finds names no rule proposes,
// from the words, their parts of speech, their neighbours and the rules'
// own mentions around them.

// tagKinds are the kinds the tagger names, in tag order: tag 1+2k begins a
// name of tagKinds[k], tag 2+2k continues it; tag 0 is outside.
var tagKinds = [...]extract.Kind{extract.KindProject, extract.KindInstitute, extract.KindIndustry}

const (
	numTags  = 1 + 2*len(tagKinds)
	tagStart = numTags  // the row of transitions from the start of a sentence
	tagPre   = "tag|"   // starts the names of the tagger's weights in a model file
	classPre = "class|" // starts a word's line in a model file: its class (wordclass)
)

// tagOf is the tag that begins (inside false) or continues a name of kind
// k, or -1.
func tagOf(k extract.Kind, inside bool) int {
	for i, tk := range tagKinds {
		if tk == k {
			if inside {
				return 2 + 2*i
			}
			return 1 + 2*i
		}
	}
	return -1
}

// allowedAfter reports whether tag t may follow tag prev (tagStart at the
// start): a tag inside a name follows its beginning or another inside tag
// of the same kind.
func allowedAfter(prev, t int) bool {
	if t == 0 || t%2 == 1 {
		return true
	}
	return prev != tagStart && prev != 0 && (prev+1)/2 == t/2
}

// predecessors lists, for every tag, the tags that may come before it.
var predecessors = func() (ps [numTags][]int) {
	for t := range ps {
		for p := 0; p < numTags; p++ {
			if allowedAfter(p, t) {
				ps[t] = append(ps[t], p)
			}
		}
	}
	return ps
}()

// tagRow is the weights of one feature for each tag.
type tagRow [numTags]float64

// Tagger is a trained sequence tagger; the zero Tagger (no weights) tags
// nothing.
type Tagger struct {
	rows  map[string]*tagRow // by feature name (Marshal)
	h     *rowTable
	trans [numTags + 1][numTags]float64
	cl    *wordclass.Classes // the word classes it was trained with, or nil
}

func (t *Tagger) empty() bool { return t == nil || len(t.rows) == 0 }

// rowTable maps feature keys to rows, as weightTable does weights, key and
// row side by side in float32 (a row fills about half a cache line).
//
// The features of parts of speech, a few dozen values, are not hashed:
// they sit in arrays by the number of the part of speech (posID).
type rowTable struct {
	seed  maphash.Seed
	tmpl  [numTmpl]uint64 // the key of each template, from which its features' keys are mixed
	slots []rowSlot
	mask  uint64

	bias     [numTags]float32
	wordIdx  map[uint64]int32 // by the hash of a word the model names (w, w-1, w+1): index into words
	words    []wordRows
	posID    map[string]int        // the parts of speech the model names, edges "^" and "$" among them
	posRows  [3][][numTags]float32 // p, p-1, p+1: by posID
	pairRows [2][][numTags]float32 // pp-, pp+: by posID of the first × len(posID) + of the second
}

// posTmpl reports the templates of parts of speech: one value (index into
// posRows) or a pair (into pairRows).
func posTmpl(t tmpl) (single, pair int) {
	switch t {
	case tP, tPm1, tPp1:
		return int(t - tP), -1
	case tPPm, tPPp:
		return -1, int(t - tPPm)
	}
	return -1, -1
}

// wordRows are the rows a word the model names, or a word with a class,
// brings to a sentence, summed at load: self is what its text, its last
// one and two characters and its class weigh where it stands (w, c1, c2,
// k), prev what it gives the word after it (w-1, k-1), next what it gives
// the word before it (w+1, k+1).
type wordRows struct{ self, prev, next tagRow }

type rowSlot struct {
	key uint64 // 0: empty
	row [numTags]float32
}

func newRowTable(rows map[string]*tagRow, cl *wordclass.Classes) *rowTable {
	n := 16
	for n < 2*len(rows) {
		n *= 2
	}
	t := &rowTable{seed: maphash.MakeSeed(), slots: make([]rowSlot, n), mask: uint64(n - 1)}
	for i, name := range tmplNames {
		t.tmpl[i] = maphash.String(t.seed, tagPre+name)
	}
	// Number the parts of speech in byte order, so that the tables do not
	// depend on the order of a map.
	t.posID = map[string]int{}
	var pos []string
	forPOS := func(f string, visit func(single, pair int, vals []string)) bool {
		name, v, ok := strings.Cut(strings.TrimPrefix(f, tagPre), "=")
		id := tmplID(name)
		if !ok || id < 0 {
			return false
		}
		single, pair := posTmpl(id)
		switch {
		case single >= 0:
			visit(single, -1, []string{v})
		case pair >= 0:
			a, b, ok := strings.Cut(v, pairSep)
			if !ok {
				return true // a broken name: no weight
			}
			visit(-1, pair, []string{a, b})
		default:
			return false
		}
		return true
	}
	seen := map[string]bool{}
	for f := range rows {
		forPOS(f, func(_, _ int, vals []string) {
			for _, v := range vals {
				if !seen[v] {
					seen[v] = true
					pos = append(pos, v)
				}
			}
		})
	}
	sort.Strings(pos)
	for i, p := range pos {
		t.posID[p] = i
	}
	np := len(pos)
	for i := range t.posRows {
		t.posRows[i] = make([][numTags]float32, np)
	}
	for i := range t.pairRows {
		t.pairRows[i] = make([][numTags]float32, np*np)
	}
	for f, r := range rows {
		if f == tagPre+tmplNames[tBias] {
			for j := range r {
				t.bias[j] += float32(r[j])
			}
			continue
		}
		if forPOS(f, func(single, pair int, vals []string) {
			var dst *[numTags]float32
			if single >= 0 {
				dst = &t.posRows[single][t.posID[vals[0]]]
			} else {
				dst = &t.pairRows[pair][t.posID[vals[0]]*np+t.posID[vals[1]]]
			}
			for j := range r {
				dst[j] += float32(r[j])
			}
		}) {
			continue
		}
		k, ok := t.keyOfName(f)
		if !ok {
			continue
		}
		i := k & t.mask
		for t.slots[i].key != 0 && t.slots[i].key != k {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = k
		for j := range r {
			t.slots[i].row[j] += float32(r[j])
		}
	}
	t.indexWords(rows, cl)
	return t
}

// indexWords sums the rows of every word the model names or cl classes
// (wordRows).
func (t *rowTable) indexWords(rows map[string]*tagRow, cl *wordclass.Classes) {
	seen := map[string]bool{}
	var vocab []string
	for f := range rows {
		name, v, ok := strings.Cut(strings.TrimPrefix(f, tagPre), "=")
		if id := tmplID(name); ok && (id == tW || id == tWm1 || id == tWp1) && !seen[v] {
			seen[v] = true
			vocab = append(vocab, v)
		}
	}
	if cl != nil {
		cl.Each(func(w string, _ int) {
			if v := featureValue(w); !seen[v] {
				seen[v] = true
				vocab = append(vocab, v)
			}
		})
	}
	sort.Strings(vocab)
	t.wordIdx = make(map[uint64]int32, len(vocab))
	t.words = make([]wordRows, 0, len(vocab))
	for _, v := range vocab {
		h := t.hash(v)
		if _, dup := t.wordIdx[h]; dup {
			continue
		}
		var wr wordRows
		add32(&wr.self, t.get(mix(t.tmpl[tW], h)))
		if v != "" {
			_, nl := utf8.DecodeLastRuneInString(v)
			add32(&wr.self, t.get(mix(t.tmpl[tC1], t.hash(v[len(v)-nl:]))))
			if len(v) > nl {
				_, nl2 := utf8.DecodeLastRuneInString(v[:len(v)-nl])
				add32(&wr.self, t.get(mix(t.tmpl[tC2], t.hash(v[len(v)-nl-nl2:]))))
			}
		}
		add32(&wr.prev, t.get(mix(t.tmpl[tWm1], h)))
		add32(&wr.next, t.get(mix(t.tmpl[tWp1], h)))
		if k := cl.Of(v); k >= 0 {
			kh := t.hash(strconv.Itoa(k))
			add32(&wr.self, t.get(mix(t.tmpl[tK], kh)))
			add32(&wr.prev, t.get(mix(t.tmpl[tKm1], kh)))
			add32(&wr.next, t.get(mix(t.tmpl[tKp1], kh)))
		}
		t.wordIdx[h] = int32(len(t.words))
		t.words = append(t.words, wr)
	}
}

// hash is the hash of a feature's value, made printable as training
// names it.
func (t *rowTable) hash(v string) uint64 { return maphash.String(t.seed, featureValue(v)) }

// featureValue is v as a feature's name holds it: made printable.
func featureValue(v string) string {
	if !plainFeature(v) {
		return printableString(v)
	}
	return v
}

// keyOfName is the key of a feature given by the name training gives it,
// as an emitter makes it at extraction.
func (t *rowTable) keyOfName(f string) (uint64, bool) {
	rest, ok := strings.CutPrefix(f, tagPre)
	if !ok {
		return 0, false
	}
	name, v, hasVal := strings.Cut(rest, "=")
	id := tmplID(name)
	if id < 0 {
		return 0, false
	}
	if !hasVal {
		return max(t.tmpl[id], 1), true
	}
	if tmplPair[id] {
		return 0, false // pairs are of parts of speech, in pairRows
	}
	return max(mix(t.tmpl[id], maphash.String(t.seed, v)), 1), true
}

func (t *rowTable) get(k uint64) *[numTags]float32 {
	k = max(k, 1)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == k || s.key == 0 {
			return &s.row // an empty slot's row is all zero
		}
	}
}

// mix combines a template's or a pair's key with a value's hash
// (splitmix64's finaliser).
func mix(a, b uint64) uint64 {
	z := a ^ (b + 0x9e3779b97f4a7c15 + a<<6 + a>>2)
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// A word's features name values of the words around it: its own text
// and part of speech and those of its neighbours (the sentence's edges
// are "^" and "$"), its last one and two characters, and the rules'
// marks on it. tagFeatures names them for training (nameSink); at
// extraction an emitter adds up the same weights without the names.

// sentence is the words of one sentence, tokens [lo, hi) of d.
type sentence struct {
	d      *extract.Doc
	lo, hi int
	cl     *wordclass.Classes // word classes (training), or nil
}

// edge is the value of word j outside the sentence ("^" before it, "$"
// after it), or "" inside it.
func (s *sentence) edge(j int) string {
	switch {
	case j < s.lo:
		return "^"
	case j >= s.hi:
		return "$"
	}
	return ""
}

// text and pos are word j's, or the edge's outside the sentence.
func (s *sentence) text(j int) string {
	if e := s.edge(j); e != "" {
		return e
	}
	return s.d.Tokens[j].Text
}

func (s *sentence) pos(j int) string {
	if e := s.edge(j); e != "" {
		return e
	}
	return s.d.Tokens[j].POS
}

// emitter adds up, for every word of a sentence, the rows of the
// features tagFeatures names (extraction), without making a name: each
// word's text is hashed and looked up once a sentence, in the table of
// the rows a word brings wherever it stands (wordRows), its part of
// speech read from arrays, and the rules' marks looked up once a document.
// TestTaggerDeterministicAndRoundTrip checks that it sums what the names
// weigh.
type emitter struct {
	t    *rowTable
	lo   int
	word []int32               // by word from lo-1 (the start edge) to hi (the end edge): index into t.words, or -1
	pid  []int                 // the same words' posID, -1 for a part of speech the model does not name
	rule [][]*[numTags]float32 // by kind of the rules' marks, by mark code: its row
}

// setDoc looks up the rows of the rules' marks of a document.
func (e *emitter) setDoc(rm *ruleMarks) {
	e.rule = e.rule[:0]
	for k := range rm.kinds {
		rows := make([]*[numTags]float32, 256)
		for _, c := range []byte(markCodes) {
			if l := rm.labels[k][c]; l != "" {
				rows[c] = e.t.get(mix(e.t.tmpl[tRule], e.t.hash(l)))
			}
		}
		e.rule = append(e.rule, rows)
	}
}

// emissions appends the score of every tag for every word of s to em.
func (e *emitter) emissions(s *sentence, rm *ruleMarks, em []tagRow) []tagRow {
	t := e.t
	e.lo = s.lo
	e.word, e.pid = e.word[:0], e.pid[:0]
	for j := s.lo - 1; j <= s.hi; j++ {
		w := int32(-1)
		if i, ok := t.wordIdx[t.hash(s.text(j))]; ok {
			w = i
		}
		e.word = append(e.word, w)
		id, ok := t.posID[s.pos(j)]
		if !ok {
			id = -1
		}
		e.pid = append(e.pid, id)
	}
	np := len(t.posID)
	for i := s.lo; i < s.hi; i++ {
		var sum tagRow
		add32(&sum, &t.bias)
		x := i - s.lo + 1 // word i in e.word and e.pid
		if w := e.word[x]; w >= 0 {
			add64(&sum, &t.words[w].self)
		} else if txt := s.d.Tokens[i].Text; txt != "" {
			// A word the model does not name: its last characters may.
			_, nl := utf8.DecodeLastRuneInString(txt)
			add32(&sum, t.get(mix(t.tmpl[tC1], t.hash(txt[len(txt)-nl:]))))
			if len(txt) > nl {
				_, nl2 := utf8.DecodeLastRuneInString(txt[:len(txt)-nl])
				add32(&sum, t.get(mix(t.tmpl[tC2], t.hash(txt[len(txt)-nl-nl2:]))))
			}
		}
		if w := e.word[x-1]; w >= 0 {
			add64(&sum, &t.words[w].prev)
		}
		if w := e.word[x+1]; w >= 0 {
			add64(&sum, &t.words[w].next)
		}
		pm, p, pp := e.pid[x-1], e.pid[x], e.pid[x+1]
		if p >= 0 {
			add32(&sum, &t.posRows[0][p])
		}
		if pm >= 0 {
			add32(&sum, &t.posRows[1][pm])
		}
		if pp >= 0 {
			add32(&sum, &t.posRows[2][pp])
		}
		if pm >= 0 && p >= 0 {
			add32(&sum, &t.pairRows[0][pm*np+p])
		}
		if p >= 0 && pp >= 0 {
			add32(&sum, &t.pairRows[1][p*np+pp])
		}
		for k, marks := range rm.marks {
			if c := marks[i]; c != 0 {
				if r := e.rule[k][c]; r != nil {
					add32(&sum, r)
				}
			}
		}
		em = append(em, sum)
	}
	return em
}

func add32(sum *tagRow, r *[numTags]float32) {
	for j := range r {
		sum[j] += float64(r[j])
	}
}

func add64(sum *tagRow, r *tagRow) {
	for j := range r {
		sum[j] += r[j]
	}
}

// nameSink keeps the features by name (training).
type nameSink struct {
	s   *sentence
	buf []byte
	out []string
}

func (n *nameSink) start(t tmpl) {
	n.buf = append(append(n.buf[:0], tagPre...), tmplNames[t]...)
}

func (n *nameSink) appendVal(v string) {
	for _, r := range v {
		n.buf = utf8AppendPrintable(n.buf, r)
	}
}

func (n *nameSink) one(t tmpl) {
	n.start(t)
	n.out = append(n.out, string(n.buf))
}

func (n *nameSink) str(t tmpl, v string) {
	n.start(t)
	n.buf = append(n.buf, '=')
	n.appendVal(v)
	n.out = append(n.out, string(n.buf))
}

func (n *nameSink) word(t tmpl, j int) { n.str(t, n.s.text(j)) }
func (n *nameSink) pos(t tmpl, j int)  { n.str(t, n.s.pos(j)) }

func (n *nameSink) posPair(t tmpl, a, b int) {
	n.start(t)
	n.buf = append(n.buf, '=')
	n.appendVal(n.s.pos(a))
	n.buf = append(n.buf, pairSep...)
	n.appendVal(n.s.pos(b))
	n.out = append(n.out, string(n.buf))
}

// printableString is s made printable (see printable).
func printableString(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8AppendPrintable(b, r)
	}
	return string(b)
}

// pairSep joins the two values of a pair feature in its name.
const pairSep = "␞"

// tmpl is a feature template of the tagger's.
type tmpl int

const (
	tBias tmpl = iota
	tW
	tWm1
	tWp1
	tP
	tPm1
	tPp1
	tPPm
	tPPp
	tC1
	tC2
	tRule
	tK
	tKm1
	tKp1
	numTmpl
)

// tmplNames name the templates in a model file.
var tmplNames = [numTmpl]string{"bias", "w", "w-1", "w+1", "p", "p-1", "p+1", "pp-", "pp+", "c1", "c2", "r", "k", "k-1", "k+1"}

// tmplPair marks the templates of two values.
var tmplPair = [numTmpl]bool{tPPm: true, tPPp: true}

func tmplID(name string) tmpl {
	for i, n := range tmplNames {
		if n == name {
			return tmpl(i)
		}
	}
	return -1
}

// ruleMarks says, for every token and every kind the rules report, where
// the token sits in the longest rules' mention over it: 'B'egins it,
// 'I'nside, 'E'nds it, 'S' is all of it; 0 for none. A mention only the
// ranker may take marks in lower case.
type ruleMarks struct {
	kinds  []extract.Kind
	labels []*[256]string // by kind: a mark's feature value, "project:B"
	marks  [][]byte       // by kind, by token
}

// any reports whether a rules' candidate project or industry covers a
// token of [lo, hi). The tagger reads only such sentences: on the gold set
// it found next to nothing elsewhere (cross-validated F1 the same), and
// reading the others costs time.
func (rm *ruleMarks) any(lo, hi int) bool {
	for k, marks := range rm.marks {
		if rm.kinds[k] != extract.KindProject && rm.kinds[k] != extract.KindIndustry {
			continue
		}
		for _, c := range marks[lo:hi] {
			if c != 0 {
				return true
			}
		}
	}
	return false
}

// markCodes are the marks a token may have.
const markCodes = "BIESbies"

func markRules(d *extract.Doc, found extract.Found) ruleMarks {
	var rm ruleMarks
	for _, km := range found {
		if len(km.Mentions) == 0 {
			continue
		}
		marks := make([]byte, len(d.Tokens))
		span := make([]int32, len(d.Tokens)) // the length of the mention marked
		for _, m := range km.Mentions {
			if m.Norm.End <= m.Norm.Start || m.Via == extract.ViaListMate {
				continue // a list's other items are for the ranker alone
			}
			i0 := segment.TokenIndexAt(d.Tokens, m.Norm.Start)
			i1 := segment.TokenIndexAt(d.Tokens, m.Norm.End-1)
			if i0 >= len(d.Tokens) || i1 >= len(d.Tokens) {
				continue
			}
			n := int32(m.Norm.Len())
			only := m.Via == "untriggered" || m.Via == "rejected" || m.Filtered()
			for i := i0; i <= i1; i++ {
				if span[i] >= n {
					continue
				}
				span[i] = n
				var c byte
				switch {
				case i0 == i1:
					c = 'S'
				case i == i0:
					c = 'B'
				case i == i1:
					c = 'E'
				default:
					c = 'I'
				}
				if only {
					c += 'a' - 'A'
				}
				marks[i] = c
			}
		}
		labels := new([256]string)
		for _, c := range []byte(markCodes) {
			labels[c] = string(km.Kind) + ":" + string(rune(c))
		}
		rm.kinds = append(rm.kinds, km.Kind)
		rm.labels = append(rm.labels, labels)
		rm.marks = append(rm.marks, marks)
	}
	return rm
}

// tagFeatures describes word i of sentence s to fs. (Word pairs and
// words two away, first characters, classes and lengths were tried as well
// and left out: cross-validation scored them no better, and each costs a
// look-up a word.)
func tagFeatures(s *sentence, rm *ruleMarks, i int, fs *nameSink) {
	fs.one(tBias)
	fs.word(tW, i)
	fs.word(tWm1, i-1)
	fs.word(tWp1, i+1)
	fs.pos(tP, i)
	fs.pos(tPm1, i-1)
	fs.pos(tPp1, i+1)
	fs.posPair(tPPm, i-1, i)
	fs.posPair(tPPp, i, i+1)
	if w := s.d.Tokens[i].Text; w != "" {
		_, nl := utf8.DecodeLastRuneInString(w)
		fs.str(tC1, w[len(w)-nl:])
		if len(w) > nl {
			_, nl2 := utf8.DecodeLastRuneInString(w[:len(w)-nl])
			fs.str(tC2, w[len(w)-nl-nl2:])
		}
	}
	for k, marks := range rm.marks {
		if c := marks[i]; c != 0 {
			fs.str(tRule, rm.labels[k][c])
		}
	}
	if s.cl != nil {
		// The classes of the word and its neighbours (none at an edge).
		for _, f := range [...]struct {
			t tmpl
			j int
		}{{tK, i}, {tKm1, i - 1}, {tKp1, i + 1}} {
			if s.edge(f.j) == "" {
				if k := s.cl.Of(s.d.Tokens[f.j].Text); k >= 0 {
					fs.str(f.t, strconv.Itoa(k))
				}
			}
		}
	}
}

// sentenceTokens calls visit with the token range of every sentence.
// A sentence longer than maxTagWords words is read in pieces of that many
// (the last one shorter), so that the tagger's tables stay small on a text
// without a full stop.
func sentenceTokens(d *extract.Doc, visit func(lo, hi int)) {
	i := 0
	for _, s := range d.Sentences {
		for i < len(d.Tokens) && d.Tokens[i].Start < s.Start {
			i++
		}
		lo := i
		for i < len(d.Tokens) && d.Tokens[i].Start < s.End {
			i++
		}
		for a := lo; a < i; a += maxTagWords {
			visit(a, min(i, a+maxTagWords))
		}
	}
}

// maxTagWords is the longest piece of a sentence the tagger reads at once.
const maxTagWords = 1000

// Tag finds the names of d the tagger sees, in text order (found is the
// rules' mentions, which it reads as features). Each has Via "tagger".
func (t *Tagger) Tag(d *extract.Doc, found extract.Found) extract.Found {
	if t.empty() {
		return nil
	}
	rm := markRules(d, found)
	e := &emitter{t: t.h}
	e.setDoc(&rm)
	var em []tagRow
	var vb viterbiBuf
	var out extract.Found
	for _, k := range tagKinds {
		out = append(out, extract.KindMentions{Kind: k})
	}
	sentenceTokens(d, func(lo, hi int) {
		if !rm.any(lo, hi) {
			return
		}
		s := sentence{d: d, lo: lo, hi: hi}
		em = e.emissions(&s, &rm, em[:0])
		path := vb.viterbi(em, &t.trans, nil)
		spansOf(path, func(k, a, b int) {
			m := d.Mention(tagKinds[k], textmap.Span{Start: d.Tokens[lo+a].Start, End: d.Tokens[lo+b-1].End})
			m.Via = "tagger"
			out[k].Mentions = append(out[k].Mentions, m)
		})
	})
	return out
}

// spansOf calls visit with the kind index and token range [a, b) of every
// name a tag path holds.
func spansOf(path []int, visit func(k, a, b int)) {
	for i := 0; i < len(path); {
		t := path[i]
		if t == 0 || t%2 == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(path) && path[j] == t+1 {
			j++
		}
		visit((t-1)/2, i, j)
		i = j
	}
}

// viterbi is the best tag path for emission scores em and transitions
// trans; allowed, when not nil, limits each position to the tags whose bit
// it sets.
func viterbi(em []tagRow, trans *[numTags + 1][numTags]float64, allowed []uint16) []int {
	var b viterbiBuf
	return b.viterbi(em, trans, allowed)
}

// viterbiBuf keeps viterbi's tables from one sentence to the next.
type viterbiBuf struct {
	score []tagRow
	back  [][numTags]int8
	path  []int
}

func (vb *viterbiBuf) viterbi(em []tagRow, trans *[numTags + 1][numTags]float64, allowed []uint16) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	if allowed == nil {
		return vb.free(em, trans)
	}
	score, back := vb.grow(n)
	const neg = -1e300
	for t := 0; t < numTags; t++ {
		score[0][t] = neg
		if allowedAfter(tagStart, t) && allowed[0]&(1<<t) != 0 {
			score[0][t] = em[0][t] + trans[tagStart][t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < numTags; t++ {
			best, arg := neg, 0
			if allowed[i]&(1<<t) != 0 {
				prev := &score[i-1]
				for _, p := range predecessors[t] {
					if s := prev[p] + trans[p][t]; s > best && prev[p] > neg {
						best, arg = s, p
					}
				}
			}
			if best > neg {
				best += em[i][t]
			}
			score[i][t], back[i][t] = best, int8(arg)
		}
	}
	return vb.backtrack(n)
}

// grow sizes the score and back-pointer tables for n words.
func (vb *viterbiBuf) grow(n int) ([]tagRow, [][numTags]int8) {
	vb.score = slices.Grow(vb.score[:0], n)[:n]
	vb.back = slices.Grow(vb.back[:0], n)[:n]
	return vb.score, vb.back
}

// backtrack is the path to the best-scoring tag of the last of n words.
func (vb *viterbiBuf) backtrack(n int) []int {
	const neg = -1e300
	best, arg := neg, 0
	for t := 0; t < numTags; t++ {
		if vb.score[n-1][t] > best {
			best, arg = vb.score[n-1][t], t
		}
	}
	vb.path = slices.Grow(vb.path[:0], n)[:n]
	path := vb.path
	path[n-1] = arg
	for i := n - 1; i > 0; i-- {
		path[i-1] = int(vb.back[i][path[i]])
	}
	return path
}

// free is viterbi with every tag allowed everywhere (extraction), the
// same path found with fewer tests: after the first word every tag's
// score is finite, an inside tag has two predecessors and any other tag
// all of them, taken in the same order with the same ties.
func (vb *viterbiBuf) free(em []tagRow, trans *[numTags + 1][numTags]float64) []int {
	n := len(em)
	score, back := vb.grow(n)
	const neg = -1e300
	for t := 0; t < numTags; t++ {
		score[0][t] = neg
		if allowedAfter(tagStart, t) {
			score[0][t] = em[0][t] + trans[tagStart][t]
		}
	}
	for i := 1; i < n; i++ {
		prev, cur, e, bk := &score[i-1], &score[i], &em[i], &back[i]
		for t := 0; t < numTags; t++ {
			var best float64
			var arg int
			if t != 0 && t%2 == 0 { // inside a name: after its beginning or itself
				best, arg = prev[t-1]+trans[t-1][t], t-1
				if s := prev[t] + trans[t][t]; s > best {
					best, arg = s, t
				}
			} else {
				best, arg = prev[0]+trans[0][t], 0
				for p := 1; p < numTags; p++ {
					if s := prev[p] + trans[p][t]; s > best {
						best, arg = s, p
					}
				}
			}
			cur[t], bk[t] = best+e[t], int8(arg)
		}
	}
	return vb.backtrack(n)
}

// TagSentence is a sentence for training the tagger: each word's features
// and the tags it may have (a bit per tag; a word of an optional name may
// have two or three).
type TagSentence struct {
	Feats   [][]string
	Allowed []uint16
}

// TagSentences describes the sentences of d for training: tags(i) gives
// the tags token i may have.
func TagSentences(d *extract.Doc, found extract.Found, cl *wordclass.Classes, tags func(i int) uint16) []TagSentence {
	rm := markRules(d, found)
	sink := &nameSink{}
	var out []TagSentence
	sentenceTokens(d, func(lo, hi int) {
		var s TagSentence
		sink.s = &sentence{d: d, lo: lo, hi: hi, cl: cl}
		for i := lo; i < hi; i++ {
			tagFeatures(sink.s, &rm, i, sink)
			s.Feats = append(s.Feats, sink.out)
			sink.out = nil
			s.Allowed = append(s.Allowed, tags(i))
		}
		out = append(out, s)
	})
	return out
}

// TagBit is the bit of TagSentence.Allowed for the tag that begins
// (inside false) or continues a name of kind k; kind "" is outside.
func TagBit(k extract.Kind, inside bool) uint16 {
	if k == "" {
		return 1
	}
	t := tagOf(k, inside)
	if t < 0 {
		return 0
	}
	return 1 << t
}

// minFeatureCount is how often a feature must occur in training.
const minFeatureCount = 2

// TrainTagger trains a tagger on sentences with the averaged structured
// perceptron: epochs passes in an order shuffled by a fixed seed. The gold
// path of a sentence is the best one its Allowed tags leave. cl are the
// word classes the sentences were described with (TagSentences), or nil:
// the tagger keeps them, to read words by at extraction.
func TrainTagger(sents []TagSentence, epochs int, cl *wordclass.Classes) *Tagger {
	// A feature seen fewer than minFeatureCount times is left out: it
	// could only learn the words of one name, and a model of them all
	// would be several times as large (and slow to look up).
	count := map[string]int{}
	for _, s := range sents {
		for _, fs := range s.Feats {
			for _, f := range fs {
				count[f]++
			}
		}
	}
	minCount := minFeatureCount
	ids := map[string]int{}
	var names []string
	enc := make([][][]int32, len(sents))
	for si, s := range sents {
		enc[si] = make([][]int32, len(s.Feats))
		for i, fs := range s.Feats {
			row := make([]int32, 0, len(fs))
			for _, f := range fs {
				if count[f] < minCount {
					continue
				}
				id, ok := ids[f]
				if !ok {
					id = len(names)
					ids[f] = id
					names = append(names, f)
				}
				row = append(row, int32(id))
			}
			enc[si][i] = row
		}
	}
	bags := tagBags
	w := make([]tagRow, len(names))
	var tr [numTags + 1][numTags]float64
	for seed := 0; seed < bags; seed++ {
		bw, btr := trainTaggerOnce(sents, enc, len(names), epochs, uint64(seed))
		for id := range w {
			for j := range w[id] {
				w[id][j] += bw[id][j] / float64(bags)
			}
		}
		for p := range tr {
			for j := range tr[p] {
				tr[p][j] += btr[p][j] / float64(bags)
			}
		}
	}
	t := &Tagger{rows: map[string]*tagRow{}, cl: cl}
	for id, f := range names {
		var r tagRow
		nz := false
		for j := range r {
			r[j] = round8(w[id][j])
			nz = nz || r[j] != 0
		}
		if nz {
			t.rows[f] = &r
		}
	}
	for p := range tr {
		for j := range tr[p] {
			t.trans[p][j] = round8(tr[p][j])
		}
	}
	t.h = newRowTable(t.rows, cl)
	return t
}

// tagBags is how many perceptrons TrainTagger averages, each over its
// own order of the sentences (as rankerBag, for steadier weights).
const tagBags = 5

// trainTaggerOnce is one averaged structured perceptron over sents (their
// features by number in enc), the sentences shuffled by seed.
func trainTaggerOnce(sents []TagSentence, enc [][][]int32, nfeat, epochs int, seed uint64) ([]tagRow, [numTags + 1][numTags]float64) {
	w := make([]tagRow, nfeat)
	tot := make([]tagRow, nfeat)
	var tr, trTot [numTags + 1][numTags]float64
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(20261206, 77+seed))
	step := 1.0
	var em []tagRow
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := sents[si]
			em = em[:0]
			for _, row := range enc[si] {
				var e tagRow
				for _, id := range row {
					for t := range e {
						e[t] += w[id][t]
					}
				}
				em = append(em, e)
			}
			pred := viterbi(em, &tr, nil)
			gold := viterbi(em, &tr, s.Allowed)
			for i := range pred {
				gp, pp := tagStart, tagStart
				if i > 0 {
					gp, pp = gold[i-1], pred[i-1]
				}
				if gold[i] == pred[i] && gp == pp {
					continue
				}
				tr[gp][gold[i]]++
				trTot[gp][gold[i]] += step
				tr[pp][pred[i]]--
				trTot[pp][pred[i]] -= step
				if gold[i] == pred[i] {
					continue
				}
				for _, id := range enc[si][i] {
					w[id][gold[i]]++
					tot[id][gold[i]] += step
					w[id][pred[i]]--
					tot[id][pred[i]] -= step
				}
			}
			step++
		}
	}
	for id := range w {
		for j := range w[id] {
			w[id][j] -= tot[id][j] / step
		}
	}
	for p := range tr {
		for j := range tr[p] {
			tr[p][j] -= trTot[p][j] / step
		}
	}
	return w, tr
}

// round8 rounds v to the 8 significant digits a model file keeps, so that
// a trained model and the one read back from its file are the same.
func round8(v float64) float64 {
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 8, 64), 64)
	return v
}

// tagWeights lists the tagger's weights as single weights named as the
// model file names them: "tag|<feature>#<tag>", and "tag|trans=<from>><to>".
func (t *Tagger) tagWeights(add func(name string, v float64)) {
	if t.empty() {
		return
	}
	for f, r := range t.rows {
		for j, v := range r {
			if v != 0 {
				add(f+"#"+strconv.Itoa(j), v)
			}
		}
	}
	for p := range t.trans {
		for j, v := range t.trans[p] {
			if v != 0 {
				add(tagPre+"trans="+strconv.Itoa(p)+">"+strconv.Itoa(j), v)
			}
		}
	}
	if t.cl != nil {
		t.cl.Each(func(w string, k int) { add(classPre+featureValue(w), float64(k)) })
	}
}

// checkTagWeight says what is wrong with the name of a tagger's weight in a
// model file ("" when nothing is, or when it is not the tagger's): a
// template this version does not have, a tag out of range, a pair without
// its two values.
func checkTagWeight(f string) string {
	rest, ok := strings.CutPrefix(f, tagPre)
	if !ok {
		return ""
	}
	if tr, ok := strings.CutPrefix(rest, "trans="); ok {
		a, b, _ := strings.Cut(tr, ">")
		p, err1 := strconv.Atoi(a)
		j, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || p < 0 || p > numTags || j < 0 || j >= numTags {
			return fmt.Sprintf("tagger transition %q: want two tags, 0 to %d then 0 to %d", tr, numTags, numTags-1)
		}
		return ""
	}
	k := strings.LastIndexByte(rest, '#')
	if k < 0 {
		return fmt.Sprintf("tagger weight %q has no #tag", f)
	}
	if j, err := strconv.Atoi(rest[k+1:]); err != nil || j < 0 || j >= numTags {
		return fmt.Sprintf("tagger weight %q: tag %q is not 0 to %d", f, rest[k+1:], numTags-1)
	}
	tname, v, hasVal := strings.Cut(rest[:k], "=")
	id := tmplID(tname)
	if id < 0 {
		return fmt.Sprintf("tagger weight %q: no feature template %q in this version", f, tname)
	}
	if hasVal && tmplPair[id] && !strings.Contains(v, pairSep) {
		return fmt.Sprintf("tagger weight %q: want two values joined by %s", f, pairSep)
	}
	return ""
}

// splitTagger takes the tagger's weights and word classes out of a
// model's weights.
func splitTagger(w map[string]float64) *Tagger {
	t := &Tagger{rows: map[string]*tagRow{}}
	classes := map[string]int{}
	for name, v := range w {
		if word, ok := strings.CutPrefix(name, classPre); ok {
			delete(w, name)
			classes[word] = int(v)
			continue
		}
		if !strings.HasPrefix(name, tagPre) {
			continue
		}
		delete(w, name)
		if tr, ok := strings.CutPrefix(name, tagPre+"trans="); ok {
			a, b, _ := strings.Cut(tr, ">")
			p, err1 := strconv.Atoi(a)
			j, err2 := strconv.Atoi(b)
			if err1 == nil && err2 == nil && p >= 0 && p <= numTags && j >= 0 && j < numTags {
				t.trans[p][j] = v
			}
			continue
		}
		k := strings.LastIndexByte(name, '#')
		if k < 0 {
			continue
		}
		j, err := strconv.Atoi(name[k+1:])
		if err != nil || j < 0 || j >= numTags {
			continue
		}
		r := t.rows[name[:k]]
		if r == nil {
			r = new(tagRow)
			t.rows[name[:k]] = r
		}
		r[j] = v
	}
	if len(t.rows) == 0 {
		return nil
	}
	if len(classes) > 0 {
		t.cl = wordclass.FromMap(classes)
	}
	t.h = newRowTable(t.rows, t.cl)
	return t
}

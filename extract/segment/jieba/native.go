package jieba

/*
#cgo LDFLAGS: -lm
#include <math.h>

// logs replaces every x[i] by log(x[i] / sum), in one call from Go.
static void logs(double *x, long n, double sum) {
	for (long i = 0; i < n; i++) x[i] = log(x[i] / sum);
}
*/
import "C"

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Native is cppjieba's mixed segmenter (the one behind gojieba's Cut and
// Tag) written in Go over the same dictionaries: a trie of the main and
// user dictionaries, the maximum-probability route through every word it
// finds, and the hidden Markov model over stretches the route leaves as
// single characters. It gives exactly gojieba's Tag (TestNativeMatchesGojieba
// compares them on the sample corpus, the gold texts and random text), but
// costs no C call and no string per word, keeps its trie in flat arrays,
// and scales across goroutines without sharing anything mutable.
//
// The only C it calls is the C library's log, while loading (one call for
// the whole dictionary): word weights are logarithms of frequencies, and
// the route depends on comparing their sums, so they must be the very
// doubles cppjieba computes, which Go's math.Log does not promise.
type Native struct {
	root     []int32          // node of each first code point below 0x10000; 0 = none
	rootHi   map[rune]int32   // the same above
	nodes    []trieNode       // grouped by parent: the children of a node are adjacent
	label    []rune           // the code point leading into each node
	single   *textmap.RuneSet // one-code-point words of the user dictionaries, below 0x10000
	singleHi map[rune]bool    // and above
	minW     float64          // weight of a code point that starts no word
	hmm      hmmModel
	tagList  []string
	scratch  sync.Pool // *nativeScratch
}

// trieNode is 16 bytes, and holds the weight of the word ending there
// itself: the route reads one node per step.
type trieNode struct {
	first  int32   // index of the first child
	n      uint16  // number of children, sorted by label
	tag    uint8   // index into tagList when word; 0 is "" (no tag)
	word   bool    // a dictionary word ends here (the last line of a word wins)
	weight float64 // its log probability
}

type dictUnit struct {
	weight float64
	tag    uint8 // index into tagList; 0 is "" (no tag)
}

// HMM states, numbered as cppjieba numbers them: E and S end a word.
const (
	stB = iota
	stE
	stM
	stS
	nStates
)

// minDouble is cppjieba's MIN_DOUBLE, the log probability of the impossible.
const minDouble = -3.14e+100

type hmmModel struct {
	start   [nStates]float64
	trans   [nStates][nStates]float64
	emitIdx []int32 // by code point below 0x10000, index into emit; 0 = unseen
	emitHi  map[rune]int32
	emit    [][nStates]float64
}

// NewNative loads the embedded dictionaries and the user dictionaries
// named in opts (checked as NewJieba checks them). It needs no cache folder.
func NewNative(opts Options) (*Native, error) {
	user, err := userDicts(opts.UserDicts)
	if err != nil {
		return nil, err
	}
	s := &Native{tagList: []string{""}, single: new(textmap.RuneSet), singleHi: map[rune]bool{}}
	if err := s.hmm.load(hmmModelText); err != nil {
		return nil, err
	}
	if err := s.load(mainDictText, user.String()); err != nil {
		return nil, err
	}
	s.scratch.New = func() any { return new(nativeScratch) }
	return s, nil
}

// userDicts is the project's dictionaries (divisions, then the domain's)
// followed by the user's files, each checked line by line.
func userDicts(paths []string) (*bytes.Buffer, error) {
	user := bytes.NewBuffer(nil)
	if err := appendDict(user, "divisions.dict", divisionsDict); err != nil {
		return nil, err
	}
	if err := appendDict(user, "domain.dict", domainDict); err != nil {
		return nil, err
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrUserDict, err)
		}
		if err := appendDict(user, p, b); err != nil {
			return nil, err
		}
	}
	return user, nil
}

func clog(x float64) float64 { return float64(C.log(C.double(x))) }

// entry is a dictionary line on its way into the trie.
type entry struct {
	word string
	unit dictUnit
}

// load builds the trie as cppjieba's DictTrie does: main-dictionary
// frequencies become log(freq/sum); user words without a frequency get
// the median main weight; a later line for the same word replaces the
// earlier one.
func (s *Native) load(mainDict, user string) error {
	tags := map[string]uint8{"": 0}
	tagOf := func(t string) (uint8, error) {
		if k, ok := tags[t]; ok {
			return k, nil
		}
		if len(s.tagList) > 255 {
			return 0, fmt.Errorf("%w: more than 255 part-of-speech tags", ErrUserDict)
		}
		k := uint8(len(s.tagList))
		tags[t] = k
		s.tagList = append(s.tagList, t)
		return k, nil
	}
	entries := make([]entry, 0, 1<<19)
	freqs := make([]float64, 0, 1<<19)
	for n, line := range lines(mainDict) {
		word, rest, ok1 := strings.Cut(line, " ")
		f, tag, ok2 := strings.Cut(rest, " ")
		if !ok1 || !ok2 || strings.Contains(tag, " ") {
			return fmt.Errorf("embedded dictionary line %d: want 3 fields", n+1)
		}
		freq, err := parseFreq(f)
		if err != nil || freq <= 0 {
			return fmt.Errorf("embedded dictionary line %d: bad frequency %q", n+1, f)
		}
		k, err := tagOf(tag)
		if err != nil {
			return err
		}
		entries = append(entries, entry{word: word, unit: dictUnit{tag: k}})
		freqs = append(freqs, freq)
	}
	if len(entries) == 0 {
		return fmt.Errorf("embedded dictionary is empty")
	}
	sum := 0.0
	for _, f := range freqs {
		sum += f
	}
	C.logs((*C.double)(&freqs[0]), C.long(len(freqs)), C.double(sum))
	for i, w := range freqs {
		entries[i].unit.weight = w
	}
	s.minW = slices.Min(freqs)
	median := kth(freqs, len(freqs)/2) // cppjieba's: the middle of the sorted weights
	for _, line := range lines(user) {
		f := strings.Split(line, " ") // a few lines
		e := entry{word: f[0], unit: dictUnit{weight: median}}
		var err error
		switch len(f) {
		case 2:
			e.unit.tag, err = tagOf(f[1])
		case 3:
			freq, _ := strconv.Atoi(f[1]) // checked by appendDict
			e.unit.weight = clog(1.0 * float64(freq) / sum)
			e.unit.tag, err = tagOf(f[2])
		}
		if err != nil {
			return err
		}
		if utf8.RuneCountInString(e.word) == 1 {
			if r, _ := utf8.DecodeRuneInString(e.word); r < 0x10000 {
				s.single.Add(r)
			} else {
				s.singleHi[r] = true
			}
		}
		entries = append(entries, e)
	}
	return s.build(entries)
}

// parseFreq reads a dictionary frequency: a whole number, as all of
// jieba's are, without strconv's general path (a tenth of the load), or
// else any number strconv reads. Both give the same double.
func parseFreq(f string) (float64, error) {
	if len(f) == 0 || len(f) > 15 {
		return strconv.ParseFloat(f, 64)
	}
	n := 0
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c < '0' || c > '9' {
			return strconv.ParseFloat(f, 64)
		}
		n = n*10 + int(c-'0')
	}
	return float64(n), nil
}

// kth is the value xs would hold at index k if sorted (quickselect; it
// reorders xs). It takes a few milliseconds where sorting the dictionary's
// weights took ten.
func kth(xs []float64, k int) float64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		// Median of three as pivot, then Hoare's partition.
		mid := lo + (hi-lo)/2
		a, b, c := xs[lo], xs[mid], xs[hi]
		p := max(min(a, b), min(max(a, b), c))
		i, j := lo, hi
		for i <= j {
			for xs[i] < p {
				i++
			}
			for xs[j] > p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}

// lines yields the non-empty lines of s, without their line feeds.
func lines(s string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		n := 0
		for len(s) > 0 {
			line := s
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i], s[i+1:]
			} else {
				s = ""
			}
			line = strings.TrimSuffix(line, "\r")
			if line != "" && !yield(n, line) {
				return
			}
			n++
		}
	}
}

// build lays the trie out in flat arrays, the children of every node
// adjacent and sorted by code point. It sorts the words (bucketed by their
// first code point, so each sort is small), creates the nodes depth first
// along the sorted words, and then numbers them grouped by parent.
func (s *Native) build(entries []entry) error {
	// Bucket the entries by first code point (one bucket for all beyond
	// U+FFFF), then sort each bucket by word; a stable sort keeps equal
	// words in line order, so the last line of a word comes last and wins.
	const hiBucket = 0x10000
	bucketOf := func(w string) int {
		r, _ := utf8.DecodeRuneInString(w)
		if r < 0 || r >= 0x10000 {
			return hiBucket
		}
		return int(r)
	}
	start := make([]int32, hiBucket+2)
	for _, e := range entries {
		if e.word != "" {
			start[bucketOf(e.word)+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	order := make([]int32, start[len(start)-1])
	fill := slices.Clone(start)
	for i, e := range entries {
		if e.word != "" {
			b := bucketOf(e.word)
			order[fill[b]] = int32(i)
			fill[b]++
		}
	}
	for b := 0; b+1 < len(start); b++ {
		if start[b+1]-start[b] > 1 {
			slices.SortStableFunc(order[start[b]:start[b+1]], func(x, y int32) int {
				return strings.Compare(entries[x].word, entries[y].word)
			})
		}
	}
	// Nodes depth first: each word shares the nodes of its common prefix
	// with the word before it.
	parent := make([]int32, 1, len(entries)*3/2)
	label := make([]rune, 1, len(entries)*3/2)
	unit := make([]int32, 1, len(entries)*3/2)
	parent[0], unit[0] = -1, -1
	stack := []int32{0}  // the nodes of the previous word's prefixes
	var prev, cur []rune // the previous word, and this one
	for _, i := range order {
		cur = cur[:0]
		for _, r := range entries[i].word {
			cur = append(cur, r)
		}
		common := 0
		for common < len(cur) && common < len(prev) && cur[common] == prev[common] {
			common++
		}
		stack = stack[:common+1]
		for _, r := range cur[common:] {
			parent = append(parent, stack[len(stack)-1])
			label = append(label, r)
			unit = append(unit, -1)
			stack = append(stack, int32(len(parent)-1))
		}
		unit[stack[len(stack)-1]] = i
		prev, cur = cur, prev
	}
	// Number the nodes grouped by parent: a parent's children were made in
	// order of their code points, so each group is sorted.
	n := len(parent)
	count := make([]int32, n)
	for c := 1; c < n; c++ {
		count[parent[c]]++
	}
	first := make([]int32, n) // where each node's children start
	next := int32(1)
	for p := 0; p < n; p++ {
		first[p] = next
		next += count[p]
	}
	newID := make([]int32, n)
	slot := slices.Clone(first)
	for c := 1; c < n; c++ {
		newID[c] = slot[parent[c]]
		slot[parent[c]]++
	}
	s.nodes = make([]trieNode, n)
	s.label = make([]rune, n)
	for old := 0; old < n; old++ {
		if count[old] > math.MaxUint16 && old > 0 {
			return fmt.Errorf("dictionary: %d words continue one prefix, more than the trie holds", count[old])
		}
		nd := trieNode{first: first[old], n: uint16(min(count[old], math.MaxUint16))}
		if u := unit[old]; u >= 0 {
			nd.word, nd.tag, nd.weight = true, entries[u].unit.tag, entries[u].unit.weight
		}
		s.nodes[newID[old]] = nd
		s.label[newID[old]] = label[old]
	}
	s.root = make([]int32, 0x10000)
	s.rootHi = map[rune]int32{}
	for i := first[0]; i < first[0]+count[0]; i++ {
		if c := s.label[i]; c < 0x10000 {
			s.root[c] = i
		} else {
			s.rootHi[c] = i
		}
	}
	return nil
}

// Close does nothing: a Native holds only Go memory. It lets Native stand
// where a Jieba, which must be closed, stands.
func (s *Native) Close() {}

// rootChild is the node for a word's first code point, or 0.
func (s *Native) rootChild(r rune) int32 {
	if r >= 0 && r < 0x10000 {
		return s.root[r]
	}
	return s.rootHi[r]
}

// childOf is the child of node labelled r, or 0.
func (s *Native) childOf(node int32, r rune) int32 {
	nd := &s.nodes[node]
	lo, n := nd.first, int32(nd.n)
	lab := s.label
	for n > 8 { // binary search down to a few, then a scan
		half := n >> 1
		if lab[lo+half] <= r {
			lo += half
			n -= half
		} else {
			n = half
		}
	}
	for end := lo + n; lo < end; lo++ {
		if c := lab[lo]; c >= r {
			if c == r {
				return lo
			}
			return 0
		}
	}
	return 0
}

// isSingle reports whether r is a one-code-point user word.
func (s *Native) isSingle(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.single.Has(r)
	}
	return s.singleHi[r]
}

// find is the node of a whole dictionary word, or -1.
func (s *Native) find(rs []rune) int32 {
	if len(rs) == 0 {
		return -1
	}
	n := s.rootChild(rs[0])
	for _, r := range rs[1:] {
		if n == 0 {
			return -1
		}
		n = s.childOf(n, r)
	}
	if n == 0 || !s.nodes[n].word {
		return -1
	}
	return n
}

func (m *hmmModel) load(text string) error {
	var rows []string
	for _, line := range lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, line)
	}
	if len(rows) != 1+nStates+nStates {
		return fmt.Errorf("embedded HMM model: want %d rows, got %d", 1+2*nStates, len(rows))
	}
	probs := func(row string, out []float64) error {
		f := strings.Split(row, " ")
		if len(f) != nStates {
			return fmt.Errorf("embedded HMM model: want %d numbers in %q", nStates, row)
		}
		for i, x := range f {
			v, err := strconv.ParseFloat(x, 64)
			if err != nil {
				return fmt.Errorf("embedded HMM model: %v", err)
			}
			out[i] = v
		}
		return nil
	}
	if err := probs(rows[0], m.start[:]); err != nil {
		return err
	}
	for i := range nStates {
		if err := probs(rows[1+i], m.trans[i][:]); err != nil {
			return err
		}
	}
	m.emitIdx = make([]int32, 0x10000)
	m.emitHi = map[rune]int32{}
	m.emit = [][nStates]float64{{minDouble, minDouble, minDouble, minDouble}}
	for st := range nStates {
		for _, item := range strings.Split(rows[1+nStates+st], ",") {
			ch, p, ok := strings.Cut(item, ":")
			r, size := utf8.DecodeRuneInString(ch)
			if !ok || size != len(ch) || r == utf8.RuneError {
				return fmt.Errorf("embedded HMM model: bad emission %q", item)
			}
			v, err := strconv.ParseFloat(p, 64)
			if err != nil {
				return fmt.Errorf("embedded HMM model: %v", err)
			}
			k := m.index(r)
			if k == 0 {
				k = int32(len(m.emit))
				m.emit = append(m.emit, m.emit[0])
				if r < 0x10000 {
					m.emitIdx[r] = k
				} else {
					m.emitHi[r] = k
				}
			}
			m.emit[k][st] = v
		}
	}
	return nil
}

func (m *hmmModel) index(r rune) int32 {
	if r >= 0 && r < 0x10000 {
		return m.emitIdx[r]
	}
	return m.emitHi[r]
}

// nativeScratch holds one call's working arrays.
type nativeScratch struct {
	runes   []rune  // the text being cut
	offs    []int32 // byte offset of each code point, and one past the end
	own     []rune  // buffers for runes and offs when cut decodes the text
	ownOffs []int32
	weight  []float64
	unit    []int32 // best route's word at each code point: its node, or -1
	length  []int32 // and its length in code points
	vpath   []int8
	status  []int8
	words   []span32
}

// span32 is a word: code points [start, end) of the call's text, and its
// trie node when the route found it (-1 when none, -2 when not known yet).
type span32 struct {
	start, end int32
	unit       int32
}

// separators are where cppjieba's PreFilter cuts a sentence.
func isSeparator(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '，' || r == '。'
}

// Tag implements Segmenter, giving what gojieba's Tag gives for s.
func (s *Native) Tag(text string) []segment.Word {
	if text == "" {
		return nil
	}
	sc := s.scratch.Get().(*nativeScratch)
	defer s.scratch.Put(sc)
	sc.words = s.cut(sc, text, sc.words[:0])
	out := make([]segment.Word, len(sc.words))
	for i, w := range sc.words {
		out[i] = segment.Word{Text: text[sc.offs[w.start]:sc.offs[w.end]], POS: s.tagOf(sc, w.start, w.end, w.unit)}
	}
	return out
}

// cut appends the words of text to words, as cppjieba's MixSegment::Cut
// with the HMM on.
func (s *Native) cut(sc *nativeScratch, text string, words []span32) []span32 {
	sc.runes, sc.offs = sc.own[:0], sc.ownOffs[:0]
	defer func() { sc.own, sc.ownOffs = sc.runes, sc.offs }()
	for i, r := range text {
		sc.runes = append(sc.runes, r)
		sc.offs = append(sc.offs, int32(i))
	}
	sc.offs = append(sc.offs, int32(len(text)))
	rs := sc.runes
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && !isSeparator(rs[end]) {
			end++
		}
		if end == start {
			end++ // a separator is a range of its own
		}
		words = s.mix(sc, int32(start), int32(end), words)
		start = end
	}
	return words
}

// mix cuts runes [start, end) by the route, then gives every stretch of
// single code points (other than one-code-point user words) to the HMM.
func (s *Native) mix(sc *nativeScratch, start, end int32, words []span32) []span32 {
	s.route(sc, start, end)
	for i := start; i < end; {
		n := sc.length[i-start]
		if n > 1 || s.isSingle(sc.runes[i]) {
			words = append(words, span32{i, i + n, sc.unit[i-start]})
			i += n
			continue
		}
		j := i
		for j < end && sc.length[j-start] == 1 && !s.isSingle(sc.runes[j]) {
			j++
		}
		words = s.hmmCut(sc, i, j, words)
		i = j
	}
	return words
}

// route computes the maximum-probability route through [start, end), as
// MPSegment's Find, CalcDP and CutByDag: from the right, each code point's
// best is the first, in order of word length, of the highest-weighted
// words starting there.
func (s *Native) route(sc *nativeScratch, start, end int32) {
	n := int(end - start)
	sc.weight = grow(sc.weight, n+1)
	sc.unit = grow(sc.unit, n)
	sc.length = grow(sc.length, n)
	rs := sc.runes[start:end]
	sc.weight[n] = 0
	for i := n - 1; i >= 0; i-- {
		node := s.rootChild(rs[i])
		best, bestUnit, bestLen := minDouble, int32(-1), int32(1)
		// The one-code-point entry comes first, with the minimum weight when
		// the code point is not a word.
		val := 0.0
		if i+1 < n {
			val += sc.weight[i+1]
		}
		if nd := &s.nodes[node]; node != 0 && nd.word {
			val += nd.weight
			if val > best {
				best, bestUnit = val, node
			}
		} else {
			val += s.minW
			if val > best {
				best = val
			}
		}
		for j := i + 1; j < n && j-i+1 <= 512 && node != 0; j++ {
			if s.nodes[node].n == 0 {
				break
			}
			node = s.childOf(node, rs[j])
			if node == 0 {
				break
			}
			if nd := &s.nodes[node]; nd.word {
				val := 0.0
				if j+1 < n {
					val += sc.weight[j+1]
				}
				val += nd.weight
				if val > best {
					best, bestUnit, bestLen = val, node, int32(j-i+1)
				}
			}
		}
		sc.weight[i] = best
		sc.unit[i] = bestUnit
		sc.length[i] = bestLen
	}
}

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, n+n/2)
	}
	return b[:n]
}

// hmmCut is HMMSegment::Cut over runes [start, end): ASCII letters (with
// digits after them) and numbers (with dots) are words, any other ASCII
// code point is a word alone, and the stretches between go to Viterbi.
func (s *Native) hmmCut(sc *nativeScratch, start, end int32, words []span32) []span32 {
	rs := sc.runes
	left, right := start, start
	for right < end {
		if rs[right] >= 0x80 {
			right++
			continue
		}
		if left != right {
			words = s.viterbi(sc, left, right, words)
		}
		left = right
		r := rs[left]
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			right++
			for right < end && isAlnum(rs[right]) {
				right++
			}
		case r >= '0' && r <= '9':
			right++
			for right < end && (rs[right] >= '0' && rs[right] <= '9' || rs[right] == '.') {
				right++
			}
		default:
			right++
		}
		words = append(words, span32{left, right, -2})
		left = right
	}
	if left != right {
		words = s.viterbi(sc, left, right, words)
	}
	return words
}

func isAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// viterbi cuts runes [start, end) by the most likely B/E/M/S states, as
// HMMSegment::Viterbi and InternalCut: a word ends at every E or S.
func (s *Native) viterbi(sc *nativeScratch, start, end int32, words []span32) []span32 {
	m := &s.hmm
	rs := sc.runes[start:end]
	x := len(rs)
	// The weights of one column at a time (the next depends only on the
	// last), and the way back through every column.
	sc.vpath = grow(sc.vpath, x*nStates)
	path := sc.vpath
	var w [nStates]float64
	em := &m.emit[m.index(rs[0])]
	for y := range nStates {
		w[y] = m.start[y] + em[y]
		path[y] = -1
	}
	for t := 1; t < x; t++ {
		em := &m.emit[m.index(rs[t])]
		prev := w
		for y := range nStates {
			best, from := minDouble, int8(stE)
			e := em[y]
			for py := range nStates {
				if v := prev[py] + m.trans[py][y] + e; v > best {
					best, from = v, int8(py)
				}
			}
			w[y] = best
			path[t*nStates+y] = from
		}
	}
	st := int8(stS)
	if w[stE] >= w[stS] {
		st = stE
	}
	sc.status = grow(sc.status, x)
	for t := x - 1; t >= 0; t-- {
		sc.status[t] = st
		st = path[t*nStates+int(st)]
	}
	left := start
	for t := range x {
		if sc.status[t]%2 == 1 {
			words = append(words, span32{left, start + int32(t) + 1, -2})
			left = start + int32(t) + 1
		}
	}
	return words
}

// tokenize appends the tokens of t's normalised text. It gives what
// Tokenize's general path gives with this segmenter (TestNativeTokens),
// without the copy of each line that path makes to replace break marks,
// or a Word per word, and on the code points Normalize already decoded:
// every break mark (line feeds too) is a token of its own, tagged as
// cppjieba tags it for ， and 。, which it splits at itself, and x for the
// others, which Tokenize replaces; every run between them is cut as
// cppjieba cuts a range between separators.
func (s *Native) TokenizeText(t *textmap.Text, toks []segment.Token) []segment.Token {
	sc := s.scratch.Get().(*nativeScratch)
	defer s.scratch.Put(sc)
	sc.runes, sc.offs = t.Runes(), t.NormBytes()
	defer func() { sc.runes, sc.offs = nil, nil }() // do not keep the text alive in the pool
	rs, norm := t.Runes(), t.Norm
	for start := 0; start < len(rs); {
		if r := rs[start]; segment.IsBreak(r) {
			tag := "x"
			if r == '，' || r == '。' {
				tag = s.tagOf(sc, int32(start), int32(start+1), -2)
			}
			toks = append(toks, segment.Token{Text: norm[sc.offs[start]:sc.offs[start+1]], POS: tag, Start: start, End: start + 1})
			start++
			continue
		}
		end := start + 1
		for end < len(rs) && !segment.IsBreak(rs[end]) && end-start < segment.MaxRun {
			end++
		}
		sc.words = s.mix(sc, int32(start), int32(end), sc.words[:0])
		for _, w := range sc.words {
			toks = append(toks, segment.Token{Text: norm[sc.offs[w.start]:sc.offs[w.end]], POS: s.tagOf(sc, w.start, w.end, w.unit),
				Start: int(w.start), End: int(w.end)})
		}
		start = end
	}
	return toks
}

// tagOf is the tag of the word at code points [start, end) of sc.runes:
// its dictionary tag, or cppjieba's rule for a word without one. node is
// the word's trie node when known, -1 when it is no word, -2 to look up.
func (s *Native) tagOf(sc *nativeScratch, start, end, node int32) string {
	if node == -2 {
		node = s.find(sc.runes[start:end])
	}
	if node >= 0 {
		if t := s.tagList[s.nodes[node].tag]; t != "" {
			return t
		}
	}
	return specialTagRunes(sc.runes[start:end])
}

// specialTagRunes is specialTag on a word's code points.
func specialTagRunes(rs []rune) string {
	n := len(rs)
	m, eng := 0, 0
	for i := 0; i < n && eng < n/2; i++ {
		if rs[i] < 0x80 {
			eng++
			if rs[i] >= '0' && rs[i] <= '9' {
				m++
			}
		}
	}
	switch {
	case eng == 0:
		return "x"
	case m == eng:
		return "m"
	}
	return "eng"
}

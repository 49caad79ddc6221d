// Package wordclass groups words by the words they stand between in
// unlabelled text: distributional word classes, learned without labels
// from a large corpus, that let a tagger trained on a few gold documents
// treat a word it never saw in them like the words that share its contexts
// (a company's short name like other companies' short names).
//
// A word's contexts are the words on its left and on its right among the
// most frequent ones, weighted by positive pointwise mutual information;
// spherical k-means over those vectors, started from the most frequent
// words and run a fixed number of rounds in a fixed order, puts every word
// in one class. The same tokens give the same classes, byte for byte.
package wordclass

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/pressmine/pressmine/diag"
)

// Classes maps words to their class.
type Classes struct {
	class map[string]int32
	n     int
}

// Of returns w's class, or -1 for a word without one.
func (c *Classes) Of(w string) int {
	if c == nil {
		return -1
	}
	if k, ok := c.class[w]; ok {
		return int(k)
	}
	return -1
}

// Len is the number of classes.
func (c *Classes) Len() int {
	if c == nil {
		return 0
	}
	return c.n
}

// Words is the number of words with a class.
func (c *Classes) Words() int {
	if c == nil {
		return 0
	}
	return len(c.class)
}

// Each calls visit with every word and its class, in byte order.
func (c *Classes) Each(visit func(w string, k int)) {
	ws := make([]string, 0, len(c.class))
	for w := range c.class {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		visit(w, int(c.class[w]))
	}
}

// Parse reads classes in the format WriteTo writes: '#' comment lines,
// then "word<TAB>class" lines. name says where they come from: errors are
// diag.Errors at name and the line.
func Parse(r io.Reader, name string) (*Classes, error) {
	c := &Classes{class: map[string]int32{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		w, k, ok := strings.Cut(s, "\t")
		n, err := strconv.Atoi(k)
		if !ok || w == "" || err != nil || n < 0 || n >= 1<<20 {
			return nil, &diag.Error{Pos: diag.Position{Path: name, Line: line}, Msg: fmt.Sprintf("want a word, a tab and a class number, got %q", s)}
		}
		c.class[w] = int32(n)
		c.n = max(c.n, n+1)
	}
	if err := sc.Err(); err != nil {
		return nil, &diag.Error{Pos: diag.Position{Path: name, Line: line + 1}, Msg: err.Error()}
	}
	return c, nil
}

// WriteTo writes c with a header (each line of header after '# '), words
// in byte order.
func (c *Classes) WriteTo(w io.Writer, header string) error {
	bw := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		fmt.Fprintf(bw, "# %s\n", l)
	}
	c.Each(func(word string, k int) { fmt.Fprintf(bw, "%s\t%d\n", word, k) })
	return bw.Flush()
}

// Options are the sizes Learn works with.
type Options struct {
	Classes  int // number of classes
	MinCount int // a word seen fewer times gets no class
	Contexts int // the most frequent words that serve as contexts
	Rounds   int // rounds of k-means
}

// DefaultOptions are the sizes pressmine classes uses unless told.
var DefaultOptions = Options{Classes: 64, MinCount: 5, Contexts: 1000, Rounds: 15}

// Counter gathers the counts Learn reads, one sentence of words at a time.
type Counter struct {
	ids   map[string]int32
	words []string
	freq  []int64
	pairs map[[2]int32]int32 // (left word, right word) side by side
}

// NewCounter returns an empty Counter.
func NewCounter() *Counter {
	return &Counter{ids: map[string]int32{}, pairs: map[[2]int32]int32{}}
}

func (c *Counter) id(w string) int32 {
	if i, ok := c.ids[w]; ok {
		return i
	}
	i := int32(len(c.words))
	c.ids[w] = i
	c.words = append(c.words, w)
	c.freq = append(c.freq, 0)
	return i
}

// Add counts the words of one sentence and which stand side by side.
func (c *Counter) Add(words []string) {
	prev := int32(-1)
	for _, w := range words {
		i := c.id(w)
		c.freq[i]++
		if prev >= 0 {
			c.pairs[[2]int32{prev, i}]++
		}
		prev = i
	}
}

// Learn groups the words counted into o.Classes classes.
func (c *Counter) Learn(o Options) *Classes {
	// Words by falling frequency, ties in byte order: the vocabulary, the
	// contexts and the first centroids do not depend on the order words
	// were first seen in.
	order := make([]int32, len(c.words))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := order[a], order[b]
		if c.freq[x] != c.freq[y] {
			return c.freq[x] > c.freq[y]
		}
		return c.words[x] < c.words[y]
	})
	vocab := map[int32]int32{} // word id → row
	var rows []int32           // row → word id
	for _, i := range order {
		if c.freq[i] >= int64(o.MinCount) {
			vocab[i] = int32(len(rows))
			rows = append(rows, i)
		}
	}
	ctx := map[int32]int32{} // word id → context number
	for k, i := range order {
		if k >= o.Contexts {
			break
		}
		ctx[i] = int32(k)
	}
	nc := len(ctx)
	dim := 2 * nc // left contexts, then right ones

	// Counts of (word, context) and their totals, for PPMI.
	vecs := make([][]cell, len(rows))
	ctxTotal := make([]float64, dim)
	rowTotal := make([]float64, len(rows))
	var total float64
	// The pairs in a fixed order, so that sums are made in the same order.
	keys := make([][2]int32, 0, len(c.pairs))
	for k := range c.pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a][0] != keys[b][0] {
			return keys[a][0] < keys[b][0]
		}
		return keys[a][1] < keys[b][1]
	})
	for _, k := range keys {
		n := float64(c.pairs[k])
		l, r := k[0], k[1]
		// r's left context is l; l's right context is r.
		if row, ok := vocab[r]; ok {
			if d, ok := ctx[l]; ok {
				vecs[row] = append(vecs[row], cell{d, n})
				ctxTotal[d] += n
				rowTotal[row] += n
				total += n
			}
		}
		if row, ok := vocab[l]; ok {
			if d, ok := ctx[r]; ok {
				d += int32(nc)
				vecs[row] = append(vecs[row], cell{d, n})
				ctxTotal[d] += n
				rowTotal[row] += n
				total += n
			}
		}
	}
	for row, v := range vecs {
		sort.Slice(v, func(a, b int) bool { return v[a].d < v[b].d })
		out := v[:0]
		var norm float64
		for _, x := range v {
			pmi := math.Log(x.v * total / (rowTotal[row] * ctxTotal[x.d]))
			if pmi > 0 {
				out = append(out, cell{x.d, pmi})
				norm += pmi * pmi
			}
		}
		norm = math.Sqrt(norm)
		for j := range out {
			out[j].v /= norm
		}
		vecs[row] = out
	}

	// Spherical k-means, started from the most frequent words.
	k := min(o.Classes, len(rows))
	cent := make([][]float64, k)
	for j := range cent {
		cent[j] = make([]float64, dim)
		for _, x := range vecs[j] {
			cent[j][x.d] = x.v
		}
	}
	assign := make([]int32, len(rows))
	for round := 0; round < o.Rounds; round++ {
		for row, v := range vecs {
			best, bestSim := int32(0), math.Inf(-1)
			for j := range cent {
				var s float64
				cj := cent[j]
				for _, x := range v {
					s += cj[x.d] * x.v
				}
				if s > bestSim {
					best, bestSim = int32(j), s
				}
			}
			assign[row] = best
		}
		for j := range cent {
			clear(cent[j])
		}
		for row, v := range vecs {
			cj := cent[assign[row]]
			for _, x := range v {
				cj[x.d] += x.v
			}
		}
		for j := range cent {
			var norm float64
			for _, v := range cent[j] {
				norm += v * v
			}
			if norm = math.Sqrt(norm); norm > 0 {
				for d := range cent[j] {
					cent[j][d] /= norm
				}
			}
		}
	}
	out := &Classes{class: make(map[string]int32, len(rows)), n: k}
	for row, i := range rows {
		out.class[c.words[i]] = assign[row]
	}
	return out
}

// FromMap returns the classes of m (word → class, from 0).
func FromMap(m map[string]int) *Classes {
	c := &Classes{class: make(map[string]int32, len(m))}
	for w, k := range m {
		c.class[w] = int32(k)
		c.n = max(c.n, k+1)
	}
	return c
}

// cell is one context of a word's vector and its weight.
type cell struct {
	d int32
	v float64
}

package jieba

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// TestTagMatchesGojieba: Jieba.Tag (gojieba's cut, tags looked up in Go)
// gives exactly what gojieba's own Tag gives, on the sample corpus, the
// gold texts when they are beside the checkout, and random mixes of
// ideographs, ASCII, digits, punctuation and domain words.
func TestTagMatchesGojieba(t *testing.T) {
	seg := peerSegmenter(t)
	matchRawTag(t, seg, seg, segmenterLines(t))
}

// matchRawTag requires seg to give gojieba's own Tag on every line (it
// stops after a few mismatches).
func matchRawTag(t *testing.T, gojieba *Jieba, seg segment.Segmenter, lines []string) {
	t.Helper()
	mismatches := 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		raw := gojieba.RawTag(l)
		want := make([]segment.Word, len(raw))
		for i, r := range raw {
			want[i] = segment.SplitTag(r)
		}
		if !assert.Equal(t, want, seg.Tag(l), "%q", l) {
			if mismatches++; mismatches > 5 {
				t.FailNow()
			}
		}
	}
}

// segmenterLines are the lines both segmenter tests compare on: the
// sample corpus, the gold texts when they are beside the checkout, and
// random mixes of ideographs, ASCII, digits, punctuation and domain words.
func segmenterLines(t *testing.T) []string {
	var lines []string
	require.NoError(t, corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(d *corpus.Document, err error) error {
		if err == nil {
			lines = append(lines, strings.Split(d.Orig, "\n")...)
		}
		return nil
	}))
	if gold, _ := filepath.Glob("../../shared/gold/dev/*.txt"); len(gold) > 0 {
		for _, g := range gold {
			b, err := os.ReadFile(g)
			require.NoError(t, err)
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	} else {
		t.Log("../shared/gold/dev not here: sample corpus and random lines only")
	}
	pool := []string{"高新区", "管委会", "产业园", "项目", "投资", "亿元", "华为", "A", "b", "AI", "5G", "2024", "3.5", "x86", "COVID-19",
		"，", "、", " ", "/", "“", "”", "(", ")", "·", "-", "%", "的", "和", "迪", "玛", "尔", "李", "文", "喜", "🙂", "Ⅱ", "ｱ", "é"}
	rng := rand.New(rand.NewPCG(7, 9))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(12); n > 0; n-- {
			b.WriteString(pool[rng.IntN(len(pool))])
		}
		lines = append(lines, b.String())
	}
	// Runs of random common ideographs leave the dictionary route single
	// code points, which go to the HMM.
	rng2 := rand.New(rand.NewPCG(11, 13))
	for i := 0; i < 2000; i++ {
		rs := make([]rune, 1+rng2.IntN(20))
		for k := range rs {
			rs[k] = rune(0x4e00 + rng2.IntN(0x9fa5-0x4e00))
			if rng2.IntN(10) == 0 {
				rs[k] = []rune("，。 、a1.")[rng2.IntN(7)]
			}
		}
		lines = append(lines, string(rs))
	}
	return lines
}

func TestSpecialTag(t *testing.T) {
	// cppjieba stops counting once it has seen half as many ASCII runes as
	// the word has runes (rounded down): 中1 is m, a single letter is x.
	for w, want := range map[string]string{"中文": "x", "A": "x", "AB": "eng", "12": "m", "1a": "m", "a1": "eng", "中1": "m", "1中": "m", "ab中": "eng", "\xff": "x"} {
		assert.Equal(t, want, specialTag(w), w)
	}
}

// TestNativeMatchesGojieba: the Go segmenter gives exactly gojieba's Tag
// on every line segmenterLines gives.
func TestNativeMatchesGojieba(t *testing.T) {
	native, err := NewNative(Options{})
	require.NoError(t, err)
	matchRawTag(t, peerSegmenter(t), native, segmenterLines(t))
}

// TestNativeUserDictMatchesGojieba: with a user dictionary that adds
// words in all three line forms, replaces a word's frequency and tag, and
// makes two routes weigh exactly the same (every word here without a
// frequency gets the median weight, so 㐀㐁|㐂 and 㐀|㐁㐂 tie, and the
// shorter first word must win as in cppjieba), both segmenters agree.
func TestNativeUserDictMatchesGojieba(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "user.dict")
	require.NoError(t, os.WriteFile(dict, []byte("㐀\n㐂 zz\n㐀㐁 nz\n㐁㐂\n高新区 5 ns\n云计算 n\n氢能源装备 12 nz\n"), 0o644))
	opts := Options{CacheDir: filepath.Join(dir, "cache"), UserDicts: []string{dict}}
	seg, err := NewJieba(opts)
	require.NoError(t, err)
	defer seg.Close()
	native, err := NewNative(opts)
	require.NoError(t, err)
	for _, l := range []string{"㐀㐁㐂", "㐂㐀㐁㐂㐀", "在高新区建设云计算中心和氢能源装备产业园", "㐁 㐂，㐀㐁。AB12 3.5亿"} {
		raw := seg.RawTag(l)
		want := make([]segment.Word, len(raw))
		for i, r := range raw {
			want[i] = segment.SplitTag(r)
		}
		assert.Equal(t, want, native.Tag(l), "%q", l)
	}
	assert.Equal(t, []segment.Word{{Text: "㐀", POS: "x"}, {Text: "㐁㐂", POS: "x"}}, native.Tag("㐀㐁㐂"), "a tie goes to the shorter first word")
}

// tagOnly hides a segmenter's own line tokenizer, so Tokenize takes its
// general path through Tag.
type tagOnly struct{ segment.Segmenter }

// TestNativeTokens: Tokenize with the native segmenter's own line
// tokenizer gives the same tokens as its general path through Tag, and as
// gojieba, on texts with every kind of break mark (one to four bytes,
// ， and 。 which cppjieba splits at itself, line breaks, runs of marks).
func TestNativeTokens(t *testing.T) {
	native := nativeSegmenter(t)
	gojieba := peerSegmenter(t)
	texts := segmenterLines(t)
	rng := rand.New(rand.NewPCG(3, 5))
	marks := []string{"，", "。", "、", ",", " ", "\t", "\n", "©", "§", "🙂", "（", "）", "：", "…", "——", "“", "”", ".", "-", "·"}
	words := []string{"高新区", "签约", "项目", "总投资", "12亿元", "华为", "AI", "5G", "迪玛尔", "中", "了"}
	for i := 0; i < 1500; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(15); n > 0; n-- {
			if rng.IntN(3) == 0 {
				b.WriteString(marks[rng.IntN(len(marks))])
			} else {
				b.WriteString(words[rng.IntN(len(words))])
			}
		}
		texts = append(texts, b.String())
	}
	fails := 0
	for _, s := range texts {
		norm := textmap.Normalize(s)
		got := segment.Tokenize(native, norm)
		if !assert.Equal(t, segment.Tokenize(tagOnly{native}, norm), got, "%q", s) ||
			!assert.Equal(t, segment.Tokenize(gojieba, norm), got, "%q", s) {
			if fails++; fails > 5 {
				t.FailNow()
			}
		}
	}
}

// TestNativeConcurrent: one Native serves many goroutines (each call takes
// its own scratch): tokens cut concurrently are those cut one at a time.
// Run with -race (make race) to check for shared state.
func TestNativeConcurrent(t *testing.T) {
	native := nativeSegmenter(t)
	lines := segmenterLines(t)
	want := make([][]segment.Token, len(lines))
	for i, l := range lines {
		want[i] = segment.Tokenize(native, textmap.Normalize(l))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < len(lines); i += 4 {
				if got := segment.Tokenize(native, textmap.Normalize(lines[i])); !assert.ObjectsAreEqual(want[i], got) {
					errs <- lines[i]
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for l := range errs {
		t.Errorf("tokens differ when cut concurrently: %q", l)
	}
}

// TestLongRuns: a run of more than segment.MaxRun code points without a break mark
// is cut after every segment.MaxRun of them, by both segmenters alike: the tokens
// agree, and a token ends at every cut. Shorter runs are not cut.
func TestLongRuns(t *testing.T) {
	native := nativeSegmenter(t)
	gojieba := peerSegmenter(t)
	rng := rand.New(rand.NewPCG(7, 11))
	run := func(n int) string {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = rune(0x4e00 + rng.IntN(0x5000))
		}
		return string(rs)
	}
	lengths := []int{segment.MaxRun - 1, segment.MaxRun, segment.MaxRun + 1, 3*segment.MaxRun + 17}
	var b strings.Builder
	var cuts []int // code points where a token must end
	pos := 0
	for i, n := range lengths {
		if i > 0 {
			b.WriteString("、")
			pos++
		}
		b.WriteString(run(n))
		for k := segment.MaxRun; k < n; k += segment.MaxRun {
			cuts = append(cuts, pos+k)
		}
		pos += n
	}
	b.WriteString("。\nabc" + strings.Repeat("x", 2*segment.MaxRun) + "，总投资12亿元")
	for k := segment.MaxRun; k < 2*segment.MaxRun+3; k += segment.MaxRun {
		cuts = append(cuts, pos+2+k)
	}
	norm := textmap.Normalize(b.String())
	got := segment.Tokenize(native, norm)
	require.Equal(t, segment.Tokenize(gojieba, norm), got)
	ends := map[int]bool{}
	for _, tok := range got {
		ends[tok.End] = true
	}
	for _, c := range cuts {
		assert.True(t, ends[c], "no token ends at the cut at %d", c)
	}
	assert.Len(t, cuts, 6)
	// The runs not longer than segment.MaxRun come out as gojieba cuts them whole.
	short := run(segment.MaxRun)
	want := segment.Tokenize(gojieba, textmap.Normalize(short))
	assert.Equal(t, want, segment.Tokenize(native, textmap.Normalize(short)))
	var joined strings.Builder
	for _, w := range gojieba.Tag(short) {
		joined.WriteString(w.Text)
	}
	assert.Equal(t, short, joined.String())
}

// TestKth: the k-th smallest, as sorting finds it, on data with many
// repeats and on sorted and reversed data.
func TestKth(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 1; n < 300; n += 7 {
		for _, shape := range []string{"random", "repeats", "sorted", "reversed"} {
			xs := make([]float64, n)
			for i := range xs {
				switch shape {
				case "random":
					xs[i] = rng.Float64()
				case "repeats":
					xs[i] = float64(rng.IntN(4))
				case "sorted":
					xs[i] = float64(i)
				case "reversed":
					xs[i] = float64(n - i)
				}
			}
			want := slices.Sorted(slices.Values(xs))
			for _, k := range []int{0, n / 2, n - 1} {
				if got := kth(slices.Clone(xs), k); got != want[k] {
					t.Fatalf("%s n=%d: kth(%d) = %v; want %v", shape, n, k, got, want[k])
				}
			}
		}
	}
}

// TestParseFreq: whole numbers the fast way, anything else as strconv
// reads it, the same double either way.
func TestParseFreq(t *testing.T) {
	for _, f := range []string{"1", "3", "217", "999999999999999", "1000000000000000", "2.5", "1e3", "-4", "", "12a"} {
		got, gerr := parseFreq(f)
		want, werr := strconv.ParseFloat(f, 64)
		if (gerr == nil) != (werr == nil) || gerr == nil && got != want {
			t.Errorf("parseFreq(%q) = %v, %v; strconv says %v, %v", f, got, gerr, want, werr)
		}
	}
}

// TestDivisionsArePlaces: the divisions dictionary tags places jieba's own
// dictionary tags otherwise (大连 d, 南通 nz, 毕节 n) as ns, keeps their
// frequencies (大连化学物理研究所 is cut as before), adds the short forms it
// lacks (岳阳), and leaves short forms that are common words as they were
// (开封, to unseal).
func TestDivisionsArePlaces(t *testing.T) {
	native := nativeSegmenter(t)
	tags := func(s string) []string {
		var out []string
		for _, w := range native.Tag(s) {
			out = append(out, w.Text+"/"+w.POS)
		}
		return out
	}
	assert.Equal(t, []string{"大连/ns", "化学/n", "物理/n", "研究/vn", "所/c"}, tags("大连化学物理研究所"))
	assert.Equal(t, []string{"南通/ns", "、/x", "毕节/ns", "和/c", "岳阳/ns"}, tags("南通、毕节和岳阳"))
	assert.Equal(t, []string{"开封/v"}, tags("开封"))
	assert.Equal(t, []string{"榆林市/ns", "榆阳区/ns"}, tags("榆林市榆阳区"))
}

// TestPolicyVerbsWithResult: verbs of policy that end in their result
// (建强, 做大做强, 用好) are one verb each, so the result no longer starts the
// name after it (建强/x 区域, 做/v 大/a 做/v 强雄安/x, 用/p 好/a 北京); and
// 新建 is a verb.
func TestPolicyVerbsWithResult(t *testing.T) {
	native := nativeSegmenter(t)
	first := func(s string) string {
		w := native.Tag(s)[0]
		return w.Text + "/" + w.POS
	}
	assert.Equal(t, "建强/v", first("建强区域救援基地"))
	assert.Equal(t, "做大做强/v", first("做大做强雄安科技园"))
	assert.Equal(t, "用好/v", first("用好北京创新中心"))
	assert.Equal(t, "做优做强/v", first("做优做强交易平台"))
	// 新建 is the verb, not the district jieba's dictionary makes it.
	assert.Equal(t, "新建/v", first("新建液化天然气生产线"))
	assert.Equal(t, "新建区/ns", first("新建区人民政府"))
}

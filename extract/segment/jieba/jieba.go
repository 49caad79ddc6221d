package jieba

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yanyiwu/gojieba"

	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/fsutil"
)

// The dictionary and HMM model are embedded as they ship, not compressed:
// inflating them took a third of the native segmenter's start.
var (
	//go:embed jiebadict/jieba.dict.utf8
	mainDictText string
	//go:embed jiebadict/hmm_model.utf8
	hmmModelText string
)

//go:embed data/domain.dict
var domainDict []byte

// divisionsDict tags China's administrative divisions as places (see its
// header).
//
//go:embed data/divisions.dict
var divisionsDict []byte

// Options configure NewJieba and NewNative.
type Options struct {
	// CacheDir is where the embedded dictionaries are written; empty means
	// os.UserCacheDir()/pressmine, falling back to the temp folder.
	CacheDir string
	// UserDicts are extra dictionary files (one word a line: "word",
	// "word tag" or "word freq tag"), added after the project's own domain
	// dictionary.
	UserDicts []string
}

// Jieba is the gojieba Segmenter. One instance serves all goroutines
// (concurrent Tag calls are safe; adding words is not, so all words are
// loaded by the constructor). Close frees it; a finalizer does too.
type Jieba struct {
	j *gojieba.Jieba
	// tags holds every dictionary word's part of speech as cppjieba's trie
	// does (a user dictionary line replaces a main one; "" means none), so
	// Tag can cut with gojieba and look the tags up here: gojieba's own Tag
	// does the same cut and lookup in C++, but builds a "word/tag" string
	// for every word, which costs a fifth of its time.
	tags    wordTags
	tagList []string
}

// ErrUserDict wraps problems with a --user-dict file; the message names
// file:line:col.
var ErrUserDict = errors.New("user dictionary")

// NewJieba writes the embedded dictionaries to the cache folder (once per
// content hash), checks the user dictionaries, and loads gojieba (about
// 1.5 s). It returns an error rather than letting gojieba panic or abort on
// a missing or malformed file.
func NewJieba(opts Options) (*Jieba, error) {
	dir, err := dictDir(opts.CacheDir)
	if err != nil {
		return nil, err
	}
	dict, err := materialise(dir, "jieba.dict.utf8", mainDictText)
	if err != nil {
		return nil, err
	}
	hmm, err := materialise(dir, "hmm_model.utf8", hmmModelText)
	if err != nil {
		return nil, err
	}
	// Keyword extraction is not used: a one-line IDF table and stop list
	// satisfy cppjieba's constructor without loading 6 MB.
	idf, err := fsutil.WriteOnce(dir, "idf.utf8", []byte("的 1.0\n"))
	if err != nil {
		return nil, err
	}
	stop, err := fsutil.WriteOnce(dir, "stop_words.utf8", []byte("的\n"))
	if err != nil {
		return nil, err
	}
	user, err := userDicts(opts.UserDicts)
	if err != nil {
		return nil, err
	}
	userPath, err := fsutil.WriteOnce(dir, "user-"+hashHex(user.Bytes())[:16]+".dict", user.Bytes())
	if err != nil {
		return nil, err
	}
	main, err := os.ReadFile(dict)
	if err != nil {
		return nil, err
	}
	s := &Jieba{tags: newWordTags(), tagList: []string{""}}
	if err := s.addTags(string(main), false); err != nil {
		return nil, err
	}
	if err := s.addTags(user.String(), true); err != nil {
		return nil, err
	}
	s.j = gojieba.NewJieba(dict, hmm, userPath, idf, stop)
	return s, nil
}

// addTags reads dictionary lines into tags as cppjieba reads them: the
// main dictionary has "word freq tag"; a user dictionary "word",
// "word tag" or "word freq tag". Words share the dictionary's memory.
func (s *Jieba) addTags(dict string, user bool) error {
	index := map[string]uint8{}
	for i, t := range s.tagList {
		index[t] = uint8(i)
	}
	for _, line := range lines(dict) {
		// Fields split at single spaces, as cppjieba splits them.
		word, rest, two := strings.Cut(line, " ")
		mid, last, three := strings.Cut(rest, " ")
		var tag string
		switch {
		case word == "" || three && strings.Contains(last, " "):
			continue
		case three:
			tag = last
		case !user:
			continue
		case two:
			tag = mid
		}
		k, ok := index[tag]
		if !ok {
			if len(s.tagList) > 255 {
				return fmt.Errorf("%w: more than 255 part-of-speech tags", ErrUserDict)
			}
			k = uint8(len(s.tagList))
			index[tag] = k
			s.tagList = append(s.tagList, tag)
		}
		s.tags.set(word, k)
	}
	return nil
}

// Tag implements Segmenter. It gives exactly gojieba's Tag
// (TestTagMatchesGojieba): the same cut, then each word's dictionary tag,
// or for a word not in the dictionary cppjieba's rule (x, m or eng).
func (s *Jieba) Tag(text string) []segment.Word {
	if text == "" {
		return nil
	}
	cut := s.j.Cut(text, true)
	words := make([]segment.Word, len(cut))
	for i, w := range cut {
		tag := s.tagList[s.tags.get(w)] // a word not there has index 0: ""
		if tag == "" {
			tag = specialTag(w)
		}
		words[i] = segment.Word{Text: w, POS: tag}
	}
	return words
}

// wordTags maps words to tag indexes, by length: a table for one code
// point, a map keyed by the two code points for two (most words), and a
// string map for the rest; the small tables stay in cache, where one map
// of 350,000 strings did not.
type wordTags struct {
	one  []uint8 // by code point, below 0x10000
	two  map[uint64]uint8
	long map[string]uint8
}

func newWordTags() wordTags {
	return wordTags{one: make([]uint8, 0x10000), two: make(map[uint64]uint8, 1<<17), long: make(map[string]uint8, 1<<18)}
}

// pair packs a word of exactly two code points, or gives ok=false.
func pair(w string) (uint64, bool) {
	r1, n1 := utf8.DecodeRuneInString(w)
	if n1 == len(w) || r1 == utf8.RuneError {
		return 0, false
	}
	r2, n2 := utf8.DecodeRuneInString(w[n1:])
	if n1+n2 != len(w) || r2 == utf8.RuneError {
		return 0, false
	}
	return uint64(r1)<<32 | uint64(r2), true
}

func (t *wordTags) set(w string, k uint8) {
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && r < 0x10000 && r != utf8.RuneError {
		t.one[r] = k
	} else if p, ok := pair(w); ok {
		t.two[p] = k
	} else {
		t.long[w] = k
	}
}

func (t *wordTags) get(w string) uint8 {
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && r < 0x10000 && r != utf8.RuneError {
		return t.one[r]
	}
	if p, ok := pair(w); ok {
		return t.two[p]
	}
	return t.long[w]
}

// specialTag is cppjieba's PosTagger::SpecialRule for a word with no
// dictionary tag: it counts ASCII runes from the start until it has seen
// half as many as the word has runes (rounded down); x when it saw none,
// m when they were all digits, else eng.
func specialTag(w string) string {
	if !utf8.ValidString(w) {
		return "x"
	}
	return specialTagRunes([]rune(w))
}

// RawTag is gojieba's Tag, untouched: the baseline benchmarks measure
// against it.
func (s *Jieba) RawTag(text string) []string { return s.j.Tag(text) }

// Close frees the C++ segmenter. The Jieba must not be used after.
func (s *Jieba) Close() { s.j.Free() }

// dictDir is the cache folder for this build's dictionaries: named by
// their hash, so that builds with other dictionaries never share one.
func dictDir(base string) (string, error) {
	sum := sha256.New()
	for _, text := range []string{mainDictText, hmmModelText} {
		io.WriteString(sum, text)
	}
	dir, err := fsutil.CacheDir(base, "jieba-"+hex.EncodeToString(sum.Sum(nil))[:16])
	if err != nil {
		return "", fmt.Errorf("the dictionaries: %w", err)
	}
	return dir, nil
}

// materialise writes an embedded file into dir as name.
func materialise(dir, name, text string) (string, error) {
	out := filepath.Join(dir, name)
	if st, err := os.Stat(out); err == nil && st.Size() > 0 {
		return out, nil
	}
	return out, fsutil.Write(out, []byte(text))
}

func hashHex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// appendDict checks a dictionary file line by line and appends its good
// lines to w. cppjieba aborts the process on some malformed lines, so
// every problem is reported here, as file:line:col.
func appendDict(w *bytes.Buffer, name string, b []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return fmt.Errorf("%s%w: not UTF-8", diag.Position{Path: name, Line: n, Col: 1}.Prefix(), ErrUserDict)
		}
		f := strings.Fields(line)
		switch len(f) {
		case 1, 2:
		case 3:
			if v, err := strconv.Atoi(f[1]); err != nil || v <= 0 {
				return fmt.Errorf("%s%w: frequency %q is not a positive whole number",
					diag.Position{Path: name, Line: n, Col: utf8.RuneCountInString(f[0]) + 2}.Prefix(), ErrUserDict, f[1])
			}
		default:
			return fmt.Errorf("%s%w: want \"word\", \"word tag\" or \"word freq tag\", got %d fields", diag.Position{Path: name, Line: n, Col: 1}.Prefix(), ErrUserDict, len(f))
		}
		w.WriteString(strings.Join(f, " "))
		w.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w: %v", name, ErrUserDict, err)
	}
	return nil
}

package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// fastAgrees fails t when decodeLineFast takes line but decodes it other
// than json.Unmarshal does, or takes a line json.Unmarshal refuses. It
// reports whether the fast path took it.
func fastAgrees(t testing.TB, line string) bool {
	got, ok := decodeLineFast([]byte(line))
	if !ok {
		return false
	}
	var want jsonlLine
	require.NoError(t, json.Unmarshal([]byte(line), &want), "fast path took a line json.Unmarshal refuses: %q", line)
	require.Equal(t, want, got, "%q", line)
	return true
}

// TestDecodeLineFastAgrees: on hand-picked lines and on random ones built
// from JSON pieces (valid and broken), whatever the fast path decodes it
// decodes exactly as json.Unmarshal, and it takes the common lines.
func TestDecodeLineFastAgrees(t *testing.T) {
	common := []string{
		`{"id":"a1","text":"总投资50亿元。\n第二段\t\"引号\" \\ /"}`,
		`{"id": 17, "title": "标题", "date": "2024-05-01", "url": "https://x.cn/a?b=1", "text": "正文"}`,
		` { "text" : "x" , "extra" : null, "n" : -1.5e3, "b" : true, "f" : false } `,
		`{"text":"a","text":"b"}`,
		`{}`,
	}
	for _, l := range common {
		require.True(t, fastAgrees(t, l), "the fast path should take %q", l)
	}
	for _, l := range []string{
		`{"TEXT":"x"}`, `{"text":null}`, `{"text":"\u00e9"}`, `{"text":"x","o":{"a":1}}`, `{"text":"x","a":[1]}`,
		"{\"text\":\"bad\xff\"}", `{"text":"x"} y`, `{"text":"x",}`, `{"text":"x"`, `["text"]`, "\ufeff{\"text\":\"x\"}",
		`{"id":"a\"b","text":"x"}`, `{"id":01,"text":"x"}`, `{"text":"tab	raw"}`, `{"text":"x","n":1.}`, `{"text":"x","n":-}`,
		`{"id":true,"text":"x"}`,
	} {
		fastAgrees(t, l) // may decline; must not disagree
		if _, ok := decodeLineFast([]byte(l)); ok && json.Unmarshal([]byte(l), new(jsonlLine)) != nil {
			t.Errorf("fast path took %q", l)
		}
	}
	pieces := []string{`{`, `}`, `"text"`, `"title"`, `"id"`, `"url"`, `"date"`, `"Text"`, `"x"`, `:`, `,`, ` `, `"a\nb"`, `"\"q\""`,
		`"\u4e2d"`, `"中文"`, `12`, `-0.5e+2`, `01`, `true`, `null`, `[1,2]`, `{"k":1}`, `"\\"`, `"\/"`, `"\x"`, "\"\xff\"", "\t", `"`}
	rng := rand.New(rand.NewPCG(9, 99))
	took := 0
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		b.WriteString(`{`)
		for n := rng.IntN(4); n > 0; n-- {
			if rng.IntN(8) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))]) // break the shape now and then
			}
			b.WriteString([]string{`"text"`, `"title"`, `"id"`, `"url"`, `"date"`, `"other"`, `"TiTle"`}[rng.IntN(7)])
			b.WriteString(`:`)
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if n > 1 {
				b.WriteString(`,`)
			}
		}
		b.WriteString(`}`)
		if fastAgrees(t, b.String()) {
			took++
		}
	}
	require.Greater(t, took, 1000, "the fast path took too few random lines to test it")
}

func FuzzDecodeLineFast(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"x\ny"}`, `{"text":"中文","n":1e5,"t":true}`, `{"TEXT":"x"}`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) { fastAgrees(t, line) })
}

func TestSafeID(t *testing.T) {
	for id, want := range map[string]bool{"a": true, "a/b": true, "x-1.2": true, "": false, "/a": false, "a/": false,
		"a//b": false, "./a": false, "a/..": false, "..": false, `a\b`: true, "a:b": true, "a\x00": false} {
		require.Equal(t, want, SafeID(id), "%q", id)
	}
}

// TestDuplicateIDNamesFirst: a repeated id is refused with where it was
// first seen.
func TestDuplicateIDNamesFirst(t *testing.T) {
	p := filepath.Join(t.TempDir(), "d.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(`{"id":"a","text":"一"}`+"\n"+`{"id":"a","text":"二"}`+"\n"), 0o644))
	var errs []string
	require.NoError(t, NewReader(Options{}).Walk(context.Background(), []string{p}, func(d *Document, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
		}
		return nil
	}))
	require.Len(t, errs, 1)
	require.Contains(t, errs[0], `"a" (first at `+p+`:1)`)
}

// TestReadFromMatchesWalk: ReadFrom on a file's bytes gives what Walk
// gives on the file (a JSONL file line by line, errors at their lines).
func TestReadFromMatchesWalk(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.jsonl")
	text := "{\"id\":\"a\",\"text\":\"青山\"}\nnot json\n{\"id\":\"b\",\"text\":\"白沙\"}\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	collect := func(run func(Func) error) []string {
		var out []string
		if err := run(func(d *Document, err error) error {
			if err != nil {
				out = append(out, "error "+err.Error())
			} else {
				out = append(out, fmt.Sprintf("%s %s:%d %s %s", d.ID, d.Path, d.Line, d.SHA256, d.Orig))
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	walk := collect(func(fn Func) error { return NewReader(Options{}).Walk(context.Background(), []string{p}, fn) })
	from := collect(func(fn Func) error { return NewReader(Options{}).ReadFrom(p, "c", strings.NewReader(text), fn) })
	if len(walk) != 3 || fmt.Sprint(walk) != fmt.Sprint(from) {
		t.Errorf("Walk gives %q\nReadFrom gives %q", walk, from)
	}
}

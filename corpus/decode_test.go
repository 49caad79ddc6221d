package corpus

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sampleText = "青岛高新区举行项目签约仪式，投资总额532亿元。"

func TestDecode(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(sampleText))
	if err != nil {
		t.Fatal(err)
	}
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sampleText))
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(sampleText))
	tests := []struct {
		desc string
		in   []byte
		want string
		enc  string
	}{
		{"utf8", []byte(sampleText), sampleText, EncUTF8},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, sampleText...), sampleText, EncUTF8BOM},
		{"gbk", gbk, sampleText, EncGB18030},
		{"utf16le", le, sampleText, EncUTF16LE},
		{"utf16be", be, sampleText, EncUTF16BE},
		{"crlf kept", []byte("甲\r\n乙"), "甲\r\n乙", EncUTF8},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, enc, err := Decode(tc.in)
			if err != nil || got != tc.want || enc != tc.enc {
				t.Errorf("Decode(%s) = %q, %s, %v; want %q, %s", tc.desc, got, enc, err, tc.want, tc.enc)
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		desc      string
		in        []byte
		want      error
		line, col int
	}{
		{"nul byte", []byte("第一行\n投资\x00532亿元"), ErrBinary, 2, 3},
		{"binary", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, ErrBinary, 1, 5},
		{"latin-1 text", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise"), ErrEncoding, 1, 4},
		{"odd utf16", []byte{0xFF, 0xFE, 'a'}, ErrEncoding, 0, 0},
		{"lone surrogate", []byte{0xFF, 0xFE, 0x00, 0xD8, 'a', 0}, ErrEncoding, 0, 0},
		{"bad utf8 after bom", []byte{0xEF, 0xBB, 0xBF, 'a', '\n', 'b', 0xC3}, ErrEncoding, 2, 2},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, _, err := Decode(tc.in)
			var ce *Error
			if !errors.Is(err, tc.want) || !errors.As(err, &ce) {
				t.Fatalf("Decode(%q) error = %v; want %v", tc.in, err, tc.want)
			}
			if tc.line > 0 && (ce.Line != tc.line || ce.Col != tc.col) {
				t.Errorf("Decode(%q) error at %d:%d; want %d:%d", tc.in, ce.Line, ce.Col, tc.line, tc.col)
			}
		})
	}
}

func TestHTMLText(t *testing.T) {
	page := `<html><head><title> 标题 </title><style>p{}</style><script>var x="不是正文";</script></head>
<body><div>首页 &gt; 新闻</div><p>第一段，<b>加粗</b>文字。</p>
<p>第二段<br>换行</p><noscript>别显示</noscript></body></html>`
	text, title := HTMLText([]byte(page))
	want := "首页 > 新闻\n第一段，加粗文字。\n第二段\n换行"
	if text != want || title != "标题" {
		t.Errorf("HTMLText = %q, %q; want %q, %q", text, title, want, "标题")
	}
	// Deep nesting must not blow the stack or hang.
	deep := strings.Repeat("<div>", 200000) + "正文" + strings.Repeat("</div>", 200000)
	if text, _ := HTMLText([]byte(deep)); text != "正文" {
		t.Errorf("HTMLText(deep) = %q; want 正文", text)
	}
}

type got struct {
	docs []*Document
	errs []*Error
}

func collect(t *testing.T, r *Reader, args ...string) got {
	t.Helper()
	var g got
	err := r.Walk(context.Background(), args, func(d *Document, err error) error {
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is not a *corpus.Error", err)
			}
			g.errs = append(g.errs, ce)
			return nil
		}
		g.docs = append(g.docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWalkFolder(t *testing.T) {
	dir := t.TempDir()
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(sampleText))
	write(t, dir, "a.txt", []byte(sampleText))
	write(t, dir, "sub/b.txt", gbk)
	write(t, dir, "sub/c.html", []byte("<p>"+sampleText+"</p>"))
	write(t, dir, "empty.txt", nil)
	write(t, dir, "blank.txt", []byte(" \n\t\n"))
	write(t, dir, "bin.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0})
	write(t, dir, "skip.dat", []byte(sampleText))
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	g := collect(t, NewReader(Options{}), dir)
	var ids []string
	for _, d := range g.docs {
		ids = append(ids, d.ID+":"+d.Encoding)
		if d.Orig != sampleText {
			t.Errorf("%s: Orig = %q; want %q", d.ID, d.Orig, sampleText)
		}
	}
	if got, want := strings.Join(ids, " "), "a:utf-8 sub/b:gb18030 sub/c:utf-8"; got != want {
		t.Errorf("documents = %s; want %s", got, want)
	}
	var errs []string
	for _, e := range g.errs {
		errs = append(errs, filepath.Base(e.Path))
	}
	if got, want := strings.Join(errs, " "), "bin.txt blank.txt empty.txt"; got != want {
		t.Errorf("errors for %s; want %s", got, want)
	}
	for _, e := range g.errs {
		if !strings.HasPrefix(e.Error(), e.Path+":") {
			t.Errorf("error %q does not start with its path", e.Error())
		}
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Join([]string{
		`{"id": "a1", "text": "` + sampleText + `", "title": "标题", "date": "2017-05-17"}`,
		`{"id": 7, "text": "第二篇，投资3亿元。"}`,
		`{"id": "broken", "text": "没有结尾`,
		`{"id": "notext"}`,
		`{"id": "a1", "text": "重复的编号"}`,
		`{"id": "../escape", "text": "越界"}`,
		``,
		`{"text": "没有编号"}`,
	}, "\n")
	p := write(t, dir, "news.jsonl", []byte(lines))
	g := collect(t, NewReader(Options{}), p)
	var ids []string
	for _, d := range g.docs {
		ids = append(ids, d.ID)
	}
	if got, want := strings.Join(ids, " "), "a1 7 news-8"; got != want {
		t.Errorf("ids = %s; want %s", got, want)
	}
	if g.docs[0].Title != "标题" || g.docs[0].Date != "2017-05-17" || g.docs[0].Line != 1 {
		t.Errorf("first document = %+v", g.docs[0])
	}
	wantErrs := []struct {
		line int
		err  error
	}{{3, ErrJSONL}, {4, ErrJSONL}, {5, ErrDuplicateID}, {6, ErrBadID}}
	if len(g.errs) != len(wantErrs) {
		t.Fatalf("errors = %v; want %d", g.errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if g.errs[i].Line != w.line || !errors.Is(g.errs[i], w.err) {
			t.Errorf("error %d = %v; want line %d, %v", i, g.errs[i], w.line, w.err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "big.txt", bytes.Repeat([]byte("投资"), 1000))
	q := write(t, dir, "big.jsonl", []byte(`{"id":"x","text":"`+strings.Repeat("投资", 1000)+`"}`+"\n"+`{"id":"y","text":"小"}`))
	g := collect(t, NewReader(Options{MaxBytes: 100}), p, q)
	if len(g.errs) != 2 || !errors.Is(g.errs[0], ErrTooLarge) || !errors.Is(g.errs[1], ErrTooLarge) {
		t.Fatalf("errors = %v; want two ErrTooLarge", g.errs)
	}
	if len(g.docs) != 1 || g.docs[0].ID != "y" {
		t.Errorf("docs = %v; want y", g.docs)
	}
}

func TestMissingPath(t *testing.T) {
	g := collect(t, NewReader(Options{}), "/no/such/file.txt")
	if len(g.errs) != 1 || !errors.Is(g.errs[0], os.ErrNotExist) {
		t.Errorf("errors = %v; want not-exist", g.errs)
	}
}

func TestSample(t *testing.T) {
	var docs []*Document
	err := NewReader(Options{}).WalkSample(context.Background(), func(d *Document, err error) error {
		if err != nil {
			t.Errorf("sample: %v", err)
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 10 {
		t.Fatalf("sample has %d documents; want at least 10", len(docs))
	}
	encs := map[string]bool{}
	for _, d := range docs {
		encs[d.Encoding] = true
	}
	if !encs[EncGB18030] {
		t.Error("sample has no GBK-encoded document")
	}
}

func TestPosition(t *testing.T) {
	d := &Document{Path: "x.txt", Line: 1, Orig: "第一行\n第二行abc\n"}
	if p := d.Position(6); p.String() != "x.txt:2:3" {
		t.Errorf("Position(6) = %s; want x.txt:2:3", p)
	}
}

// FuzzDecode: Decode never panics; what it accepts is valid UTF-8 without
// NUL, and what it refuses is a *Error wrapping ErrBinary or ErrEncoding.
func FuzzDecode(f *testing.F) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(sampleText))
	for _, s := range [][]byte{[]byte(sampleText), gbk, {0xFF, 0xFE, 0x41, 0}, {0xEF, 0xBB, 0xBF}, {0}, {0xc3}, nil} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, err := Decode(b)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || !(errors.Is(err, ErrBinary) || errors.Is(err, ErrEncoding)) {
				t.Fatalf("Decode(%q) error %v is not a corpus error", b, err)
			}
			return
		}
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
			t.Fatalf("Decode(%q) = %q: not clean UTF-8", b, text)
		}
	})
}

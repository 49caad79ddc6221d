package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/internal/browsertest"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
)

// pageMention is what the page shows of one mention: its pieces joined.
type pageMention struct {
	Doc  string `json:"doc"`
	C    string `json:"c"`
	X    int    `json:"x"`
	G    string `json:"g"`
	Text string `json:"text"`
}

type pageState struct {
	Mentions []pageMention       `json:"mentions"`
	Missed   map[string][]int    `json:"missed"` // doc → FN per category letter p, i, n, a
	Texts    map[string]string   `json:"texts"`  // doc → the text element's text
	Scripts  int                 `json:"scripts"`
	Docs     int                 `json:"docs"`
	Extra    map[string][]string `json:"extra"`
}

// statePage reads every highlight of the documents on the page, joining
// the pieces of one mention (data-m) in document order.
const statePage = `(() => {
  const out = {mentions: [], missed: {}, texts: {}, scripts: document.scripts.length, docs: 0, extra: {}};
  for (const sec of document.querySelectorAll('section.doc')) {
    out.docs++;
    const doc = sec.getAttribute('data-id');
    const groups = new Map();
    for (const m of sec.querySelectorAll('.text mark.hl')) {
      const k = m.getAttribute('data-m');
      if (!groups.has(k)) {
        const g = (m.className.match(/g-(\w+)/) || [null, ''])[1];
        groups.set(k, {doc, c: m.getAttribute('data-c'), x: Number(m.getAttribute('data-x')), g, text: ''});
      }
      groups.get(k).text += m.textContent;
    }
    out.mentions.push(...groups.values());
    out.missed[doc] = ['p', 'i', 'n', 'a'].map(c => { const ul = sec.querySelector('ul.missed-list[data-c="' + c + '"]'); return ul ? ul.children.length : 0; });
    out.texts[doc] = sec.querySelector('.text').textContent;
  }
  return out;
})()`

func readPage(t *testing.T, b *browsertest.Browser) pageState {
	t.Helper()
	st, err := chromedp.Run(b.Ctx, chromedp.Evaluate[pageState](statePage))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

var letters = map[string]string{"p": "projects", "i": "institutes", "n": "industries", "a": "amounts"}

// expectedMentions lists a record's mentions as the page must show them:
// category letter, item index, and the text of the span.
func expectedMentions(doc string, r *schema.Record, orig string) map[string]int {
	rs := []rune(orig)
	out := map[string]int{}
	add := func(c string, x int, s schema.Span) {
		out[fmt.Sprintf("%s|%s|%d|%s", doc, c, x, string(rs[s[0]:s[1]]))]++
	}
	for x, e := range r.Projects {
		for _, s := range e.Spans {
			add("p", x, s)
		}
	}
	for x, e := range r.Institutes {
		for _, s := range e.Spans {
			add("i", x, s)
		}
	}
	for x, e := range r.Industries {
		for _, s := range e.Spans {
			add("n", x, s)
		}
	}
	for x, a := range r.Amounts {
		add("a", x, a.Span)
	}
	return out
}

// TestReportSampleInBrowser: on the sample corpus, every highlight's text
// is its mention's text[start:end], and the page has exactly the record's
// mentions, category by category; the page fetches nothing.
func TestReportSampleInBrowser(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	mustRun(t, "report", "-q", "--page-size", "100", "-o", out)
	b := browsertest.Open(t, "file://"+out)
	st := readPage(t, b)
	if st.Docs != 10 {
		t.Fatalf("%d documents on the page; want the sample's 10", st.Docs)
	}
	want := map[string]int{}
	e := recorder(t)
	err := corpus.NewReader(corpus.Options{}).WalkSample(context.Background(), func(doc *corpus.Document, err error) error {
		if err != nil {
			return err
		}
		r, err := e.Record(context.Background(), doc)
		if err != nil {
			return err
		}
		for k, n := range expectedMentions(doc.ID, r, doc.Orig) {
			want[k] += n
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, m := range st.Mentions {
		got[fmt.Sprintf("%s|%s|%d|%s", m.Doc, m.C, m.X, m.Text)]++
	}
	if len(want) == 0 || !mapsEqual(got, want) {
		t.Errorf("the page's mentions differ from the records'")
		for k, n := range want {
			if got[k] != n {
				t.Errorf("  %s: %d on the page, %d in the record", k, got[k], n)
			}
		}
		for k, n := range got {
			if want[k] == 0 {
				t.Errorf("  %s: %d on the page, none in the record", k, n)
			}
		}
	}
	b.CheckOffline(t, "file://"+out)
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// The report's own test corpus: a signing with a gold file that finds
// some right, some wrong and misses some, and a hostile document.
const reportDocA = "青山市人民政府与北岭科技集团有限公司签署合作协议。北岭智能装备产业园项目总投资50亿元，重点发展新材料产业。白沙银行青山分行将提供20亿元融资。"

const reportGoldA = `id: a
projects:
  - name: 北岭智能装备产业园
    industry: 新材料
    investment: {value: 5000000000, currency: CNY}
  - name: 青山数据中心
institutes:
  - {name: 青山市人民政府, kind: government}
  - {name: 北岭科技集团有限公司, kind: company}
industries:
  - name: 新材料
  - name: 智能装备
amounts:
  - {text: 50亿元, value: 5000000000, currency: CNY, role: investment}
  - {text: 20亿元, value: 2000000000, currency: CNY, role: financing}
`

const reportHostile = "青山市人民政府发布公告<script>alert(1)</script></textarea>\" onmouseover=\"alert(2)\" javascript:alert(3) </script><script>alert(4)</script>，“<img src=x onerror=alert(5)>产业园”项目总投资3亿元。"

// TestReportGoldAndHostileInBrowser: gold marks agree with the scorer's
// counts (TP and FP marks, missed names), a hostile document shows as text
// and runs nothing, the page fetches nothing, and the keyboard moves from
// mention to mention.
func TestReportGoldAndHostileInBrowser(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": reportDocA, "a.gold.yaml": reportGoldA, "hostile.txt": reportHostile} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "report.html")
	mustRun(t, "report", "-q", "-o", out, dir)
	b := browsertest.Open(t, "file://"+out)
	st := readPage(t, b)
	if st.Docs != 2 {
		t.Fatalf("%d documents on the page; want 2", st.Docs)
	}
	if st.Scripts != 2 {
		t.Errorf("%d script elements; want the page's own 2", st.Scripts)
	}
	if got := st.Texts["hostile"]; got != reportHostile {
		t.Errorf("the hostile text shows as %q", got)
	}

	// The scorer's verdicts on the same record and gold.
	e := recorder(t)
	doc, err := corpus.ReadSource(filepath.Join(dir, "a.txt"), 0)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.Record(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	g, err := score.ParseGold("a.gold.yaml", []byte(reportGoldA), "a")
	if err != nil {
		t.Fatal(err)
	}
	rep := score.NewReport()
	rep.Add(g, r)
	for i, c := range []string{"p", "i", "n", "a"} {
		tp, fp := map[string]bool{}, map[string]bool{}
		for _, m := range st.Mentions {
			if m.Doc != "a" || m.C != c {
				continue
			}
			key := fmt.Sprint(m.X)
			if c == "a" { // amounts count by distinct value
				key = string(r.Amounts[m.X].Value) + r.Amounts[m.X].Currency
			}
			switch m.G {
			case "tp":
				tp[key] = true
			case "fp", "dup":
				fp[key] = true
			}
		}
		want := rep.Counts[letters[c]]
		if len(tp) != want.TP || len(fp) != want.FP || st.Missed["a"][i] != want.FN {
			t.Errorf("%s: page TP %d FP %d FN %d; scorer %+v", letters[c], len(tp), len(fp), st.Missed["a"][i], *want)
		}
	}
	if c := rep.Counts["projects"]; c.TP == 0 || c.FN == 0 {
		t.Errorf("the test gold should give some right and some missed projects: %+v", *c)
	}

	// j focuses the first highlight, j again the next; Enter on a project
	// marks its industry and investment as linked.
	const focused = `document.activeElement.getAttribute('data-m') + '/' + document.activeElement.closest('section').getAttribute('data-id')`
	key := func() string {
		t.Helper()
		if err := chromedp.Do(b.Ctx, chromedp.KeyEvent("j")); err != nil {
			t.Fatal(err)
		}
		s, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](focused))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	first := key()
	second := key()
	if first != "0/a" || second == first || !strings.HasSuffix(second, "/a") {
		t.Errorf("keyboard: j went to %s then %s; want 0/a, then another mention of a", first, second)
	}
	if err := chromedp.Do(b.Ctx, chromedp.Click(chromedp.CSS(`section[data-id="a"] .text mark.c-p`))); err != nil {
		t.Fatal(err)
	}
	linked, err := chromedp.Run(b.Ctx, chromedp.Evaluate[int](`document.querySelectorAll('section[data-id="a"] .text .linked').length`))
	if err != nil {
		t.Fatal(err)
	}
	if linked < 2 {
		t.Errorf("clicking a project linked %d highlights; want it and its investment at least", linked)
	}
	b.CheckOffline(t, "file://"+out)
}

func mustRun(t *testing.T, args ...string) {
	t.Helper()
	if code, _, stderr := runCLI(t, "", args...); code != 0 {
		t.Fatalf("pressmine %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
}

// TestReportRealNewsInBrowser: the real-news corpus (3,083 documents,
// beside the checkout) gives a page that shows its first documents within
// seconds, renders one page of documents only, and keeps the browser's
// memory bounded.
func TestReportRealNewsInBrowser(t *testing.T) {
	src := filepath.Join("..", "..", "..", "shared", "corpus", "real-news.jsonl")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("skipping: %s not here (it is beside the checkout only)", src)
	}
	out := filepath.Join(t.TempDir(), "report.html")
	mustRun(t, "report", "-q", "-o", out, src)
	start := time.Now()
	b := browsertest.Open(t, "file://"+out)
	if err := chromedp.Do(b.Ctx, chromedp.WaitVisible(chromedp.CSS("section.doc"))); err != nil {
		t.Fatal(err)
	}
	paint := time.Since(start)
	type stats struct {
		Sections int     `json:"sections"`
		Heap     float64 `json:"heap"`
		Info     string  `json:"info"`
	}
	st, err := chromedp.Run(b.Ctx, chromedp.Evaluate[stats](`({sections: document.querySelectorAll('section.doc').length,
		heap: performance.memory ? performance.memory.usedJSHeapSize : 0, info: document.getElementById('pageinfo').textContent})`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("real-news: first documents after %v, %d sections, JS heap %.0f MB, %s", paint.Round(time.Millisecond), st.Sections, st.Heap/1e6, st.Info)
	if st.Sections != 20 || !strings.Contains(st.Info, "of 3083") {
		t.Errorf("%d documents rendered (%s); want one page of 20 of 3083", st.Sections, st.Info)
	}
	if paint > 20*time.Second {
		t.Errorf("first documents after %v", paint)
	}
	if st.Heap > 400e6 {
		t.Errorf("JS heap %.0f MB", st.Heap/1e6)
	}
	// A search narrows the list to the documents that name it.
	if err := chromedp.Do(b.Ctx, chromedp.SendKeys(chromedp.ID("q"), "eb-00002")); err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(b.Ctx, chromedp.Evaluate[int](`document.querySelectorAll('section.doc').length`))
	if err != nil || n != 1 {
		t.Errorf("search for one id shows %d documents (%v)", n, err)
	}
	b.CheckOffline(t, "file://"+out)
}

// TestReportMaxDocs: --max-docs cuts the report.
func TestReportMaxDocs(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	code, _, stderr := runCLI(t, "", "report", "-o", out, "--max-docs", "3")
	if code != 0 || !strings.Contains(stderr, "3 documents") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(b, []byte(`"id":"03-yunling-park"`)) || bytes.Contains(b, []byte(`"id":"04-halfwidth"`)) {
		t.Errorf("the page does not hold exactly the first 3 documents (%v)", err)
	}
}

// TestReportRecords: --records reads the records extract wrote; a record
// that no longer fits its text is the document's error, at its place.
func TestReportRecords(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, "extract", "-q", "-o", dir)
	p := filepath.Join(dir, "09-finance.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// A name edited by hand no longer slices the text at its span.
	edited := strings.Replace(string(b), "name: ", "name: 改", 1)
	if edited == string(b) {
		t.Fatal("the record has no name to edit")
	}
	os.WriteFile(p, []byte(edited), 0o644)
	out := filepath.Join(t.TempDir(), "report.html")
	code, _, stderr := runCLI(t, "", "report", "--records", dir, "-o", out)
	if code != 0 || !strings.Contains(stderr, "10 documents (1 with errors)") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, _ := os.ReadFile(out)
	if !bytes.Contains(page, []byte("09-finance.yaml:")) {
		t.Error("the page does not name the record file and line of the error")
	}
}

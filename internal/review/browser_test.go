package review

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pressmine/pressmine/internal/browsertest"
)

// waitFile waits until the gold file satisfies ok.
func waitFile(t *testing.T, p string, ok func(string) bool, what string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if b, err := os.ReadFile(p); err == nil && ok(string(b)) {
			return
		}
	}
	b, _ := os.ReadFile(p)
	t.Fatalf("%s: the gold file is\n%s", what, b)
}

const selectText = `((s) => {
  const text = document.getElementById('text');
  const walk = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const k = n.data.indexOf(s);
    if (k >= 0) {
      const r = document.createRange();
      r.setStart(n, k);
      r.setEnd(n, k + s.length);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
      return true;
    }
  }
  return false;
})`

// TestReviewInBrowser: with the keyboard alone, select a name and press i
// (the gold file gains exactly that institute), focus a mention and press
// x (it leaves), reload (the page shows what was saved), move to the next
// document with ].
func TestReviewInBrowser(t *testing.T) {
	s, dir := newTestServer(t, nil, "")
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := browsertest.Open(t, ts.URL+"/#a")
	gold := filepath.Join(dir, "a.gold.yaml")
	marks := `Array.from(document.querySelectorAll('#text mark[data-c="i"]')).map(m => m.textContent)`

	if err := chromedp.Do(b.Ctx, chromedp.WaitVisible(chromedp.CSS(`#text mark[data-c="i"]`))); err != nil {
		t.Fatal(err)
	}
	ok, err := chromedp.Run(b.Ctx, chromedp.Evaluate[bool](selectText+`('白沙银行')`))
	if err != nil || !ok {
		t.Fatalf("could not select 白沙银行: %v", err)
	}
	if err := chromedp.Do(b.Ctx, chromedp.KeyEvent("i")); err != nil {
		t.Fatal(err)
	}
	waitFile(t, gold, func(s string) bool { return strings.Contains(s, "name: 白沙银行") }, "after i on 白沙银行")
	if b, _ := os.ReadFile(gold); strings.Count(string(b), "name:") != 5 {
		t.Errorf("the gold file should hold the 4 suggestions and the one added:\n%s", b)
	}

	// Reject 青山市人民政府: focus it (j moves mention to mention) and press x.
	for i := 0; i < 10; i++ {
		cur, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](`document.activeElement.textContent`))
		if err != nil {
			t.Fatal(err)
		}
		if cur == "青山市人民政府" {
			break
		}
		if err := chromedp.Do(b.Ctx, chromedp.KeyEvent("j")); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(b.Ctx, chromedp.KeyEvent("x")); err != nil {
		t.Fatal(err)
	}
	waitFile(t, gold, func(s string) bool { return !strings.Contains(s, "青山市人民政府") }, "after x on 青山市人民政府")
	// u undoes the rejection; b then takes a selection as a name's new
	// boundary: 北岭科技集团有限公司 becomes 北岭科技集团.
	if err := chromedp.Do(b.Ctx, chromedp.KeyEvent("u")); err != nil {
		t.Fatal(err)
	}
	waitFile(t, gold, func(s string) bool { return strings.Contains(s, "青山市人民政府") }, "after u")
	if _, err := chromedp.Run(b.Ctx, chromedp.Evaluate[bool](`document.querySelector('#text mark[data-c="i"][data-x="1"]').focus() || true`)); err != nil {
		t.Fatal(err)
	}
	if ok, err := chromedp.Run(b.Ctx, chromedp.Evaluate[bool](selectText+`('北岭科技集团')`)); err != nil || !ok {
		t.Fatalf("could not select 北岭科技集团: %v", err)
	}
	if err := chromedp.Do(b.Ctx, chromedp.KeyEvent("b")); err != nil {
		t.Fatal(err)
	}
	waitFile(t, gold, func(s string) bool { return strings.Contains(s, "name: 北岭科技集团\n") }, "after b")

	// Reload: the page reads the gold file.
	if err := chromedp.Do(b.Ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#text mark[data-c="i"]`))); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(b.Ctx, chromedp.Evaluate[[]string](marks))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "青山市人民政府,北岭科技集团,白沙银行" {
		t.Errorf("after a reload the institutes are %v", got)
	}
	docid, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](`document.getElementById('docid').textContent`))
	if err != nil || !strings.Contains(docid, "(reviewed)") {
		t.Errorf("docid %q (%v)", docid, err)
	}

	// Re-label with the mouse: the industry 新材料 becomes a project.
	if err := chromedp.Do(b.Ctx, chromedp.SetValue(chromedp.CSS(`select[data-relabel="n0"]`), "project")); err != nil {
		t.Fatal(err)
	}
	waitFile(t, gold, func(s string) bool {
		return !strings.Contains(s, "industries:") && strings.Contains(s, "name: 新材料")
	}, "after re-labelling 新材料")

	// ] goes to the next document in the queue.
	if err := chromedp.Do(b.Ctx, chromedp.KeyEvent("]")); err != nil {
		t.Fatal(err)
	}
	var next string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		next, _ = chromedp.Run(b.Ctx, chromedp.Evaluate[string](`document.getElementById('docid').textContent`))
		if strings.HasPrefix(next, "b ") {
			break
		}
	}
	if !strings.HasPrefix(next, "b ") {
		t.Errorf("] showed %q; want document b", next)
	}
	b.CheckOffline(t, ts.URL+"/*")
}

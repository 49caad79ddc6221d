// Package browsertest opens pages in headless Chromium for tests, with
// chromedp: Debian's chromium (or $PRESSMINE_CHROMIUM). Without a browser
// a test skips, except under CI, where .ci/run installs one.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browserPath finds headless Chromium: $PRESSMINE_CHROMIUM, or chromium
// (Debian's package) or Chrome on the PATH. Without one the browser tests
// skip, but not in CI, where .ci/run installs Chromium.
func browserPath(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("PRESSMINE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium on this machine; .ci/run installs Debian's chromium")
	}
	t.Skip("skipping: no Chromium on this machine (apt-get install chromium, or set PRESSMINE_CHROMIUM)")
	return ""
}

// Browser is a page open in headless Chromium: Ctx runs actions in it,
// and every request, dialog and script exception it makes is recorded.
type Browser struct {
	Ctx      context.Context
	mu       sync.Mutex
	requests []string
	dialogs  []string
	errors   []string // exceptions the page's script threw
}

// Open opens url in headless Chromium and waits for its body.
func Open(t testing.TB, url string) *Browser {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browserPath(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1800),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	tctx, cancelT := context.WithTimeout(bctx, 60*time.Second)
	t.Cleanup(cancelT)
	b := &Browser{Ctx: tctx}
	err := chromedp.Listen(bctx, func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			b.requests = append(b.requests, e.Request.URL)
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.errors = append(b.errors, fmt.Sprintf("%s (line %d, col %d)", msg, d.LineNumber+1, d.ColumnNumber+1))
		case *page.EventJavascriptDialogOpening:
			b.dialogs = append(b.dialogs, e.Message)
			go chromedp.Call(bctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatal(err)
	}
	return b
}

// CheckOffline fails t when the page asked for anything but the allowed
// URLs (one ending in * allows every URL it starts), opened a dialog or
// threw.
func (b *Browser) CheckOffline(t testing.TB, allowed ...string) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, u := range b.requests {
		if !slices.ContainsFunc(allowed, func(a string) bool {
			return u == a || strings.HasSuffix(a, "*") && strings.HasPrefix(u, strings.TrimSuffix(a, "*"))
		}) {
			t.Errorf("the page made a request: %s", u)
		}
	}
	if len(b.dialogs) > 0 {
		t.Errorf("the page opened dialogs: %q", b.dialogs)
	}
	if len(b.errors) > 0 {
		t.Errorf("the page's script threw: %q", b.errors)
	}
}

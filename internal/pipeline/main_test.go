package pipeline

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/pressmine/pressmine/extract/segment/jieba"
)

var (
	recorderOnce sync.Once
	testEngine   *Recorder
	recorderErr  error
)

// engine returns the process-wide test Engine, with the default (native)
// segmenter; the dictionary load takes about half a second, so it is built
// once.
func recorder(t testing.TB) *Recorder {
	t.Helper()
	recorderOnce.Do(func() {
		var seg *jieba.Native
		seg, recorderErr = jieba.NewNative(jieba.Options{})
		if recorderErr != nil {
			return
		}
		testEngine, recorderErr = NewRecorder(seg, nil)
	})
	if recorderErr != nil {
		t.Fatal(recorderErr)
	}
	return testEngine
}

// sharedDir finds ../shared beside the checkout (or $PRESSMINE_SHARED),
// or skips the test with a clear message when it is absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	if d := os.Getenv("PRESSMINE_SHARED"); d != "" {
		return filepath.Join(d, sub)
	}
	wd, _ := os.Getwd()
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", sub)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	t.Skipf("skipping: ../shared/%s is not beside this checkout (set PRESSMINE_SHARED to point at it)", sub)
	return ""
}

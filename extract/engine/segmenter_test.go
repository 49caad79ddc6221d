package engine

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/pressmine/pressmine/extract/segment/jieba"
)

var (
	nativeSegOnce sync.Once
	nativeSeg     *jieba.Native
	nativeSegErr  error
)

// nativeSegmenter is the tests' shared Native segmenter, loaded once.
func nativeSegmenter(t testing.TB) *jieba.Native {
	nativeSegOnce.Do(func() { nativeSeg, nativeSegErr = jieba.NewNative(jieba.Options{}) })
	if nativeSegErr != nil {
		t.Fatal(nativeSegErr)
	}
	return nativeSeg
}

var (
	peerSegOnce sync.Once
	peerSeg     *jieba.Jieba
	peerSegErr  error
)

// peerSegmenter is the tests' shared gojieba segmenter, loaded once.
func peerSegmenter(t testing.TB) *jieba.Jieba {
	peerSegOnce.Do(func() {
		peerSeg, peerSegErr = jieba.NewJieba(jieba.Options{CacheDir: filepath.Join(os.TempDir(), "pressmine-test-cache")})
	})
	if peerSegErr != nil {
		t.Fatal(peerSegErr)
	}
	return peerSeg
}

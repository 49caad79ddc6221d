package jieba

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var (
	peerSegOnce sync.Once
	peerSeg     *Jieba
	peerSegErr  error
)

func peerSegmenter(t *testing.T) *Jieba {
	peerSegOnce.Do(func() {
		peerSeg, peerSegErr = NewJieba(Options{CacheDir: filepath.Join(os.TempDir(), "pressmine-test-cache")})
	})
	if peerSegErr != nil {
		t.Fatal(peerSegErr)
	}
	return peerSeg
}

var (
	nativeSegOnce sync.Once
	nativeSeg     *Native
	nativeSegErr  error
)

// nativeSegmenter is the package's shared Native, loaded once.
func nativeSegmenter(t *testing.T) *Native {
	nativeSegOnce.Do(func() { nativeSeg, nativeSegErr = NewNative(Options{}) })
	if nativeSegErr != nil {
		t.Fatal(nativeSegErr)
	}
	return nativeSeg
}

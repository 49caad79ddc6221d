package corpus

import (
	"context"
	"embed"
	"io/fs"
	"path"
	"strings"
)

// sampleFS holds the sample corpus: short press releases written for this
// project (the places and companies are invented). One is GBK-encoded, one
// uses half-width punctuation, one is an HTML page.
//
//go:embed sample
var sampleFS embed.FS

// SamplePrefix starts the Path of every sample document.
const SamplePrefix = "sample/"

// WalkSample reads the embedded sample corpus like Walk reads a folder.
func (r *Reader) WalkSample(ctx context.Context, fn Func) error {
	entries, err := fs.ReadDir(sampleFS, "sample")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		raw, err := sampleFS.ReadFile("sample/" + name)
		if err != nil {
			return err
		}
		if err := r.emitRaw(SamplePrefix+name, strings.TrimSuffix(name, path.Ext(name)), raw, fn); err != nil {
			return err
		}
	}
	return nil
}

// SampleFile returns the raw bytes of one sample file, by the Path that
// WalkSample gave its document.
func SampleFile(p string) ([]byte, bool) {
	if !strings.HasPrefix(p, SamplePrefix) {
		return nil, false
	}
	b, err := sampleFS.ReadFile("sample/" + strings.TrimPrefix(p, SamplePrefix))
	return b, err == nil
}

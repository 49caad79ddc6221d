package fsutil

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// CacheDir returns a writable folder named name under base, creating it.
// With base empty it tries the user cache folder (os.UserCacheDir, then
// pressmine/) and then the temporary folder (pressmine-cache/), so that a
// binary copied to a machine without a home still finds one. Embedded
// assets that a library can only read from disk (gojieba's dictionaries)
// are written there once and reused by later runs.
func CacheDir(base, name string) (string, error) {
	var tried []string
	for _, cand := range cacheCandidates(base) {
		dir := filepath.Join(cand, name)
		if err := os.MkdirAll(dir, 0o755); err == nil {
			probe := filepath.Join(dir, ".probe")
			if err := os.WriteFile(probe, nil, 0o644); err == nil {
				os.Remove(probe)
				return dir, nil
			}
		}
		tried = append(tried, dir)
	}
	return "", fmt.Errorf("no writable cache folder (tried %s)", strings.Join(tried, ", "))
}

func cacheCandidates(base string) []string {
	if base != "" {
		return []string{base}
	}
	var c []string
	if d, err := os.UserCacheDir(); err == nil {
		c = append(c, filepath.Join(d, "pressmine"))
	}
	return append(c, filepath.Join(os.TempDir(), "pressmine-cache"))
}

// WriteOnce makes dir/name hold b: it leaves a file that already holds b
// alone, and otherwise writes it atomically (Write). It returns the path.
func WriteOnce(dir, name string, b []byte) (string, error) {
	out := filepath.Join(dir, name)
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, b) {
		return out, nil
	}
	return out, Write(out, b)
}

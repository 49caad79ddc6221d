// Package fsutil holds the file handling every layer may need: atomic
// writes and the user cache folder for embedded assets.
//
// Write writes files so that a reader, or a later run after
// a crash, sees either the old file or the whole new one: a temporary file
// in the same folder (named .pressmine-*.tmp), synced, then renamed.
package fsutil

import (
	"os"
	"path/filepath"
)

// TempPattern names the temporary files; a run may remove leftovers of a
// killed one that match it.
const TempPattern = ".pressmine-*.tmp"

// Write writes b to path atomically. The file is readable by all
// (0644), as files a program writes for its user usually are; the
// temporary file it starts as is the user's alone.
func Write(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), TempPattern)
	if err != nil {
		return err
	}
	werr := f.Chmod(0o644)
	if werr == nil {
		_, werr = f.Write(b)
	}
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(f.Name(), path)
	}
	if werr != nil {
		os.Remove(f.Name())
	}
	return werr
}

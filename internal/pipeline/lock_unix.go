//go:build unix

package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockName is the lock file of an output folder.
const lockName = ".pressmine.lock"

// lockDir makes this run the only one writing into dir (an advisory lock
// on dir/.pressmine.lock, released when the process ends however it
// ends): two runs into one folder would remove each other's temporary
// files and race on the same records.
func lockDir(dir string) (func(), error) {
	p := filepath.Join(dir, lockName)
	f, err := os.OpenFile(p, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: another pressmine run is writing into this folder (it holds %s)", dir, p)
		}
		return nil, fmt.Errorf("%s: %v", p, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

//go:build unix

package corpus

import (
	"os"
	"syscall"
)

// openRegular opens p for reading without blocking on a named pipe or a
// device (O_NONBLOCK: opening a FIFO with no writer would wait for ever),
// and refuses anything that is not a regular file once open.
func openRegular(p string) (*os.File, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	if err := regular(f); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

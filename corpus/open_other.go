//go:build !unix

package corpus

import "os"

// openRegular opens p for reading and refuses anything that is not a
// regular file.
func openRegular(p string) (*os.File, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	if err := regular(f); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

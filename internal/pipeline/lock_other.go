//go:build !unix

package pipeline

// lockDir does not lock where flock is not available.
func lockDir(dir string) (func(), error) { return func() {}, nil }

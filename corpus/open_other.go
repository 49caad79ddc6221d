//go:build !unix

package corpus

// nonBlock is no flag where O_NONBLOCK does not exist.
const nonBlock = 0

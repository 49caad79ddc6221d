//go:build unix

package corpus

import "syscall"

// nonBlock opens a file without blocking on a named pipe with no writer
// or a device (openRegular then refuses it).
const nonBlock = syscall.O_NONBLOCK

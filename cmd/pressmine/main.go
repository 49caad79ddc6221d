// Command pressmine turns Chinese press releases into structured,
// validated YAML records. Run 'pressmine help' for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/pressmine/pressmine/internal/pipeline"
)

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := pipeline.Main(ctx, os.Args[1:], pipeline.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}

// tuneGC trades a little Go heap for less collection: most of the memory
// is gojieba's dictionary, off the Go heap, so collecting at 4× the live
// heap, within a 100 MiB soft limit, saves about a third of the time at the
// same peak RSS (measured with make bench). GOGC and GOMEMLIMIT in the
// environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(100 << 20)
	}
}

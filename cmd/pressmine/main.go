// Command pressmine turns Chinese press releases into structured,
// validated YAML records. Run 'pressmine help' for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/pressmine/pressmine/internal/pipeline"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := pipeline.Main(ctx, os.Args[1:], pipeline.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}

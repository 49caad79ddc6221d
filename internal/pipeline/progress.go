package pipeline

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sync"
	"time"

	"github.com/pressmine/pressmine/fsutil"
)

// progressBar draws one line on a terminal: documents, MB, MB/s and, when
// the input size is known, an ETA. It redraws at most five times a second.
type progressBar struct {
	mu      sync.Mutex
	w       io.Writer
	total   int64 // bytes of input, 0 when unknown
	start   time.Time
	last    time.Time
	drawn   bool
	current string
}

func newProgressBar(w io.Writer, total int64) *progressBar {
	return &progressBar{w: w, total: total, start: time.Now()}
}

func (p *progressBar) update(s Summary, n int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	secs := now.Sub(p.start).Seconds()
	mb := float64(n) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	line := fmt.Sprintf("%d documents, %.1f MB, %.2f MB/s, %d errors", s.Read, mb, rate, s.Failed)
	if p.total > 0 && rate > 0 {
		// Input bytes on disk and decoded text differ a little; the ETA is
		// an estimate.
		left := float64(p.total)/1e6 - mb
		if left < 0 {
			left = 0
		}
		line += fmt.Sprintf(", ETA %s", (time.Duration(left/rate) * time.Second).Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.drawn = true
}

func (p *progressBar) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// totalBytes adds up the sizes of the files under args (0 for stdin or the
// sample corpus), for the ETA.
func totalBytes(args []string) int64 {
	var n int64
	for _, a := range args {
		if a == "-" {
			return 0
		}
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					n += info.Size()
				}
			}
			return nil
		})
	}
	return n
}

// writeReport writes a run's counts and errors as JSON, atomically.
func writeReport(path string, s Summary, started time.Time, runErr error) error {
	if s.Errors == nil {
		s.Errors = []ReportedError{}
	}
	rep := struct {
		Summary
		Started  time.Time `json:"started"`
		Seconds  float64   `json:"seconds"`
		RunError string    `json:"run_error,omitempty"`
	}{Summary: s, Started: started.UTC(), Seconds: time.Since(started).Seconds()}
	if runErr != nil {
		rep.RunError = runErr.Error()
	}
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	return fsutil.Write(path, append(b, '\n'))
}

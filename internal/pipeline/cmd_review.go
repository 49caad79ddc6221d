package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"time"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/internal/review"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
)

func cmdReview(ctx context.Context, args []string, sio IO) int {
	fs := newFlagSet("review", "[flags] DIR", `Serves the sources under DIR for review in the browser (open the URL it prints).
Each document shows its text with the mentions highlighted, from NAME.gold.yaml
when there is one, else from extraction with the current model. Accept, reject,
re-label, add (select text and press a key), fix a boundary, set attributes and
links; every change is saved at once, atomically, as NAME.gold.yaml, which
check and train read. Stop it with Ctrl-C; a review resumes where it stopped.
`, sio)
	var sf segFlags
	sf.register(fs)
	var mf modelFlag
	mf.register(fs)
	addr := fs.String("addr", "127.0.0.1:8765", "listen on `ADDR` (loopback by default; port 0 picks a free one)")
	order := fs.String("order", "", "queue `ORDER`: \"\" (the folder's, documents not yet reviewed first) or \"uncertain\" (also the model's least sure first)")
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	if fs.NArg() != 1 || (*order != "" && *order != "uncertain") {
		fmt.Fprintln(sio.Stderr, "pressmine review: want one DIR, and --order \"\" or uncertain")
		return ExitUsage
	}
	rec, seg, _, err := loadRecorder(&sf, &mf, nil)
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine review: %v\n", err)
		return ExitUsage
	}
	defer seg.Close()
	srv, err := review.New(ctx, fs.Arg(0), suggester{rec}, review.Options{Order: *order})
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine review: %v\n", err)
		return ExitUsage
	}
	ln, hosts, err := review.Listen(*addr)
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine review: %v\n", err)
		return ExitUsage
	}
	srv.Allow(hosts...)
	if a := ln.Addr().(*net.TCPAddr); !a.IP.IsLoopback() {
		fmt.Fprintf(sio.Stderr, "pressmine review: warning: %s is not loopback: anyone who can reach it and read the page can edit the gold files\n", a)
	}
	fmt.Fprintf(sio.Stderr, "pressmine review: http://%s/ (Ctrl-C stops)\n", ln.Addr())
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
		return ExitOK
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(sio.Stderr, "pressmine review: %v\n", err)
			return ExitUsage
		}
	}
	return ExitOK
}

// suggester proposes a document's gold record from extraction.
type suggester struct{ rec *Recorder }

func (s suggester) Suggest(ctx context.Context, doc *corpus.Document) (*score.Gold, error) {
	r, err := s.rec.Record(ctx, doc)
	if err != nil {
		return nil, err
	}
	return goldOf(r), nil
}

// Uncertainty is the mean, over the ranker's candidates, of 1/(1+|score|):
// near 1 when the model is unsure of much, near 0 when it is sure of all.
func (s suggester) Uncertainty(ctx context.Context, doc *corpus.Document) float64 {
	r := s.rec.Engine.Ranker()
	if r == nil {
		return 0
	}
	cs, err := s.rec.Engine.Candidates(ctx, s.rec.Engine.Doc(nil, doc))
	if err != nil || len(cs) == 0 {
		return 0
	}
	sum := 0.0
	for _, c := range cs {
		sum += 1 / (1 + math.Abs(r.ScoreNamed(c.Feats)))
	}
	return sum / float64(len(cs))
}

func (s suggester) ReadAmount(text string) (schema.Number, string, bool) {
	v, _, cur, ok := s.rec.Engine.Reparse(text)
	if !ok || cur == "" {
		return "", "", false
	}
	n, err := schema.NewNumber(v)
	return n, cur, err == nil
}

// goldOf is a record in the gold format.
func goldOf(r *schema.Record) *score.Gold {
	g := &score.Gold{ID: r.ID}
	for _, p := range r.Projects {
		gp := score.GoldProject{Name: p.Name, Aliases: p.Aliases, Investment: p.Investment}
		if p.Industry != nil {
			gp.Industry = *p.Industry
		}
		g.Projects = append(g.Projects, gp)
	}
	for _, e := range r.Institutes {
		g.Institutes = append(g.Institutes, score.GoldEntity{Name: e.Name, Aliases: e.Aliases, Kind: e.Kind})
	}
	for _, e := range r.Industries {
		g.Industries = append(g.Industries, score.GoldEntity{Name: e.Name, Aliases: e.Aliases})
	}
	seen := map[string]bool{} // a sum written twice (title and body) is one
	for _, a := range r.Amounts {
		if k := a.Text + "\x00" + a.Role; !seen[k] {
			seen[k] = true
			g.Amounts = append(g.Amounts, score.GoldAmount{Text: a.Text, Value: a.Value, Currency: a.Currency, Max: a.Max, Approx: a.Approx, Role: a.Role})
		}
	}
	return g
}

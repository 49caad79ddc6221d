package engine

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/rank"
)

// ZZPROBE="text or @file" go test ./extract/engine -run TestZZProbe -v
func TestZZProbe(t *testing.T) {
	in := os.Getenv("ZZPROBE")
	if in == "" {
		t.Skip()
	}
	var texts []string
	for _, s := range strings.Split(in, "|") {
		if strings.HasPrefix(s, "@") {
			b, _ := os.ReadFile(s[1:])
			s = string(b)
		}
		texts = append(texts, s)
	}
	p := testPipeline(t)
	r, err := rank.DefaultRanker()
	if err != nil {
		t.Fatal(err)
	}
	p = p.WithRanker(r)
	ctx := context.Background()
	for _, text := range texts {
		d := p.Doc(nil, &corpus.Document{Orig: text})
		found, _ := p.ruleMentions(ctx, d)
		for _, km := range found {
			if km.Kind == extract.KindAmount {
				continue
			}
			counts := map[string]int{}
			for _, m := range km.Mentions {
				counts[m.Name]++
			}
			for _, m := range km.Mentions {
				sc := 0.0
				if rank.Judges(km.Kind) {
					sc = r.Score(d, found, m, 0, counts[m.Name])
				}
				fmt.Printf("RULE %-10s %-28s via=%-10s label=%-10s weak=%v score=%.2f\n", km.Kind, m.Name, m.Via, m.Label, m.Weak, sc)
			}
		}
		res, err := p.Run(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		var ps, is, ins []string
		for _, e := range res.Projects {
			ps = append(ps, e.Name)
		}
		for _, e := range res.Institutes {
			is = append(is, e.Name+"/"+e.Label)
		}
		for _, e := range res.Industries {
			ins = append(ins, e.Name)
		}
		fmt.Println("PROJECTS  ", ps)
		fmt.Println("INSTITUTES", is)
		fmt.Println("INDUSTRIES", ins)
		var toks []string
		for _, tk := range d.Tokens {
			toks = append(toks, tk.Text+"/"+tk.POS)
		}
		fmt.Println("TOKENS", strings.Join(toks, " "))
	}
}

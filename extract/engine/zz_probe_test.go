package engine

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/rank"
)

// ZZPROBE="text|@file" go test ./extract/engine -run TestZZProbe -v
func TestZZProbe(t *testing.T) {
	text := os.Getenv("ZZPROBE")
	if text == "" {
		t.Skip()
	}
	if strings.HasPrefix(text, "@") {
		b, _ := os.ReadFile(text[1:])
		text = string(b)
	}
	p := testPipeline(t)
	if os.Getenv("ZZNORANK") == "" {
		r, err := rank.DefaultRanker()
		if err != nil {
			t.Fatal(err)
		}
		p = p.WithRanker(r)
	} else {
		p = p.WithRanker(nil)
	}
	d := p.Doc(nil, &corpus.Document{Orig: text})
	var b strings.Builder
	for _, tk := range d.Tokens {
		fmt.Fprintf(&b, "%s/%s ", tk.Text, tk.POS)
	}
	t.Log(b.String())
	found, _ := p.ruleMentions(context.Background(), d)
	for _, km := range found {
		for _, m := range km.Mentions {
			if m.Amount == nil {
				t.Logf("rule %v %q via=%q label=%q weak=%v known=%v listed=%v", m.Kind, m.Text, m.Via, m.Label, m.Weak, m.Known, m.Listed)
			}
		}
	}
	r, err := p.Run(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Projects {
		inv := ""
		if e.Investment != nil {
			inv = fmt.Sprintf("%v", *e.Investment)
		}
		t.Logf("PROJECT %q industry=%q inv=%s", e.Name, e.Industry, inv)
	}
	for _, e := range r.Institutes {
		t.Logf("INST %q %v", e.Name, e.Label)
	}
	for _, e := range r.Industries {
		t.Logf("IND %q", e.Name)
	}
}

// ZZSEG=file: one name a line; prints word/POS of each.
func TestZZSeg(t *testing.T) {
	f := os.Getenv("ZZSEG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	p := testPipeline(t)
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		d := p.Doc(nil, &corpus.Document{Orig: line})
		out.WriteString(line + "\t")
		for _, tk := range d.Tokens {
			fmt.Fprintf(&out, "%s/%s ", tk.Text, tk.POS)
		}
		out.WriteString("\n")
	}
	os.WriteFile(f+".seg", []byte(out.String()), 0o644)
}

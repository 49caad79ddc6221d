package engine_test

import (
	"context"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/engine"
	"github.com/pressmine/pressmine/extract/entity"
	"github.com/pressmine/pressmine/extract/link"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// kindVenue is a kind the engine has never heard of.
const kindVenue extract.Kind = "venue"

// venues is a toy extractor written outside the entity package, through
// the exported contract alone: it names every 会展中心 with the two code
// points before it (青山会展中心).
type venues struct{}

func (venues) Kind() extract.Kind { return kindVenue }
func (venues) Name() string       { return "venues" }

func (venues) Extract(_ context.Context, d *extract.Doc) ([]extract.Mention, error) {
	var out []extract.Mention
	rs := d.Runes
	for i := 2; i+4 <= len(rs); i++ {
		if string(rs[i:i+4]) == "会展中心" {
			out = append(out, d.Mention(kindVenue, textmap.Span{Start: i - 2, End: i + 4}))
		}
	}
	return out, nil
}

// TestToyExtractor: an extractor of a new kind, added from outside with
// Engine.With and one give-way rule, runs beside the default ones: its
// entities come out merged by name with spans into the original text, and
// the rule drops a venue inside a project while the project stays.
func TestToyExtractor(t *testing.T) {
	mc, err := money.DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	ec, err := entity.DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	seg := segment.Fake{Words: map[string]string{"会展中心": "n", "项目": "n", "签约": "v", "建设": "v"}}
	base, err := engine.New(seg, mc, ec)
	if err != nil {
		t.Fatal(err)
	}
	e := base.With([]extract.Extractor{venues{}},
		link.GiveWay{Kind: kindVenue, Other: extract.KindProject, When: link.Inside})
	if n := len(base.Extractors()); n != 4 {
		t.Fatalf("With changed the engine it was called on: %d extractors", n)
	}
	text := "青山会展中心举行签约仪式，青山会展中心迎来三千名来宾。"
	d := e.Doc(nil, &corpus.Document{Orig: text})
	r, err := e.Run(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Other[kindVenue]
	if len(got) != 1 || got[0].Name != "青山会展中心" || len(got[0].Spans) != 2 {
		t.Fatalf("venues = %+v; want 青山会展中心 with two spans", got)
	}
	rs := []rune(text)
	for _, sp := range got[0].Spans {
		if s := string(rs[sp.Start:sp.End]); s != "青山会展中心" {
			t.Errorf("span %v slices %q", sp, s)
		}
	}

	// A venue inside a project's name gives way to the project.
	kept := link.Resolve(extract.Found{
		{Kind: kindVenue, Mentions: []extract.Mention{d.Mention(kindVenue, textmap.Span{Start: 0, End: 6})}},
		{Kind: extract.KindProject, Mentions: []extract.Mention{d.Mention(extract.KindProject, textmap.Span{Start: 0, End: 8})}},
	}, []link.GiveWay{{Kind: kindVenue, Other: extract.KindProject, When: link.Inside}})
	if n := len(kept.Of(kindVenue)); n != 0 {
		t.Errorf("a venue inside a project kept (%d)", n)
	}
	if n := len(kept.Of(extract.KindProject)); n != 1 {
		t.Errorf("the project dropped (%d)", n)
	}
}

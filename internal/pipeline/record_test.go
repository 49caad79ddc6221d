package pipeline

import (
	"strings"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/link"
	"github.com/pressmine/pressmine/extract/textmap"
)

// TestToRecordOtherKind: entities of a kind the schema has no list for
// (an extractor added with engine.Engine.With) fail the document with a
// message naming the kind; they are never dropped silently.
func TestToRecordOtherKind(t *testing.T) {
	doc := &corpus.Document{ID: "d", Path: "d.txt", Orig: "青山会展中心"}
	r := &link.Result{Other: map[extract.Kind][]link.Entity{}}
	if _, err := ToRecord(doc, r); err != nil {
		t.Fatalf("no other entities: %v", err)
	}
	r.Other["venue"] = []link.Entity{{Name: "青山会展中心", Spans: []textmap.Span{{Start: 0, End: 6}}}}
	if _, err := ToRecord(doc, r); err == nil || !strings.Contains(err.Error(), "venue") {
		t.Fatalf("ToRecord with venues = %v; want an error naming the kind", err)
	}
}

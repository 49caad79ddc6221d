package schema

import "fmt"

// Kind names what a mention or entity is: one item of a category.
type Kind string

// The kinds a record lists.
const (
	KindProject   Kind = "project"
	KindInstitute Kind = "institute"
	KindIndustry  Kind = "industry"
	KindAmount    Kind = "amount"
)

// Category is one of a record's lists: its key in the record (and in gold
// files, scores and --min-f1), the kind of its items, and whether they are
// named entities (a name, aliases and spans) rather than amounts.
type Category struct {
	Name   string // "projects"
	Kind   Kind   // "project"
	Entity bool
}

// Categories is the one list of a record's categories, in record and
// report order. Everything that names a category (the schema, the scorer,
// check, the command line, the extractors' kinds) reads it.
var Categories = []Category{
	{Name: "projects", Kind: KindProject, Entity: true},
	{Name: "institutes", Kind: KindInstitute, Entity: true},
	{Name: "industries", Kind: KindIndustry, Entity: true},
	{Name: "amounts", Kind: KindAmount},
}

// CategoryNames lists the categories' names, in order.
func CategoryNames() []string {
	out := make([]string, len(Categories))
	for i, c := range Categories {
		out[i] = c.Name
	}
	return out
}

// CategoryNamed returns the category called name.
func CategoryNamed(name string) (Category, bool) {
	for _, c := range Categories {
		if c.Name == name {
			return c, true
		}
	}
	return Category{}, false
}

// CategoryOf returns the category whose items are of kind k.
func CategoryOf(k Kind) (Category, bool) {
	for _, c := range Categories {
		if c.Kind == k {
			return c, true
		}
	}
	return Category{}, false
}

// FirstSpan returns the first span of item i of category name in r (for
// an entity, its first mention; for an amount, its span).
func (r *Record) FirstSpan(name string, i int) (Span, bool) {
	if i < 0 {
		return Span{}, false
	}
	var spans Spans
	switch name {
	case "projects":
		if i < len(r.Projects) {
			spans = r.Projects[i].Spans
		}
	case "institutes":
		if i < len(r.Institutes) {
			spans = r.Institutes[i].Spans
		}
	case "industries":
		if i < len(r.Industries) {
			spans = r.Industries[i].Spans
		}
	case "amounts":
		if i < len(r.Amounts) {
			return r.Amounts[i].Span, true
		}
	}
	if len(spans) == 0 {
		return Span{}, false
	}
	return spans[0], true
}

// Entity is a named entity of any kind, as an extractor gives it.
type Entity struct {
	Name    string
	Aliases []string
	Label   string // the kind's one attribute (an institute's kind), if any
	Spans   Spans
}

// SetEntities fills the record's list of kind k from es. A kind gets its
// list here when it is added to Categories; until then the record has no
// place for it, and SetEntities says so rather than drop the entities.
// (Projects, institutes and industries carry links and attributes of their
// own and are filled field by field.)
func (r *Record) SetEntities(k Kind, es []Entity) error {
	switch k {
	default:
		if len(es) == 0 {
			return nil
		}
		return fmt.Errorf("the record has no list for %q entities (add it to schema.Categories and Record)", k)
	}
}

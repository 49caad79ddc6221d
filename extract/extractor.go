package extract

import (
	"context"
	"math/big"

	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/schema"
)

// Kind says what a mention names. The kinds and the record lists they
// fill are schema's one list (schema.Categories).
type Kind = schema.Kind

// The kinds of mention the default extractors find.
const (
	KindAmount    = schema.KindAmount
	KindIndustry  = schema.KindIndustry
	KindInstitute = schema.KindInstitute
	KindProject   = schema.KindProject
)

// Mention is one place in a document where something is named.
type Mention struct {
	Kind Kind
	Span textmap.Span // in Orig code points, half-open
	Norm textmap.Span // in Norm code points, half-open
	Text string       // Orig[Span]
	// Name is an entity's name as written: Text with white space removed.
	// Compare names with schema.NameKey, which also folds width (NFKC).
	Name string
	// Label is the institute kind or the industry sector.
	Label string
	// Amount holds the parsed sum of an amount mention.
	Amount *Amount
	// Weak marks a mention found on weak evidence (an institute named by a
	// brand and its trade): it gives way to a mention of another kind
	// around it.
	Weak bool
	// Listed marks a project named as an item of a list (A、B和C项目): the
	// list is evidence of its own, so it does not give way to an institute
	// of the same words.
	Listed bool
	// Known marks a mention of a name that a word list of well-known
	// organisations holds (国务院, 工信部, 海尔): evidence the ranker reads.
	Known bool
	// Via names the evidence a candidate came from when it is not the
	// extractor's main rule: "enum" for an item of a list of industries.
	// The ranker reads it (but for ViaFiltered).
	Via string
	// Cue says where a word that reports a project stands next to its
	// name: "after" (X 开工, X 顺利 投产), "before" (引进 X, 建设 X) or "".
	// The ranker reads it: a trigger next to the name is evidence that
	// holds whatever the verb, where the verb itself is a rare word.
	Cue string
}

// ViaFiltered marks a candidate a rule turns down after the ranker: it is
// a candidate when the ranker is trained, with the features of any other,
// so the ranker still learns from it what such names look like, but it is
// never extracted. A filter that dropped such names before training would
// take its negatives from the ranker, which then grew lenient on the like
// names no filter catches.
const ViaFiltered = "filtered"

// ViaListMate marks another item of a list joined by 、 one of whose items
// the rules accept as a project or an institute (推动A项目、B、C建设: B and
// C): a candidate only the ranker may take, which the tagger does not read.
const ViaListMate = "listmate"

// Filtered reports whether m is a candidate a rule turned down (ViaFiltered).
func (m Mention) Filtered() bool { return m.Via == ViaFiltered }

// Amount is a parsed sum of money.
type Amount struct {
	Value    *big.Rat // exact, in base units of Currency; the lower end of a range
	Max      *big.Rat // the upper end of a range, or nil
	Currency string   // ISO 4217
	Inferred bool     // the currency was inferred from context (总投资50亿)
	Approx   bool     // hedged (约, 近, 超过, 左右, 多 …)
	Bound    string   // "lower" when the sum is a floor (至少, 以上), "upper" when a ceiling (不到, 最多), else ""
	Role     string   // investment, output_value, revenue, financing, fund_size, registered_capital, tax, other

	// What the money grammar noted for its own later steps: where the
	// currency word after the number is in Norm (if any), and whether the
	// currency is the local dollar (a bare 元, 圆, 块, or none written).
	Word  textmap.Span
	Local bool
}

// Extractor finds mentions of one kind.
//
// Contract: Extract reads d and returns the mentions it finds, in text
// order; no mentions and a nil error means there is nothing of its kind.
// An error means the extractor could not do its work on this document (the
// context was cancelled): the document is reported as failed. Extract never
// modifies d and is safe for concurrent use on different documents.
type Extractor interface {
	// Kind is the kind of mention the extractor finds.
	Kind() Kind
	// Name names the extractor in messages.
	Name() string
	Extract(ctx context.Context, d *Doc) ([]Mention, error)
}

// KindMentions are the mentions of one kind that one extractor found.
type KindMentions struct {
	Kind     Kind
	Mentions []Mention
}

// Found is what the extractors found in one document, one entry for each
// extractor in the order they ran.
type Found []KindMentions

// IndexOf returns the position of the entry of kind k, or -1.
func (f Found) IndexOf(k Kind) int {
	for i, km := range f {
		if km.Kind == k {
			return i
		}
	}
	return -1
}

// Of returns the mentions of kind k (nil when no extractor finds k).
func (f Found) Of(k Kind) []Mention {
	for _, km := range f {
		if km.Kind == k {
			return km.Mentions
		}
	}
	return nil
}

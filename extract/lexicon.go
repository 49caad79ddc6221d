package extract

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

//go:embed data/entities.yaml
var entitiesYAML []byte

// IndustryInfo classifies an industry word.
type IndustryInfo struct {
	// Sector is the GB/T 4754-2017 section letter, or letters joined by
	// commas.
	Sector string `yaml:"sector"`
	// SEI is the 战略性新兴产业分类(2018) category, where one fits.
	SEI string `yaml:"sei"`
}

// EntityConfig holds the word lists of the industry, institute and project
// extractors; data/entities.yaml has the defaults and says what each is.
type EntityConfig struct {
	InstituteHeads map[string]string       `yaml:"institute_heads"`
	InstituteStop  []string                `yaml:"institute_stop"`
	BrandHeads     map[string]string       `yaml:"brand_heads"`
	InstGeneric    []string                `yaml:"institute_generic"`
	InstCategories []string                `yaml:"institute_categories"`
	Known          map[string]string       `yaml:"known_institutes"`
	Standalone     []string                `yaml:"standalone_institutes"`
	WeakIndustries []string                `yaml:"weak_industries"`
	ProjectHeads   []string                `yaml:"project_heads"`
	Triggers       []string                `yaml:"project_triggers"`
	Generic        []string                `yaml:"generic"`
	Events         []string                `yaml:"project_events"`
	Industries     map[string]IndustryInfo `yaml:"industries"`
	NameRules      NameRules               `yaml:"name_rules"`
}

// DefaultEntityConfig parses the embedded data/entities.yaml.
//
// It merges data/organisations.yaml (well-known organisations) into the
// known institutes of data/entities.yaml.
func DefaultEntityConfig() (EntityConfig, error) {
	c, err := ParseEntityConfig(entitiesYAML)
	if err != nil {
		return c, err
	}
	o, err := ParseEntityConfig(organisationsYAML)
	if err != nil {
		return c, fmt.Errorf("data/organisations.yaml: %w", err)
	}
	c.Merge(o)
	return c, nil
}

//go:embed data/organisations.yaml
var organisationsYAML []byte

// ParseEntityConfig reads word lists in the format of data/entities.yaml.
func ParseEntityConfig(b []byte) (EntityConfig, error) {
	var c EntityConfig
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("entity word lists: %w", err)
	}
	return c, nil
}

// Merge adds the entries of o to c (o wins where both define a word).
func (c *EntityConfig) Merge(o EntityConfig) {
	if c.InstituteHeads == nil {
		c.InstituteHeads = map[string]string{}
	}
	for k, v := range o.InstituteHeads {
		c.InstituteHeads[k] = v
	}
	if c.Industries == nil {
		c.Industries = map[string]IndustryInfo{}
	}
	for k, v := range o.Industries {
		c.Industries[k] = v
	}
	if c.BrandHeads == nil {
		c.BrandHeads = map[string]string{}
	}
	for k, v := range o.BrandHeads {
		c.BrandHeads[k] = v
	}
	if c.Known == nil {
		c.Known = map[string]string{}
	}
	for k, v := range o.Known {
		c.Known[k] = v
	}
	c.InstGeneric = append(c.InstGeneric, o.InstGeneric...)
	c.Standalone = append(c.Standalone, o.Standalone...)
	c.WeakIndustries = append(c.WeakIndustries, o.WeakIndustries...)
	c.InstCategories = append(c.InstCategories, o.InstCategories...)
	c.InstituteStop = append(c.InstituteStop, o.InstituteStop...)
	c.ProjectHeads = append(c.ProjectHeads, o.ProjectHeads...)
	c.Triggers = append(c.Triggers, o.Triggers...)
	c.Generic = append(c.Generic, o.Generic...)
	c.Events = append(c.Events, o.Events...)
	c.NameRules.Predicates = append(c.NameRules.Predicates, o.NameRules.Predicates...)
	c.NameRules.Titles = append(c.NameRules.Titles, o.NameRules.Titles...)
	c.NameRules.Adverbs = append(c.NameRules.Adverbs, o.NameRules.Adverbs...)
	c.NameRules.LeadingVerbs = append(c.NameRules.LeadingVerbs, o.NameRules.LeadingVerbs...)
	c.NameRules.BuildVerbs = append(c.NameRules.BuildVerbs, o.NameRules.BuildVerbs...)
	c.NameRules.LocationWords = append(c.NameRules.LocationWords, o.NameRules.LocationWords...)
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func lexOf(words []string) lexicon {
	m := make(map[string]string, len(words))
	for _, w := range words {
		m[w] = w
	}
	return newLexicon(m)
}

// hasSuffixRunes reports whether the code points rs end with h.
func hasSuffixRunes(rs []rune, h string) bool {
	for len(h) > 0 {
		r, n := utf8.DecodeLastRuneInString(h)
		if len(rs) == 0 || rs[len(rs)-1] != r {
			return false
		}
		rs, h = rs[:len(rs)-1], h[:len(h)-n]
	}
	return true
}

// oneOf reports whether r is one of the code points of set.
func oneOf(set string, r rune) bool { return strings.ContainsRune(set, r) }

// byteSet is a table of bytes, for checks that need not decode a text.
type byteSet [256]bool

func bytesOf(s string) (t byteSet) {
	for i := 0; i < len(s); i++ {
		t[s[i]] = true
	}
	return t
}

// in reports whether s holds one of the bytes.
func (t *byteSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if t[s[i]] {
			return true
		}
	}
	return false
}

// charSet is a small set of code points, decoded once.
type charSet []rune

func chars(s string) charSet { return charSet([]rune(s)) }

// in reports whether s holds one of the set's code points (what
// strings.ContainsAny reports, without searching the set's string for
// every code point of s).
func (c charSet) in(s string) bool {
	for _, r := range s {
		if c.has(r) {
			return true
		}
	}
	return false
}

// inRunes is in for a text given as code points.
func (c charSet) inRunes(rs []rune) bool {
	for _, r := range rs {
		if c.has(r) {
			return true
		}
	}
	return false
}

// has reports whether r is in the set.
func (c charSet) has(r rune) bool {
	for _, x := range c {
		if x == r {
			return true
		}
	}
	return false
}

// The sets the extractors look for in names and the text between
// mentions, and test code points against in their loops.
var (
	sumContinueChars = chars(" ,多余几数幾數个-~—–至到(含)点點") // what may go on in or after a sum
	itemStopChars    = chars(",:;。\n")               // where a list's first item starts
	listEndChars     = chars(";。\n等")                // where a list introduced by a colon ends
	itemAfterChars   = chars("、等及和与,，。;；)）」”")       // what may follow a list item
	clauseMarkChars  = chars(",，。;；:：\n")

	countWordChars    = chars("支家个只批项")       // classifiers of a count (3家企业)
	quoteBracketChars = chars("“”\"()（）《》「」") // quotes and brackets
	listMarkChars     = chars("、;个等")         // a list or a count between two mentions
	countEtcChars     = chars("个等")
	aggregateChars    = chars("个、等共")
	titleStopChars    = chars("。,，") // sentence punctuation: not a title
	functionCharSet   = chars(functionChars)
	slashChars        = chars("/／")
	joinerChars       = chars("、及和与")
	capacityUnitSet   = chars(capacityUnitChars)
	countPhraseChars  = chars("个大项批家类")
	cnDigitSet        = chars(cnDigitChars)
	openQuoteChars    = chars("“\"")
	properMarkChars   = chars("“”\"「」0123456789")
)

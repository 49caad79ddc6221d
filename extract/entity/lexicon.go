package entity

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/pressmine/pressmine/extract/textmap"
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

// Config holds the word lists of the industry, institute and project
// extractors; data/entities.yaml has the defaults and says what each is.
type Config struct {
	InstituteHeads map[string]string       `yaml:"institute_heads"`
	InstituteStop  []string                `yaml:"institute_stop"`
	BrandHeads     map[string]string       `yaml:"brand_heads"`
	InstGeneric    []string                `yaml:"institute_generic"`
	InstCategories []string                `yaml:"institute_categories"`
	InstRelations  []string                `yaml:"institute_relations"`
	Known          map[string]string       `yaml:"known_institutes"`
	Standalone     []string                `yaml:"standalone_institutes"`
	Countries      []string                `yaml:"foreign_countries"`
	Portfolios     []string                `yaml:"department_portfolios"`
	FirmLists      map[string]string       `yaml:"firm_lists"`
	FirmModifiers  []string                `yaml:"firm_list_modifiers"`
	WeakIndustries []string                `yaml:"weak_industries"`
	IndModifiers   []string                `yaml:"industry_modifiers"`
	IndStops       []string                `yaml:"industry_stop_suffixes"`
	IndKinds       []string                `yaml:"industry_kinds"`
	ProjectHeads   []string                `yaml:"project_heads"`
	Triggers       []string                `yaml:"project_triggers"`
	Generic        []string                `yaml:"generic"`
	Events         []string                `yaml:"project_events"`
	Honours        []string                `yaml:"project_honours"`
	Industries     map[string]IndustryInfo `yaml:"industries"`
	NameRules      NameRules               `yaml:"name_rules"`
}

// DefaultConfig parses the embedded data/entities.yaml.
//
// It merges into the known institutes of data/entities.yaml the
// well-known organisations of data/organisations.yaml and the listed
// companies' short names of data/listed_companies.yaml.
func DefaultConfig() (Config, error) {
	c, err := ParseConfig(entitiesYAML)
	if err != nil {
		return c, err
	}
	for _, f := range []struct {
		name string
		b    []byte
	}{{"data/organisations.yaml", organisationsYAML}, {"data/listed_companies.yaml", listedYAML}} {
		o, err := ParseConfig(f.b)
		if err != nil {
			return c, fmt.Errorf("%s: %w", f.name, err)
		}
		c.Merge(o)
	}
	return c, nil
}

//go:embed data/organisations.yaml
var organisationsYAML []byte

//go:embed data/listed_companies.yaml
var listedYAML []byte

// ParseConfig reads word lists in the format of data/entities.yaml.
func ParseConfig(b []byte) (Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("entity word lists: %w", err)
	}
	return c, nil
}

// Merge adds the entries of o to c (o wins where both define a word).
func (c *Config) Merge(o Config) {
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
	if c.FirmLists == nil {
		c.FirmLists = map[string]string{}
	}
	for k, v := range o.FirmLists {
		c.FirmLists[k] = v
	}
	c.FirmModifiers = append(c.FirmModifiers, o.FirmModifiers...)
	c.InstGeneric = append(c.InstGeneric, o.InstGeneric...)
	c.Standalone = append(c.Standalone, o.Standalone...)
	c.Countries = append(c.Countries, o.Countries...)
	c.Portfolios = append(c.Portfolios, o.Portfolios...)
	c.WeakIndustries = append(c.WeakIndustries, o.WeakIndustries...)
	c.IndModifiers = append(c.IndModifiers, o.IndModifiers...)
	c.IndStops = append(c.IndStops, o.IndStops...)
	c.IndKinds = append(c.IndKinds, o.IndKinds...)
	c.InstCategories = append(c.InstCategories, o.InstCategories...)
	c.InstRelations = append(c.InstRelations, o.InstRelations...)
	c.InstituteStop = append(c.InstituteStop, o.InstituteStop...)
	c.ProjectHeads = append(c.ProjectHeads, o.ProjectHeads...)
	c.Triggers = append(c.Triggers, o.Triggers...)
	c.Generic = append(c.Generic, o.Generic...)
	c.Events = append(c.Events, o.Events...)
	c.Honours = append(c.Honours, o.Honours...)
	c.NameRules.Predicates = append(c.NameRules.Predicates, o.NameRules.Predicates...)
	c.NameRules.Titles = append(c.NameRules.Titles, o.NameRules.Titles...)
	c.NameRules.Adverbs = append(c.NameRules.Adverbs, o.NameRules.Adverbs...)
	c.NameRules.LeadingVerbs = append(c.NameRules.LeadingVerbs, o.NameRules.LeadingVerbs...)
	c.NameRules.BuildVerbs = append(c.NameRules.BuildVerbs, o.NameRules.BuildVerbs...)
	c.NameRules.ClauseVerbs = append(c.NameRules.ClauseVerbs, o.NameRules.ClauseVerbs...)
	c.NameRules.LocationWords = append(c.NameRules.LocationWords, o.NameRules.LocationWords...)
	c.NameRules.WorksVerbs = append(c.NameRules.WorksVerbs, o.NameRules.WorksVerbs...)
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// The sets the extractors look for in names and the text between
// mentions, and test code points against in their loops.
var (
	itemStopChars  = textmap.Chars(",:;。\n")         // where a list's first item starts
	listEndChars   = textmap.Chars(";。\n等")          // where a list introduced by a colon ends
	itemAfterChars = textmap.Chars("、等及和与,，。;；)）」”") // what may follow a list item

	countWordChars   = textmap.Chars("支家个只批项") // classifiers of a count (3家企业)
	functionCharSet  = textmap.Chars(functionChars)
	joinerChars      = textmap.Chars("、及和与")
	capacityUnitSet  = textmap.Chars(capacityUnitChars)
	countPhraseChars = textmap.Chars("个大项批家类")
	cnDigitSet       = textmap.Chars(cnDigitChars)
	openQuoteChars   = textmap.Chars("“\"")
	properMarkChars  = textmap.Chars("“”\"「」0123456789")
)

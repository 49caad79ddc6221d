package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
	"go.yaml.in/yaml/v3"
)

// ConfigName is the file name looked for from the working folder up.
const ConfigName = ".pressmine.yaml"

// Config is the check policy.
type Config struct {
	// Paths are checked when no PATH is given on the command line.
	Paths []string `yaml:"paths"`
	// Records is the folder of committed records (<id>.yaml); empty means
	// NAME.yaml beside each source.
	Records string `yaml:"records"`
	// MinF1 is the minimum F1 per category: projects, institutes,
	// industries, amounts.
	MinF1 map[string]float64 `yaml:"min_f1"`
	// MinAccuracy is the minimum accuracy per attribute (project.industry …).
	MinAccuracy map[string]float64 `yaml:"min_accuracy"`
	// FailOn is "errors" (default) or "warnings": which findings fail the run.
	FailOn string `yaml:"fail_on"`
	// Include and Exclude are glob patterns on source paths (relative to
	// the PATH they were found under); Include empty means all.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`
	// Drift reports differences between committed and fresh records
	// (default true).
	Drift *bool `yaml:"drift"`

	path string // where it was read from
}

// ErrConfig wraps a configuration that cannot be used; the message names
// file:line. It is a usage error (exit 2).
var ErrConfig = errors.New("bad configuration")

// FindConfig looks for .pressmine.yaml in dir and its parents.
func FindConfig(dir string) (string, bool) {
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, ConfigName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// LoadConfig reads a config file. Unknown keys, wrong types and unknown
// categories are errors that name file:line.
func LoadConfig(p string) (*Config, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b) {
		return nil, fmt.Errorf("%w: %s: not a YAML text file (binary bytes)", ErrConfig, p)
	}
	c := &Config{path: p}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && err != io.EOF {
		return nil, fmt.Errorf("%s%w: %v", diag.Position{Path: p}.Prefix(), ErrConfig, err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); err != io.EOF {
		line := more.Line
		if err != nil {
			return nil, fmt.Errorf("%s%w: %v", diag.Position{Path: p}.Prefix(), ErrConfig, err)
		}
		return nil, fmt.Errorf("%s%w: a second YAML document: a config is one", diag.Position{Path: p, Line: line}.Prefix(), ErrConfig)
	}
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("%s%w: %v", diag.Position{Path: p}.Prefix(), ErrConfig, err)
	}
	// Relative paths in the config are relative to the config's folder.
	base := filepath.Dir(p)
	for i, x := range c.Paths {
		if !filepath.IsAbs(x) {
			c.Paths[i] = filepath.Join(base, x)
		}
	}
	if c.Records != "" && !filepath.IsAbs(c.Records) {
		c.Records = filepath.Join(base, c.Records)
	}
	if c.Records != "" {
		if st, err := os.Stat(c.Records); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("%w: %s: records: %s is not a folder", ErrConfig, p, c.Records)
		}
	}
	return c, nil
}

func (c *Config) validate() error {
	for k, v := range c.MinF1 {
		if _, ok := schema.CategoryNamed(k); !ok {
			return fmt.Errorf("min_f1: unknown category %q (want one of %s)", k, strings.Join(schema.CategoryNames(), ", "))
		}
		if !(v >= 0 && v <= 1) { // NaN too
			return fmt.Errorf("min_f1.%s: %v is not between 0 and 1", k, v)
		}
	}
	for k, v := range c.MinAccuracy {
		if !slices.Contains(score.Attributes, k) {
			return fmt.Errorf("min_accuracy: unknown attribute %q", k)
		}
		if !(v >= 0 && v <= 1) { // NaN too
			return fmt.Errorf("min_accuracy.%s: %v is not between 0 and 1", k, v)
		}
	}
	switch c.FailOn {
	case "", "errors", "warnings":
	default:
		return fmt.Errorf("fail_on: %q is not errors or warnings", c.FailOn)
	}
	for _, g := range append(append([]string{}, c.Include...), c.Exclude...) {
		if _, err := filepath.Match(g, ""); err != nil {
			return fmt.Errorf("bad glob %q: %v", g, err)
		}
	}
	return nil
}

// Path is the file the config was read from, or "".
func (c *Config) Path() string { return c.path }

// DriftOn reports whether drift is checked.
func (c *Config) DriftOn() bool { return c.Drift == nil || *c.Drift }

func (c *Config) included(rel string) bool {
	rel = filepath.ToSlash(rel)
	for _, g := range c.Exclude {
		if ok, _ := filepath.Match(g, rel); ok {
			return false
		}
		if ok, _ := filepath.Match(g, filepath.Base(rel)); ok {
			return false
		}
	}
	if len(c.Include) == 0 {
		return true
	}
	for _, g := range c.Include {
		if ok, _ := filepath.Match(g, rel); ok {
			return true
		}
		if ok, _ := filepath.Match(g, filepath.Base(rel)); ok {
			return true
		}
	}
	return false
}

package score

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/diag"
)

// ErrGold wraps a gold file that cannot be read as one: the caller exits 2.
var ErrGold = errors.New("bad gold file")

var yamlLine = regexp.MustCompile(`line (\d+):`)

// Kinds and roles a gold file may name (the record schema's enums).
var (
	goldKinds = map[string]bool{"research": true, "university": true, "government": true, "bank": true, "fund": true,
		"company": true, "association": true, "media": true, "other": true}
	goldRoles = map[string]bool{"investment": true, "output_value": true, "revenue": true, "financing": true,
		"fund_size": true, "registered_capital": true, "tax": true, "other": true}
)

// ParseGold reads a gold file (the format of the gold set's README)
// strictly: text, one YAML document, only the format's keys, names not
// empty, kinds and roles from the schema's lists, currencies of three
// capitals, values that are numbers, and the id, when given, wantID (the
// source's). Errors name path:line:col.
func ParseGold(path string, b []byte, wantID string) (*Gold, error) {
	fail := func(n *yaml.Node, format string, a ...any) (*Gold, error) {
		line, col := 1, 1
		if n != nil {
			line, col = n.Line, n.Column
		}
		return nil, fmt.Errorf("%s%w: %s", diag.Position{Path: path, Line: line, Col: col}.Prefix(), ErrGold, fmt.Sprintf(format, a...))
	}
	if bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b) {
		return fail(nil, "not a YAML text file (binary bytes)")
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&root); err != nil {
		if err == io.EOF {
			return fail(nil, "empty: a gold file lists what the text holds (at least its id)")
		}
		return fail(nil, "%v", err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); err != io.EOF {
		return fail(&more, "a second YAML document: a gold file is one")
	}
	var g Gold
	sdec := yaml.NewDecoder(bytes.NewReader(b))
	sdec.KnownFields(true)
	if err := sdec.Decode(&g); err != nil {
		// yaml's messages carry "line N:"; the position goes in front.
		n := &yaml.Node{Line: 1, Column: 1}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			n.Line, _ = strconv.Atoi(m[1])
		}
		return fail(n, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	at := func(path ...any) *yaml.Node { return nodeAt(doc, path...) }
	if g.ID != "" && wantID != "" && g.ID != wantID {
		return fail(at("id"), "id %q, but the source's id is %q", g.ID, wantID)
	}
	for i, p := range g.Projects {
		if p.Name == "" {
			return fail(at("projects", i), "a project with no name")
		}
		if inv := p.Investment; inv != nil {
			if _, ok := new(big.Rat).SetString(string(inv.Value)); !ok {
				return fail(at("projects", i, "investment", "value"), "investment value %q is not a number", inv.Value)
			}
			if !corpus.IsCurrencyCode(inv.Currency) {
				return fail(at("projects", i, "investment", "currency"), "currency %q is not an ISO 4217 code", inv.Currency)
			}
		}
	}
	for _, cat := range []struct {
		key string
		es  []GoldEntity
	}{{"institutes", g.Institutes}, {"industries", g.Industries}} {
		for i, e := range cat.es {
			if e.Name == "" {
				return fail(at(cat.key, i), "an entry with no name")
			}
			if cat.key == "institutes" && e.Kind != "" && !goldKinds[e.Kind] {
				return fail(at(cat.key, i, "kind"), "kind %q is not one of research, university, government, bank, fund, company, association, media, other", e.Kind)
			}
		}
	}
	for i, a := range g.Amounts {
		if _, ok := new(big.Rat).SetString(string(a.Value)); !ok {
			return fail(at("amounts", i, "value"), "value %q is not a number", a.Value)
		}
		if a.Max != nil {
			if _, ok := new(big.Rat).SetString(string(*a.Max)); !ok {
				return fail(at("amounts", i, "max"), "max %q is not a number", *a.Max)
			}
		}
		if !corpus.IsCurrencyCode(a.Currency) {
			return fail(at("amounts", i, "currency"), "currency %q is not an ISO 4217 code", a.Currency)
		}
		if a.Role != "" && !goldRoles[a.Role] {
			return fail(at("amounts", i, "role"), "role %q is not one of investment, output_value, revenue, financing, fund_size, registered_capital, tax, other", a.Role)
		}
	}
	return &g, nil
}

// nodeAt finds the node at a path of mapping keys and sequence indexes,
// or the deepest one on the way.
func nodeAt(n *yaml.Node, path ...any) *yaml.Node {
	for _, step := range path {
		switch s := step.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				return n
			}
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == s {
					n, found = n.Content[i+1], true
					break
				}
			}
			if !found {
				return n
			}
		case int:
			if n.Kind != yaml.SequenceNode || s >= len(n.Content) {
				return n
			}
			n = n.Content[s]
		}
	}
	return n
}

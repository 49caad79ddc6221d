package schema

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Encoder writes records as a YAML stream, "---" between records.
type Encoder struct {
	w   io.Writer
	n   int
	buf []byte
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes one record. With orig non-nil, every span gets a comment
// that shows the text it slices, for reviewing golden files by eye.
func (e *Encoder) Encode(rec *Record, orig *string) error {
	e.buf = e.buf[:0]
	if e.n > 0 {
		e.buf = append(e.buf, "---\n"...)
	}
	e.n++
	e.buf = appendYAML(e.buf, rec, orig)
	_, err := e.w.Write(e.buf)
	return err
}

// Close ends the stream (there is nothing to flush).
func (e *Encoder) Close() error { return nil }

// Marshal encodes one record as a YAML document.
func Marshal(rec *Record) ([]byte, error) { return appendYAML(nil, rec, nil), nil }

// Decoded is one record read from a file, with its YAML tree for
// positions.
type Decoded struct {
	Record *Record
	Node   *yaml.Node // the document node
}

// ErrAlias: record files may not use YAML anchors and aliases, which could
// make a small file expand without bound.
var ErrAlias = errors.New("YAML aliases are not allowed in record files")

// Decode reads every record of a YAML stream. A document that is not a
// record is reported as an Issue with its line and column; reading goes on
// with the next document.
func Decode(path string, r io.Reader) ([]Decoded, []Issue) {
	dec := yaml.NewDecoder(r)
	var out []Decoded
	var issues []Issue
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			return out, issues
		}
		if err != nil {
			issues = append(issues, Issue{Path: path, Line: yamlErrLine(err), Col: 1, Rule: "yaml", Msg: err.Error()})
			return out, issues
		}
		if a := findAlias(&doc); a != nil {
			issues = append(issues, Issue{Path: path, Line: a.Line, Col: a.Column, Rule: "yaml", Msg: ErrAlias.Error()})
			continue
		}
		var rec Record
		dec2 := doc
		if err := dec2.Decode(&rec); err != nil {
			issues = append(issues, Issue{Path: path, Line: doc.Line, Col: doc.Column, Rule: "yaml", Msg: err.Error()})
			continue
		}
		out = append(out, Decoded{Record: &rec, Node: &doc})
	}
}

func findAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c); a != nil {
			return a
		}
	}
	return nil
}

func yamlErrLine(err error) int {
	var line int
	if _, e := fmt.Sscanf(err.Error(), "yaml: line %d:", &line); e == nil {
		return line
	}
	return 0
}

// Position finds the line and column of a JSON pointer in a decoded
// document, or of the deepest value on its way that exists.
func Position(doc *yaml.Node, ptr string) (line, col int) {
	n := doc
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line, col = n.Line, n.Column
	if ptr == "" {
		return
	}
	for _, step := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		step = strings.NewReplacer("~1", "/", "~0", "~").Replace(step)
		var next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == step {
					next = n.Content[i+1]
					line, col = n.Content[i].Line, n.Content[i].Column
					break
				}
			}
		case yaml.SequenceNode:
			if k, ok := atoi(step); ok && k >= 0 && k < len(n.Content) {
				next = n.Content[k]
			}
		}
		if next == nil {
			return
		}
		n = next
		if n.Kind != yaml.MappingNode {
			line, col = n.Line, n.Column
		}
	}
	return
}

package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/pressmine/pressmine/diag"
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
	// Raw is the document as the JSON value the schema validates: what
	// the file says, keys the Record type does not know included and
	// missing ones missing.
	Raw any
	// Err is set, and Record nil, when the document does not decode into
	// a Record (a value of the wrong type): the schema tells what is
	// wrong with Raw.
	Err *Issue
}

// ErrAlias: record files may not use YAML anchors and aliases, which could
// make a small file expand without bound.
var ErrAlias = errors.New("YAML aliases are not allowed in record files")

// Decode reads every record of a YAML stream. A document that is not a
// record is reported as an Issue with its line and column; reading goes on
// with the next document.
func Decode(path string, r io.Reader) ([]Decoded, []Issue) {
	var out []Decoded
	var bad []Issue
	issues := DecodeEach(path, r, func(d Decoded) {
		if d.Err != nil {
			bad = append(bad, *d.Err)
			return
		}
		out = append(out, d)
	})
	return out, append(bad, issues...)
}

// DecodeEach reads a YAML stream of records one document at a time,
// handing each record to fn, so that a file of any length is read whole
// in the memory of one record. It returns the issues of documents that are
// not records, and an issue when the stream holds no document at all.
func DecodeEach(path string, r io.Reader, fn func(Decoded)) []Issue {
	dec := yaml.NewDecoder(r)
	var issues []Issue
	n := 0
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			if n == 0 {
				issues = append(issues, Issue{Position: diag.Position{Path: path, Line: 1, Col: 1}, Rule: "empty", Msg: "no record in the file"})
			}
			return issues
		}
		n++
		if err != nil {
			issues = append(issues, Issue{Position: diag.Position{Path: path, Line: yamlErrLine(err), Col: 1}, Rule: "yaml", Msg: err.Error()})
			return issues
		}
		if a := findAlias(&doc); a != nil {
			issues = append(issues, Issue{Position: diag.Position{Path: path, Line: a.Line, Col: a.Column}, Rule: "yaml", Msg: ErrAlias.Error()})
			continue
		}
		var rec Record
		dec2 := doc
		if err := dec2.Decode(&rec); err != nil {
			fn(Decoded{Node: &doc, Raw: jsonValue(&doc), Err: &Issue{Position: diag.Position{Path: path, Line: doc.Line, Col: doc.Column}, Rule: "yaml", Msg: err.Error()}})
			continue
		}
		fn(Decoded{Record: &rec, Node: &doc, Raw: jsonValue(&doc)})
	}
}

// jsonValue is a YAML node as the JSON value the schema library validates
// (maps, slices, strings, booleans, nil and json.Number), with every key
// and value as the file has them. A YAML value with no JSON form (binary
// data, a timestamp that is not a string) becomes a value of another Go
// type, which the schema rejects.
func jsonValue(n *yaml.Node) any {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return jsonValue(n.Content[0])
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = jsonValue(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			s = append(s, jsonValue(c))
		}
		return s
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return nil
		case "!!bool":
			var b bool
			if n.Decode(&b) == nil {
				return b
			}
		case "!!int", "!!float":
			if jsonNumberRe.MatchString(n.Value) {
				return json.Number(n.Value)
			}
			var f float64
			if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
				return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
			}
			return yamlOnly{n.ShortTag(), n.Value}
		case "!!str":
			return n.Value
		}
		return yamlOnly{n.ShortTag(), n.Value}
	}
	return yamlOnly{"alias", n.Value}
}

// yamlOnly is a YAML value with no JSON form.
type yamlOnly struct{ tag, value string }

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

// Package diag is the one way pressmine says where a problem is: a
// Position in an input file (path:line:col) and an Error at it, with List
// to collect and sort them, after go/scanner's Error and ErrorList.
// Every kind of problem the commands report (a document that cannot be
// read, a record that breaks the schema, a finding of check, an error in a
// batch report) carries a Position and prints it with Position.String, so
// editors and CI annotations read them all alike.
package diag

import (
	"cmp"
	"fmt"
	"slices"
)

// Position is a place in an input file. Line and Col are 1-based, Col in
// code points; zero means unknown.
type Position struct {
	Path string `json:"path,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// String is path:line:col, path:line when the column is unknown, path
// when the line is, and "" for the zero Position.
func (p Position) String() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d", p.Path, p.Line)
	}
	return p.Path
}

// Prefix is String followed by ": ", or "" for the zero Position: what
// goes before a message.
func (p Position) Prefix() string {
	if s := p.String(); s != "" {
		return s + ": "
	}
	return ""
}

// Compare orders positions by path, then line, then column.
func Compare(a, b Position) int {
	if c := cmp.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	return cmp.Compare(a.Col, b.Col)
}

// Error is a problem at a position.
type Error struct {
	Pos Position
	Msg string
}

// Error implements error: "path:line:col: message".
func (e *Error) Error() string { return e.Pos.Prefix() + e.Msg }

// List is a list of errors.
type List []*Error

// Add appends an error at pos.
func (l *List) Add(pos Position, msg string) { *l = append(*l, &Error{Pos: pos, Msg: msg}) }

// Sort orders the list by position, keeping the order of errors at the
// same one.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int { return Compare(a.Pos, b.Pos) })
}

// Error implements error: the first error, and how many more there are.
func (l List) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

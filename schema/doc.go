// Package schema holds pressmine's record format: the Go types of record
// v1, the JSON Schema (Draft 2020-12) they must pass, semantic checks
// beyond the schema, and YAML encoding and decoding.
//
// Units: spans are [start, end) pairs of Unicode code points of the
// source document's original text. Money values are exact decimals in
// base units of their currency (元, not 亿元), printed without exponent.
// Positions in Issues are 1-based lines and columns of the YAML file.
package schema

// Package check implements pressmine check: quality gates for a corpus of
// press releases with expected ("gold") and committed records.
//
// For every source document it re-extracts a record and then validates
// the committed record (schema, semantic checks, spans against the source,
// unique ids), reports drift (what the extractor would change in the
// committed record), and scores the extraction against the expected record
// by the gold rules (internal/score). Gates (minimum F1 per category) and
// a policy (which findings fail the run) come from .pressmine.yaml and
// flags. Results are written as text, JSON, JUnit XML, SARIF 2.1.0 or
// GitHub Actions annotations. Positions are 1-based lines and columns in
// code points.
package check

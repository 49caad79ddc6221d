// Package engine runs extraction on one document: Engine holds a list of
// extractors (the default ones, and any added with With), the ranker and
// the give-way table, and Run turns a Doc into a link.Result.
package engine

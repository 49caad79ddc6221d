// Package pipeline wires corpus, extract and schema into pressmine's
// commands: it turns extraction results into records, runs a batch with a
// bounded worker pool that writes output in input order, and implements
// the CLI (extract, validate, schema, segment). cmd/pressmine only calls
// Main.
package pipeline

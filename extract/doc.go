// Package extract is the contract between the extractors and the engine
// that runs them: Doc (a document as extractors read it: its normalised
// text with a map back to the original, tokens and sentences), Mention,
// Kind, the Extractor interface, and Found (what the extractors found, by
// kind).
//
// The work itself is in the packages below it and beside it:
//
//   - textmap: Span, normalising (width folding, rejoined line breaks)
//     with a map from every normalised code point to the original one,
//     the Traditional → Simplified reading, sentences, word lists.
//   - segment and segment/jieba: the Segmenter interface and tokens; jieba
//     in Go (Native, the default) and gojieba itself (the only cgo).
//   - money: numbers, numerals and the money grammar.
//   - entity: the rule extractors of industries, institutes and projects.
//   - rank: the learned ranker that judges the rules' entity mentions.
//   - link: which kind gives way to which, merging, project links.
//   - meta: title, date and publisher.
//   - engine: Engine, which runs a list of extractors and the steps above.
//
// Units: every offset is a Unicode code point index. Offsets named Norm
// index the normalised text; spans returned to callers index the original
// text (corpus.Document.Orig), half-open [Start, End).
package extract

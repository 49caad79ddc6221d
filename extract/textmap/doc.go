// Package textmap holds text as the extractors match it: Span, Text
// (normalised text with a map from every code point back to the original),
// Normalize, the Traditional → Simplified reading (Hant, OpenCC's t2s
// tables, one code point for one), sentences, word lists (Lexicon) and
// character sets. Pure Go; it imports nothing of the module.
package textmap

// Package extract turns a corpus.Document into mentions: money amounts,
// industries, institutes and projects, and links between them.
//
// The stages are:
//
//   - Normalize: width folding (x/text/width.Fold, one code point to one)
//     and rejoining lines broken mid-sentence. The result, a Text, keeps a
//     map from every normalised code point to the original one, so matching
//     happens on normalised text while every span points into the original.
//   - Segment: jieba's mixed segmenter behind the Segmenter interface.
//     Native (the default) is cppjieba's algorithm in Go over the same
//     embedded dictionaries, giving exactly gojieba's words and tags
//     (TestNativeMatchesGojieba); Jieba is gojieba itself. Text is cut at
//     every punctuation mark before segmenting, and byte offsets become
//     code points once, in Tokenize.
//   - Extractors: one file each, built by constructors from plain values
//     (word lists, taxonomies) that live in data files under data/.
//   - Linking: project → industry and project → investment.
//
// Units: every offset in this package is a Unicode code point index.
// Offsets named Norm index the normalised text; Spans returned to callers
// index the original text (corpus.Document.Orig), half-open [Start, End).
package extract

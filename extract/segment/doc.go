// Package segment is the word layer: the Segmenter interface, Word and
// Token (a word placed in a Text by code point), Tokenize, and Fake, a
// segmenter for tests that need neither dictionaries nor cgo. The jieba
// segmenters are in segment/jieba.
package segment

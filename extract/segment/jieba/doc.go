// Package jieba holds the jieba segmenters over the embedded
// dictionaries: Native, cppjieba's algorithm in Go (the default, the same
// words and tags as gojieba), and Jieba, gojieba itself (cgo), the
// reference. It is the only package of the module that uses cgo.
package jieba

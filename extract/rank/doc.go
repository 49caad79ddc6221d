// Package rank holds the learned parts of entity extraction. A ranker
// scores every rules' mention of an industry, institute or project and up
// to three narrower variants of it, and keeps the best when it scores above
// zero (rank.go). A tagger (a structured perceptron over a sentence's
// words, BIO tags) finds names no rule proposes (tagger.go). Features, the
// hashed weight tables, and training (averaged perceptrons, deterministic)
// are here; data/ranker.txt is the embedded model, ranker and tagger, that
// make model trains.
package rank

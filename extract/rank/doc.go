// Package rank is the learned part of entity extraction: a ranker that
// scores every rules' mention of an industry, institute or project and up
// to three narrower variants of it, and keeps the best when it scores above
// zero. Features, the hashed weight table, and training (an averaged
// perceptron, bagged, deterministic) are here; data/ranker.txt is the
// embedded model that make model trains.
package rank

// Package entity holds the rule extractors of industries, institutes and
// projects (one file each), the name rules they share, and their word
// lists (data/entities.yaml, data/organisations.yaml,
// data/listed_companies.yaml), which users extend
// with --taxonomy. Each implements extract.Extractor.
package entity

// Package link turns the mentions of one document into entities: which
// kind gives way to which when two claim the same words (GiveWay, Resolve),
// merging mentions by name key, and linking projects to their industry and
// their own investment.
package link

// Package meta finds a document's title, date and publisher.
package meta

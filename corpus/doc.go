// Package corpus finds, reads and decodes press releases and turns each into
// a Document.
//
// It owns the input side of pressmine: walking argument paths (files,
// folders, "-" for standard input), decoding (UTF-8 with or without BOM,
// UTF-16 with BOM, GB18030/GBK), extracting the visible text of HTML pages,
// splitting JSONL files into one document a line, and the embedded sample
// corpus used when no path is given.
//
// Units: a Document's Orig is the decoded text, never edited afterwards.
// Offsets into it elsewhere in pressmine are Unicode code points; the
// positions this package reports in errors are 1-based lines and 1-based
// columns counted in code points (bytes where the input could not be
// decoded).
package corpus

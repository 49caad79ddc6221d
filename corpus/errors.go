package corpus

import "errors"

// Sentinel errors wrapped by *Error. Callers report the document as failed
// and go on with the batch.
var (
	// ErrBinary: the input holds NUL bytes or other control bytes that text
	// never has. It is not guessed at.
	ErrBinary = errors.New("not a text file (binary content)")
	// ErrEncoding: the bytes are neither UTF-8, UTF-16 with a BOM, nor GB18030.
	ErrEncoding = errors.New("cannot decode: not UTF-8, UTF-16 with BOM or GB18030")
	// ErrEmpty: the document has no text after decoding (or only white space).
	ErrEmpty = errors.New("empty document")
	// ErrTooLarge: the input is bigger than the reader's limit.
	ErrTooLarge = errors.New("document too large")
	// ErrJSONL: a JSONL line is not a JSON object with a string "text".
	ErrJSONL = errors.New("bad JSONL line")
	// ErrDuplicateID: a second document with an id already read.
	ErrDuplicateID = errors.New("duplicate document id")
	// ErrBadID: an id that is empty, absolute, or climbs out with "..".
	ErrBadID = errors.New("unsafe document id")
)

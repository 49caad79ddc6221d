package corpus

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest document (or JSONL line) read by default:
// press releases are kilobytes, and a larger input would cost hundreds of
// megabytes to segment; --max-mb raises it.
const DefaultMaxBytes = 4 << 20

// Options configure a Reader.
type Options struct {
	// MaxBytes is the largest input read as one document; 0 means
	// DefaultMaxBytes. Larger inputs are reported with ErrTooLarge.
	MaxBytes int64
	// Stdin is read for the argument "-".
	Stdin io.Reader
}

// Reader walks arguments and yields documents. It remembers the ids it has
// handed out, so one Reader is used for one batch.
type Reader struct {
	opts Options
	// seen records every id read, compactly: a hash of the id → where it
	// was first seen (an index into files, and a line). Memory grows by
	// some 30 bytes a document, not by the id and a path.
	seen  map[uint64]uint64
	seed  maphash.Seed
	files []string // paths of the files ids came from, in order
}

// NewReader returns a Reader with the given options.
func NewReader(opts Options) *Reader {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return &Reader{opts: opts, seen: map[uint64]uint64{}, seed: maphash.MakeSeed()}
}

// Func receives each document, or the error that kept one from being read.
// Exactly one of doc and err is non-nil; err is always a *Error. Returning
// a non-nil error stops the walk and Walk returns it.
type Func func(doc *Document, err error) error

// Exts are the file name endings read when walking a folder.
var Exts = []string{".txt", ".html", ".htm", ".jsonl"}

// Walk reads the documents named by args in order: a file is read whatever
// its ending, a folder is walked recursively in lexical order for the
// endings in Exts (symbolic links to folders are not followed, so link
// loops cannot trap it), and "-" reads Stdin as one text document with id
// "stdin". Problems with one input are passed to fn and the walk goes on.
func (r *Reader) Walk(ctx context.Context, args []string, fn Func) error {
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		if arg == "-" {
			if err := r.readStdin(fn); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			if err := fn(nil, &Error{Pos: Pos{Path: arg}, Err: unwrapPathError(err)}); err != nil {
				return err
			}
			continue
		}
		if !st.IsDir() {
			// A file named on the command line is read whatever it is:
			// a pipe (<(zcat x.jsonl.gz), a FIFO fed by another program)
			// streams, within the size limit, until it ends or a signal
			// ends the run.
			id := EscapeInvalid(strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg)))
			if err := r.readFile(arg, id, true, fn); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, werr error) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if werr != nil {
				if err := fn(nil, &Error{Pos: Pos{Path: p}, Err: unwrapPathError(werr)}); err != nil {
					return err
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !hasExt(p) {
				return nil
			}
			if t := d.Type(); t&fs.ModeType != 0 && t&fs.ModeSymlink == 0 {
				// A named pipe, socket or device in a folder is no
				// document: reported, never opened (a FIFO would block).
				return fn(nil, &Error{Pos: Pos{Path: p}, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kindOf(t))})
			}
			rel, _ := filepath.Rel(arg, p)
			id := EscapeInvalid(filepath.ToSlash(strings.TrimSuffix(rel, filepath.Ext(rel))))
			return r.readFile(p, id, false, fn)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// openInput opens a file named on the command line as it is, and one
// found in a folder only if it is a regular file.
func openInput(p string, named bool) (*os.File, error) {
	if named {
		return os.Open(p)
	}
	return openRegular(p)
}

// ErrNotRegular is the error for a path that is not a regular file (a
// named pipe, a socket, a device): it is not read.
var ErrNotRegular = errors.New("not a regular file")

// openRegular opens p for reading without blocking on a named pipe or a
// device (opening a FIFO with no writer would wait for ever), and refuses
// anything that is not a regular file once open.
func openRegular(p string) (*os.File, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	if err := regular(f); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regular refuses an open file that is not a regular one.
func regular(f *os.File) error {
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%w (%s)", ErrNotRegular, kindOf(st.Mode().Type()))
	}
	return nil
}

// kindOf names a file type.
func kindOf(t fs.FileMode) string {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0, t&fs.ModeCharDevice != 0:
		return "a device"
	case t&fs.ModeDir != 0:
		return "a folder"
	}
	return "not a file"
}

func hasExt(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Exts {
		if ext == e {
			return true
		}
	}
	return false
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *Reader) readStdin(fn Func) error {
	in := r.opts.Stdin
	if in == nil {
		in = os.Stdin
	}
	raw, err := io.ReadAll(io.LimitReader(in, r.opts.MaxBytes+1))
	if err != nil {
		return fn(nil, &Error{Pos: Pos{Path: "-"}, Err: err})
	}
	return r.emitRaw("-", "stdin", raw, fn)
}

// readFile reads one file: named says it was named on the command line
// (and may be a pipe); a file found in a folder must be a regular one.
func (r *Reader) readFile(p, id string, named bool, fn Func) error {
	if strings.EqualFold(filepath.Ext(p), ".jsonl") {
		return r.readJSONL(p, named, fn)
	}
	f, err := openInput(p, named)
	if err != nil {
		return fn(nil, &Error{Pos: Pos{Path: p}, ID: id, Err: unwrapPathError(err)})
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, r.opts.MaxBytes+1))
	if err != nil {
		return fn(nil, &Error{Pos: Pos{Path: p}, ID: id, Err: unwrapPathError(err)})
	}
	return r.emitRaw(p, id, raw, fn)
}

// emitRaw decodes one whole file (or stdin) and hands it on.
func (r *Reader) emitRaw(p, id string, raw []byte, fn Func) error {
	fail := func(err error) error {
		var ce *Error
		if errors.As(err, &ce) {
			ce.Path, ce.ID = p, id
			return fn(nil, ce)
		}
		return fn(nil, &Error{Pos: Pos{Path: p}, ID: id, Err: err})
	}
	if int64(len(raw)) > r.opts.MaxBytes {
		return fail(fmt.Errorf("%w: more than %d bytes", ErrTooLarge, r.opts.MaxBytes))
	}
	sum := sha256.Sum256(raw)
	doc := &Document{ID: id, Path: p, Line: 1, SHA256: hex.EncodeToString(sum[:])}
	ext := strings.ToLower(path.Ext(filepath.ToSlash(p)))
	if ext == ".html" || ext == ".htm" {
		if bytes.IndexByte(raw, 0) >= 0 {
			return fail(binaryAt(raw, bytes.IndexByte(raw, 0)))
		}
		text, enc, err := Decode(raw)
		if err != nil {
			return fail(err)
		}
		doc.Orig, doc.Title = HTMLText([]byte(text))
		doc.Encoding = enc
	} else {
		text, enc, err := Decode(raw)
		if err != nil {
			return fail(err)
		}
		doc.Orig, doc.Encoding = text, enc
	}
	if strings.TrimSpace(doc.Orig) == "" {
		return fail(ErrEmpty)
	}
	if err := r.claim(doc); err != nil {
		return fail(err)
	}
	return fn(doc, nil)
}

// claim records the document's id, refusing unsafe and duplicate ones.
func (r *Reader) claim(doc *Document) error {
	if !SafeID(doc.ID) {
		return fmt.Errorf("%w: %q", ErrBadID, doc.ID)
	}
	h := maphash.String(r.seed, doc.ID)
	if first, ok := r.seen[h]; ok {
		// Two ids with one 64-bit hash in one run: about one chance in
		// 10^7 for two million documents; the message then names both.
		at := Pos{Path: r.files[first>>32], Line: int(uint32(first))}
		return fmt.Errorf("%w %q (first at %s)", ErrDuplicateID, doc.ID, at)
	}
	if len(r.files) == 0 || r.files[len(r.files)-1] != doc.Path {
		r.files = append(r.files, doc.Path)
	}
	r.seen[h] = uint64(len(r.files)-1)<<32 | uint64(uint32(doc.Line))
	return nil
}

// SafeID reports whether id can name a record under an output folder:
// not empty, relative, no "." or ".." element, no NUL (a colon, a
// backslash or any other byte is written into the file name escaped).
func SafeID(id string) bool {
	if id == "" || strings.ContainsRune(id, 0) || strings.HasPrefix(id, "/") {
		return false
	}
	for rest := id; ; {
		el, more, found := strings.Cut(rest, "/")
		if el == "" || el == "." || el == ".." {
			return false
		}
		if !found {
			return true
		}
		rest = more
	}
}

type jsonlLine struct {
	ID    json.RawMessage `json:"id"`
	Text  *string         `json:"text"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	URL   string          `json:"url"`
	// Currency is the ISO 4217 code a bare 元 stands for in this
	// document (HKD for a Hong Kong release), overriding what the text
	// suggests; empty lets extraction decide.
	Currency string `json:"currency"`
}

// readJSONL streams a JSONL file: one document a line. A line that is too
// long, not JSON, or has no string "text" is an error for that line alone.
func (r *Reader) readJSONL(p string, named bool, fn Func) error {
	f, err := openInput(p, named)
	if err != nil {
		return fn(nil, &Error{Pos: Pos{Path: p}, Err: unwrapPathError(err)})
	}
	defer f.Close()
	return r.readJSONLFrom(p, f, fn)
}

// ReadFrom reads the documents of one file named p from in, as Walk reads
// a file: a JSONL file line by line, any other whole, as the document id
// (extract gives a file named on its command line its base name, one
// found in a folder its path below the folder, both without extension).
// It serves storage that is not the local file system (a Beam worker
// reading from gs://).
func (r *Reader) ReadFrom(p, id string, in io.Reader, fn Func) error {
	if strings.EqualFold(filepath.Ext(p), ".jsonl") {
		return r.readJSONLFrom(p, in, fn)
	}
	raw, err := io.ReadAll(io.LimitReader(in, r.opts.MaxBytes+1))
	if err != nil {
		return fn(nil, &Error{Pos: Pos{Path: p}, ID: id, Err: unwrapPathError(err)})
	}
	return r.emitRaw(p, id, raw, fn)
}

// readJSONLFrom reads JSONL file p's lines from in.
func (r *Reader) readJSONLFrom(p string, in io.Reader, fn Func) error {
	br := bufio.NewReaderSize(in, 64<<10)
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(br, r.opts.MaxBytes)
		if err != nil && err != io.EOF {
			return fn(nil, &Error{Pos: Pos{Path: p, Line: lineNo}, Err: err})
		}
		if tooLong {
			if ferr := fn(nil, &Error{Pos: Pos{Path: p, Line: lineNo, Col: 1}, Err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, r.opts.MaxBytes)}); ferr != nil {
				return ferr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			doc, derr := parseJSONLLine(p, lineNo, line)
			if derr == nil {
				derr = r.claim(doc)
			}
			if derr != nil {
				id := ""
				if doc != nil {
					id = doc.ID
				}
				derr = fn(nil, &Error{Pos: Pos{Path: p, Line: lineNo, Col: 1}, ID: id, Err: derr})
			} else {
				derr = fn(doc, nil)
			}
			if derr != nil {
				return derr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line without its newline. A line longer than max is
// consumed and reported as tooLong instead of being held in memory.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

func parseJSONLLine(p string, lineNo int, line []byte) (*Document, error) {
	l, ok := decodeLineFast(line)
	if !ok {
		l = jsonlLine{}
		if err := json.Unmarshal(line, &l); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return nil, fmt.Errorf("%w: not valid JSON", ErrJSONL)
			}
			return nil, fmt.Errorf("%w: %v", ErrJSONL, err)
		}
	}
	id := ""
	if len(l.ID) > 0 {
		var s string
		var n json.Number
		if json.Unmarshal(l.ID, &s) == nil {
			id = s
		} else if json.Unmarshal(l.ID, &n) == nil {
			id = n.String()
		} else {
			return nil, fmt.Errorf("%w: \"id\" must be a string or a number", ErrJSONL)
		}
	}
	if id == "" {
		id = fmt.Sprintf("%s-%d", strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)), lineNo)
	}
	doc := &Document{ID: id, Path: p, Line: lineNo, Title: l.Title, Date: l.Date, URL: l.URL, Currency: l.Currency, Encoding: EncUTF8}
	if l.Currency != "" && !IsCurrencyCode(l.Currency) {
		return doc, fmt.Errorf("%w: \"currency\" must be an ISO 4217 code such as HKD, not %q", ErrJSONL, l.Currency)
	}
	if l.Text == nil {
		return doc, fmt.Errorf("%w: no string field \"text\"", ErrJSONL)
	}
	if p := controlByte(*l.Text); p >= 0 {
		return doc, fmt.Errorf("%w: control byte 0x%02X in \"text\"", ErrBinary, (*l.Text)[p])
	}
	if strings.TrimSpace(*l.Text) == "" {
		return doc, ErrEmpty
	}
	doc.Orig = *l.Text
	sum := sha256.Sum256([]byte(doc.Orig))
	doc.SHA256 = hex.EncodeToString(sum[:])
	return doc, nil
}

// ReadSource reads the document a record points to: the text or HTML file
// at p, or line `line` of the JSONL file at p, decoded as Walk decodes it.
func ReadSource(p string, line int) (*Document, error) {
	var doc *Document
	var derr error
	err := NewReader(Options{}).readFile(p, "source", false, func(d *Document, err error) error {
		if d != nil && (line == 0 || d.Line == line) && doc == nil {
			doc = d
		}
		if err != nil && derr == nil {
			derr = err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if doc == nil {
		if derr == nil {
			derr = fmt.Errorf("%s: no document at line %d", p, line)
		}
		return nil, derr
	}
	return doc, nil
}

// IsCurrencyCode reports whether s looks like an ISO 4217 code: three
// capital letters.
func IsCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// EscapeInvalid writes the bytes of s that are not UTF-8 as %XX, so that a
// file name the system gave as raw bytes can be an id or a path in a
// record (YAML and JSON strings are UTF-8). Valid text, % included, is left
// as it is; UnescapeInvalid undoes it for finding the file again.
func EscapeInvalid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, "%%%02X", s[i])
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// UnescapeInvalid turns %XX back into the byte XX where that byte is not
// UTF-8 on its own (0x80 and above), the inverse of EscapeInvalid.
func UnescapeInvalid(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if v, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil && v >= 0x80 {
				b.WriteByte(byte(v))
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

package corpus

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	textunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names reported in Document.Encoding.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
)

// Decode turns raw bytes into UTF-8 text and names the encoding it found.
//
// It accepts UTF-8 (a BOM is dropped), UTF-16 with a BOM, and GB18030 (a
// superset of GBK and GB2312), in that order. Bytes that are none of these,
// or that hold NUL or other control bytes, are an error wrapping ErrBinary
// or ErrEncoding; the error's Line and Col say where the first bad byte is.
// Decode never guesses: text that would decode only with replacement
// characters is refused.
func Decode(raw []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw, encoding = raw[3:], EncUTF8BOM
		if !utf8.Valid(raw) {
			return "", "", badUTF8(raw)
		}
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		enc, name := textunicode.UTF16(textunicode.LittleEndian, textunicode.ExpectBOM), EncUTF16LE
		if raw[0] == 0xFE {
			enc, name = textunicode.UTF16(textunicode.BigEndian, textunicode.ExpectBOM), EncUTF16BE
		}
		if len(raw)%2 != 0 {
			return "", "", &Error{Err: fmt.Errorf("%w: odd number of bytes for %s", ErrEncoding, name)}
		}
		out, err := enc.NewDecoder().Bytes(raw)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return "", "", &Error{Err: fmt.Errorf("%w: invalid %s (unpaired surrogate)", ErrEncoding, name)}
		}
		raw, encoding = out, name
	case utf8.Valid(raw):
		encoding = EncUTF8
	default:
		if p := controlByte(raw); p >= 0 {
			return "", "", binaryAt(raw, p)
		}
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) || !mostlyText(out) {
			return "", "", badUTF8(raw)
		}
		raw, encoding = out, EncGB18030
	}
	if p := controlByte(raw); p >= 0 {
		return "", "", binaryAt(raw, p)
	}
	return string(raw), encoding, nil
}

// controlByte returns the index of the first byte that text never holds
// (NUL and the C0 controls other than tab, line feed, vertical tab, form
// feed, carriage return and escape), or -1.
func controlByte[T string | []byte](b T) int {
	for i := 0; i < len(b); i++ {
		if c := b[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b {
			return i
		}
	}
	return -1
}

// mostlyText reports whether decoded GB18030 looks like Chinese or ASCII
// text rather than some other single-byte encoding read by mistake: at
// least 90% of its letters are ASCII, CJK, or CJK/full-width punctuation.
func mostlyText(b []byte) bool {
	good, all := 0, 0
	for _, r := range string(b) {
		all++
		if r < 0x80 || unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) ||
			(r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x2010 && r <= 0x206F) || unicode.IsSpace(r) {
			good++
		}
	}
	return all == 0 || good*10 >= all*9
}

func badUTF8(raw []byte) error {
	i := 0
	for i < len(raw) {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	line, col := lineCol(raw, i)
	return &Error{Pos: Pos{Line: line, Col: col}, Err: fmt.Errorf("%w (first bad byte 0x%02X)", ErrEncoding, raw[min(i, len(raw)-1)])}
}

func binaryAt(raw []byte, i int) error {
	line, col := lineCol(raw, i)
	return &Error{Pos: Pos{Line: line, Col: col}, Err: fmt.Errorf("%w: byte 0x%02X at offset %d", ErrBinary, raw[i], i)}
}

// lineCol gives the 1-based line and column (in code points of the valid
// UTF-8 before it, bytes otherwise) of byte offset i.
func lineCol(raw []byte, i int) (int, int) {
	line := 1 + bytes.Count(raw[:i], []byte{'\n'})
	start := bytes.LastIndexByte(raw[:i], '\n') + 1
	return line, utf8.RuneCount(raw[start:i]) + 1
}

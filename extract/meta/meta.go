package meta

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/textmap"
)

var (
	isoDate   = regexp.MustCompile(`(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?`)
	publisher = regexp.MustCompile(`(?:稿件来源|来源|来源于)\s*[:“"]\s*([^\s”"),。]{2,20})`)
)

// metadata finds the title (a short first line without sentence
// punctuation), the date (the first full date, or month and day as
// --MM-DD in the first lines) and the publisher (稿件来源/来源).
func Metadata(d *extract.Doc) (title, date, publisher string) {
	src := d.Src
	title = src.Title
	if title == "" {
		first, _, _ := strings.Cut(src.Orig, "\n")
		first = strings.TrimSpace(first)
		if n := utf8.RuneCountInString(first); n >= 4 && n <= 60 && !titleStopChars.In(first) && !strings.HasPrefix(first, "【") {
			title = first
		}
	}
	date = normaliseDate(src.Date)
	if date == "" {
		head := d.Text.Norm
		if len(head) > 600 {
			// Norm is valid UTF-8 (Normalize writes code points): cut
			// before the code point that 600 bytes would split.
			cut := 600
			for !utf8.RuneStart(head[cut]) {
				cut--
			}
			head = head[:cut]
		}
		// The first date that exists on the calendar (93月47日 is a typo or
		// a number, not a date).
		for _, m := range isoDates(head) {
			if validDate(m[0], m[1], m[2]) {
				date = m[0] + "-" + pad2(m[1]) + "-" + pad2(m[2])
				break
			}
		}
		if date == "" {
			for _, m := range monthDays(head) {
				if validDate("2000", m[0], m[1]) {
					date = "--" + pad2(m[0]) + "-" + pad2(m[1])
					break
				}
			}
		}
	}
	if m := publisherMatch(d.Text.Norm); m != "" {
		publisher = m
	}
	return title, date, publisher
}

func publisherMatch(s string) string {
	i := strings.Index(s, "来源")
	if i < 0 {
		return ""
	}
	// Every match contains 来源; start the search a few bytes before the
	// first one (稿件来源).
	i = max(0, i-len("稿件"))
	for !utf8.RuneStart(s[i]) {
		i++
	}
	if m := publisher.FindStringSubmatch(s[i:]); m != nil {
		return m[1]
	}
	return ""
}

// monthDays finds the month-day dates in s, in order, as the pattern
// ([0-9]{1,2})月([0-9]{1,2})日 would (TestMonthDays), without a regexp
// scan of every line head.
func monthDays(s string) [][2]string {
	var out [][2]string
	for i := 0; ; {
		k := strings.Index(s[i:], "月")
		if k < 0 {
			return out
		}
		k += i
		a := k
		for a > i && a > k-2 && money.IsASCIIDigit(rune(s[a-1])) {
			a--
		}
		b := k + len("月")
		e := b
		for e < len(s) && e < b+2 && money.IsASCIIDigit(rune(s[e])) {
			e++
		}
		if a < k && e > b && strings.HasPrefix(s[e:], "日") {
			out = append(out, [2]string{s[a:k], s[b:e]})
			i = e + len("日")
		} else {
			i = b
		}
	}
}

// isoDates is isoDate.FindAllStringSubmatch(s, -1) without the regexp
// (TestISODatesAgrees): year, month and day of every match, left to right,
// not overlapping. A match starts with the last four digits of a run of
// digits (earlier starts would need a digit to be a separator), so only
// those are tried.
func isoDates(s string) [][3]string {
	var out [][3]string
	for i := 0; i < len(s); {
		if !isDigitAt(s, i) {
			i++
			continue
		}
		j := i + 1
		for isDigitAt(s, j) {
			j++
		}
		if j-i >= 4 {
			if m, end, ok := isoDateAt(s, j-4); ok {
				out = append(out, m)
				i = end
				continue
			}
		}
		i = j
	}
	return out
}

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// dateSep is the length of a date separator at s[i]: - / . or cn.
func dateSep(s string, i int, cn string) int {
	if i < len(s) && (s[i] == '-' || s[i] == '/' || s[i] == '.') {
		return 1
	}
	if strings.HasPrefix(s[i:], cn) {
		return len(cn)
	}
	return 0
}

// isoDateAt matches isoDate at byte p, where four digits stand, as the
// regexp would: a separator, a month of two digits or else one, a
// separator, a day of two digits where there are two, and 日 if it follows.
func isoDateAt(s string, p int) ([3]string, int, bool) {
	i := p + 4
	n := dateSep(s, i, "年")
	if n == 0 {
		return [3]string{}, 0, false
	}
	i += n
	for _, w := range []int{2, 1} {
		if !isDigitAt(s, i) || w == 2 && !isDigitAt(s, i+1) {
			continue
		}
		j := i + w
		n := dateSep(s, j, "月")
		if n == 0 || !isDigitAt(s, j+n) {
			continue
		}
		j += n
		dw := 1
		if isDigitAt(s, j+1) {
			dw = 2
		}
		end := j + dw
		if strings.HasPrefix(s[end:], "日") {
			end += len("日")
		}
		return [3]string{s[p : p+4], s[i : i+w], s[j : j+dw]}, end, true
	}
	return [3]string{}, 0, false
}

func normaliseDate(s string) string {
	if m := isoDate.FindStringSubmatch(s); m != nil && validDate(m[1], m[2], m[3]) {
		return m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3])
	}
	return ""
}

// validDate reports whether year-month-day exists (a leap year stands in
// for an unknown year, so --02-29 is allowed).
func validDate(y, m, d string) bool {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mi < 1 || mi > 12 || di < 1 || yi < 1000 || yi > 2999 {
		return false
	}
	return time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC).Day() == di
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

var (
	titleStopChars = textmap.Chars("。,，") // sentence punctuation: not a title
)

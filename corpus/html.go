package corpus

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText returns the visible text of an HTML page and its <title>.
//
// Script, style, template, noscript and the rest of <head> are dropped;
// block elements (p, div, br, li, headings, table rows …) end a line, so
// paragraphs are kept as line breaks. White space inside a line is
// collapsed as a browser would. The tokenizer streams, so deeply nested
// markup costs no stack.
func HTMLText(src []byte) (text, title string) {
	z := html.NewTokenizer(bytes.NewReader(src))
	var b, line, tb strings.Builder
	skip := 0 // depth inside elements whose text is not shown
	inTitle := false
	flush := func() {
		s := strings.TrimSpace(line.String())
		line.Reset()
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken: // io.EOF, or a read error on a bytes.Reader that cannot happen
			flush()
			return b.String(), strings.Join(strings.Fields(tb.String()), " ")
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head, atom.Svg, atom.Iframe, atom.Object:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			case atom.Title:
				inTitle = tt == html.StartTagToken
				continue
			}
			if blockElements[a] {
				flush()
			}
		case html.TextToken:
			if inTitle {
				tb.Write(z.Text())
				continue
			}
			if skip > 0 {
				continue
			}
			t := string(z.Text())
			fields := strings.Fields(t)
			if len(fields) == 0 {
				if line.Len() > 0 && t != "" {
					line.WriteByte(' ')
				}
				continue
			}
			if startsSpace(t) && line.Len() > 0 {
				line.WriteByte(' ')
			}
			line.WriteString(strings.Join(fields, " "))
			if endsSpace(t) {
				line.WriteByte(' ')
			}
		}
	}
}

func startsSpace(s string) bool { return s != "" && strings.TrimLeft(s[:1], " \t\r\n\f") == "" }
func endsSpace(s string) bool {
	return s != "" && strings.TrimLeft(s[len(s)-1:], " \t\r\n\f") == ""
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Blockquote: true,
	atom.Pre: true, atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Form: true, atom.Figure: true, atom.Figcaption: true, atom.Main: true, atom.Nav: true,
	atom.Aside: true, atom.Caption: true, atom.Center: true,
}

package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// NewDoc normalises and segments a document.
func NewDoc(src *corpus.Document, seg segment.Segmenter) *Doc { return NewDocIn(nil, src, seg) }

// Scratch holds the largest per-document buffers (the tokens, where they
// start, and the normalised text's code point tables) for reuse: a batch
// that builds one Doc after another in the same Scratch allocates them once
// rather than for every document. A Scratch serves one goroutine at a time,
// and a Doc built in it is valid only until the next NewDocIn with the same
// Scratch.
type Scratch struct {
	tokens []segment.Token
	starts []bool
	text   textmap.TextScratch
}

// NewDocIn is NewDoc with buffers from sc (nil allocates new ones).
func NewDocIn(sc *Scratch, src *corpus.Document, seg segment.Segmenter) *Doc {
	return BuildDoc(sc, src, seg, nil)
}

// BuildDoc is NewDocIn that also reads a Traditional text as Simplified
// when h is not nil (engine.Engine.Doc).
func BuildDoc(sc *Scratch, src *corpus.Document, seg segment.Segmenter, h *textmap.Hant) *Doc {
	var ts *textmap.TextScratch
	if sc != nil {
		ts = &sc.text
	}
	t := textmap.NormalizeIn(ts, src.Orig)
	hant := h != nil && h.Traditional(t.Runes())
	if hant {
		t.Simplify(h)
	}
	d := &Doc{Src: src, Text: t, Runes: t.Runes(), Hant: hant}
	d.Sentences = textmap.SplitSentences(d.Runes)
	if seg != nil {
		var toks []segment.Token
		var starts []bool
		if sc != nil {
			toks, starts = sc.tokens[:0], sc.starts
		}
		d.Tokens = splitGlued(segment.TokenizeInto(seg, t, toks))
		if n := len(d.Runes) + 1; cap(starts) >= n {
			starts = starts[:n]
			clear(starts)
		} else {
			starts = make([]bool, n)
		}
		d.Starts = starts
		for _, tok := range d.Tokens {
			d.Starts[tok.Start] = true
		}
		d.Starts[len(d.Runes)] = true
		if sc != nil {
			sc.tokens, sc.starts = d.Tokens, d.Starts
		}
	}
	return d
}

// Doc is what extractors read: the document, its normalised text, tokens
// and sentences. Extractors do not modify it.
type Doc struct {
	Src       *corpus.Document
	Text      *textmap.Text
	Tokens    []segment.Token
	Sentences []textmap.Span // in Norm code points
	// Hant is true when the text is written in Traditional characters:
	// Norm is then its Simplified reading (Hant).
	Hant  bool
	Runes []rune // Norm as code points
	// Starts marks the Norm positions where a token starts (and the end);
	// nil when the document was not segmented, and then every position
	// counts as one. Amounts and industries read it.
	Starts []bool
}

// Mention builds a mention of kind k for a Norm span: its Orig span,
// text and name.
func (d *Doc) Mention(k Kind, s textmap.Span) Mention {
	o := d.Text.OrigSpan(s)
	text := d.Text.OrigSlice(o)
	return Mention{Kind: k, Span: o, Norm: s, Text: text, Name: textmap.Squeeze(text)}
}

// Slice returns Norm[s:e] (code points) without copying.
func (d *Doc) Slice(s, e int) string { return d.Text.NormSlice(textmap.Span{Start: s, End: e}) }

// gluedTitles are the words of jieba's dictionary that glue a body's head
// to its director's title (工业 局局长, 投资业务 处处长, 科科长, 有色金属
// 工业 协会会长), and how many code points of the head they start with: the
// body's name ends inside them.
var gluedTitles = map[string]int{"局局长": 1, "处处长": 1, "科科长": 1, "总局局长": 2, "协会会长": 2, "商会会长": 2,
	"学院院长": 2, "医院院长": 2, "法院院长": 2, "银行行长": 2}

// Prepositions and levels of government that the segmenter's model of
// unknown words glues into one word (记者 从市/x 发改委 获悉, 由省/x 财政 拨付):
// the level starts the body's name.
const (
	gluedPrepositions = "从向由对与和经跟将"
	gluedLevels       = "省市县区"
)

// Classifiers that the same model glues to a level of government after a
// count (40 项省/x 科技重大专项): the level starts what follows. Not 个 or
// 家: 3 个区/x 政府 counts governments, and split, would read as one.
const gluedClassifiers = "项座条所批类"

// One-character heads of bodies and works and the function words after
// them that the segmenter's model of unknown words glues into one word
// (北辰研究 院为/x 项目提供支持, 东湖 园区 港在/x): the head ends the name.
const (
	gluedHeads     = "院局所委厅办处部署会社校园港城站厂馆场库桥"
	gluedFunctions = "为在于将与和是从对向以由被把给及等的了也都已正就均共"
)

// splitAt reports where a token glued from two words is split: after
// the head of gluedTitles (0 for none), after a preposition or a
// classifier glued to a level of government, after a one-character head
// glued to a function word, or after the 至 of a route glued to the
// unknown place it runs to; and the parts of speech of its two pieces.
func splitAt(t segment.Token) (n int, pos1, pos2 string) {
	if t.End-t.Start >= 3 && strings.HasSuffix(t.Text, "长") {
		if k := gluedTitles[t.Text]; k > 0 {
			return k, "n", "n" // every glued title is a 长 (局局长, 银行行长)
		}
	}
	if t.POS == "x" && t.End-t.Start == 2 {
		rs := []rune(t.Text)
		if strings.ContainsRune(gluedPrepositions, rs[0]) && strings.ContainsRune(gluedLevels, rs[1]) {
			return 1, "p", "n"
		}
		if strings.ContainsRune(gluedClassifiers, rs[0]) && strings.ContainsRune(gluedLevels, rs[1]) {
			return 1, "q", "n"
		}
		if strings.ContainsRune(gluedHeads, rs[0]) && strings.ContainsRune(gluedFunctions, rs[1]) {
			return 1, "n", "p"
		}
	}
	if t.POS == "x" && t.End-t.Start >= 3 && strings.HasPrefix(t.Text, "至") {
		return 1, "p", "x" // 东湖 至北坪/x 段: a route's second end, an unknown place
	}
	return 0, "", ""
}

// dateUnits end a date's number (2025 年, 3 月, 15 日).
const dateUnits = "年月日"

// splitGluedAt is splitAt for toks[i], which also splits the unit of a
// date the segmenter's model of unknown words glues to the name after it
// (在 2025 年九岭/x 机场: the year, then the name).
func splitGluedAt(toks []segment.Token, i int) (n int, pos1, pos2 string) {
	t := toks[i]
	if t.POS == "x" && t.End-t.Start >= 2 && i > 0 && toks[i-1].End == t.Start && toks[i-1].POS == "m" {
		r, _ := utf8.DecodeRuneInString(t.Text)
		last, _ := utf8.DecodeLastRuneInString(toks[i-1].Text)
		if strings.ContainsRune(dateUnits, r) && last >= '0' && last <= '9' {
			return 1, "m", "x"
		}
	}
	return splitAt(t)
}

// splitGlued splits the glued tokens of toks (splitGluedAt) in two, at their
// own code points; toks is returned as it is when there are none.
func splitGlued(toks []segment.Token) []segment.Token {
	n := 0
	for i := range toks {
		if k, _, _ := splitGluedAt(toks, i); k > 0 {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]segment.Token, 0, len(toks)+n)
	for i, t := range toks {
		k, pos1, pos2 := splitGluedAt(toks, i)
		if k == 0 {
			out = append(out, t)
			continue
		}
		b := 0
		for range k {
			_, size := utf8.DecodeRuneInString(t.Text[b:])
			b += size
		}
		out = append(out, segment.Token{Text: t.Text[:b], POS: pos1, Start: t.Start, End: t.Start + k},
			segment.Token{Text: t.Text[b:], POS: pos2, Start: t.Start + k, End: t.End})
	}
	return out
}

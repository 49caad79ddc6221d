package entity

import (
	"slices"
	"strings"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// maxOutlet is the longest name of a news outlet a dateline reads, in code
// points (香港中通社, 中国新闻网, 每日经济新闻).
const maxOutlet = 10

// notOutlet reports a dateline's or byline's first words that name no
// outlet: the outlet's own word for itself (本报), a time zone (北京时间3月5日
// 消息), a source at large (据媒体, 综合外电).
func notOutlet(name string) bool {
	if notOutlets[name] || reporterRole[name] || strings.HasSuffix(name, "时间") {
		return true
	}
	for _, p := range []string{"据", "另据", "综合", "外电", "外媒", "媒体", "网友", "消息"} {
		if strings.HasPrefix(name, p) || strings.HasSuffix(name, p) {
			return true
		}
	}
	return false
}

// reporterRole are the words of a reporter's role or medium between an
// outlet and 记者 in a byline (湖北日报全媒记者, 新华社摄影记者).
var reporterRole = map[string]bool{"全媒": true, "全媒体": true, "融媒": true, "融媒体": true, "首席": true, "特约": true, "见习": true,
	"实习": true, "客户端": true, "新闻": true, "摄影": true, "视频": true, "特派": true, "驻站": true}

// notOutlets are the words a dateline or byline starts with that name no
// outlet: the outlet's own (本报讯), or the reporter (reporterRole too).
var notOutlets = map[string]bool{"本报": true, "本网": true, "本台": true, "本刊": true, "本站": true, "记者": true, "通讯员": true, "编辑": true}

// datelines finds the news outlets a text names as its source, the way
// news names them: at the start of a paragraph, before the date and 讯, 电
// or 消息 (泉州网9月9日讯, 财联社12月16日电, 新华社北京3月5日电: the place goes;
// 昆明信息港讯; 【文汇网讯】), or in a byline before 记者 ((香港文汇网 记者 方俊明)).
// The gold rules count an outlet named as a source as a media institute.
// Names at a span of have are left to it.
func datelines(d *extract.Doc, have []extract.Mention) []extract.Mention {
	rs := d.Runes
	idx := extract.NewIndex(have)
	add := func(s textmap.Span) {
		if name := d.Slice(s.Start, s.End); s.Len() < 2 || s.Len() > maxOutlet || notOutlet(name) {
			return
		}
		if idx.Overlaps(s) {
			// An outlet the rules read with its place before it (中通社 in
			// 香港中通社) is the whole; any other name there is left alone.
			for _, o := range have {
				if o.Norm.Start < s.End && s.Start < o.Norm.End && (o.Label != "media" || !placed(d, s, o.Norm)) {
					return // another body's name (西江市商务局消息), or an outlet's across its edge
				}
			}
			have = slices.DeleteFunc(have, func(o extract.Mention) bool { return o.Norm.Start >= s.Start && o.Norm.End <= s.End })
		}
		m := d.Mention(extract.KindInstitute, s)
		m.Label = "media"
		m.Via = "dateline"
		have = append(have, m)
		idx = extract.NewIndex(have)
	}
	for i := 0; i < len(rs); i++ {
		if i == 0 || rs[i-1] == '\n' {
			j := i
			for j < len(rs) && (rs[j] == ' ' || rs[j] == '\u3000' || rs[j] == '【' || rs[j] == '[') {
				j++
			}
			if s, ok := datelineAt(d, j); ok {
				add(s)
			}
		}
		if rs[i] == '(' || rs[i] == '（' {
			if s, ok := bylineAt(d, i+1); ok {
				add(s)
			}
		}
	}
	return have
}

// datelineAt reads an outlet's name at the start of a dateline at s: words
// of a name up to a date (N月N日) or straight to 讯, 电 or 消息, with a place
// before the date left out (新华社 北京 3月5日电).
func datelineAt(d *extract.Doc, s int) (textmap.Span, bool) {
	toks := d.Tokens
	k := segment.TokenIndexAt(toks, s)
	if k >= len(toks) || toks[k].Start != s {
		return textmap.Span{}, false
	}
	first := k
	for ; k < len(toks) && k-first < 4; k++ {
		t := toks[k]
		switch {
		case t.Text == "讯" || t.Text == "电": // 昆明信息港 讯 (X消息 needs its date: 商务局消息 is a body's word)
			if k == first || !endsDateline(d, k) {
				return textmap.Span{}, false
			}
			return textmap.Span{Start: s, End: toks[k-1].End}, true
		case money.IsASCIIDigit(d.Runes[t.Start]):
			// The date: N月N日 and then 讯, 电 or 消息.
			e := k
			for e < len(toks) && e-k < 6 && !datelineEnd(toks[e].Text) {
				if !datePart(toks[e].Text) {
					return textmap.Span{}, false
				}
				e++
			}
			if e >= len(toks) || e-k >= 6 || k == first || !endsDateline(d, e) {
				return textmap.Span{}, false
			}
			end := k
			for end-1 > first && toks[end-1].POS == "ns" {
				end-- // 新华社 北京: the place the news is from
			}
			return textmap.Span{Start: s, End: toks[end-1].End}, true
		case !outletWord(t):
			return textmap.Span{}, false
		}
	}
	return textmap.Span{}, false
}

// endsDateline reports whether the 讯, 电 or 消息 at token k closes a
// dateline: a mark, a space or the end follows (讯 (记者, 电 香港, 消息,近日),
// not a word it starts (电子, 消息称).
func endsDateline(d *extract.Doc, k int) bool {
	e := d.Tokens[k].End
	if e >= len(d.Runes) {
		return true
	}
	r := d.Runes[e]
	return r == ' ' || r == '\u3000' || r == '\n' || textmap.OneOf("，,：:】]（(。", r)
}

// datelineEnd reports the word that closes a dateline, alone or glued to
// the date's 日 (日讯, 日电: the segmenter's words).
func datelineEnd(w string) bool {
	switch w {
	case "讯", "电", "消息", "日讯", "日电", "日消息":
		return true
	}
	return false
}

// datePart reports a token of a month-day date: digits, 月, 日.
func datePart(w string) bool {
	for _, r := range w {
		if !money.IsASCIIDigit(r) && r != '月' && r != '日' {
			return false
		}
	}
	return w != ""
}

// outletWord reports a word that may stand in an outlet's name: a noun, a
// name, an abbreviation, or an unknown word of ideographs or letters.
func outletWord(t segment.Token) bool {
	switch t.POS {
	case "n", "nz", "nt", "ns", "nr", "j", "l", "eng", "vn", "b": // 华声 在线/b
		return true
	case "x":
		return hanOnly(t.Text)
	}
	return false
}

// bylineAt reads an outlet's name in a byline at s, right after its
// opening bracket: words of a name and then 记者 or 通讯员 ((香港文汇网 记者).
func bylineAt(d *extract.Doc, s int) (textmap.Span, bool) {
	toks := d.Tokens
	k := segment.TokenIndexAt(toks, s)
	for k < len(toks) && toks[k].Text == " " {
		k++
	}
	if k >= len(toks) || toks[k].Start > s+1 {
		return textmap.Span{}, false
	}
	start := toks[k].Start
	first := k
	for words := 0; k < len(toks) && words < 5; k++ {
		t := toks[k]
		if t.Text == " " || t.Text == "\u3000" {
			continue // the spaces of a byline count as no word (香港 文汇 网 ␣ 记者)
		}
		words++
		if t.Text == "记者" || t.Text == "通讯员" {
			if k == first {
				return textmap.Span{}, false
			}
			end := k - 1
			for end > first && (toks[end].Text == " " || toks[end].Text == "\u3000" || reporterRole[toks[end].Text]) {
				end-- // 湖北日报 全媒 记者: the reporter's role is no part of the outlet
			}
			if reporterRole[toks[end].Text] {
				return textmap.Span{}, false
			}
			return textmap.Span{Start: start, End: toks[end].End}, true
		}
		if !outletWord(t) {
			return textmap.Span{}, false
		}
	}
	return textmap.Span{}, false
}

// placed reports whether s is inner with places before it, and nothing
// else (香港 中通社).
func placed(d *extract.Doc, s, inner textmap.Span) bool {
	if inner.End != s.End || inner.Start == s.Start {
		return false
	}
	toks := d.Tokens
	for k := segment.TokenIndexAt(toks, s.Start); k < len(toks) && toks[k].Start < inner.Start; k++ {
		if toks[k].POS != "ns" || toks[k].End > inner.Start {
			return false
		}
	}
	return true
}

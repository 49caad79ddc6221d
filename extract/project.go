package extract

import (
	"context"
	"strings"
	"unicode"
)

// Projects finds named undertakings in sentences that report them as
// signed, landed, started, finished or invested in: names ending with a
// project head (项目, 产业园, 小镇, 基地 …), and the items of enumerations
// such as 「A、B、C等一批项目签约落地」 (companies and bank branches listed as
// projects included). Coordinated items share their head (X平台及Y平台项目
// is two projects).
type Projects struct {
	heads    lexicon
	triggers lexicon
	generic  map[string]bool
	genLex   lexicon
	stop     map[string]bool
	inds     *Industries
}

// NewProjects builds the project extractor from word lists.
func NewProjects(c EntityConfig) *Projects {
	hm := map[string]string{}
	for _, h := range c.ProjectHeads {
		hm[h] = h
	}
	return &Projects{
		heads:    newLexicon(hm),
		triggers: lexOf(c.Triggers),
		generic:  setOf(c.Generic),
		genLex:   lexOf(c.Generic),
		stop:     setOf(c.Triggers),
		inds:     NewIndustries(c),
	}
}

// Name implements Extractor.
func (x *Projects) Name() string { return "projects" }

// Extract implements Extractor.
func (x *Projects) Extract(ctx context.Context, d *Doc) ([]Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs := d.runes
	var out []Mention
	for _, s := range d.Sentences {
		if !x.hasTrigger(rs[s.Start:s.End]) {
			continue
		}
		out = append(out, x.listItems(d, s)...)
	}
	for _, m := range headMentions(d, KindProject, x.heads, x.stop, nil, 7) {
		if x.hasTrigger(rs[x.sentenceOf(d, m.Norm.Start).Start:x.sentenceOf(d, m.Norm.Start).End]) {
			out = append(out, m)
		}
	}
	var keep []Mention
	for _, m := range out {
		if m2, ok := x.clean(d, m); ok {
			keep = append(keep, m2)
		}
	}
	return dropNested(keep), nil
}

func (x *Projects) sentenceOf(d *Doc, p int) Span {
	for _, s := range d.Sentences {
		if p >= s.Start && p < s.End {
			return s
		}
	}
	return Span{}
}

func (x *Projects) hasTrigger(rs []rune) bool {
	for i := range rs {
		if _, n := x.triggers.at(rs, i); n > 0 {
			return true
		}
	}
	return false
}

// listItems reads 「A、B及C等…项目」 enumerations in a sentence.
func (x *Projects) listItems(d *Doc, s Span) []Mention {
	rs := d.runes
	var out []Mention
	for i := s.Start; i < s.End; i++ {
		if rs[i] != '等' {
			continue
		}
		// 等 must be followed, in the same clause, by 项目 (等一批龙头项目).
		tail := string(rs[i:min(s.End, i+16)])
		if c := strings.IndexAny(tail, ",，:"); c >= 0 {
			tail = tail[:c]
		}
		if !strings.Contains(tail, "项目") {
			continue
		}
		// The list runs back to the start of the clause.
		lo := i
		for lo > s.Start && !strings.ContainsRune(",:;。(", rs[lo-1]) {
			lo--
		}
		if !strings.ContainsRune(string(rs[lo:i]), '、') && !strings.Contains(string(rs[lo:i]), "及") {
			continue
		}
		// Split at 、 and 及 (and 和 between long items).
		start := lo
		for j := lo; j <= i; j++ {
			if j == i || rs[j] == '、' || rs[j] == '及' {
				if j > start {
					out = append(out, x.item(d, Span{start, j})...)
				}
				start = j + 1
			}
		}
	}
	return out
}

// item turns one list item into a project mention, trimming space.
func (x *Projects) item(d *Doc, sp Span) []Mention {
	rs := d.runes
	for sp.Start < sp.End && unicode.IsSpace(rs[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && unicode.IsSpace(rs[sp.End-1]) {
		sp.End--
	}
	if sp.Len() < 2 || sp.Len() > 30 {
		return nil
	}
	// An item that is an industry (互联网产业) is not a project.
	if m, ok := x.inds.at(rs[:sp.End], sp.Start, nil); ok && m.end == sp.End {
		return nil
	}
	return []Mention{d.mention(KindProject, sp)}
}

// clean trims generic words off a candidate's start and rejects generic
// phrases (一批项目, 重大项目, 216个重大产业项目).
func (x *Projects) clean(d *Doc, m Mention) (Mention, bool) {
	rs := d.runes
	s := m.Norm
	for s.Start < s.End {
		if g, n := x.genLex.at(rs[:s.End], s.Start); n > 0 && g != "" && s.Start+n < s.End && (x.isGenericWord(g) && !x.headAt(rs, s.Start+n, s.End)) {
			s.Start += n
			continue
		}
		break
	}
	core := strings.TrimSuffix(squeeze(string(rs[s.Start:s.End])), "项目")
	if core == "" || x.generic[core] || len([]rune(core)) < 2 {
		return m, false
	}
	// Counted or numbered phrases: 80个项目, 216个重大产业项目.
	if unicode.IsDigit([]rune(core)[0]) || strings.ContainsRune(core, '个') || strings.HasPrefix(core, "一") {
		return m, false
	}
	// All words generic.
	rest := []rune(core)
	for len(rest) > 0 {
		if _, n := x.genLex.at(rest, 0); n > 0 {
			rest = rest[n:]
			continue
		}
		if _, n := x.heads.at(rest, 0); n > 0 && n == len(rest) {
			rest = rest[n:]
			continue
		}
		break
	}
	if len(rest) == 0 {
		return m, false
	}
	if s != m.Norm {
		m2 := d.mention(KindProject, s)
		return m2, true
	}
	return m, true
}

func (x *Projects) isGenericWord(g string) bool { return x.generic[g] }

// headAt reports whether a project head fills rs[i:end] exactly.
func (x *Projects) headAt(rs []rune, i, end int) bool {
	_, n := x.heads.at(rs[:end], i)
	return n > 0 && i+n == end
}

// headMentions finds names that end with a head word at a token end.
func headMentions(d *Doc, kind Kind, heads lexicon, stop, standalone map[string]bool, maxTok int) []Mention {
	var out []Mention
	toks := d.Tokens
	rs := d.runes
	for _, t := range toks {
		if t.POS == "x" && len(t.Text) == 1 {
			continue
		}
		label, n := heads.before(rs, t.End, max(0, t.End-8))
		if n == 0 {
			continue
		}
		hs := t.End - n
		k := tokenIndexAt(toks, hs)
		start := extendLeft(toks, 0, k, maxTok, stop, false)
		s := min(toks[start].Start, hs)
		if start < len(toks) {
			s = trimFunctionChar(rs, s, t.End, toks[start])
		}
		name := string(rs[s:t.End])
		if s == hs && !standalone[name] {
			continue // a bare head is no name
		}
		if stop[name] || t.End-s < 3 {
			continue
		}
		m := d.mention(kind, Span{s, t.End})
		m.Label = label
		out = append(out, m)
	}
	return out
}

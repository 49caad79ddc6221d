package extract

import "context"

// Institutes finds named organisations by their head word (研究院, 银行…支行,
// 有限公司, 管委会 …), extended to the left over name-ish tokens.
type Institutes struct {
	heads      lexicon
	stop       map[string]bool
	standalone map[string]bool
}

// NewInstitutes builds the institute extractor from word lists.
func NewInstitutes(c EntityConfig) *Institutes {
	return &Institutes{
		heads:      newLexicon(c.InstituteHeads),
		stop:       setOf(c.InstituteStop),
		standalone: setOf([]string{"中科院", "中国科学院", "科学院", "工程院", "中国工程院", "中国社会科学院"}),
	}
}

// Name implements Extractor.
func (x *Institutes) Name() string { return "institutes" }

// Extract implements Extractor.
func (x *Institutes) Extract(ctx context.Context, d *Doc) ([]Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return dropNested(headMentions(d, KindInstitute, x.heads, x.stop, x.standalone, 6)), nil
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
		start := extendLeft(toks, 0, k, maxTok, stop)
		s := toks[start].Start
		if s > hs {
			s = hs
		}
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

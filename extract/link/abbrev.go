package link

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/textmap"
)

// companyTails may follow a brand to make the same name longer (华为公司).
var companyTails = []string{"公司", "集团", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "控股集团"}

// regions may name a multinational's regional company after its brand
// (巴斯夫欧洲公司, 西门子(中国)有限公司): the press names both by the brand.
var regions = []string{"中国", "(中国)", "亚太", "(亚太)", "亚洲", "欧洲", "美国", "北美", "大中华区", "全球", "中國", "(中國)", "亞太", "亞洲", "歐洲"}

// regionalTail reports whether rest, what follows a brand in a longer
// name, is a region and a company tail.
func regionalTail(rest string) bool {
	for _, r := range regions {
		if t, ok := strings.CutPrefix(rest, r); ok {
			t = strings.TrimPrefix(t, "投资")
			t = strings.TrimPrefix(t, "投資")
			return slices.Contains(companyTails, t)
		}
	}
	return false
}

// isAbbrev reports whether a (shorter) names the same organisation as b:
//   - a is the end of b and at least two characters (市政府, 黄石市政府);
//   - b is a followed by a company tail (华为, 华为公司);
//   - a is b with at least two separate stretches left out, keeping its
//     head, and its first character unless a has four or more
//     (中电集团 in 中国电子集团, 中科院 in 中国科学院, 成都生物所 in
//     中国科学院成都生物研究所).
//     One stretch left out is another name (中国银行, 中国工商银行).
func isAbbrev(a, b string) bool { return isAbbrevKey(abbrevKey(a), abbrevKey(b)) }

// abbrevKey is the name key isAbbrev compares: 市政府 is 市人民政府, 澳门政府
// is 澳门特区政府 (the level of a government is left out of its short
// form), in Simplified or Traditional characters.
func abbrevKey(name string) string {
	return governmentLevel.Replace(NameKey(name))
}

var governmentLevel = strings.NewReplacer(
	"人民政府", "政府",
	"特别行政区政府", "政府", "特別行政區政府", "政府",
	"特区政府", "政府", "特區政府", "政府")

// isAbbrevKey is isAbbrev on the names' abbrevKeys.
func isAbbrevKey(ka, kb string) bool {
	if utf8.ValidString(ka) && utf8.ValidString(kb) {
		// What the code points below would say, without converting: most
		// pairs are told apart by length.
		if na := utf8.RuneCountInString(ka); na < 2 || na >= utf8.RuneCountInString(kb) {
			return false
		}
	}
	ra, rb := []rune(ka), []rune(kb)
	if len(ra) < 2 || len(ra) >= len(rb) {
		return false
	}
	if strings.HasSuffix(string(rb), string(ra)) {
		return true
	}
	if strings.HasPrefix(string(rb), string(ra)) {
		rest := string(rb[len(ra):])
		for _, t := range companyTails {
			if rest == t {
				return true
			}
		}
		return regionalTail(rest)
	}
	if len(ra) < 3 || ra[len(ra)-1] != rb[len(rb)-1] && !strings.Contains(string(rb), string(ra[len(ra)-2:])) {
		return false
	}
	// Greedy subsequence, counting the stretches of b left out.
	gaps, j := 0, 0
	inGap := false
	for i := 0; i < len(rb) && j < len(ra); i++ {
		if rb[i] == ra[j] {
			j++
			inGap = false
			continue
		}
		if j == 0 && len(ra) < 4 {
			return false // a short abbreviation keeps the first character
		}
		if !inGap {
			gaps++
			inGap = true
		}
	}
	if j < len(ra) {
		return false
	}
	if j == len(ra) && len(rb) > 0 {
		// What is left of b after the last matched character counts as a stretch.
		last := strings.LastIndex(string(rb), string(ra[len(ra)-1:]))
		if last >= 0 && len([]rune(string(rb)[last:])) > 1 {
			gaps++
		}
	}
	return gaps >= 2
}

// mergeAbbrev folds entities whose name abbreviates another's (same label)
// into it: the longer name stays, the shorter becomes an alias.
func MergeAbbrev(es []Entity) []Entity {
	out := make([]Entity, 0, len(es))
	gone := make([]bool, len(es))
	keys := make([]string, len(es)) // each name keyed once, not once a pair
	for i := range es {
		keys[i] = abbrevKey(es[i].Name)
	}
	for i := range es {
		if gone[i] {
			continue
		}
		e := es[i]
		for j := range es {
			if i == j || gone[j] || es[j].Label != e.Label {
				continue
			}
			if isAbbrevKey(keys[j], keys[i]) || keys[j] == keys[i] && len(es[j].Name) < len(es[i].Name) {
				gone[j] = true
				e.Aliases = append(e.Aliases, es[j].Name)
				e.Aliases = append(e.Aliases, es[j].Aliases...)
				e.Spans = append(e.Spans, es[j].Spans...)
			}
		}
		out = append(out, e)
	}
	// An entity folded into one that was later folded itself: keep order.
	var keep []Entity
	for _, e := range out {
		absorbed := false
		for _, o := range out {
			if o.Name != e.Name && contains(o.Aliases, e.Name) {
				absorbed = true
			}
		}
		if !absorbed {
			sortSpans(e.Spans)
			keep = append(keep, e)
		}
	}
	return keep
}

// declaredShort matches a short name a text declares for the name right
// before it: (以下简称“国机集团”), （简称：厦洽会）, (下称“该公司”).
var declaredShort = regexp.MustCompile(`^[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“"「『]?([^”"」』)）,，、;；。]{2,16}?)[”"」』]?\s*[)）]`)

// Declaration is a short name a text declares right after a name: At is
// where that name ends (an Orig code point: the bracket), Short the short
// name as written.
type Declaration struct {
	At    int
	Short string
}

// Declarations finds the short names d declares, once for every merge of
// a document.
func Declarations(d *extract.Doc) []Declaration {
	if !strings.Contains(d.Text.Norm, "称") {
		return nil
	}
	var out []Declaration
	rs := d.Runes
	for p, r := range rs {
		if r != '(' && r != '（' {
			continue
		}
		rest := d.Slice(p, min(len(rs), p+30))
		m := declaredShort.FindStringSubmatchIndex(rest)
		if m == nil {
			continue
		}
		// The short name as written (Orig: a Traditional text's names are
		// Traditional).
		s0 := p + utf8.RuneCountInString(rest[:m[2]])
		short := d.Text.OrigSlice(d.Text.OrigSpan(textmap.Span{Start: s0, End: s0 + utf8.RuneCountInString(rest[m[2]:m[3]])}))
		out = append(out, Declaration{At: d.Text.OrigSpan(textmap.Span{Start: p, End: p}).Start, Short: short})
	}
	return out
}

// declared calls f with each entity of es that a short name of decls is
// declared for right after one of its mentions, and the short name.
func declared(decls []Declaration, es []Entity, f func(full int, short string)) {
	if len(decls) == 0 || len(es) == 0 {
		return
	}
	byEnd := map[int]int{} // an Orig mention end → its entity
	for i, e := range es {
		for _, s := range e.Spans {
			byEnd[s.End] = i
		}
	}
	for _, dc := range decls {
		if full, ok := byEnd[dc.At]; ok {
			f(full, dc.Short)
		}
	}
}

// MoveDeclared moves to the organisation a short name is declared for
// the project named by it (中央国家机关政府采购中心(以下简称“国采中心”): the
// head 中心 made 国采中心 a project), as an alias.
func MoveDeclared(decls []Declaration, institutes []Entity, projects []Project) ([]Entity, []Project) {
	if len(decls) == 0 || len(institutes) == 0 || len(projects) == 0 {
		return institutes, projects
	}
	byKey := map[string]int{}
	for i, p := range projects {
		byKey[ProjectKey(p.Name)] = i
	}
	gone := map[int]bool{}
	declared(decls, institutes, func(full int, short string) {
		if j, ok := byKey[ProjectKey(short)]; ok && !gone[j] {
			gone[j] = true
			e := &institutes[full]
			e.Aliases = append(e.Aliases, projects[j].Name)
			e.Spans = append(e.Spans, projects[j].Spans...)
			sortSpans(e.Spans)
		}
	})
	if len(gone) == 0 {
		return institutes, projects
	}
	out := make([]Project, 0, len(projects)-len(gone))
	for j, p := range projects {
		if !gone[j] {
			out = append(out, p)
		}
	}
	return institutes, out
}

// MergeDeclared folds into an entity the entity named by the short name
// the text declares for it right after one of its mentions (中国机械工业集团
// 有限公司(简称国机集团) … 国机集团): one organisation or project, which
// the scorer counts twice when it is named twice. Entities of one kind.
func MergeDeclared(decls []Declaration, es []Entity) []Entity {
	if len(decls) == 0 || len(es) < 2 {
		return es
	}
	byKey := map[string]int{}
	for i, e := range es {
		byKey[NameKey(e.Name)] = i
		for _, a := range e.Aliases {
			byKey[NameKey(a)] = i
		}
	}
	into := map[int]int{} // short's entity → the full name's
	declared(decls, es, func(full int, short string) {
		if j, ok := byKey[NameKey(short)]; ok && j != full {
			into[j] = full
		}
	})
	return fold(es, into, false)
}

// fold folds each entity j of es into entity into[j]: its names become
// aliases and its spans join. With longer, the longer of two names stays
// the name (else the one folded into).
func fold(es []Entity, into map[int]int, longer bool) []Entity {
	if len(into) == 0 {
		return es
	}
	out := make([]Entity, 0, len(es))
	for i, e := range es {
		if _, gone := into[i]; gone {
			continue
		}
		for j := range es {
			if to, ok := into[j]; !ok || to != i {
				continue
			}
			o := es[j]
			if longer && len([]rune(o.Name)) > len([]rune(e.Name)) {
				e.Aliases = append(e.Aliases, e.Name)
				e.Name = o.Name
			} else {
				e.Aliases = append(e.Aliases, o.Name)
			}
			e.Aliases = append(e.Aliases, o.Aliases...)
			e.Spans = append(e.Spans, o.Spans...)
		}
		sortSpans(e.Spans)
		out = append(out, e)
	}
	return out
}

// MergeAppositions folds into an entity the entity named right after one
// of its mentions (ms, the mentions es were merged from, keyed by key) with
// only a dash between (长株潭绿心中央公园首开项目——长沙奥体中心项目): the dash
// sets a second name beside the first, of one project or organisation,
// which the scorer counts twice when it is named twice. Entities of one
// kind; the longer name stays the name.
func MergeAppositions(d *extract.Doc, ms []extract.Mention, es []Entity, key func(string) string) []Entity {
	rs := d.Runes
	dashAfter := func(m extract.Mention) int { // where the name after a dash starts, or m's end
		j := m.Norm.End
		for j < len(rs) && j < m.Norm.End+2 && textmap.OneOf("—-－─", rs[j]) {
			j++
		}
		return j
	}
	if len(es) < 2 || !slices.ContainsFunc(ms, func(m extract.Mention) bool { return dashAfter(m) > m.Norm.End }) {
		return es // no mention with a dash after it: the maps below are not built
	}
	byKey := map[string]int{}
	for i, e := range es {
		byKey[key(e.Name)] = i
		for _, a := range e.Aliases {
			byKey[key(a)] = i
		}
	}
	byStart := map[int]string{}
	for _, m := range ms {
		byStart[m.Norm.Start] = m.Name
	}
	into := map[int]int{}
	for _, m := range ms {
		j := dashAfter(m)
		if j == m.Norm.End {
			continue
		}
		b, ok := byStart[j]
		if !ok {
			continue
		}
		a, ka := byKey[key(m.Name)]
		k, kb := byKey[key(b)]
		if !ka || !kb || a == k {
			continue
		}
		if _, done := into[a]; !done {
			into[k] = a
		}
	}
	return fold(es, into, true)
}

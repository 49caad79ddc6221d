package link

import (
	"strings"
	"unicode/utf8"
)

// companyTails may follow a brand to make the same name longer (华为公司).
var companyTails = []string{"公司", "集团", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "控股集团"}

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
		return false
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

package entity

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/money"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/textmap"
)

// Industries finds named industries and fields of activity as written:
// one or more industry words joined by 与/和/及, optionally followed by
// 产业, 行业 or 业 (智能制造与新材料产业, 金融业, 集成电路).
type Industries struct {
	cores textmap.Lexicon
	info  map[string]IndustryInfo
	weak  textmap.Lexicon
	mods  textmap.Lexicon // modifiers that stand in an industry's name (先进, 绿色)
	stops textmap.Lexicon // industry_stop_suffixes: ends of a name that make it no industry (精神, 强省)
	firms textmap.Lexicon // heads of firms' and bodies' names (集团, 有限公司): a list with one names no industries
	// firmNouns are the collective nouns of firms (企业, 厂商, 业者): a list
	// they introduce names firms (业者包括A、B), not industries.
	firmNouns textmap.Lexicon
	kinds     map[string]bool // generic words (主导, 新兴, 相关): X产业 after one is a kind of industry, not a name
}

// firmHeads are the institute heads of two code points or more that name
// firms and bodies (集团, 公司, 银行, 研究院, 政府), not the one-character ones
// (局, 所), a brand's (控股, 资本) or a fund's (基金: 私募基金 is a trade too).
func firmHeads(c Config) textmap.Lexicon {
	var ws []string
	for w, kind := range c.InstituteHeads {
		_, brand := c.BrandHeads[w]
		switch kind {
		case "company", "bank", "university", "research", "government":
			if utf8.RuneCountInString(w) >= 2 && !brand {
				ws = append(ws, w)
			}
		}
	}
	sort.Strings(ws)
	return textmap.LexOf(ws)
}

// Weak reports a word of weak_industries (零部件, 材料, 装备): a field
// only where the text presents it as one.
func (x *Industries) Weak(name []rune) bool { return x.weak.Is(string(name)) }

// NotField reports a name that ends as no industry does, whatever comes
// before (医疗保障制度, 文化认同, 交通强省, 人工智能实验室, 示范村): a system, a
// value, a goal or a body (industry_stop_suffixes); or that holds 的 or a
// body's or firm's word.
func (x *Industries) NotField(name []rune) bool {
	if _, n := x.stops.Before(name, len(name), 0); n > 0 {
		return true
	}
	// A phrase with 的 (建筑业的超预期需求) or a body's or firm's word
	// (地方政府债务, X集团) names something else; so does a title (《可再生能源
	// 法》) and a clause that a conjunction, a preposition or a verb of a
	// goal starts (以及机械加工, 对轻, 实现全社会节能减排).
	if len(name) == 0 || slices.Contains(name, '的') || slices.Contains(name, '《') || slices.Contains(name, '》') || x.firms.Within(name, 0) {
		return true
	}
	return textmap.OneOf("对把被使将", name[0]) || textmap.HasPrefixRunes(name, "以及") || textmap.HasPrefixRunes(name, "实现")
}

// NewIndustries builds the industry extractor from word lists.
func NewIndustries(c Config) *Industries {
	m := map[string]string{}
	for w := range c.Industries {
		m[w] = w
	}
	return &Industries{cores: textmap.NewLexicon(m), info: c.Industries, weak: textmap.LexOf(c.WeakIndustries), mods: textmap.LexOf(c.IndModifiers), stops: textmap.LexOf(c.IndStops), firms: firmHeads(c), firmNouns: textmap.NewLexicon(c.FirmLists), kinds: setOf(append(slices.Clone(c.Generic), c.IndKinds...))}
}

// Name implements Extractor.
func (x *Industries) Name() string { return "industries" }

// Kind implements extract.Extractor.
func (x *Industries) Kind() extract.Kind { return extract.KindIndustry }

var (
	industrySuffixes = textmap.LexOf([]string{"产业化", "产业", "行业", "工业", "业", "经济"})
	joiners          = textmap.LexOf([]string{"与", "和", "及"})
)

// Extract implements Extractor.
func (x *Industries) Extract(ctx context.Context, d *extract.Doc) ([]extract.Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs := d.Runes
	starts := d.Starts
	var out []extract.Mention
	for i := 0; i < len(rs); {
		if !money.IsWordStart(starts, i) || !x.cores.MayStart(rs[i]) {
			i++ // what at would find first, without the call
			continue
		}
		m, ok := x.At(rs, i, starts)
		if ok && bodyCharAfter(d, m.end) {
			i = m.end // 新能源 司, 电子信息 司: a department named by its field
			continue
		}
		if !ok {
			if m.loose && money.IsWordStart(starts, m.end) {
				mt := m.toMention(d, x)
				mt.Via = "rejected"
				out = append(out, mt)
				i = m.end
				continue
			}
			i++
			continue
		}
		// A modifier that qualifies the field stands in its name (先进
		// 新材料, 绿色算力产业, 高原特色农业).
		if _, n := x.mods.Before(rs, m.start, max(0, m.start-4)); n > 0 && money.IsWordStart(starts, m.start-n) {
			m.start -= n
		}
		if m.joined && !m.suffix {
			// 智能制造与新能源: two industries; 智能制造与新材料产业 shares
			// its suffix and is one; 汽车及零部件 (short parts of one
			// sector) is one, 医疗器械及电商 (of two sectors) two.
			parts := x.splitJoined(d, m)
			strong := len(parts) > 1
			short := false
			for _, p := range parts {
				short = short || len([]rune(p.Name)) < 3
			}
			if short && strong {
				for i := 1; i < len(parts); i++ {
					if parts[i].Label == "" || parts[i].Label == parts[0].Label || strings.Contains(parts[i].Label, ",") || strings.Contains(parts[0].Label, ",") {
						strong = false
					}
				}
			}
			switch {
			case strong:
				out = append(out, parts...)
			case listItem(rs, m.start, m.end) || textmap.FollowedBy(rs, m.end, "领域", "行业", "产业", "方面", "项目"):
				out = append(out, m.toMention(d, x))
			}
		} else {
			out = append(out, m.toMention(d, x))
		}
		i = m.end
	}
	out = x.enumerations(d, out)
	out = x.suffixed(d, out)
	out = x.economies(d, out)
	slices.SortStableFunc(out, func(a, b extract.Mention) int { return a.Norm.Start - b.Norm.Start })
	return out, nil
}

type industryMatch struct {
	start, end int
	cores      []string
	suffix     bool
	joined     bool // cores joined by 与/和/及
	loose      bool // a bare word the checks turn down: only the ranker may take it
}

// splitJoined cuts a chain of cores joined by 与/和/及 into its parts.
func (x *Industries) splitJoined(d *extract.Doc, m industryMatch) []extract.Mention {
	rs := d.Runes
	var out []extract.Mention
	j := m.start
	prev := m.start // where the part before ended
	for j < m.end {
		c, n := x.cores.At(rs[:m.end], j)
		if n == 0 {
			j++
			continue
		}
		// Take adjacent cores together.
		e := j + n
		cores := []string{c}
		for e < m.end {
			c2, n2 := x.cores.At(rs[:m.end], e)
			if n2 == 0 {
				break
			}
			cores = append(cores, c2)
			e += n2
		}
		// A modifier right before the part qualifies it (高端 装备 in
		// 高端装备和生物医药).
		st := j
		if _, mn := x.mods.Before(rs, j, prev); mn > 0 && money.IsWordStart(d.Starts, j-mn) {
			st = j - mn
		}
		if e-st >= 2 {
			out = append(out, industryMatch{start: st, end: e, cores: cores}.toMention(d, x))
		}
		j = e
		prev = e
		if _, jn := joiners.At(rs[:m.end], j); jn > 0 {
			j += jn
			prev = j
		}
	}
	return out
}

func (m industryMatch) toMention(d *extract.Doc, x *Industries) extract.Mention {
	mt := d.Mention(extract.KindIndustry, textmap.Span{Start: m.start, End: m.end})
	mt.Label = x.sectorOf(m.cores)
	return mt
}

func (x *Industries) sectorOf(cores []string) string {
	if len(cores) == 1 {
		if sec := x.info[cores[0]].Sector; !strings.Contains(sec, ",") {
			return sec // one section, or none
		}
	}
	var secs []string
	seen := map[string]bool{}
	for _, c := range cores {
		for _, s := range strings.Split(x.info[c].Sector, ",") {
			if s != "" && !seen[s] {
				seen[s] = true
				secs = append(secs, s)
			}
		}
	}
	return strings.Join(secs, ",")
}

// at reads an industry phrase starting at rs[i].
func (x *Industries) At(rs []rune, i int, starts []bool) (industryMatch, bool) {
	m := industryMatch{start: i}
	if !money.IsWordStart(starts, i) {
		return m, false
	}
	j := i
	lastJoin, joinedCores := -1, 0 // where the last joiner stood, and the cores before it
	for {
		c, n := x.cores.At(rs, j)
		if n == 0 {
			break
		}
		m.cores = append(m.cores, c)
		j += n
		m.end = j
		if _, jn := joiners.At(rs, j); jn > 0 {
			if _, n2 := x.cores.At(rs, j+jn); n2 > 0 {
				m.joined = true
				lastJoin, joinedCores = j, len(m.cores)
				j += jn
				continue
			}
		}
		// Cores side by side make one industry (商贸物流, 汽车零部件), when
		// the next one starts a word and is no class word (装备 工业: 工业
		// is the class of 装备, as 产业 is).
		if c2, n2 := x.cores.At(rs, j); n2 > 0 && money.IsWordStart(starts, j) && !industrySuffixes.Is(c2) {
			continue
		}
		break
	}
	if len(m.cores) == 0 {
		return m, false
	}
	// The part after the last joiner that another word of a name goes on
	// (高端化工新材料和 纺织 功能性新材料): it only begins the next item,
	// so the phrase ends before the joiner.
	if lastJoin > 0 && x.partGoesOn(rs, m.end, starts) {
		m.end, m.cores = lastJoin, m.cores[:joinedCores]
		m.joined = strings.ContainsAny(string(rs[m.start:m.end]), "与和及")
	}
	if s, n := industrySuffixes.At(rs, m.end); n > 0 {
		next := rune(0)
		if m.end+n < len(rs) {
			next = rs[m.end+n]
		}
		bad := false
		if s == "业" {
			bad = textmap.OneOf("务态主内界绩余者户", next)
		} else {
			bad = textmap.OneOf("园基城链集联投发规项区", next)
		}
		// The class word stays before 项目 where the segmenter glued the
		// field's last word to it (电子 信息产业 项目): the name ends where
		// a word does.
		if !bad || next == '项' && !money.IsWordStart(starts, m.end) && money.IsWordStart(starts, m.end+n) {
			m.end += n
			m.suffix = true
		}
	}
	if !m.suffix && !m.joined {
		// A bare industry word counts only when it is not a weak word and
		// stands as an item (before 、 or 等, after 、) or before 领域,
		// 行业, 产业, 方面 or 项目; else only the ranker may take it.
		if _, n := x.weak.At(rs[:m.end], m.start); n == m.end-m.start { // the longest that fits is the whole phrase
			m.loose = true
			return m, false
		}
		if m.end-m.start <= 2 && !listItem(rs, m.start, m.end) && !textmap.FollowedBy(rs, m.end, "领域", "板块", "赛道") {
			m.loose = true
			return m, false // a short word (金融, 物流) stands alone only in a list or as a field (文旅板块)
		}
		if !listItem(rs, m.start, m.end) && !textmap.FollowedBy(rs, m.end, "领域", "行业", "产业", "方面", "项目", "板块", "赛道") {
			m.loose = true
			return m, false
		}
	}
	// A following word continues it (金融服务中心, 软件园): it is not the
	// industry then.
	if !m.suffix && !money.IsWordStart(starts, m.end) {
		return m, false
	}
	return m, true
}

// partGoesOn reports whether a word of a name follows a joined phrase
// that ends at rs[e]: a Han word that is no class word, suffix, list mark
// or conjunction (纺织 功能性, not 纺织产业, 纺织等, 纺织企业).
func (x *Industries) partGoesOn(rs []rune, e int, starts []bool) bool {
	if e >= len(rs) || !unicode.Is(unicode.Han, rs[e]) || !money.IsWordStart(starts, e) || textmap.OneOf("等和与及业", rs[e]) {
		return false
	}
	if _, n := industrySuffixes.At(rs, e); n > 0 {
		return false
	}
	return !textmap.FollowedBy(rs, e, "领域", "方面", "板块", "赛道", "企业", "项目", "集群", "链", "行业", "产业", "类", "公司", "发展", "等")
}

// ListItem reports whether the words [s, e) of rs stand as a list's item:
// after 、, a colon or a conjunction, or before 、, 等 or a conjunction.
func ListItem(rs []rune, s, e int) bool { return listItem(rs, s, e) }

func listItem(rs []rune, s, e int) bool {
	before := s > 0 && textmap.OneOf("、,:和与及", rs[s-1])
	after := e < len(rs) && textmap.OneOf("、等和与及", rs[e])
	return before || after
}

// SEIOf returns the strategic emerging industry category (战略性新兴产业分类)
// of the first industry word in name that has one, or "".
func (x *Industries) SEIOf(name string) string {
	rs := []rune(name)
	for i := 0; i < len(rs); {
		c, n := x.cores.At(rs, i)
		if n == 0 {
			i++
			continue
		}
		if s := x.info[c].SEI; s != "" {
			return s
		}
		i += n
	}
	return ""
}

// CoreAt returns the longest industry word starting at rs[i] and its
// length in code points (0 when there is none).
func (x *Industries) CoreAt(rs []rune, i int) (string, int) { return x.cores.At(rs, i) }

// maxTradeLookups caps the words suffixed searches a text for.
const maxTradeLookups = 64

// maxSuffixed is the longest name of words before 产业 that suffixed
// proposes, in code points (精密机械加工产业).
const maxSuffixed = 10

// suffixed adds to have the names of fields no industry word covers, told
// by 产业 after them: one to three nouns right before it (生物科技产业,
// 电线电缆产业), which the text also names goods or a trade by elsewhere
// (tradeElsewhere: 煤炭企业, 茶叶市场). Such a name is Via "suffixed", for
// the ranker to judge. Not taken: a kind of industry (主导产业, 区域产业:
// industry_kinds, and no trade of that name), a place's (青岛产业), a
// count's, or a name that a park, a chain or a zone goes on from
// (生物科技产业园, 东盟产业合作区).
func (x *Industries) suffixed(d *extract.Doc, have []extract.Mention) []extract.Mention {
	toks := d.Tokens
	rs := d.Runes
	idx := extract.NewIndex(slices.DeleteFunc(slices.Clone(have), func(m extract.Mention) bool { return m.Via == "rejected" }))
	// Each word is searched for once; a text searched maxTradeLookups
	// times is searched no more (a long text of many fields stays linear).
	seen := map[string]bool{}
	traded := func(w string) bool {
		ok, done := seen[w]
		if !done {
			if len(seen) < maxTradeLookups {
				ok = tradeElsewhere(d.Text.Norm, w)
			}
			seen[w] = ok
		}
		return ok
	}
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if t.Text != "产业" && t.Text != "行业" || t.End < len(rs) && textmap.OneOf("园基城链集联投项区", rs[t.End]) {
			continue
		}
		if k+2 < len(toks) && textmap.OneOf("区园城", textmap.FirstRune(toks[k+2].Text)) {
			continue // 东盟产业 合作 区: a zone named by the field
		}
		trade := t.Text == "行业"
		start := -1
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			w := toks[j]
			if w.End-w.Start < 2 || !fieldNameWord(w) || x.kinds[w.Text] || t.End-w.Start > maxSuffixed || bodyWord(w.Text) || trade && !goodsWord(w) {
				break
			}
			start = j
		}
		if start < 0 {
			continue
		}
		if k-1 > start && x.kinds[toks[k-1].Text] {
			continue // 劳动 密集型 产业
		}
		// The name is the longest run of words before 产业 that the text
		// also names goods or a trade by (电线电缆 企业: 电线电缆产业; 全球电子
		// is named so nowhere: 电子产业).
		for start < k && !traded(d.Slice(toks[start].Start, toks[k-1].End)) {
			start++
		}
		for trade && start < k && !tradedBut(d.Text.Norm, d.Slice(toks[start].Start, toks[k-1].End), "行业") {
			start++ // 行业 itself is a trade frame: X行业 needs another
		}
		if start == k {
			continue
		}
		s := textmap.Span{Start: toks[start].Start, End: t.End}
		if idx.Overlaps(s) {
			continue // a name the lexicon read there already
		}
		m := d.Mention(extract.KindIndustry, s)
		m.Via = "suffixed"
		have = append(have, m)
	}
	return have
}

// tradeFrames are the words after which a word names goods or a trade:
// its firms, products, market, output or prices (电解铝企业, 茶叶市场).
var tradeFrames = []string{"企业", "行业", "产品", "市场", "生产", "产量", "价格", "厂商", "厂家", "出口", "消费", "制造", "加工", "项目", "龙头"}

// tradeElsewhere reports whether the text uses w as the name of goods or a
// trade too, before one of tradeFrames: the evidence that w产业 names a
// field (煤炭产业 beside 煤炭企业), which a kind of industry lacks (区域产业,
// 存量产业).
func tradeElsewhere(text, w string) bool { return tradedBut(text, w, "") }

// goodsWord reports whether w may be a word of the name of goods before
// 行业: a noun, a name or letters, not a verb's noun (经营行业, 影响行业), a
// set phrase or a kind (周期性行业, 资金密集型行业, 消费类行业).
func goodsWord(w segment.Token) bool {
	switch w.POS {
	case "n", "nz", "j", "eng", "x":
		r, _ := utf8.DecodeLastRuneInString(w.Text)
		return !textmap.OneOf("性型类", r)
	}
	return false
}

// tradedBut is tradeElsewhere without the frame but (电动车 行业 is no
// evidence of a trade named 电动车 行业).
func tradedBut(text, w, but string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		rest := text[i+j+len(w):]
		for _, f := range tradeFrames {
			if f != but && strings.HasPrefix(rest, f) {
				return true
			}
		}
		i += j + len(w)
	}
}

// bodyCharAfter reports whether a word of one character that ends a
// body's name stands at e (新能源 司, 建筑业 处, 旅游 局): the field names a
// department there, not an industry.
func bodyCharAfter(d *extract.Doc, e int) bool {
	if e >= len(d.Runes) || !d.Starts[e] || !textmap.OneOf("司局处厅部委办署", d.Runes[e]) {
		return false
	}
	return e+1 == len(d.Runes) || d.Starts[e+1]
}

// bodyWord reports a word that names a body (发改委, 商务局): 国家发改委 产业
// 协调司 names no field.
func bodyWord(w string) bool {
	rs := []rune(w)
	return len(rs) >= 2 && textmap.OneOf("委局部厅院所司办", rs[len(rs)-1])
}

// fieldNameWord reports whether w may be a word of a field's name before
// 产业: a noun, an abbreviation or set phrase, or an unknown word of
// ideographs (not one a conjunction is glued to).
func fieldNameWord(w segment.Token) bool {
	switch w.POS {
	case "n", "nz", "vn", "j", "l", "eng":
		return true
	case "x":
		return hanOnly(w.Text) && !textmap.OneOf("与及和在对把被将从向据经", textmap.FirstRune(w.Text)) // 与设备/x: a glued conjunction
	}
	return false
}

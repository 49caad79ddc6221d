package money

import (
	"slices"
	"testing"

	"github.com/pressmine/pressmine/extract"
)

// TestMoneyCurrencies: every currency the issue names, after and before
// the number.
func TestMoneyCurrencies(t *testing.T) {
	m := newTestMoney(t)
	for _, tc := range []struct{ in, text, value, cur string }{
		{"投资5元", "5元", "5", "CNY"},
		{"投资5亿元人民币", "5亿元人民币", "500000000", "CNY"},
		{"融资人民币5亿元", "人民币5亿元", "500000000", "CNY"},
		{"融资RMB 300万", "RMB 300万", "3000000", "CNY"},
		{"花了三百块", "三百块", "300", "CNY"},
		{"花了三百块。", "三百块", "300", "CNY"},
		{"一共三块钱的菜", "三块钱", "3", "CNY"},
		{"票价三元一张", "三元", "3", "CNY"},
		{"每股一元以上", "一元以上", "1", "CNY"},
		{"买了300元的书", "300元", "300", "CNY"},
		{"每斤一块二。", "一块二", "1.2", "CNY"},
		{"只要一块钱", "一块钱", "1", "CNY"},
		{"通过5亿元的融资", "5亿元", "500000000", "CNY"},
		{"股价下跌0.5元", "0.5元", "0.5", "CNY"},
		{"投资百亿元建设", "百亿元", "10000000000", "CNY"},
		{"融资2亿美元", "2亿美元", "200000000", "USD"},
		{"融资2亿美金", "2亿美金", "200000000", "USD"},
		{"融资$300万", "$300万", "3000000", "USD"},
		{"融资US$5亿", "US$5亿", "500000000", "USD"},
		{"投资1.72万亿欧元", "1.72万亿欧元", "1720000000000", "EUR"},
		{"投资€20万", "€20万", "200000", "EUR"},
		{"投资3亿港元", "3亿港元", "300000000", "HKD"},
		{"投资3亿港币", "3亿港币", "300000000", "HKD"},
		{"投资HK$3亿", "HK$3亿", "300000000", "HKD"},
		{"投资50亿日元", "50亿日元", "5000000000", "JPY"},
		{"投资50亿円", "50亿円", "5000000000", "JPY"},
		{"投资2000万英镑", "2000万英镑", "20000000", "GBP"},
		{"投资£200万", "£200万", "2000000", "GBP"},
		{"投资1亿澳元", "1亿澳元", "100000000", "AUD"},
		{"投资1亿加元", "1亿加元", "100000000", "CAD"},
		{"投资3亿新台币", "3亿新台币", "300000000", "TWD"},
		{"投资3000亿韩元", "3000亿韩元", "300000000000", "KRW"},
		{"投资5亿卢布", "5亿卢布", "500000000", "RUB"},
		{"投资5亿泰铢", "5亿泰铢", "500000000", "THB"},
		{"投资1亿瑞士法郎", "1亿瑞士法郎", "100000000", "CHF"},
		{"投资1亿新加坡元", "1亿新加坡元", "100000000", "SGD"},
		{"投资¥300", "¥300", "300", "CNY"},
	} {
		ms := amountsOf(t, m, tc.in)
		if len(ms) != 1 || ms[0].Text != tc.text || FormatDecimal(ms[0].Amount.Value) != tc.value || ms[0].Amount.Currency != tc.cur {
			t.Errorf("Money(%q) = %v; want %q %s %s", tc.in, describe(ms), tc.text, tc.value, tc.cur)
		}
	}
}

func describe(ms []extract.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text+"="+describeAmount(m.Amount))
	}
	return out
}

// TestMoneyConversion: 约合X元人民币 gives the same sum in CNY, hedged.
func TestMoneyConversion(t *testing.T) {
	m := newTestMoney(t)
	ms := amountsOf(t, m, "投资1亿美元(约合6.5亿元人民币)")
	if len(ms) != 2 || ms[1].Text != "约合6.5亿元人民币" || !ms[1].Amount.Approx || ms[1].Amount.Currency != "CNY" ||
		FormatDecimal(ms[1].Amount.Value) != "650000000" {
		t.Errorf("Money(约合) = %v", describe(ms))
	}
}

// TestMoneyHedges: every hedge, with the bound it states.
func TestMoneyHedges(t *testing.T) {
	m := newTestMoney(t)
	for _, tc := range []struct{ in, text, bound string }{
		{"投资约3亿元", "约3亿元", ""},
		{"投资近3亿元", "近3亿元", "upper"},
		{"投资超3亿元", "超3亿元", "lower"},
		{"投资超过3亿元", "超过3亿元", "lower"},
		{"投资逾3亿元", "逾3亿元", "lower"},
		{"投资3亿多元", "3亿多元", ""},
		{"投资3亿余元", "3亿余元", ""},
		{"投资3亿元左右", "3亿元左右", ""},
		{"投资3亿元上下", "3亿元上下", ""},
		{"投资3亿元以上", "3亿元以上", "lower"},
		{"投资3亿元以下", "3亿元以下", "upper"},
		{"投资不到3亿元", "不到3亿元", "upper"},
		{"投资不少于3亿元", "不少于3亿元", "lower"},
		{"投资至少3亿元", "至少3亿元", "lower"},
		{"投资最多3亿元", "最多3亿元", "upper"},
		{"投资50万元(含)以上", "50万元(含)以上", "lower"},
		// A page's spaces between the hedge and the number.
		{"年销售收入超过 150 亿元", "超过 150 亿元", "lower"},
		{"投资约  3亿元", "约  3亿元", ""},
		// A sum written without a digit has the "over" idioms of its own.
		{"价格上千元", "上千元", "lower"},
		{"销售额过百亿元的企业", "过百亿元", "lower"},
		{"产值将破千亿元", "破千亿元", "lower"},
	} {
		ms := amountsOf(t, m, tc.in)
		if len(ms) != 1 || ms[0].Text != tc.text || !ms[0].Amount.Approx || ms[0].Amount.Bound != tc.bound {
			var b string
			if len(ms) == 1 {
				b = ms[0].Amount.Bound
			}
			t.Errorf("Money(%q) = %v bound %q; want %q approx bound %q", tc.in, describe(ms), b, tc.text, tc.bound)
		}
	}
}

// TestResidueIsNoHedge: 余 that starts a word after a number (余额, 余款)
// is no hedge: the sum is the number as written, exact.
func TestResidueIsNoHedge(t *testing.T) {
	m := newTestMoney(t)
	for in, text := range map[string]string{
		"贷款按100万元余额计算":  "100万元",
		"尚有3亿元余款未付":     "3亿元",
		"银行按100万余额计算贷款": "100万",
	} {
		ms := amountsOf(t, m, in)
		if len(ms) != 1 || ms[0].Text != text || ms[0].Amount.Approx {
			t.Errorf("Money(%q) = %v; want %q, exact", in, describe(ms), text)
		}
	}
}

// TestMoneyRangesAndInference covers ranges and sums whose currency the
// context gives.
func TestMoneyRangesAndInference(t *testing.T) {
	m := newTestMoney(t)
	for _, tc := range []struct {
		in, text, value, max string
		inferred             bool
		role                 string
	}{
		{"投资3至5亿元", "3至5亿元", "300000000", "500000000", false, "investment"},
		{"预计增长3至5亿元", "3至5亿元", "300000000", "500000000", false, "other"}, // a range of change
		{"成本将增加3元至5元", "3元至5元", "3", "5", false, "other"},
		{"价格下调100元到500元", "100元到500元", "100", "500", false, "other"},
		{"投资3亿到5亿元", "3亿到5亿元", "300000000", "500000000", false, "investment"},
		{"投资1万(含)-5万元", "1万(含)-5万元", "10000", "50000", false, "investment"},
		{"售价两~3百日元", "两~3百日元", "200", "300", false, "other"},
		{"八到九百亿泰铢", "八到九百亿泰铢", "80000000000", "90000000000", false, "other"},
		// A hedged number (数十, 多, 余) is no range: its base value, approx, no max.
		{"投资数十亿元", "数十亿元", "1000000000", "", false, "investment"},
		{"投资数10亿元", "数10亿元", "1000000000", "", false, "investment"}, // the multiplier in digits
		{"投资數100萬港元", "數100萬港元", "1000000", "", false, "investment"},
		{"投资八九亿元", "八九亿元", "800000000", "900000000", false, "investment"}, // two digits: a range written short
		{"投资额约3亿,", "约3亿", "300000000", "", true, "investment"},
		{"签约额109.52亿。", "109.52亿", "10952000000", "", true, "investment"},
		{"年产值近80亿,", "近80亿", "8000000000", "", true, "output_value"},
		{"注册资本5000万,", "5000万", "50000000", "", true, "registered_capital"},
		{"基金规模20亿,", "20亿", "2000000000", "", true, "fund_size"},
		{"获得银行授信10亿", "10亿", "1000000000", "", true, "financing"},
		{"年利税3亿", "3亿", "300000000", "", true, "tax"},
		{"营收达12亿", "12亿", "1200000000", "", true, "revenue"},
	} {
		ms := amountsOf(t, m, tc.in)
		if len(ms) != 1 {
			t.Errorf("Money(%q) = %v; want one", tc.in, describe(ms))
			continue
		}
		a := ms[0].Amount
		gmax := ""
		if a.Max != nil {
			gmax = FormatDecimal(a.Max)
		}
		if ms[0].Text != tc.text || FormatDecimal(a.Value) != tc.value || gmax != tc.max || a.Inferred != tc.inferred || a.Role != tc.role {
			t.Errorf("Money(%q) = %q %s..%s inferred=%v role=%s; want %q %s..%s inferred=%v role=%s",
				tc.in, ms[0].Text, FormatDecimal(a.Value), gmax, a.Inferred, a.Role, tc.text, tc.value, tc.max, tc.inferred, tc.role)
		}
	}
}

// TestMoneyAggregateVersusOwn: a project's own sum and a sum over many
// projects both read as investment; linking (TestLinkInvestment) tells
// them apart.
func TestMoneyTraps(t *testing.T) {
	m := newTestMoney(t)
	for _, in := range []string{
		"第32个项目", "占比35%", "2017年5月17日", "邮编266000", "打造万亿级产业", "百亿级企业", "共100个人参加",
		"编号ABC123元", "3.5%的增长", "1000万千瓦", "年产30万吨", "投资数12亿元", "数10.5亿元",
	} {
		if ms := amountsOf(t, m, in); len(ms) != 0 {
			t.Errorf("Money(%q) = %v; want none", in, describe(ms))
		}
	}
}

// describeAmount prints an amount as value[..max] currency.
func describeAmount(a *extract.Amount) string {
	if a == nil {
		return "none"
	}
	s := FormatDecimal(a.Value)
	if a.Max != nil {
		s += ".." + FormatDecimal(a.Max)
	}
	return s + " " + a.Currency
}

// TestMoneySigns: 负 and a minus right before the number make a sum
// negative; a dash between two prices (元/吨-), a hyphen that joins a name
// to a Chinese numeral (新华联-三元) and 负 that ends a word (减负, 肩负) do
// not.
func TestMoneySigns(t *testing.T) {
	m := newTestMoney(t)
	for in, want := range map[string][]string{
		"净利润为-1.74亿元":          {"-1.74亿元=-174000000 CNY"},
		"净资产为负2.07亿欧元":         {"负2.07亿欧元=-207000000 EUR"},
		"报价在19600元/吨-19800元/吨": {"19600元=19600 CNY", "19800元=19800 CNY"},
		"价格为3300元-3400元":       {"3300元-3400元=3300..3400 CNY"},
		"为群众减负237亿元":           {"237亿元=23700000000 CNY"},
		"“新华联-三元”联合体出资7亿元":     {"7亿元=700000000 CNY"},
	} {
		if got := describe(amountsOf(t, m, in)); !slices.Equal(got, want) {
			t.Errorf("Money(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFirmNamedSums: a Chinese numeral and 元 that the text also writes
// before a firm's head (三元集团) is the firm's name wherever it stands; in
// a text without it, it is a sum.
func TestFirmNamedSums(t *testing.T) {
	m := newTestMoney(t)
	if ms := amountsOf(t, m, "三元集团发布年报。三元一直坚持质量第一。"); len(ms) != 0 {
		t.Errorf("Money = %v; want no amount", describe(ms))
	}
	if got := describe(amountsOf(t, m, "白菜三元一斤。")); !slices.Equal(got, []string{"三元=3 CNY"}) {
		t.Errorf("Money(白菜三元一斤) = %q, want 三元=3 CNY", got)
	}
}

package money

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
)

func newTestMoney(t testing.TB) *Money {
	t.Helper()
	c, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	return NewMoney(c, nil)
}

// amountsOf runs the money extractor on text without a segmenter.
func amountsOf(t testing.TB, m *Money, text string) []extract.Mention {
	t.Helper()
	d := extract.NewDoc(&corpus.Document{ID: "t", Orig: text}, nil)
	ms, err := m.Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestMoneyForms(t *testing.T) {
	m := newTestMoney(t)
	tests := []struct {
		desc, in              string
		text, value, max, cur string
		approx                bool
		bound, role           string
	}{
		{"yi", "投资总额532亿元", "532亿元", "53200000000", "", "CNY", false, "", "investment"},
		{"near", "年产值近4000万元", "近4000万元", "40000000", "", "CNY", true, "upper", "output_value"},
		{"wanyi", "规模达1.2万亿元", "1.2万亿元", "1200000000000", "", "CNY", false, "", "fund_size"},
		{"range usd", "融资3-5亿美元", "3-5亿美元", "300000000", "500000000", "USD", false, "", "financing"},
		{"chinese", "一期投资两千五百万元", "两千五百万元", "25000000", "", "CNY", false, "", "investment"},
		{"fullwidth", "完成投资１２．６亿元", "１２．６亿元", "1260000000", "", "CNY", false, "", "investment"},
		{"separators", "销售额123,244.2元", "123,244.2元", "123244.2", "", "CNY", false, "", "revenue"},
		{"fullwidth comma", "收入82，225.00元", "82，225.00元", "82225", "", "CNY", false, "", "revenue"},
		{"space", "总投资70.8 亿元", "70.8 亿元", "7080000000", "", "CNY", false, "", "investment"},
		{"mixed", "投资2千零30万元", "2千零30万元", "20300000", "", "CNY", false, "", "investment"},
		{"huge", "3千万亿日元", "3千万亿日元", "3000000000000000", "", "JPY", false, "", "other"},
		{"range both", "10亿元~50亿元", "10亿元~50亿元", "1000000000", "5000000000", "CNY", false, "", "other"},
		{"range zhi", "20亿元至30亿元项目有4个", "20亿元至30亿元", "2000000000", "3000000000", "CNY", false, "", "investment"},
		{"range wide, shared unit", "总投资1-5000万元", "1-5000万元", "10000", "50000000", "CNY", false, "", "investment"},
		{"range start in smaller units", "价格从8500到3万元不等", "8500到3万元", "8500", "30000", "CNY", false, "", "other"},
		{"bare unit", "亿元以上项目607个", "亿元以上", "100000000", "", "CNY", true, "lower", "investment"},
		{"role after", "形成2000亿元销售规模", "2000亿元", "200000000000", "", "CNY", false, "", "revenue"},
		{"signed", "成都在深圳招商签约117亿元", "117亿元", "11700000000", "", "CNY", false, "", "investment"},
		{"kuai qian large", "一张床要10多万块钱。", "10多万块钱", "100000", "", "CNY", true, "", "other"},
		{"kuai everyday", "相机涨了一万多块。", "一万多块", "10000", "", "CNY", true, "", "other"},
		{"kuai small paid", "车费一下子花了三块。", "三块", "3", "", "CNY", false, "", "other"},
		{"bao kuo", "总投资5亿包括厂房", "5亿", "500000000", "", "CNY", false, "", "investment"},
		{"kuai small priced", "猪价跌到每公斤9块。", "9块", "9", "", "CNY", false, "", "other"},
		{"hedge in glued word", "签约总额近600亿元", "近600亿元", "60000000000", "", "CNY", true, "upper", "investment"},
		{"inferred", "总投资50亿,建设", "50亿", "5000000000", "", "CNY", false, "", "investment"},
		{"over", "总投资超过100亿元。", "超过100亿元", "10000000000", "", "CNY", true, "lower", "investment"},
		{"yishang", "年上缴税收8000万元以上", "8000万元以上", "80000000", "", "CNY", true, "lower", "tax"},
		{"guo", "每年引进过50亿元项目", "过50亿元", "5000000000", "", "CNY", true, "lower", "investment"},
		{"guo aspect", "最高报价达到过34000元", "34000元", "34000", "", "CNY", false, "", "other"},
		{"duo", "3000多欧元", "3000多欧元", "3000", "", "EUR", true, "", "other"},
		{"shushi", "人民币数十亿元", "人民币数十亿元", "1000000000", "", "CNY", true, "", "other"},
		{"euro prefix", "追加投资1.2亿欧元,", "1.2亿欧元", "120000000", "", "EUR", false, "", "investment"},
		{"capital", "伍仟元整", "伍仟元整", "5000", "", "CNY", false, "", "other"},
		{"bai yi", "产业产值突破百亿元", "突破百亿元", "10000000000", "", "CNY", true, "lower", "output_value"},
		{"not a hedge", "共签约3亿元", "3亿元", "300000000", "", "CNY", false, "", "investment"},
		{"wan5", "一万五千元", "一万五千元", "15000", "", "CNY", false, "", "other"},
		{"colloquial", "一万五元", "一万五元", "15000", "", "CNY", false, "", "other"},
		{"jiao fen", "六十四万零一百四十三元一角七分", "六十四万零一百四十三元一角七分", "640143.17", "", "CNY", false, "", "other"},
		{"100000wan usd", "100000万美元", "100000万美元", "1000000000", "", "USD", false, "", "other"},
		{"trap trailing digit", "金额3541.07万元2", "3541.07万元", "35410700", "", "CNY", false, "", "other"},
		{"colloquial arabic", "注册资金至少在1亿5以上", "1亿5以上", "150000000", "", "CNY", true, "lower", "registered_capital"},
		{"colloquial arabic yuan", "投资3万5元", "3万5元", "35000", "", "CNY", false, "", "investment"},
		{"arabic tail as written", "投资1亿05元", "1亿05元", "100000005", "", "CNY", false, "", "investment"},
		{"wan then digit and unit", "投资万五千元", "万五千元", "15000", "", "CNY", false, "", "investment"},
		{"count after yi", "总投资20 亿15 个重大产业项目", "20 亿", "2000000000", "", "CNY", false, "", "investment"},
		{"count after yi, glued", "总投资20亿15个项目开工", "20亿", "2000000000", "", "CNY", false, "", "investment"},
		{"project's amount", "东湖海洋工业园项目，金额达2亿美元", "2亿美元", "200000000", "", "USD", false, "", "investment"},
		{"amount alone", "罚款金额达2万元", "2万元", "20000", "", "CNY", false, "", "other"},
		{"yi kuai er", "一块二", "一块二", "1.2", "", "CNY", false, "", "other"},
		{"ling si", "三块零四", "三块零四", "3.04", "", "CNY", false, "", "other"},
		{"k", "月薪15k元", "15k元", "15000", "", "CNY", false, "", "other"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ms := amountsOf(t, m, tc.in)
			if len(ms) != 1 {
				t.Fatalf("Money(%q) found %d amounts %v; want 1", tc.in, len(ms), ms)
			}
			a := ms[0].Amount
			got := FormatDecimal(a.Value)
			gmax := ""
			if a.Max != nil {
				gmax = FormatDecimal(a.Max)
			}
			if ms[0].Text != tc.text || got != tc.value || gmax != tc.max || a.Currency != tc.cur ||
				a.Approx != tc.approx || a.Bound != tc.bound || a.Role != tc.role {
				t.Errorf("Money(%q) = %q %s..%s %s approx=%v bound=%q role=%s; want %q %s..%s %s approx=%v bound=%q role=%s",
					tc.in, ms[0].Text, got, gmax, a.Currency, a.Approx, a.Bound, a.Role,
					tc.text, tc.value, tc.max, tc.cur, tc.approx, tc.bound, tc.role)
			}
		})
	}
}

// TestMoneyChangeAndLevel: a change with its own currency and the level
// it reaches after 至, ten times it or more, are two sums, not a range.
func TestMoneyChangeAndLevel(t *testing.T) {
	m := newTestMoney(t)
	ms := amountsOf(t, m, "股价下跌0.5元至12.3元，票价上调200元至3000元")
	var got []string
	for _, mt := range ms {
		got = append(got, mt.Text+"="+FormatDecimal(mt.Amount.Value))
		if mt.Amount.Max != nil {
			t.Errorf("%s: max %s; want none", mt.Text, FormatDecimal(mt.Amount.Max))
		}
	}
	want := []string{"0.5元=0.5", "12.3元=12.3", "200元=200", "3000元=3000"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v; want %v", got, want)
	}
}

func TestMoneyNotMoney(t *testing.T) {
	m := newTestMoney(t)
	for _, in := range []string{
		"共涉及80个项目", "增长12%", "2024年3月12日", "电话0532-88886666", "打造百亿级产业集群",
		"订单号A2021072113213635美元", "解决就业4000余人", "总投资50亿个",
		"吸引了近两百名客商", "一批项目签约落地",
		// A k or w with no currency word measures or counts (a road's
		// chainage, pieces a month).
		"投入资金用于330国道191K+500m路段", "计划投资新建月产量为120K片的生产线",
		// Things sold, held or built, counted or measured (部 手机, 股,
		// 公斤, 册, ㎡, 架次) after a sum-like number.
		"今年计划销售6000万部手机", "社保基金购入6509.05万股", "储备粮500万公斤",
		"累计销售超过8000万册", "建设规模达5亿㎡", "飞行规模达2061万架次",
		"年出栏生猪300万头", "粮食总产量1300亿斤以上", "举办2万场采购见面会",
		// 千 after 万 with no digit between starts a unit (千升, 千伏安),
		// and 万一 is "in case".
		"青岛啤酒年产60万千升生产基地项目", "变电容量13.9万千伏安", "专科医院万一出事",
		// A range whose start can be read neither in its end's units nor
		// in smaller ones is a slip: no sum, and not its end alone.
		"累计获得授信736-521亿元", "投资5至3亿元", "规模80-50万元",
		// 块 measures flat things and parts; 元 after a small numeral
		// starts words.
		"这是一块难啃的骨头", "采购3000万块液晶面板", "日产7000块电池", "农村三块地改革",
		"推行二元化结构", "乳企三元股份", "伊利、三元等乳企",
		"互联网这一块，我们要做大", "把面粉揉到一块。", "万元工业增加值能耗下降",
		// Millions of a bare 块 count pieces, at a break or before words
		// a page spaced out.
		"划定3-5块标准茶园", "集团的资产分为两块。", "钻石销售量为15.4百万克拉", "全年销售黄金300万盎司", "盐商出资5万两重建园林", "该药全年销售1.2亿包", "算力规模突破15万P", "路灯出货规模为90万盏", "全年销售硒鼓500万支", "皮鞋出口后税收来自30万双订单", "融资用地缺口达2.2万公顷", "年产液晶电视模组约1400万块。", "每年采购液晶屏达5000多万块，以后还会增长", "全行业共生产集成电路137.9亿块，同比增长", "计划采购3000万 块 液 晶 面 板",
	} {
		if ms := amountsOf(t, m, in); len(ms) != 0 {
			t.Errorf("Money(%q) = %q; want no amount", in, ms[0].Text)
		}
	}
}

func FuzzMoney(f *testing.F) {
	for _, s := range []string{"投资总额532亿元", "近4000万元", "3-5亿美元", "两千五百万元", "1万(含)-5万元", "数十亿元人民币", "3千万亿日元", "1e40元", "九九九九九九九九九九九九九九九九九九九九九九亿亿亿元"} {
		f.Add(s)
	}
	m := newTestMoney(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := extract.NewDoc(&corpus.Document{Orig: s}, nil)
		ms, err := m.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		orig := []rune(s)
		prev := -1
		for _, mt := range ms {
			if mt.Span.Start < prev || mt.Span.Start >= mt.Span.End || mt.Span.End > len(orig) {
				t.Fatalf("Money(%q): span %v out of order or outside the text", s, mt.Span)
			}
			prev = mt.Span.End
			if string(orig[mt.Span.Start:mt.Span.End]) != mt.Text {
				t.Fatalf("Money(%q): span %v holds %q, mention says %q", s, mt.Span, string(orig[mt.Span.Start:mt.Span.End]), mt.Text)
			}
			// The value survives printing and parsing back.
			v := FormatDecimal(mt.Amount.Value)
			back, ok := new(big.Rat).SetString(v)
			if !ok || back.Cmp(mt.Amount.Value) != 0 {
				t.Fatalf("Money(%q): value %s does not round-trip", s, v)
			}
			if mt.Amount.Max != nil && mt.Amount.Max.Cmp(mt.Amount.Value) <= 0 {
				t.Fatalf("Money(%q): max %s not above value %s", s, FormatDecimal(mt.Amount.Max), v)
			}
		}
	})
}

func TestMoneyExactBeyondInt64(t *testing.T) {
	m := newTestMoney(t)
	ms := amountsOf(t, m, "估值达10000000000000000000000000000000000000000元")
	if len(ms) != 1 || FormatDecimal(ms[0].Amount.Value) != "10000000000000000000000000000000000000000" {
		t.Fatalf("Money(10^40元) = %v", ms)
	}
}

// TestMoneyLinear: inputs that made the amount grammar quadratic (each
// position read the numeral run after it again) are read in time linear
// in their length: 200,000 code points of each take far under the bound
// here, which only a quadratic reading (minutes) would pass.
func TestMoneyLinear(t *testing.T) {
	m := newTestMoney(t)
	const n = 100000
	for _, s := range []string{
		strings.Repeat("九", 2*n) + "元",
		strings.Repeat("1 ", n) + "元",
		strings.Repeat("一点", n) + "元",
		strings.Repeat("1,000", n/2) + "元",
		strings.Repeat("5-", n) + "元",
		strings.Repeat("十几", n) + "万元",
		strings.Repeat("人民币", n),
	} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			d := extract.NewDoc(&corpus.Document{Orig: s}, nil)
			if _, err := m.Extract(context.Background(), d); err != nil {
				t.Error(err)
			}
		}()
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			t.Fatalf("Money on %q…: still running after a minute", s[:12])
		}
	}
}

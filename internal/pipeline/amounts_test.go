package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/schema"
)

// TestAmountForms: sums that press releases write, Simplified and
// Traditional, read through the extract path with their whole value
// (never a part of the numeral), currency and role.
func TestAmountForms(t *testing.T) {
	eng := recorder(t)
	for _, tc := range []struct{ in, text, value, max, cur, role string }{
		{"该项目总投资三点五亿元", "三点五亿元", "350000000", "", "CNY", "investment"},
		{"年产值可达十五点七亿元", "十五点七亿元", "1570000000", "", "CNY", "output_value"},
		{"签约总额一点二万亿元", "一点二万亿元", "1200000000000", "", "CNY", "investment"},
		{"首期注册资本零点五亿元", "零点五亿元", "50000000", "", "CNY", "registered_capital"},
		{"七十二点六亿元", "七十二点六亿元", "7260000000", "", "CNY", "other"},
		{"該項目投資二十幾億元", "二十幾億元", "2000000000", "", "CNY", "investment"},
		{"投資新台幣120億元", "新台幣120億元", "12000000000", "", "TWD", "investment"},
		{"撥款5億歐羅", "5億歐羅", "500000000", "", "EUR", "other"},
		{"總投資二十 億元", "二十 億元", "2000000000", "", "CNY", "investment"},
		{"总投资1000  万元", "1000  万元", "10000000", "", "CNY", "investment"},
		{"台灣經濟部指出，總投資額約2兆6,218億元。", "約2兆6,218億元", "2621800000000", "", "TWD", "investment"},
		{"香港特區政府宣布撥款15億元支持創新科技。", "15億元", "1500000000", "", "HKD", "other"},
		{"澳門特區政府公布，本澳項目投資800億澳元。", "800億澳元", "80000000000", "", "MOP", "investment"},
		{"全年净利润负1.1亿元", "负1.1亿元", "-110000000", "", "CNY", "revenue"},
		{"港幣三個一毫四", "港幣三個一毫四", "3.14", "", "HKD", "other"},
		{"计划投资5.9亿美元(约42亿元)", "约42亿元", "4200000000", "", "CNY", "investment"},
		{"全年税收总额达5亿元", "5亿元", "500000000", "", "CNY", "tax"},
		{"项目投资规模50亿元", "50亿元", "5000000000", "", "CNY", "investment"},
		{"中行将提供总额不超过500亿元等值人民币授信", "不超过500亿元", "50000000000", "", "CNY", "financing"},
		{"将提供3000亿元综合授信", "3000亿元", "300000000000", "", "CNY", "financing"},
		{"资产总额50亿元", "50亿元", "5000000000", "", "CNY", "other"},
	} {
		as := peerRecord(t, eng, tc.in)
		var got *schema.Amount
		for i := range as {
			if as[i].Text == tc.text {
				got = &as[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no amount %q in %s", tc.in, tc.text, describeAmounts(as))
			continue
		}
		max := ""
		if got.Max != nil {
			max = string(*got.Max)
		}
		if string(got.Value) != tc.value || max != tc.max || got.Currency != tc.cur || got.Role != tc.role {
			t.Errorf("%s: got %s role %s; want %s..%s %s role %s", tc.in, describeAmounts([]schema.Amount{*got}), got.Role, tc.value, tc.max, tc.cur, tc.role)
		}
	}
}

// TestNoSuffixValues: where the grammar cannot read the whole numeral it
// reports nothing for it, never the value of its tail.
func TestNoSuffixValues(t *testing.T) {
	eng := recorder(t)
	for _, in := range []string{"百分之五十五点五七九元", "五分之一元", "2^-1元", "12.32e+14元", "负３分之负一百五十七元", "二份一元", "一又十分一元"} {
		if as := peerRecord(t, eng, in); len(as) != 0 {
			t.Errorf("%s: got %s; want no amount", in, describeAmounts(as))
		}
	}
}

// TestCurrencyFlag: --currency and a JSONL line's "currency" field name the
// local dollar; the field wins over the flag, and a bad code is an error.
func TestCurrencyFlag(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.jsonl")
	lines := `{"id":"a","text":"拨款15亿元"}` + "\n" + `{"id":"b","text":"拨款15亿元","currency":"MOP"}` + "\n" + `{"id":"c","text":"x","currency":"mop"}` + "\n"
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "extract", "-q", "--currency", "HKD", "--format", "jsonl", path)
	if code != ExitFindings {
		t.Errorf("exit %d; want %d (one bad line)", code, ExitFindings)
	}
	recs := strings.Split(strings.TrimSpace(out), "\n")
	if len(recs) != 2 || !strings.Contains(recs[0], `"currency":"HKD"`) || !strings.Contains(recs[1], `"currency":"MOP"`) ||
		!strings.Contains(recs[0], `"currency_inferred":true`) {
		t.Errorf("records:\n%s", out)
	}
	if !strings.Contains(errs, `in.jsonl:3:1: bad JSONL line: "currency" must be an ISO 4217 code`) {
		t.Errorf("stderr: %s", errs)
	}
	if code, _, errs := runCLI(t, "", "extract", "--currency", "hk", path); code != ExitUsage || !strings.Contains(errs, "--currency") {
		t.Errorf("--currency hk: exit %d, %s", code, errs)
	}
}

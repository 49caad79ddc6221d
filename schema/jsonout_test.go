package schema

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONAgreesWithEncodingJSON: AppendJSON writes exactly what
// encoding/json's Marshal writes, on random records (nil and empty lists,
// omitted fields, every kind of number) with strings that need escaping
// (quotes, controls, HTML characters, U+2028, invalid UTF-8), and fails
// where Marshal fails.
func TestJSONAgreesWithEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	tricky := []string{"", "plain", "总投资5亿元", `say "hi"`, `back\slash`, "tab\there", "line\nfeed", "\x00\x01\x1f",
		"<b>&amp;</b>", "a<b", "x>y", "a&b", "sep\u2028para\u2029", "a\u2028b", "a\u2029b", "bad\xffutf8", "\ufffd", "🙂 emoji", "\x7f", "\b\f\r"}
	str := func() string { return tricky[rng.IntN(len(tricky))] }
	for i := 0; i < 3000; i++ {
		rec := randomRecord(rng)
		if i%2 == 0 {
			rec.ID, rec.Source.Path = str(), str()
			t1 := str()
			rec.Title = &t1
			for k := range rec.Projects {
				rec.Projects[k].Name = str()
				if len(rec.Projects[k].Aliases) > 0 {
					rec.Projects[k].Aliases[0] = str()
				}
			}
			for k := range rec.Amounts {
				rec.Amounts[k].Text = str()
				rec.Amounts[k].CurrencyInferred = rng.IntN(2) == 0
				rec.Amounts[k].Approx = rng.IntN(2) == 0
			}
		}
		switch rng.IntN(6) {
		case 0:
			rec.Projects, rec.Amounts = nil, nil
		case 1:
			rec.Institutes, rec.Industries = nil, nil
		case 2:
			for k := range rec.Projects {
				rec.Projects[k].Spans = nil
			}
		}
		want, wantErr := json.Marshal(rec)
		got, gotErr := AppendJSON([]byte("prefix"), rec)
		if wantErr != nil {
			require.Error(t, gotErr, "Marshal failed (%v), AppendJSON did not", wantErr)
			continue
		}
		require.NoError(t, gotErr)
		if !assert.Equal(t, "prefix"+string(want), string(got)) {
			return
		}
	}
}

// TestPlainJSON: plainJSON is true exactly when Marshal writes the string
// as it is between quotes, on strings made of bytes around the cases it
// tells apart (E2 80 A8/A9 whole, cut short or with other bytes, other
// sequences that start with E2 such as “ and —, escaped and invalid bytes).
func TestPlainJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	pieces := []string{"a", "总", "“", "—", "\u2028", "\u2029", "\xe2", "\x80", "\xa8", "\xa9", "\xe2\x80", "\xe2\x80\xa7", "\xe2\x80\xaa",
		"<", "&", "\"", "\\", "\n", "\x7f", "\xff", "\xc2\xa0", "🙂", "\ufffd"}
	for i := 0; i < 20000; i++ {
		var b []byte
		for n := rng.IntN(5); n >= 0; n-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		s := string(b)
		q, _ := json.Marshal(s)
		if want := string(q) == `"`+s+`"`; plainJSON(s) != want {
			t.Fatalf("plainJSON(%q) = %v, want %v", s, !want, want)
		}
	}
}

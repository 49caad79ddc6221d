package wordclass

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/pressmine/pressmine/diag"
)

// toyCorpus: three companies that stand between 与 and 公司, 和 and 集团,
// 同 and 企业, and three places that stand between 在 and 建设, 到 and 投资,
// 于 and 落户.
func toyCorpus() [][]string {
	var out [][]string
	for _, co := range []string{"甲", "乙", "丙"} {
		for _, lr := range [][2]string{{"与", "公司"}, {"和", "集团"}, {"同", "企业"}} {
			out = append(out, []string{lr[0], co, lr[1]})
		}
	}
	for _, pl := range []string{"东城", "西城", "南城"} {
		for _, lr := range [][2]string{{"在", "建设"}, {"到", "投资"}, {"于", "落户"}} {
			out = append(out, []string{lr[0], pl, lr[1]})
		}
	}
	return out
}

func learn(sents [][]string) *Classes {
	c := NewCounter()
	for _, s := range sents {
		c.Add(s)
	}
	return c.Learn(Options{Classes: 3, MinCount: 3, Contexts: 30, Rounds: 10})
}

// TestLearnGroupsByContext: words that stand between the same words share
// a class, and words that do not, do not.
func TestLearnGroupsByContext(t *testing.T) {
	cl := learn(toyCorpus())
	co, pl := cl.Of("甲"), cl.Of("东城")
	if co < 0 || pl < 0 {
		t.Fatalf("甲 in %d, 东城 in %d: want both classed", co, pl)
	}
	for _, w := range []string{"乙", "丙"} {
		if cl.Of(w) != co {
			t.Errorf("%s in class %d, 甲 in %d: want the same", w, cl.Of(w), co)
		}
	}
	for _, w := range []string{"西城", "南城"} {
		if cl.Of(w) != pl {
			t.Errorf("%s in class %d, 东城 in %d: want the same", w, cl.Of(w), pl)
		}
	}
	if co == pl {
		t.Errorf("companies and places share class %d", co)
	}
	if cl.Of("未见") != -1 {
		t.Error("a word never seen has a class")
	}
}

// TestLearnDeterministic: the same sentences in another order give the
// same file, byte for byte; the file reads back as the same classes.
func TestLearnDeterministic(t *testing.T) {
	sents := toyCorpus()
	var a, b bytes.Buffer
	if err := learn(sents).WriteTo(&a, "toy\nclasses"); err != nil {
		t.Fatal(err)
	}
	rev := make([][]string, len(sents))
	for i, s := range sents {
		rev[len(sents)-1-i] = s
	}
	if err := learn(rev).WriteTo(&b, "toy\nclasses"); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatalf("the order of the sentences changed the classes:\n%s\n%s", a.String(), b.String())
	}
	if !strings.HasPrefix(a.String(), "# toy\n# classes\n") {
		t.Errorf("header: %q", a.String()[:20])
	}
	back, err := Parse(strings.NewReader(a.String()), "toy.txt")
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := back.WriteTo(&c, "toy\nclasses"); err != nil {
		t.Fatal(err)
	}
	if c.String() != a.String() {
		t.Error("classes read back write another file")
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"# h\n甲\t0\n乙 1\n", "c.txt:3: "},
		{"甲\t-1\n", "c.txt:1: "},
		{"甲\tx\n", "c.txt:1: "},
		{"\t2\n", "c.txt:1: "},
	} {
		_, err := Parse(strings.NewReader(tc.in), "c.txt")
		var de *diag.Error
		if !errors.As(err, &de) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v; want an error at %s", tc.in, err, tc.want)
		}
	}
}

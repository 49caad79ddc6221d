package pipeline

import (
	"os/exec"
	"strings"
	"testing"
)

// layers lists the module's packages from the top down; a package may
// import only packages on a lower line (or none of the module's). Packages
// on one line do not import each other.
var layers = [][]string{
	{"cmd/pressmine", "cmd/pressmine-bench"},
	{"internal/pipeline"},
	{"internal/report", "internal/review"},
	{"internal/browsertest"},
	{"internal/check"},
	{"internal/score"},
	{"extract/engine"},
	{"extract/rank", "extract/link", "extract/meta"},
	{"extract/entity"},
	{"extract/money", "extract/wordclass"},
	{"extract"},
	{"extract/segment/jieba"},
	{"extract/segment"},
	{"extract/textmap"},
	{"schema", "corpus"},
	{"fsutil", "diag"},
}

// TestLayers: no package imports one above it or beside it (go list
// -deps), and every package of the module is on a line.
func TestLayers(t *testing.T) {
	const mod = "github.com/pressmine/pressmine/"
	level := map[string]int{}
	for i, l := range layers {
		for _, p := range l {
			level[p] = i
		}
	}
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "../../...").Output()
	if err != nil {
		t.Skipf("skipping: go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		p := strings.TrimPrefix(f[0], mod)
		lp, ok := level[p]
		if !ok {
			t.Errorf("package %s is on no line of layers", p)
			continue
		}
		for _, imp := range f[1:] {
			if !strings.HasPrefix(imp, mod) {
				continue
			}
			q := strings.TrimPrefix(imp, mod)
			if lq, ok := level[q]; ok && lq <= lp {
				t.Errorf("%s imports %s, which is not below it", p, q)
			}
		}
	}
}

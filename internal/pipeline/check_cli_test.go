package pipeline

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckGoldFloors runs pressmine check on the gold set with floors
// that hold today (the same as TestGoldSet's): what make test promises.
func TestCheckGoldFloors(t *testing.T) {
	dir := sharedDir(t, "gold/dev")
	code, out, errs := runCLI(t, "", "check", "--config", "none",
		"--min-f1", "projects="+floorArg("projects"), "--min-f1", "institutes="+floorArg("institutes"),
		"--min-f1", "industries="+floorArg("industries"), "--min-f1", "amounts="+floorArg("amounts"), dir)
	assert.Equal(t, ExitOK, code, "%s\n%s", tail(out, 20), errs)
	assert.Contains(t, out, "gates 4/4 passed: PASS")
}

// TestCheckRepoConfig runs check as make check does: the sample corpus
// against the committed records, with the repository's .pressmine.yaml.
func TestCheckRepoConfig(t *testing.T) {
	code, out, errs := runCLI(t, "", "check")
	assert.Equal(t, ExitOK, code, "%s\n%s", out, errs)
	assert.Contains(t, out, "10 documents")
	assert.Contains(t, out, " 0 errors")
}

func floorArg(cat string) string { return strconv.FormatFloat(goldFloors[cat], 'f', 2, 64) }

func tail(s string, n int) string {
	l := strings.Split(s, "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}

func TestCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("在软件信息产业方面，腾讯双创小镇、海克斯康产业园等一批项目签约落地，投资总额532亿元。"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.gold.yaml"), []byte("id: a\nprojects:\n  - {name: 腾讯双创小镇}\n  - {name: 海克斯康产业园}\namounts:\n  - {text: 532亿元, value: 53200000000, currency: CNY, role: investment}\n"), 0o644))

	code, out, _ := runCLI(t, "", "check", "--config", "none", "--min-f1", "projects=0.9", dir)
	assert.Equal(t, ExitOK, code, out)

	code, out, _ = runCLI(t, "", "check", "--config", "none", "--min-f1", "amounts=1", "--min-f1", "industries=0.99", dir)
	assert.Equal(t, ExitFindings, code, "industries F1 is 0 here: the gate fails\n%s", out)
	assert.Contains(t, out, "FAIL")

	code, _, errs := runCLI(t, "", "check", "--config", "none", filepath.Join(dir, "missing"))
	assert.Equal(t, ExitUsage, code, errs)

	code, _, errs = runCLI(t, "", "check", "--format", "xml", dir)
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "unknown format")

	cfg := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("min_f1:\n  projects: 0.9\nthreshold: 3\n"), 0o644))
	code, _, errs = runCLI(t, "", "check", "--config", cfg, dir)
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, cfg)
	assert.Contains(t, errs, "line 3: field threshold not found")

	// --output writes the format to a file; the text summary still goes out.
	sarif := filepath.Join(dir, "out.sarif")
	code, out, _ = runCLI(t, "", "check", "--config", "none", "--format", "sarif", "--output", sarif, dir)
	assert.Equal(t, ExitOK, code)
	assert.Contains(t, out, "pressmine check: 1 documents")
	b, err := os.ReadFile(sarif)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"version": "2.1.0"`)

	// Warnings fail the run under fail_on: warnings.
	code, _, _ = runCLI(t, "", "check", "--config", "none", "--fail-on", "warnings", dir)
	assert.Equal(t, ExitFindings, code, "the unexpected industry is a warning")
}

// TestCheckBadGold: check stops with exit 2 at a gold file that is not one,
// naming file:line:col.
func TestCheckBadGold(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("青山市人民政府与北岭科技集团有限公司签约，总投资5亿元。"), 0o644))
	for _, tc := range []struct{ gold, want string }{
		{"", "a.gold.yaml:1:1: bad gold file: empty"},
		{"id: a\ninstitutes:\n  - {name: 青山市人民政府, kind: spaceship}\n", "a.gold.yaml:3:"},
		{"id: b\n", "a.gold.yaml:1:5: bad gold file: id \"b\""},
		{"id: a\nfoo: 1\n", "field foo not found"},
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "a.gold.yaml"), []byte(tc.gold), 0o644))
		code, _, errs := runCLI(t, "", "check", "--config", "none", dir)
		assert.Equal(t, ExitUsage, code, tc.gold)
		assert.Contains(t, errs, tc.want, tc.gold)
	}
}

package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleRecord extracts the first sample document into dir and returns
// its record file's text.
func sampleRecord(t *testing.T, dir string) string {
	t.Helper()
	code, _, errs := runCLI(t, "", "extract", "-q", "-o", dir, "../../corpus/sample/01-linhai-signing.txt")
	require.Equal(t, ExitOK, code, errs)
	b, err := os.ReadFile(filepath.Join(dir, "01-linhai-signing.yaml"))
	require.NoError(t, err)
	return string(b)
}

// validateText writes text to a file and validates it.
func validateText(t *testing.T, dir, name, text string) (int, string) {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	code, out, _ := runCLI(t, "", "validate", p)
	return code, out
}

// TestValidateSchemaKeywords: validate judges what the record file says:
// each keyword of record.schema.json, broken by one record, is an issue.
func TestValidateSchemaKeywords(t *testing.T) {
	dir := t.TempDir()
	good := sampleRecord(t, dir)
	code, out := validateText(t, dir, "good.yaml", good)
	require.Equal(t, ExitOK, code, out)
	// The cases that break 临海新区管委会 name it by its place in the list
	// (/institutes/N), whatever the model puts before it.
	inst := good[strings.Index(good, "\ninstitutes:\n"):]
	n := strings.Count(inst[:strings.Index(inst, "  - name: 临海新区管委会")], "\n  - name: ")
	bureau := fmt.Sprintf("/institutes/%d", n)
	for _, tc := range []struct{ name, from, to, want string }{
		{"additional top", "publisher: null\n", "publisher: null\nfoo: bar\n", "additional properties 'foo'"},
		{"misspelt key", "publisher: null\n", "publsher: null\n", "'publsher'"},
		{"additional source", "  chars: 353\n", "  chars: 353\n  extra: 1\n", "/source: additional properties 'extra'"},
		{"additional project", "    industry: 集成电路产业\n    investment:\n", "    industry: 集成电路产业\n    comment: x\n    investment:\n", "/projects/0: additional properties 'comment'"},
		{"additional investment", "      currency: CNY\n", "      currency: CNY\n      note: x\n", "/investment: additional properties 'note'"},
		{"additional institute", "    kind: government\n", "    kind: government\n    x: 1\n", "/institutes/N: additional properties 'x'"},
		{"additional industry", "    sector: C\n", "    sector: C\n    y: 2\n", "additional properties 'y'"},
		{"additional amount", "    role: investment\n", "    role: investment\n    z: 3\n", "/amounts/0: additional properties 'z'"},
		{"required title", "title: 临海新区28个项目集中签约 总投资186.5亿元\n", "", "missing property 'title'"},
		{"required projects", "projects:\n", "xprojects:\n", "'projects'"},
		{"required source field", "  encoding: utf-8\n", "", "/source: missing property 'encoding'"},
		{"enum kind", "kind: government", "kind: spaceship", "/institutes/N/kind"},
		{"enum role", "role: investment", "role: 12", "/amounts/0/role"},
		{"const schema", "schema: pressmine/v1", "schema: pressmine/v2", "/schema"},
		{"pattern sha256", "sha256: \"45", "sha256: \"zz", "/source/sha256"},
		{"pattern date", "date: \"--03-12\"", "date: \"03-12\"", "/date"},
		{"pattern currency", "currency: CNY", "currency: cny", "currency"},
		{"pattern sector", "sector: C\n", "sector: c\n", "/sector"},
		{"minimum chars", "chars: 353", "chars: 0", "/source/chars"},
		{"minimum span", "spans: [[117, 130]", "spans: [[-1, 130]", "/projects/0/spans/0/0"},
		{"minLength name", "  - name: 临海新区管委会", "  - name: \"\"", "/institutes/N/name"},
		{"type value", "value: 4500000000", "value: \"x\"", "/investment/value"},
		{"type id", "id: \"01-linhai-signing\"", "id: [1]", "/id"},
		{"binary id", "id: \"01-linhai-signing\"", "id: !!binary aGVsbG8=", "/id"},
		{"minItems spans", "spans: [[305, 312]]", "spans: []", "/institutes/N/spans"},
		{"minItems span", "spans: [[305, 312]]", "spans: [[305]]", "/institutes/N/spans/0"},
		{"items false span", "spans: [[305, 312]]", "spans: [[305, 312, 313]]", "/institutes/N/spans/0"},
		{"prefixItems type", "spans: [[305, 312]]", "spans: [[305, \"x\"]]", "/institutes/N/spans/0/1"},
		{"oneOf max", "    max: null\n", "    max: \"x\"\n", "/amounts/0/max"},
		{"oneOf investment", "    investment: null\n", "    investment: 5\n", "/projects/1/investment"},
		{"type aliases", "    aliases:\n      - 集成电路\n", "    aliases: 集成电路\n", "/industries/0/aliases"},
		{"type approx", "approx: false", "approx: 0", "/amounts/0/approx"},
		{"type projects", "projects:\n", "projects: 3\nxx:\n", "/projects"},
	} {
		if !strings.Contains(good, tc.from) {
			t.Fatalf("%s: the sample record has no %q", tc.name, tc.from)
		}
		text := strings.Replace(good, tc.from, tc.to, 1)
		code, out := validateText(t, dir, "bad.yaml", text)
		assert.Equal(t, ExitFindings, code, tc.name)
		assert.Contains(t, out, strings.ReplaceAll(tc.want, "/institutes/N", bureau), tc.name)
	}
}

// TestValidateEmptyAndSource: an empty record file is an issue, and so is
// a source file whose digest is not the record's.
func TestValidateEmptyAndSource(t *testing.T) {
	dir := t.TempDir()
	code, out := validateText(t, dir, "empty.yaml", "")
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, out, "empty.yaml:1:1: empty: no record in the file")

	src := filepath.Join(dir, "src.txt")
	require.NoError(t, os.WriteFile(src, []byte("临海新区签约项目总投资5亿元。"), 0o644))
	code, _, errs := runCLI(t, "", "extract", "-q", "-o", filepath.Join(dir, "out"), src)
	require.Equal(t, ExitOK, code, errs)
	rec := filepath.Join(dir, "out", "src.yaml")
	code, out, _ = runCLI(t, "", "validate", rec)
	require.Equal(t, ExitOK, code, out)
	require.NoError(t, os.WriteFile(src, []byte("临海新区签约项目总投资6亿元。"), 0o644)) // same length, other text
	code, out, _ = runCLI(t, "", "validate", rec)
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, out, "source: /source/sha256: the source file's digest is")
}

// TestValidateLargeStream: validate reads a record stream past 4 MiB whole:
// a broken record at its end is found.
func TestValidateLargeStream(t *testing.T) {
	dir := t.TempDir()
	good := sampleRecord(t, dir)
	good = strings.Replace(good, "path: ../../corpus/sample/01-linhai-signing.txt", "path: elsewhere/not-here.txt", 1)
	var b strings.Builder
	n := 0
	for b.Len() < 6<<20 {
		fmt.Fprintf(&b, "---\n%s", strings.Replace(good, `id: "01-linhai-signing"`, fmt.Sprintf("id: r%d", n), 1))
		n++
	}
	fmt.Fprintf(&b, "---\n%s", strings.Replace(strings.Replace(good, `id: "01-linhai-signing"`, "id: last", 1), "kind: government", "kind: spaceship", 1))
	code, out := validateText(t, dir, "big.yaml", b.String())
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, out, "kind", "the broken record after 6 MiB")
	assert.Equal(t, 1, strings.Count(out, "\n"), out)
	_, _, errs := runCLI(t, "", "validate", filepath.Join(dir, "big.yaml"))
	assert.Contains(t, errs, fmt.Sprintf("%d records checked", n+1))
}

package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	cache := filepath.Join(os.TempDir(), "pressmine-test-cache")
	if len(args) > 0 && (args[0] == "extract" || args[0] == "segment") {
		args = append([]string{args[0], "--cache-dir", cache}, args[1:]...)
	}
	code = Main(context.Background(), args, IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errw})
	return code, out.String(), errw.String()
}

func TestCLIUsage(t *testing.T) {
	code, _, errs := runCLI(t, "")
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "Commands:")
	code, _, _ = runCLI(t, "", "frobnicate")
	assert.Equal(t, ExitUsage, code)
	for _, cmd := range []string{"extract", "validate", "schema", "segment"} {
		code, out, _ := runCLI(t, "", cmd, "--help")
		assert.Equal(t, ExitOK, code, cmd)
		assert.Contains(t, out, "Usage: pressmine "+cmd, cmd)
	}
	code, _, errs = runCLI(t, "", "extract", "--no-such-flag")
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "no-such-flag")
	code, _, _ = runCLI(t, "", "extract", "-j", "0")
	assert.Equal(t, ExitUsage, code)
}

func TestCLIExtractErrorsAndExit(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("青岛高新区项目签约，投资总额532亿元。"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte{0x7f, 'E', 'L', 'F', 0, 1}, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.txt"), nil, 0o644))
	code, out, errs := runCLI(t, "", "extract", dir)
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, out, "text: 532亿元")
	assert.Contains(t, errs, filepath.Join(dir, "b.txt")+":1:5: not a text file")
	assert.Contains(t, errs, filepath.Join(dir, "c.txt")+": empty document")
	assert.Contains(t, errs, "3 documents read, 1 records written, 2 errors")

	code, out, _ = runCLI(t, "", "extract", filepath.Join(dir, "a.txt"))
	assert.Equal(t, ExitOK, code)
	assert.True(t, strings.HasPrefix(out, "schema: pressmine/v1\n"))
}

func TestCLIStdin(t *testing.T) {
	code, out, _ := runCLI(t, "总投资50亿元的驰远动力电池工厂项目签约。", "extract", "-")
	assert.Equal(t, ExitOK, code)
	assert.Contains(t, out, "id: stdin")
	assert.Contains(t, out, "value: 5000000000")
}

// TestCLITimings: --timings reports the dictionary load, the first record
// and, where /proc is, the process's own peak RSS (what make bench reads).
func TestCLITimings(t *testing.T) {
	code, _, errs := runCLI(t, "总投资50亿元的驰远动力电池工厂项目签约。", "extract", "--timings", "-")
	assert.Equal(t, ExitOK, code)
	assert.Regexp(t, `dictionary loaded in \d+ ms`, errs)
	assert.Regexp(t, `first record \d+ ms after the dictionary was loaded`, errs)
	if _, err := os.Stat("/proc/self/status"); err == nil {
		assert.Regexp(t, `peak RSS [1-9]\d* KB`, errs)
	}
}

func TestCLIOutDir(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "in.jsonl")
	lines := `{"id": "x/one", "text": "投资3亿元建设产业园项目。"}` + "\n" +
		`{"id": "../evil", "text": "投资3亿元。"}` + "\n" +
		`{"id": "two", "text": "签约额达1.2万亿元。"}` + "\n"
	require.NoError(t, os.WriteFile(src, []byte(lines), 0o644))
	out := filepath.Join(dir, "out")
	code, stdout, errs := runCLI(t, "", "extract", "-o", out, src)
	assert.Equal(t, ExitFindings, code)
	assert.Empty(t, stdout)
	assert.Contains(t, errs, src+":2:1: unsafe document id")
	for _, p := range []string{"x/one.yaml", "two.yaml"} {
		b, err := os.ReadFile(filepath.Join(out, p))
		require.NoError(t, err)
		assert.Contains(t, string(b), "schema: pressmine/v1")
	}
	_, err := os.Stat(filepath.Join(dir, "evil.yaml"))
	assert.True(t, os.IsNotExist(err), "an id with ../ escaped the output folder")
	// No temporary files left behind.
	filepath.Walk(out, func(p string, info os.FileInfo, err error) error {
		assert.False(t, strings.HasPrefix(filepath.Base(p), ".pressmine-"), "left %s", p)
		return nil
	})
}

func TestCLIValidate(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := runCLI(t, "", "extract", "--annotate")
	require.Equal(t, ExitOK, code)
	good := filepath.Join(dir, "good.yaml")
	require.NoError(t, os.WriteFile(good, []byte(out), 0o644))
	code, vout, verr := runCLI(t, "", "validate", good)
	assert.Equal(t, ExitOK, code, vout)
	assert.Contains(t, verr, "10 records checked, 0 issues")

	// Break one value, one span and one id; each is reported at its line.
	bad := strings.Replace(out, "value: 53200000000", "value: 53200000001", 1)
	bad = strings.Replace(bad, "text: 186.5亿元", "text: 186.6亿元", 1)
	bad = strings.Replace(bad, `id: "02-qingshan-fund"`, `id: "01-linhai-signing"`, 1)
	badPath := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(badPath, []byte(bad), 0o644))
	code, vout, _ = runCLI(t, "", "validate", badPath)
	assert.Equal(t, ExitFindings, code)
	assert.Regexp(t, `bad\.yaml:\d+:\d+: span: /amounts/\d+/text: text is "186.6亿元"`, vout)
	assert.Regexp(t, `bad\.yaml:\d+:\d+: duplicate: /id: id "01-linhai-signing"`, vout)

	alias := filepath.Join(dir, "alias.yaml")
	require.NoError(t, os.WriteFile(alias, []byte("a: &x [1, 2]\nb: [*x, *x, *x]\n"), 0o644))
	code, vout, _ = runCLI(t, "", "validate", alias)
	assert.Equal(t, ExitFindings, code)
	assert.Contains(t, vout, "alias.yaml:1:4: yaml: YAML aliases are not allowed")

	code, _, _ = runCLI(t, "", "validate", filepath.Join(dir, "missing.yaml"))
	assert.Equal(t, ExitUsage, code)
}

func TestCLISchemaIsJSON(t *testing.T) {
	code, out, _ := runCLI(t, "", "schema")
	require.Equal(t, ExitOK, code)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", v["$schema"])
}

func TestCLISegment(t *testing.T) {
	code, out, _ := runCLI(t, "", "segment", "迪玛尔、李文喜，青岛高新区")
	require.Equal(t, ExitOK, code)
	assert.Contains(t, out, "高新区/ns")
	assert.Contains(t, out, "、/x")
	// A Traditional text is segmented as the extractors read it.
	code, out, _ = runCLI(t, "", "segment", "推動人工智能產業發展")
	require.Equal(t, ExitOK, code)
	assert.Contains(t, out, "产业/n")
	assert.Contains(t, out, "发展/vn")
}

// TestSchemaIndependentValidator checks the sample records against the
// published schema with a second, independent implementation (Python's
// jsonschema, Draft 2020-12) where one is installed.
func TestSchemaIndependentValidator(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil || exec.Command(py, "-c", "import jsonschema; jsonschema.Draft202012Validator").Run() != nil {
		t.Skip("skipping: python3 with jsonschema (Draft 2020-12) is not installed")
	}
	dir := t.TempDir()
	_, sch, _ := runCLI(t, "", "schema")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "schema.json"), []byte(sch), 0o644))
	var recs []any
	eng := recorder(t)
	var buf bytes.Buffer
	_, err = eng.RunBatch(context.Background(), BatchConfig{Jobs: 2}, &buf, &bytes.Buffer{})
	require.NoError(t, err)
	for _, doc := range strings.Split(buf.String(), "---\n") {
		var v any
		require.NoError(t, yamlToJSON(doc, &v))
		recs = append(recs, v)
	}
	b, _ := json.Marshal(recs)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "records.json"), b, 0o644))
	script := `import json, sys, jsonschema
s = json.load(open(sys.argv[1])); v = jsonschema.Draft202012Validator(s)
jsonschema.Draft202012Validator.check_schema(s)
bad = [f"{i}: {e.message}" for i, r in enumerate(json.load(open(sys.argv[2]))) for e in v.iter_errors(r)]
print("\n".join(bad)); sys.exit(1 if bad else 0)`
	out, err := exec.Command(py, "-c", script, filepath.Join(dir, "schema.json"), filepath.Join(dir, "records.json")).CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Len(t, recs, 10)
}

func yamlToJSON(doc string, v *any) error {
	return yamlUnmarshal([]byte(doc), v)
}

func TestCLIHelpOnce(t *testing.T) {
	code, out, errs := runCLI(t, "", "check", "--help")
	assert.Equal(t, ExitOK, code)
	assert.Equal(t, 1, strings.Count(out, "Usage: pressmine check"))
	assert.Empty(t, errs)
}

package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const tinyGold = "testdata/tinygold"

// TestTrainDeterministic: the same gold gives the same model, byte for
// byte.
func TestTrainDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	for _, out := range []string{a, b} {
		code, _, errs := runCLI(t, "", "train", "-o", out, tinyGold)
		require.Equal(t, ExitOK, code, errs)
	}
	ba, err := os.ReadFile(a)
	require.NoError(t, err)
	bb, err := os.ReadFile(b)
	require.NoError(t, err)
	assert.Equal(t, string(ba), string(bb))
	assert.Contains(t, string(ba), "pressmine-ranker 2\n")
}

// TestTrainLearns: a ranker trained on two documents of our own writing
// finds what they teach in a third it has not seen: no generic 国内大学,
// which the rules alone name, and the company and government they name
// right.
func TestTrainLearns(t *testing.T) {
	model := filepath.Join(t.TempDir(), "m.txt")
	code, _, errs := runCLI(t, "", "train", "-o", model, tinyGold)
	require.Equal(t, ExitOK, code, errs)
	text := "翠屏区人民政府当日会同东城实业集团有限公司签署协议，东城实业集团有限公司将建设东城数字经济产业园项目，国内大学积极响应。"
	institutes := func(args ...string) []string {
		code, out, errs := runCLI(t, text, append([]string{"extract", "-q", "--format", "jsonl"}, append(args, "-")...)...)
		require.Equal(t, ExitOK, code, errs)
		var names []string
		for _, part := range strings.Split(out, `"name":"`)[1:] {
			names = append(names, part[:strings.Index(part, `"`)])
		}
		return names
	}
	rules := institutes("--model", "none")
	assert.Contains(t, rules, "国内大学", "the rules alone (the trap the model must learn)")
	taught := institutes("--model", model)
	assert.Contains(t, taught, "东城实业集团有限公司")
	assert.Contains(t, taught, "翠屏区人民政府")
	assert.NotContains(t, taught, "会同东城实业集团有限公司")
	assert.NotContains(t, taught, "国内大学")
}

// TestModelErrors: a model file that is not one, or of another version,
// is a clear usage error, never a crash.
func TestModelErrors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"garbage.txt": "\x00\x01\x02 not a model\n",
		"version.txt": "pressmine-ranker 99\nins|bias\t1\n",
		"line.txt":    "pressmine-ranker 2\nins|bias\tone\n",
		"empty.txt":   "",
		"class.txt":   "pressmine-ranker 2\nclass|东城\t1.5\n",
	} {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		code, _, errs := runCLI(t, "青山市人民政府", "extract", "--model", p, "-")
		assert.Equal(t, ExitUsage, code, name)
		assert.Contains(t, errs, "--model: "+p, name)
	}
	code, _, errs := runCLI(t, "", "extract", "--model", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "missing.txt")
}

// TestCheckCV: check --cv runs k-fold cross-validation over gold folders
// and prints the scores.
func TestCheckCV(t *testing.T) {
	code, out, errs := runCLI(t, "", "check", "--config", "none", "--cv", "2", tinyGold)
	require.Equal(t, ExitOK, code, errs)
	assert.Contains(t, out, "2-fold cross-validation by document, 2 documents")
	assert.Contains(t, out, "institutes")
	assert.NotContains(t, out, "b: institutes", "misses are listed only with --misses")
	// --misses lists what the held-out records got wrong: the tiny set's
	// 国内大学 is a trap only its own document teaches.
	code, out, errs = runCLI(t, "", "check", "--config", "none", "--cv", "2", "--misses", tinyGold)
	require.Equal(t, ExitOK, code, errs)
	assert.Contains(t, out, `b: institutes FP "国内大学"`)
	code, _, errs = runCLI(t, "", "check", "--config", "none", "--cv", "3", tinyGold)
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "only 2 documents")
}

// TestCrossValidateHoldsOut: in cross-validation no document is scored by
// a ranker that saw it: with one fold per document, a document's own
// lesson cannot help it.
func TestCrossValidateHoldsOut(t *testing.T) {
	docs, err := loadGold([]string{tinyGold})
	require.NoError(t, err)
	require.Len(t, docs, 2)
	rep, err := crossValidate(context.Background(), recorder(t), docs, 2, defaultEpochs, nil)
	require.NoError(t, err)
	// Each document is scored once.
	n := rep.Counts["institutes"].TP + rep.Counts["institutes"].FN
	assert.Equal(t, 5, n, "gold institutes in the two documents")
}

// TestClassesAndTrain: pressmine classes learns the same file twice from
// a corpus of our own writing; a model trained with those classes keeps
// them and extracts; a classes file with a bad line is a usage error that
// names it.
func TestClassesAndTrain(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	require.NoError(t, os.Mkdir(corpus, 0o755))
	var b strings.Builder
	for _, co := range []string{"东城", "西岭", "南湖", "北辰"} {
		for _, lr := range [][2]string{{"与", "公司签约。"}, {"和", "集团合作。"}, {"同", "企业洽谈。"}} {
			b.WriteString(lr[0] + co + lr[1] + "\n")
		}
	}
	require.NoError(t, os.WriteFile(filepath.Join(corpus, "a.txt"), []byte(b.String()), 0o644))
	a, c := filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt")
	for _, out := range []string{a, c} {
		code, _, errs := runCLI(t, "", "classes", "--classes", "4", "--min-count", "2", "-o", out, corpus)
		require.Equal(t, ExitOK, code, errs)
		assert.Contains(t, errs, "1 documents (0 unreadable)")
	}
	ba, err := os.ReadFile(a)
	require.NoError(t, err)
	bc, err := os.ReadFile(c)
	require.NoError(t, err)
	assert.Equal(t, string(ba), string(bc), "two runs on the same text")
	assert.Contains(t, string(ba), "# pressmine word classes:")
	assert.Contains(t, string(ba), "\n东城\t")

	model := filepath.Join(dir, "m.txt")
	code, _, errs := runCLI(t, "", "train", "--classes", a, "-o", model, tinyGold)
	require.Equal(t, ExitOK, code, errs)
	mb, err := os.ReadFile(model)
	require.NoError(t, err)
	assert.Contains(t, string(mb), "\nclass|东城\t", "the model keeps its classes")
	code, out, errs := runCLI(t, "东城实业集团有限公司签署协议。", "extract", "-q", "--format", "jsonl", "--model", model, "-")
	require.Equal(t, ExitOK, code, errs)
	assert.Contains(t, out, "东城实业集团有限公司")

	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("# h\n东城\t0\n西岭 1\n"), 0o644))
	code, _, errs = runCLI(t, "", "train", "--classes", bad, "-o", model, tinyGold)
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "--classes: "+bad+":3: ")
	code, _, errs = runCLI(t, "", "classes", corpus)
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "want -o FILE")
}

package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/pressmine/pressmine/fsutil"
)

func cmdTrain(ctx context.Context, args []string, sio IO) int {
	fs := newFlagSet("train", "[flags] -o FILE GOLD_DIR...", `Trains the entity ranker and tagger on gold: the folders hold NAME.gold.yaml
files (the format check reads) with their sources beside them. The ranker judges
the rules' projects, institutes and industries and the variants of their left
edge; the tagger finds names the rules do not propose (see README, Projects,
institutes and industries). Use the model with --model FILE.
The same gold gives the same file, byte for byte. Check a model on text it was
not trained on with pressmine check --cv K.
`, sio)
	var sf segFlags
	sf.register(fs)
	out := fs.String("o", "", "write the model to `FILE` (atomically)")
	var cf classesFlag
	cf.register(fs)
	epochs := fs.Int("epochs", defaultEpochs, "passes over the examples")
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(sio.Stderr, "pressmine train: "+format+"\n", a...)
		return ExitUsage
	}
	if *out == "" || fs.NArg() == 0 {
		return fail("want -o FILE and at least one gold folder")
	}
	if *epochs < 1 {
		return fail("--epochs must be at least 1")
	}
	docs, err := loadGold(fs.Args())
	if err != nil {
		return fail("%v", err)
	}
	seg, err := sf.load()
	if err != nil {
		return fail("%v", err)
	}
	defer seg.Close()
	eng, err := NewRecorder(seg, nil)
	if err != nil {
		return fail("%v", err)
	}
	cl, err := cf.load()
	if err != nil {
		return fail("%v", err)
	}
	r, n, err := train(ctx, eng.Engine, docs, *epochs, cl)
	if err != nil {
		return fail("%v", err)
	}
	var names []string
	for _, a := range fs.Args() {
		names = append(names, filepath.ToSlash(filepath.Clean(a)))
	}
	comment := fmt.Sprintf("pressmine entity ranker (an averaged perceptron over the rules' candidates) and\ntagger (a structured perceptron over words, tag| weights), trained by pressmine\ntrain --epochs %d on %d documents of %s (%d candidates).\nRetrain with pressmine train (make model for the embedded one).",
		*epochs, len(docs), strings.Join(names, " "), n)
	if err := fsutil.Write(*out, r.Marshal(comment)); err != nil {
		return fail("%v", err)
	}
	fmt.Fprintf(sio.Stderr, "pressmine train: %d documents, %d candidates, %d weights: %s\n", len(docs), n, r.Len(), *out)
	return ExitOK
}

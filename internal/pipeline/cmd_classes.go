package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/textmap"
	"github.com/pressmine/pressmine/extract/wordclass"
	"github.com/pressmine/pressmine/fsutil"
)

func cmdClasses(ctx context.Context, args []string, sio IO) int {
	fs := newFlagSet("classes", "[flags] -o FILE PATH...", `Learns word classes from unlabelled text: every word seen often enough is put
in a class with the words that stand between the same words (see
extract/wordclass). The tagger reads a word's class, and its neighbours', as
features, so train the model again after new classes (make classes model).
PATH is read as extract reads it. The same text gives the same file, byte for
byte.
`, sio)
	var sf segFlags
	sf.register(fs)
	out := fs.String("o", "", "write the classes to `FILE` (atomically)")
	o := wordclass.DefaultOptions
	fs.IntVar(&o.Classes, "classes", o.Classes, "number of classes")
	fs.IntVar(&o.MinCount, "min-count", o.MinCount, "a word seen fewer times gets no class")
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(sio.Stderr, "pressmine classes: "+format+"\n", a...)
		return ExitUsage
	}
	if *out == "" || fs.NArg() == 0 {
		return fail("want -o FILE and at least one PATH")
	}
	if o.Classes < 1 || o.MinCount < 1 {
		return fail("--classes and --min-count must be at least 1")
	}
	seg, err := sf.load()
	if err != nil {
		return fail("%v", err)
	}
	defer seg.Close()
	hant, err := textmap.NewHant()
	if err != nil {
		return fail("%v", err)
	}
	c := wordclass.NewCounter()
	docs, bad := 0, 0
	var sc extract.Scratch
	var words []string
	err = corpus.NewReader(corpus.Options{}).Walk(ctx, fs.Args(), func(doc *corpus.Document, err error) error {
		if err != nil {
			bad++
			fmt.Fprintln(sio.Stderr, err)
			return nil
		}
		docs++
		d := extract.BuildDoc(&sc, doc, seg, hant)
		i := 0
		for _, s := range d.Sentences {
			words = words[:0]
			for ; i < len(d.Tokens) && d.Tokens[i].Start < s.End; i++ {
				if w := d.Tokens[i].Text; strings.TrimSpace(w) != "" {
					words = append(words, w)
				}
			}
			c.Add(words)
		}
		return nil
	})
	if err != nil {
		return fail("%v", err)
	}
	cl := c.Learn(o)
	var names []string
	for _, a := range fs.Args() {
		names = append(names, filepath.ToSlash(filepath.Clean(a)))
	}
	header := fmt.Sprintf("pressmine word classes: %d words in %d classes, learned by pressmine classes\n"+
		"(--classes %d --min-count %d) from %d documents of %s, segmented by the\n"+
		"native jieba: words that stand between the same frequent words share a class.\n"+
		"word<TAB>class. Relearn with make classes, then retrain with make model.",
		cl.Words(), cl.Len(), o.Classes, o.MinCount, docs, strings.Join(names, " "))
	var buf bytes.Buffer
	if err := cl.WriteTo(&buf, header); err != nil {
		return fail("%v", err)
	}
	if err := fsutil.Write(*out, buf.Bytes()); err != nil {
		return fail("%v", err)
	}
	fmt.Fprintf(sio.Stderr, "pressmine classes: %d documents (%d unreadable), %d words in %d classes: %s\n", docs, bad, cl.Words(), cl.Len(), *out)
	if bad > 0 {
		return ExitFindings
	}
	return ExitOK
}

package pipeline

import (
	"fmt"
	"io"
	"strings"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/textmap"
)

func cmdSegment(args []string, sio IO) int {
	fs := newFlagSet("segment", "[flags] [TEXT | -]", `Prints how pressmine segments a text: word/POS, one line per input line, after
normalisation and the cuts at punctuation; a text in Traditional characters is
shown converted to Simplified, as the extractors read it. Reads standard input
with - or no TEXT. Use it to tune --user-dict files.
`, sio)
	var sf segFlags
	sf.register(fs)
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	var text string
	if fs.NArg() == 0 || fs.Arg(0) == "-" {
		b, err := io.ReadAll(io.LimitReader(sio.Stdin, corpus.DefaultMaxBytes))
		if err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine segment: %v\n", err)
			return ExitUsage
		}
		t, _, err := corpus.Decode(b)
		if err != nil {
			fmt.Fprintf(sio.Stderr, "pressmine segment: -: %v\n", err)
			return ExitFindings
		}
		text = t
	} else {
		text = strings.Join(fs.Args(), " ")
	}
	seg, err := sf.load()
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine segment: %v\n", err)
		return ExitUsage
	}
	defer seg.Close()
	// A Traditional text is segmented as the extractors read it: converted
	// to Simplified, in a Doc (engine.Engine.Doc), whose tokens the
	// extractors read.
	h, err := textmap.NewHant()
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine segment: %v\n", err)
		return ExitUsage
	}
	d := extract.BuildDoc(nil, &corpus.Document{Orig: text}, seg, h)
	var b strings.Builder
	for _, tok := range d.Tokens {
		if tok.Text == "\n" {
			b.WriteString("\n")
			continue
		}
		if tok.Text == " " {
			continue
		}
		fmt.Fprintf(&b, "%s/%s ", tok.Text, tok.POS)
	}
	fmt.Fprintln(sio.Stdout, strings.TrimRight(b.String(), " "))
	return ExitOK
}

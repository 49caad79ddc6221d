package pipeline

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/extract"
	"github.com/pressmine/pressmine/extract/engine"
	"github.com/pressmine/pressmine/extract/rank"
	"github.com/pressmine/pressmine/extract/segment"
	"github.com/pressmine/pressmine/extract/wordclass"
	"github.com/pressmine/pressmine/internal/check"
	"github.com/pressmine/pressmine/internal/score"
)

// defaultEpochs is how many passes training makes over the examples.
const defaultEpochs = 10

// goldDoc is a source with its expected record.
type goldDoc struct {
	src  *corpus.Document
	gold *score.Gold
}

// loadGold reads every NAME.gold.yaml in dirs with its source beside it
// (NAME.txt, NAME.html or NAME.htm), in path order.
func loadGold(dirs []string) ([]goldDoc, error) {
	var files []string
	for _, d := range dirs {
		fs, err := filepath.Glob(filepath.Join(d, "*.gold.yaml"))
		if err != nil {
			return nil, err
		}
		if len(fs) == 0 {
			return nil, fmt.Errorf("%s: no *.gold.yaml files", d)
		}
		files = append(files, fs...)
	}
	sort.Strings(files)
	var out []goldDoc
	for _, gf := range files {
		b, err := os.ReadFile(gf)
		if err != nil {
			return nil, err
		}
		stem := strings.TrimSuffix(gf, ".gold.yaml")
		g, err := score.ParseGold(gf, b, filepath.Base(stem))
		if err != nil {
			return nil, err
		}
		var src *corpus.Document
		for _, ext := range []string{".txt", ".html", ".htm"} {
			if _, err := os.Stat(stem + ext); err == nil {
				if src, err = corpus.ReadSource(stem+ext, 0); err != nil {
					return nil, err
				}
				break
			}
		}
		if src == nil {
			return nil, fmt.Errorf("%s: no source beside it (%s.txt)", gf, filepath.Base(stem))
		}
		if g.ID != "" {
			src.ID = g.ID
		}
		out = append(out, goldDoc{src: src, gold: g})
	}
	return out, nil
}

// goldKeys are the keys of a gold category's names and aliases, and of its
// optional names.
func goldKeys(g *score.Gold, kind extract.Kind) (want, optional map[string]bool) {
	names, opt := goldNames(g, kind)
	want, optional = make(map[string]bool, len(names)), make(map[string]bool, len(opt))
	for _, n := range names {
		want[score.Key(n)] = true
	}
	for _, o := range opt {
		optional[score.Key(o)] = true
	}
	return want, optional
}

// examples labels the rules' candidates in docs: right when the gold
// names them (by the gold set's name key), wrong when it does not; names
// the gold marks optional teach nothing.
func examples(ctx context.Context, p *engine.Engine, docs []goldDoc) ([]rank.Example, error) {
	var out []rank.Example
	for _, gd := range docs {
		d := p.Doc(nil, gd.src)
		cands, err := p.Candidates(ctx, d)
		if err != nil {
			return nil, err
		}
		keys := map[extract.Kind][2]map[string]bool{}
		for _, c := range cands {
			k, ok := keys[c.Kind]
			if !ok {
				w, o := goldKeys(gd.gold, c.Kind)
				k = [2]map[string]bool{w, o}
				keys[c.Kind] = k
			}
			key := score.Key(c.Name)
			if k[1][key] {
				continue
			}
			out = append(out, rank.Example{Feats: c.Feats, Right: k[0][key]})
		}
	}
	return out, nil
}

// train trains a ranker and a tagger on docs: the ranker judges the
// rules' candidates, and the tagger's names are taken beside its choice.
// The tagger reads words by their classes cl (nil: none), and keeps them.
func train(ctx context.Context, p *engine.Engine, docs []goldDoc, epochs int, cl *wordclass.Classes) (*rank.Ranker, int, error) {
	ex, err := examples(ctx, p, docs)
	if err != nil {
		return nil, 0, err
	}
	var sents []rank.TagSentence
	for _, gd := range docs {
		d := p.Doc(nil, gd.src)
		tags := goldTags(p, d, gd.gold)
		ss, err := p.TagSentences(ctx, d, cl, func(i int) uint16 { return tags[i] })
		if err != nil {
			return nil, 0, err
		}
		sents = append(sents, ss...)
	}
	return rank.TrainRanker(ex, epochs).WithTagger(rank.TrainTagger(sents, epochs, cl)), len(ex), nil
}

// goldTags are the tags each token of d may have by its gold: the words of
// a name the gold lists begin (B) or continue (I) a name of its kind, the
// words of an optional name may be in one or not, and all others are
// outside. A name is found wherever it stands in the text between word
// boundaries, the longest first.
func goldTags(p *engine.Engine, d *extract.Doc, g *score.Gold) []uint16 {
	type occ struct {
		s, e     int
		kind     extract.Kind
		optional bool
	}
	var occs []occ
	for _, k := range []extract.Kind{extract.KindProject, extract.KindInstitute, extract.KindIndustry} {
		want, opt := goldNames(g, k)
		for _, set := range []struct {
			names    []string
			optional bool
		}{{want, false}, {opt, true}} {
			for _, n := range set.names {
				rs := p.NormName(d, n)
				if len(rs) == 0 {
					continue
				}
				for i := 0; i+len(rs) <= len(d.Runes); i++ {
					if d.Starts[i] && d.Starts[i+len(rs)] && slices.Equal(d.Runes[i:i+len(rs)], rs) {
						occs = append(occs, occ{i, i + len(rs), k, set.optional})
					}
				}
			}
		}
	}
	sort.SliceStable(occs, func(a, b int) bool { return occs[a].e-occs[a].s > occs[b].e-occs[b].s })
	tags := make([]uint16, len(d.Tokens))
	for i := range tags {
		tags[i] = rank.TagBit("", false)
	}
	taken := make([]bool, len(d.Tokens))
	for _, o := range occs {
		i0 := segment.TokenIndexAt(d.Tokens, o.s)
		i1 := segment.TokenIndexAt(d.Tokens, o.e-1)
		free := true
		for i := i0; i <= i1; i++ {
			free = free && !taken[i]
		}
		if !free {
			continue
		}
		for i := i0; i <= i1; i++ {
			taken[i] = true
			b := rank.TagBit(o.kind, i > i0)
			if o.optional {
				tags[i] |= b | rank.TagBit(o.kind, true)
			} else {
				tags[i] = b
			}
		}
	}
	return tags
}

// goldNames are a gold category's names and aliases, and its optional
// names.
func goldNames(g *score.Gold, kind extract.Kind) (want, optional []string) {
	addEnt := func(es []score.GoldEntity) {
		for _, e := range es {
			want = append(want, e.Name)
			want = append(want, e.Aliases...)
		}
	}
	switch kind {
	case extract.KindProject:
		for _, p := range g.Projects {
			want = append(want, p.Name)
			want = append(want, p.Aliases...)
		}
		optional = g.Optional.Projects
	case extract.KindInstitute:
		addEnt(g.Institutes)
		optional = g.Optional.Institutes
	case extract.KindIndustry:
		addEnt(g.Industries)
		optional = g.Optional.Industries
	}
	return want, optional
}

// withRanker is an engine like e whose pipeline judges entities with r.
func (e *Recorder) withRanker(r *rank.Ranker) *Recorder {
	return &Recorder{Seg: e.Seg, Engine: e.Engine.WithRanker(r), Validator: e.Validator, self: e.self}
}

// crossValidate scores extraction on docs by k-fold cross-validation by
// document: document i is in fold i mod k (in path order); each fold is
// extracted with a ranker trained on the other folds, with the word
// classes cl.
func crossValidate(ctx context.Context, e *Recorder, docs []goldDoc, k, epochs int, cl *wordclass.Classes) (*score.Report, error) {
	rep := score.NewReport()
	for f := 0; f < k; f++ {
		var trainDocs, test []goldDoc
		for i, gd := range docs {
			if i%k == f {
				test = append(test, gd)
			} else {
				trainDocs = append(trainDocs, gd)
			}
		}
		r, _, err := train(ctx, e.Engine, trainDocs, epochs, cl)
		if err != nil {
			return nil, err
		}
		fe := e.withRanker(r)
		for _, gd := range test {
			rec, err := fe.Record(ctx, gd.src)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", gd.src.Path, err)
			}
			rep.Add(gd.gold, rec)
		}
	}
	return rep, nil
}

// modelFlag is --model: the ranker a command uses.
// classesFlag is --classes: the word classes a tagger is trained with.
type classesFlag struct{ path string }

func (c *classesFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&c.path, "classes", "", "word classes `FILE`, learned by pressmine classes, for the tagger to read words by (default: none)")
}

// load returns the classes the flag names (nil for none).
func (c *classesFlag) load() (*wordclass.Classes, error) {
	if c.path == "" {
		return nil, nil
	}
	f, err := os.Open(c.path)
	if err != nil {
		return nil, fmt.Errorf("--classes: %v", err)
	}
	defer f.Close()
	cl, err := wordclass.Parse(f, c.path)
	if err != nil {
		return nil, fmt.Errorf("--classes: %v", err)
	}
	return cl, nil
}

type modelFlag struct{ path string }

func (m *modelFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&m.path, "model", "", "entity ranker `FILE` trained by pressmine train (default: the embedded one, trained on the gold set; \"none\": the rules alone)")
}

// apply gives the engine the chosen ranker.
func (m *modelFlag) apply(e *Recorder) (*Recorder, error) {
	switch m.path {
	case "":
		return e, nil
	case "none":
		return e.withRanker(nil), nil
	}
	b, err := os.ReadFile(m.path)
	if err != nil {
		return nil, fmt.Errorf("--model: %v", err)
	}
	r, err := rank.ParseRanker(b, m.path)
	if err != nil {
		return nil, fmt.Errorf("--model: %v", err)
	}
	return e.withRanker(r), nil
}

// checkCV is check --cv K: the scores of k-fold cross-validation over the
// gold folders, with the config's gates.
func checkCV(ctx context.Context, eng *Recorder, dirs []string, k int, misses bool, cl *wordclass.Classes, cfg *check.Config, sio IO) int {
	if k < 2 {
		fmt.Fprintf(sio.Stderr, "pressmine check: --cv %d: want at least 2 folds\n", k)
		return ExitUsage
	}
	if len(dirs) == 0 {
		fmt.Fprintln(sio.Stderr, "pressmine check: --cv needs gold folders as PATH")
		return ExitUsage
	}
	docs, err := loadGold(dirs)
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine check: %v\n", err)
		return ExitUsage
	}
	if len(docs) < k {
		fmt.Fprintf(sio.Stderr, "pressmine check: --cv %d: only %d documents\n", k, len(docs))
		return ExitUsage
	}
	rep, err := crossValidate(ctx, eng, docs, k, defaultEpochs, cl)
	if err != nil {
		fmt.Fprintf(sio.Stderr, "pressmine check: %v\n", err)
		return ExitUsage
	}
	fmt.Fprintf(sio.Stdout, "%d-fold cross-validation by document, %d documents (each scored by a ranker trained without it):\n%s", k, len(docs), rep.Table())
	if misses {
		for _, m := range rep.Misses {
			fmt.Fprintln(sio.Stdout, m)
		}
	}
	passed, total := 0, 0
	var cats []string
	for c := range cfg.MinF1 {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		total++
		if f1 := rep.Counts[c].F1(); f1 >= cfg.MinF1[c] {
			passed++
		} else {
			fmt.Fprintf(sio.Stdout, "gate %s F1 %.3f < %.2f: FAIL\n", c, f1, cfg.MinF1[c])
		}
	}
	verdict := "PASS"
	if passed < total {
		verdict = "FAIL"
	}
	fmt.Fprintf(sio.Stdout, "pressmine check --cv %d: %d documents, gates %d/%d passed: %s\n", k, len(docs), passed, total, verdict)
	if passed < total {
		return ExitFindings
	}
	return ExitOK
}

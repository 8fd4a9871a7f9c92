package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/pipeline"
)

const evalRelationsUsage = `Usage:
  newsgraph eval relations --conll04 FILE [--errors]
  newsgraph eval relations --gold FILE.tsv [--split S] [--errors]

Runs the extractor on each CoNLL04 sentence (tokens joined by spaces) and prints
precision, recall and F1 of its relations per CoNLL04 type and the micro average,
with exact entity spans. Type mapping: WORKS_FOR and MEMBER_OF -> Work_For,
LIVES_IN and CITIZEN_OF -> Live_In, LOCATED_IN -> Located_In, BASED_IN and
REPORTED_FROM (a dateline's source and place, which CoNLL04 marks as based
there) -> OrgBased_In, KILLED -> Kill. A relation is scored at every mention pair its
evidence names; CoNLL04 span conventions are mapped (titles and a country before
a person's name, "the" before an organization, a city and its state as one
place). The last line scores our entity spans alone. --errors then lists each missed
(FN) and false (FP) relation with the sentence's number and text.

--gold scores hand-labelled news relations (testdata/relations/*.tsv, guideline
in its README.md) over the VOA stories they name: per class (WORKS_FOR, which
HOLDS_ROLE joins, MEMBER_OF, CITIZEN_OF, LOCATED_IN, BASED_IN, MET_WITH,
SPOKE_WITH) and micro P/R/F1 at the document level, and how many labelled
person / title / organisation roles the extracted roles hold. --split keeps the
stories of one split (default all). --errors lists each false (FP) and missed
(FN) relation and each missed role.
`

// runEvalRelations handles `newsgraph eval relations`.
func runEvalRelations(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval relations", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, evalRelationsUsage) }
	path := fs.String("conll04", "", "CoNLL04 JSON file with gold relations")
	gold := fs.String("gold", "", "hand-labelled news relations (testdata/relations/*.tsv)")
	split := fs.String("split", "all", "with --gold: score only the stories of this split")
	errs := fs.Bool("errors", false, "also list each missed (FN) and false (FP) relation with its sentence")
	if err := fs.Parse(args); err != nil {
		_, err = flagError(fs, err) // nil after -h
		return err
	}
	if (*path == "") == (*gold == "") || fs.NArg() > 0 {
		fmt.Fprint(stderr, evalRelationsUsage)
		return usageErr("eval relations: one of --conll04 FILE or --gold FILE is required")
	}
	if *gold != "" {
		return evalGoldRelations(ctx, *gold, *split, *errs, stdout)
	}
	sents, err := pipeline.ReadCoNLL04(*path)
	if err != nil {
		return err
	}
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	rep, err := p.EvalCoNLL04(ctx, sents)
	if err != nil {
		return err
	}
	rep.Report(stdout)
	if *errs {
		for _, e := range rep.Errors {
			fmt.Fprintln(stdout, e)
		}
	}
	return nil
}

// evalGoldRelations scores the extractor on a news relation gold file.
func evalGoldRelations(ctx context.Context, path, split string, errs bool, stdout io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval relations: %w", err)
	}
	defer f.Close()
	docs, err := pipeline.ReadRelationGold(f, path)
	if err != nil {
		return fmt.Errorf("eval relations: %w", err)
	}
	byID, err := relGoldStories(path)
	if err != nil {
		return fmt.Errorf("eval relations: %w", err)
	}
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	s := pipeline.NewRelScore()
	n := 0
	for _, gd := range docs {
		if split != "all" && gd.Split != split {
			continue
		}
		d, ok := byID[gd.ID]
		if !ok {
			return fmt.Errorf("eval relations: %s: no story %q (bundled or in %s)", path, gd.ID, extraStories)
		}
		a, err := p.Analyze(ctx, d)
		if err != nil {
			return err
		}
		s.ScoreRelations(gd, a)
		n++
	}
	fmt.Fprintf(stdout, "%d documents (split %s)\n", n, split)
	s.Report(stdout)
	if errs {
		for _, e := range s.Errors {
			fmt.Fprintln(stdout, e)
		}
	}
	return nil
}

// relGoldStories returns the stories a relation gold file may label: the bundled
// sample and the extra VOA stories beside the file or, as in the repository
// (testdata/relations), beside the event gold files in ../events.
func relGoldStories(goldPath string) (map[string]extract.Document, error) {
	dir := filepath.Dir(goldPath)
	if _, err := os.Stat(filepath.Join(dir, extraStories)); err != nil {
		dir = filepath.Join(dir, "..", "events")
	}
	return goldStories(filepath.Join(dir, filepath.Base(goldPath)))
}

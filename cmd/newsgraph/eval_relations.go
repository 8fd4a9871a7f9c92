package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/newsgraph/newsgraph/extract/pipeline"
)

const evalRelationsUsage = `Usage:
  newsgraph eval relations --conll04 FILE [--errors]

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
`

// runEvalRelations handles `newsgraph eval relations`.
func runEvalRelations(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval relations", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, evalRelationsUsage) }
	path := fs.String("conll04", "", "CoNLL04 JSON file with gold relations")
	errs := fs.Bool("errors", false, "also list each missed (FN) and false (FP) relation with its sentence")
	if err := fs.Parse(args); err != nil {
		_, err = flagError(fs, err) // nil after -h
		return err
	}
	if *path == "" || fs.NArg() > 0 {
		fmt.Fprint(stderr, evalRelationsUsage)
		return usageErr("eval relations: --conll04 FILE is required")
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

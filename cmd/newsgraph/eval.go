package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/ner/corpus"
)

const evalUsage = `Usage:
  newsgraph eval ner --conll FILE [--model FILE | --pipeline [--errors]]
  newsgraph eval events --gold FILE | --wikievents FILE   (see newsgraph eval events -h)
  newsgraph eval relations --conll04 FILE | --gold FILE.tsv   (see newsgraph eval relations -h)
  newsgraph eval syntax [--ud DIR] [--model FILE]   (UPOS, UAS, LAS on UD EWT dev and test)
  newsgraph eval dates --input FILE.jsonl   (see newsgraph eval dates -h)

Tags the sentences of a CoNLL-2003 file (token first, gold tag last, IOB1 or IOB2)
and prints conlleval's precision, recall and F1 per type and overall, plus the
micro average over PER, LOC and ORG. --pipeline scores the whole extractor instead
of the tagger alone: every named mention with its entity's final type (after
titles are cut, mentions clustered and clusters typed by gazetteer and article;
nationalities count as MISC), each document's sentences given as paragraphs.
`

// runEval handles `newsgraph eval ner` and dispatches `eval relations`.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "events" {
		return runEvalEvents(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "syntax" {
		return runEvalSyntax(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "dates" {
		return runEvalDates(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "relations" {
		return runEvalRelations(ctx, args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "ner" {
		fmt.Fprint(stderr, evalUsage)
		return usageErr("eval: say what to score: ner, relations, events, dates or syntax")
	}
	fs := flag.NewFlagSet("eval ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, evalUsage) }
	conll := fs.String("conll", "", "CoNLL-2003 file with gold tags")
	model := fs.String("model", "", "model file (default: the embedded model)")
	whole := fs.Bool("pipeline", false, "score the whole extractor's entities, not the tagger alone")
	listErrs := fs.Bool("errors", false, "with --pipeline: list each missed, mistyped or wrong span on stderr")
	if err := fs.Parse(args[1:]); err != nil {
		_, err = flagError(fs, err) // nil after -h
		return err
	}
	if *conll == "" {
		fmt.Fprint(stderr, evalUsage)
		return usageErr("eval ner: --conll FILE is required")
	}
	if *whole && *model != "" {
		return usageErr("eval ner: --pipeline scores the embedded model; leave out --model")
	}
	docs, err := corpus.ReadCoNLL(*conll)
	if err != nil {
		return err
	}
	if *whole {
		var errs io.Writer
		if *listErrs {
			errs = stderr
		}
		return evalNERPipeline(ctx, docs, stdout, errs)
	}
	tagger, err := loadTagger(*model)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	tagger.Evaluate(docs).Report(stdout)
	return nil
}

func loadTagger(modelPath string) (*ner.Tagger, error) {
	if modelPath == "" {
		return ner.New()
	}
	g, err := gazetteer.New()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(modelPath)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	m, err := ner.DecodeModel(f)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", modelPath, err)
	}
	return ner.NewWith(m, g), nil
}

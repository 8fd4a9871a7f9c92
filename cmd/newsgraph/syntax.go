package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

const trainSyntaxUsage = `Usage:
  newsgraph train syntax [--ud ../shared/data/ud_english_ewt] [--gmb ../shared/data/gmb/ner_dataset.csv] [--news N]
                         [--seed N] [--tag-epochs N] [--parse-epochs N] [--folds N] [--prune X] [--prune-moves X] [--prune-labels X] [--out extract/syntax/model.bin]

Trains the UPOS tagger and dependency parser on the UD English Web Treebank's
training part (en_ewt-ud-train.conllu; dev and test are never read); the tagger
also learns from N GMB news sentences (--news 0 or --gmb "" leaves them out).
Deterministic for a seed.
`

const evalSyntaxUsage = `Usage:
  newsgraph eval syntax [--ud ../shared/data/ud_english_ewt] [--model FILE]

Tags and parses the treebank's dev and test sentences from their words and prints
UPOS accuracy, UAS and LAS (punctuation included), and words per second.
`

// runTrainSyntax handles `newsgraph train syntax`.
func runTrainSyntax(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("train syntax", stderr, trainSyntaxUsage)
	ud := fs.String("ud", filepath.Join("..", "shared", "data", "ud_english_ewt"), "UD English EWT folder")
	gmb := fs.String("gmb", filepath.Join("..", "shared", "data", "gmb", "ner_dataset.csv"), "GMB ner_dataset.csv (news sentences for the tagger)")
	news := fs.Int("news", syntax.DefaultNewsSentences, "GMB sentences for the tagger")
	seed := fs.Uint64("seed", 1, "random seed (sentence order, exploration)")
	tagEpochs := fs.Int("tag-epochs", syntax.DefaultTagEpochs, "tagger epochs")
	parseEpochs := fs.Int("parse-epochs", syntax.DefaultParseEpochs, "parser epochs")
	folds := fs.Int("folds", syntax.DefaultFolds, "jackknife folds for the parser's input tags (1: the final tagger's own tags)")
	prune := fs.Float64("prune", syntax.DefaultPrune, "drop tagger features whose averaged weights all lie within this of 0")
	pruneMoves := fs.Float64("prune-moves", syntax.DefaultPruneMoves, "drop move features whose three weights lie within this of each other")
	pruneLabels := fs.Float64("prune-labels", syntax.DefaultPruneLabels, "drop relation features whose weights all lie within this of 0")
	out := fs.String("out", filepath.Join("extract", "syntax", "model.bin"), "model file to write")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	start := time.Now()
	m, err := syntax.Train(ctx, syntax.TrainOptions{UDDir: *ud, Seed: *seed, TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs,
		Folds: *folds, Prune: float32(*prune), PruneMoves: float32(*pruneMoves), PruneLabels: float32(*pruneLabels), NewsGMB: *gmb, NewsSentences: *news, Log: stderr})
	if err != nil {
		return fmt.Errorf("train syntax: %w", err)
	}
	fmt.Fprintf(stderr, "trained in %s\n", time.Since(start).Round(time.Second))
	return writeFile(*out, m.Encode, stdout)
}

// runEvalSyntax handles `newsgraph eval syntax`.
func runEvalSyntax(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval syntax", stderr, evalSyntaxUsage)
	ud := fs.String("ud", filepath.Join("..", "shared", "data", "ud_english_ewt"), "UD English EWT folder")
	model := fs.String("model", "", "model file (default: the embedded model)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	p, err := loadSyntax(*model)
	if err != nil {
		return err
	}
	for _, part := range []string{"dev", "test"} {
		sents, err := syntax.ReadCoNLLU(filepath.Join(*ud, "en_ewt-ud-"+part+".conllu"))
		if err != nil {
			return fmt.Errorf("eval syntax: %w", err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		p.Evaluate(sents).Report(stdout, part)
	}
	return nil
}

func loadSyntax(path string) (*syntax.Parser, error) {
	if path == "" {
		return syntax.New()
	}
	p, err := syntax.LoadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval syntax: %w", err)
	}
	return p, nil
}

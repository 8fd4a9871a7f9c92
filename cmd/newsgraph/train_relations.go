package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/newsgraph/newsgraph/extract/pipeline"
)

const trainRelationsUsage = `Usage:
  newsgraph train relations [--conll04 ../shared/data/conll04/conll04_train.json] [--out extract/pipeline/relmodel.bin]

Trains the relation classifier (extract/pipeline/rel_*.go) on the CoNLL04 training
part and writes the model the pipeline embeds. The candidate pairs come from the
pipeline's own entity stages, so the model must be rebuilt whenever they change
(TestRelModelRebuild fails until it is). The decision threshold is chosen by
cross-validation on the same sentences; the development part is never read.
Deterministic: the same file and code give the same bytes. Rebuild the binary
afterwards and score it with ` + "`newsgraph eval relations --conll04 .../conll04_dev.json`" + `.
`

func runTrainRelations(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train relations", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, trainRelationsUsage) }
	path := fs.String("conll04", filepath.Join("..", "shared", "data", "conll04", "conll04_train.json"), "CoNLL04 training file")
	out := fs.String("out", filepath.Join("extract", "pipeline", "relmodel.bin"), "model file to write")
	if err := fs.Parse(args); err != nil {
		_, err = flagError(fs, err) // nil after -h
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprint(stderr, trainRelationsUsage)
		return usageErr("train relations: unexpected arguments")
	}
	sents, err := pipeline.ReadCoNLL04(*path)
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	p, err := pipeline.New()
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	return writeFile(*out, func(w io.Writer) error { return p.TrainRelations(ctx, sents, w) }, stdout)
}

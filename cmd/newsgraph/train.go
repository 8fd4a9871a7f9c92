package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
)

const trainUsage = `Usage:
  newsgraph train ner        [--data ../shared/data] [--seed N] [--epochs N] [--gmb=true] [--prune 3] [--out extract/ner/model.bin]
  newsgraph train gazetteer  [--data ../shared/data] [--out extract/gazetteer/gazetteer.tsv.gz]
  newsgraph train syntax     [--ud ../shared/data/ud_english_ewt] [--out extract/syntax/model.bin]  (see -h)
  newsgraph train events     [--dir testdata/events] [--out extract/pipeline/eventmodel.bin]  (see -h)
  newsgraph train relations  [--conll04 ../shared/data/conll04/conll04_train.json] [--out extract/pipeline/relmodel.bin]  (see -h)

Rebuilds a shipped model from the shared data sets (CoNLL-2003 train, GMB, PETRARCH2).
Training is deterministic for a seed. Rebuild the gazetteer first: the NER model's
gazetteer features come from the embedded gazetteer, so rebuild the binary in between.
`

// runTrain handles `newsgraph train ner|gazetteer`.
func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "syntax" {
		return runTrainSyntax(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "events" {
		return runTrainEvents(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "relations" {
		return runTrainRelations(ctx, args[1:], stdout, stderr)
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, trainUsage)
		return usageErr("train: say what to train: ner, gazetteer, syntax, events or relations")
	}
	what, rest := args[0], args[1:]
	fs := flag.NewFlagSet("train "+what, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, trainUsage) }
	data := fs.String("data", "../shared/data", "shared data folder")
	switch what {
	case "ner":
		seed := fs.Uint64("seed", 1, "random seed (document order)")
		epochs := fs.Int("epochs", ner.DefaultEpochs, "perceptron epochs")
		gmb := fs.Bool("gmb", ner.DefaultUseGMB, "also train on GMB (mapped to CoNLL conventions)")
		prune := fs.Float64("prune", ner.DefaultPrune, "drop features whose weights all differ from O's by less")
		out := fs.String("out", filepath.Join("extract", "ner", "model.bin"), "model file to write")
		if err := fs.Parse(rest); err != nil {
			_, err = flagError(fs, err) // nil after -h
			return err
		}
		g, err := gazetteer.New()
		if err != nil {
			return err
		}
		m, err := ner.Train(ctx, ner.TrainOptions{DataDir: *data, Seed: *seed, Epochs: *epochs, UseGMB: *gmb, Prune: float32(*prune), Log: stderr, Gazetteer: g})
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		return writeFile(*out, m.Encode, stdout)
	case "gazetteer":
		out := fs.String("out", filepath.Join("extract", "gazetteer", "gazetteer.tsv.gz"), "gazetteer file to write")
		if err := fs.Parse(rest); err != nil {
			return usageErr(err.Error())
		}
		return writeFile(*out, func(w io.Writer) error { return gazetteer.Build(*data, w) }, stdout)
	default:
		fmt.Fprint(stderr, trainUsage)
		return usageErr(fmt.Sprintf("train: unknown model %q", what))
	}
}

// writeFile writes through a temporary file so a failed run leaves the old
// model in place.
func writeFile(path string, write func(io.Writer) error, stdout io.Writer) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp makes the file private; a model is a source file.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", path, st.Size())
	return nil
}

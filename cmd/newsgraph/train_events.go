package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/extract/pipeline"
)

const trainEventsUsage = `Usage:
  newsgraph train events [--dir testdata/events] [--sets voa_gold.tsv,...] [--tuned voa_gold.tsv,...]
                         [--folds] [--leave-each-out] [--out extract/pipeline/eventmodel.bin]

Trains the learned event reader (extract/pipeline/event_learn.go: participants for
triggers the rules leave without any, names the rules left out, a filter of kept events) on
the development gold files (by default the TUNE group: ` + "voa_gold, voa_blind2, voa_dev4..dev61" + `)
and writes the model the pipeline embeds. Each part is judged by leaving each training
set out in turn, and switched on only when all of these hold:
  - at the margin chosen on the pooled held-out scores, the pooled gain is at least 5
    events (right ones made or false ones dropped, less 2 per event made false or lost);
  - no held-out set loses more than 2 in tp-fp at that margin;
  - judged set by set at a margin chosen without the set (its nested gain), the mean
    gain per set exceeds 2 standard errors and at most one set in 4 loses.
The last asks for a gain spread over the sets, not one a few sets carry: a pooled gain
of 5 alone flipped with one rule change. --tuned names sets the hand rules were tuned
on (their kept events are right far more often than on unseen news): they train the
parts and count in the last two tests, but their held-out scores do not choose margins
and the filter learns from the other sets only; by default voa_gold, voa_blind2,
voa_dev4 and voa_dev5 are marked. --folds prints each part's margin, pooled gain and
per-set gains; --leave-each-out also retrains without each set in turn and counts how
often each part switches on (about 20 trainings). Deterministic: the same files give
the same bytes. Rebuild the binary afterwards. ` + "`newsgraph eval events --cv`" + ` measures
it on sets it did not train on.
`

func runTrainEvents(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, trainEventsUsage) }
	dir := fs.String("dir", filepath.Join("testdata", "events"), "folder of the gold files and voa_extra.jsonl")
	names := fs.String("sets", strings.Join(pipeline.DevEventSets(), ","), "comma-separated gold files in --dir")
	tuned := fs.String("tuned", strings.Join(pipeline.RulesTunedEventSets(), ","), "comma-separated gold files of --sets the hand rules were tuned on: they train, their held-out scores do not choose margins")
	folds := fs.Bool("folds", false, "print each part's chosen margin, pooled utility and per held-out set gains")
	each := fs.Bool("leave-each-out", false, "also retrain without each set in turn and count how often each part switches on (slow)")
	out := fs.String("out", filepath.Join("extract", "pipeline", "eventmodel.bin"), "model file to write")
	if err := fs.Parse(args); err != nil {
		_, err = flagError(fs, err) // nil after -h
		return err
	}
	sets, err := loadEventSets(*dir, strings.Split(*names, ","), strings.Split(*tuned, ","))
	if err != nil {
		return fmt.Errorf("train events: %w", err)
	}
	p, err := pipeline.New()
	if err != nil {
		return fmt.Errorf("train events: %w", err)
	}
	return writeFile(*out, func(w io.Writer) error {
		return p.TrainEventArgs(ctx, sets, w, stderr, pipeline.EventTrainOptions{Folds: *folds, LeaveEachOut: *each})
	}, stdout)
}

// loadEventSets reads gold files of dir with the stories they label; those
// named in tuned are marked as sets the hand rules were tuned on.
func loadEventSets(dir string, names, tuned []string) ([]pipeline.EventSet, error) {
	isTuned := map[string]bool{}
	for _, n := range tuned {
		if n = strings.TrimSpace(n); n != "" {
			isTuned[n] = true
		}
	}
	var sets []pipeline.EventSet
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if strings.Contains(n, "blind") && n != "voa_blind2.tsv" {
			return nil, fmt.Errorf("%s is a blind set: it is scored once at the end, never trained on", n)
		}
		path := filepath.Join(dir, n)
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		g, err := pipeline.ReadEventGold(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
		stories, err := goldStories(path)
		if err != nil {
			return nil, err
		}
		sets = append(sets, pipeline.EventSet{Name: strings.TrimSuffix(n, ".tsv"), Gold: g, Stories: stories, RulesTuned: isTuned[n]})
		delete(isTuned, n)
	}
	for n := range isTuned {
		return nil, fmt.Errorf("--tuned %s: not among the sets", n)
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("no gold files given")
	}
	return sets, nil
}

package main

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/ingest"
)

const evalDatesUsage = `Usage:
  newsgraph eval dates --input FILE.jsonl [--n N] [--sample K] [--seed S] [--all]

Runs the extractor over the first N documents of a JSONL file whose lines carry
a published date (Reuters-21578 does) and prints each dated event with its
date, precision, the publication day and weekday and its evidence sentences,
for judging by hand whether the date is the one the text says. No gold labels
are involved: the labelled VOA sets are small, and this reads dates on news
the extractor was never tuned on. --sample K prints K events drawn at random
(by a seeded hash of each event's key, document|type|trigger|first sentence,
so that an event found by two extractor versions is drawn by both and its
judgement carries over). --all also prints events with no date.
`

// runEvalDates prints extracted event dates of real news for judging by hand.
func runEvalDates(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval dates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, evalDatesUsage) }
	input := fs.String("input", "", "JSONL documents with published dates")
	n := fs.Int("n", 2000, "documents to read from the start of the input")
	k := fs.Int("sample", 0, "print this many dated events drawn at random (0: all)")
	seed := fs.Uint64("seed", 1, "seed of the random draw")
	all := fs.Bool("all", false, "also print events without a date")
	context := fs.Bool("context", false, "also print the sentences around the first evidence sentence")
	if err := fs.Parse(args); err != nil {
		_, err = flagError(fs, err) // nil after -h
		return err
	}
	if *input == "" {
		fmt.Fprint(stderr, evalDatesUsage)
		return usageErr("eval dates: --input FILE is required")
	}
	p, err := pipeline.New()
	if err != nil {
		return fmt.Errorf("eval dates: %w", err)
	}
	type row struct {
		text  string
		dated bool
		h     uint64
	}
	var rows []row
	docs, dated, undated, failed := 0, 0, 0, 0
	for it := range ingest.Read(ctx, []string{*input}, ingest.ReadOptions{}) {
		if docs >= *n {
			break
		}
		if it.Err != nil {
			// A bad line is reported and skipped, as ingest does: the rest of
			// the file is still worth judging.
			failed++
			fmt.Fprintf(stderr, "eval dates: %v (skipped)\n", it.Err)
			continue
		}
		docs++
		a, err := p.Analyze(ctx, it.Doc)
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("eval dates: %w", ctx.Err())
			}
			failed++
			fmt.Fprintf(stderr, "eval dates: %s: %v (skipped)\n", it.Doc.ID, err)
			continue
		}
		pub := it.Doc.Published
		runes := []rune(it.Doc.Text)
		if t, err := time.Parse("2006-01-02", pub); err == nil {
			pub += " " + t.Weekday().String()[:3]
		}
		for _, ev := range a.Events {
			if ev.Date == "" {
				undated++
				if !*all {
					continue
				}
			} else {
				dated++
			}
			var b strings.Builder
			first := -1
			if len(ev.Evidence) > 0 {
				first = ev.Evidence[0].Sentence
			}
			key := fmt.Sprintf("%s|%s|%s|s%d", it.Doc.ID, ev.Type, strings.Join(strings.Fields(ev.Trigger), " "), first)
			h := fnv.New64a()
			fmt.Fprintf(h, "%d|%s", *seed, key)
			fmt.Fprintf(&b, "%s\tdate %s (%s)\tpublished %s\n", key, orDash(ev.Date), orDash(ev.DatePrecision), orDash(pub))
			sent := func(i int) string {
				if i < 0 || i >= len(a.Sentences) || a.Sentences[i].End > len(runes) || a.Sentences[i].Start > a.Sentences[i].End {
					return ""
				}
				return strings.Join(strings.Fields(string(runes[a.Sentences[i].Start:a.Sentences[i].End])), " ")
			}
			if *context && first > 0 {
				fmt.Fprintf(&b, "  ..s%d: %s\n", first-1, sent(first-1))
			}
			for _, e := range ev.Evidence {
				fmt.Fprintf(&b, "    s%d: %s\n", e.Sentence, strings.Join(strings.Fields(e.Text), " "))
			}
			if *context && first >= 0 && first+1 < len(a.Sentences) && (len(ev.Evidence) < 2 || ev.Evidence[1].Sentence != first+1) {
				fmt.Fprintf(&b, "  ..s%d: %s\n", first+1, sent(first+1))
			}
			rows = append(rows, row{b.String(), ev.Date != "", h.Sum64()})
		}
	}
	fmt.Fprintf(stdout, "%d documents, %d dated events, %d undated, %d inputs skipped\n", docs, dated, undated, failed)
	if *k > 0 {
		// The draw takes the dated events whose keys hash lowest: an event
		// keeps its place in the draw whatever else another extractor
		// version finds, so judgements of a first run carry over.
		var pick []row
		for _, r := range rows {
			if r.dated {
				pick = append(pick, r)
			}
		}
		sort.Slice(pick, func(i, j int) bool { return pick[i].h < pick[j].h })
		rows = pick[:min(*k, len(pick))]
	}
	for _, r := range rows {
		fmt.Fprint(stdout, r.text)
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/sample"
)

const evalEventsUsage = `Usage:
  newsgraph eval events --gold FILE [--split NAME|all] [--errors] [--guards] [--event-model FILE]
  newsgraph eval events --gold FILE --second FILE2 [--split NAME|all] [--errors]
  newsgraph eval events --wikievents FILE [--final] [--errors] [--event-model FILE]
  newsgraph eval events --cv [--dir testdata/events] [--sets voa_gold.tsv,...] [--tuned voa_gold.tsv,...]

--gold scores the extracted events of the bundled VOA stories against a hand-labelled
file (testdata/events/voa_gold.tsv; several files, comma-separated, are pooled into one
score, e.g. --gold testdata/events/voa_dev20.tsv,testdata/events/voa_dev21.tsv): an event is right when its type matches, it shares
a sentence with the gold event and its named participants are the gold ones. Prints
P/R/F1 per type and overall, date accuracy, places and roles. --split NAME scores only
the documents a file marks split=NAME (voa_gold.tsv: dev, heldout, fresh, final, dev2;
the other files one split each, named after the file: blind2, blind3, blind4, dev4, dev5,
blind5, dev6, blind6, blind7, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15,
dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27,
dev28, dev29, dev30, dev31, dev32, dev33, dev34, dev35, dev36, dev37, dev38, dev39,
dev40, dev41, dev42, dev43, dev44, dev45, dev46, dev47, dev48, dev49, dev50, dev51, dev52, dev53, dev54, dev55, dev56, dev57, dev58, dev59, dev60, dev61, dev62, dev63, dev64, dev65, dev66, dev67, dev68, dev69); all, the default,
scores every document in the file. Stories are looked up among the bundled ones
(voa-0001..0350) and then in voa_extra.jsonl beside FILE (voa-0351..2990, written by go
generate ./sample; not in the demo).
--guards also scores the events the extractor's guards dropped or folded into another
event, as each stood when removed, against the gold events no kept event matched, and
prints per guard how many would have been right ("lost") and how many not ("removed");
with --errors it lists each (LOST or REMOVED).
--second FILE2 scores a second labeller's labels of the same stories (as in
testdata/events/agreement/) in place of the extractor, by the same rule: labeller
agreement, the ceiling for any extractor measured against FILE. Its optional
participants are left out.

--wikievents scores triggers on WikiEvents (KAIROS ontology) over the types both
share (mapping in testdata/events/README.md): a trigger is right when its span overlaps
a gold trigger of the mapped type. By default every typed trigger counts, before
participants are read (WikiEvents also marks events with no named participant);
--final scores only the triggers of the events the extractor keeps.

--cv measures the learned event reader honestly: for each development gold file
(the TUNE group: voa_gold, voa_blind2, voa_dev4..dev61 in --dir) a model trained on
the others reads its stories; prints per held-out set and pooled tp/fp/fn, P, R
and tp-fp with the rules alone, with the filter, with the fill and re-read and with every
part the model switched on, which parts each fold's model switched on, and each part's
held-out curve. --sets names other gold files of --dir to use. --tuned marks sets the hand rules were tuned on, as for
` + "`newsgraph train events`" + ` (by default voa_gold, voa_blind2, voa_dev4, voa_dev5;
starred): the table then also pools the other sets and the marked ones.
--event-model FILE reads events with a model written by
` + "`newsgraph train events --out FILE`" + ` instead of the embedded one.
`

type evalEventsOpts struct {
	gold, wikievents, split string
	second                  string
	final, errors, cv       bool
	guards                  bool
	dir, model, tuned, sets string
}

func runEvalEvents(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, evalEventsUsage) }
	var o evalEventsOpts
	fs.StringVar(&o.gold, "gold", "", "hand-labelled gold events over the bundled VOA stories")
	fs.StringVar(&o.wikievents, "wikievents", "", "WikiEvents JSONL file (dev.jsonl)")
	fs.StringVar(&o.split, "split", "all", "with --gold: the split=NAME of the documents to score (dev, heldout, dev5, ...) or all")
	fs.StringVar(&o.second, "second", "", "with --gold: score a second labeller's file of the same stories in place of the extractor (labeller agreement)")
	fs.BoolVar(&o.final, "final", false, "with --wikievents: score kept events only")
	fs.BoolVar(&o.errors, "errors", false, "list every false positive and false negative")
	fs.BoolVar(&o.guards, "guards", false, "with --gold: count, per guard, the dropped or folded events that would have matched a gold event")
	fs.BoolVar(&o.cv, "cv", false, "leave-one-set-out evaluation of the learned participant reader over the development sets")
	fs.StringVar(&o.model, "event-model", "", "read event participants with this model file (newsgraph train events) instead of the embedded one")
	fs.StringVar(&o.dir, "dir", filepath.Join("testdata", "events"), "with --cv: folder of the gold files")
	fs.StringVar(&o.sets, "sets", strings.Join(pipeline.DevEventSets(), ","), "with --cv: comma-separated gold files in --dir")
	fs.StringVar(&o.tuned, "tuned", strings.Join(pipeline.RulesTunedEventSets(), ","), "with --cv: comma-separated gold files the hand rules were tuned on (they train; their held-out scores do not choose margins)")
	if err := fs.Parse(args); err != nil {
		_, err = flagError(fs, err) // nil after -h
		return err
	}
	if o.cv {
		sets, err := loadEventSets(o.dir, strings.Split(o.sets, ","), strings.Split(o.tuned, ","))
		if err != nil {
			return fmt.Errorf("eval events: %w", err)
		}
		p, err := pipeline.New()
		if err != nil {
			return fmt.Errorf("eval events: %w", err)
		}
		_, _, err = p.EventCV(ctx, sets, stdout)
		return err
	}
	if (o.gold == "") == (o.wikievents == "") {
		fmt.Fprint(stderr, evalEventsUsage)
		return usageErr("eval events: give one of --gold FILE or --wikievents FILE")
	}
	if o.gold != "" && strings.Trim(o.gold, ", ") == "" {
		fmt.Fprint(stderr, evalEventsUsage)
		return usageErr("eval events: --gold names no file")
	}
	if o.second != "" && (o.gold == "" || o.guards) {
		fmt.Fprint(stderr, evalEventsUsage)
		return usageErr("eval events: --second compares with --gold FILE, without --guards")
	}
	if o.guards && o.gold == "" {
		// the audit scores removed events against gold participants, which WikiEvents' triggers do not give
		fmt.Fprint(stderr, evalEventsUsage)
		return usageErr("eval events: --guards scores against --gold FILE only")
	}
	p, err := pipeline.New()
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	if o.model != "" {
		data, err := os.ReadFile(o.model)
		if err != nil {
			return fmt.Errorf("eval events: %w", err)
		}
		if p, err = p.WithEventModel(data); err != nil {
			return fmt.Errorf("eval events: %s: %w", o.model, err)
		}
	}
	if o.gold != "" {
		return evalGoldEvents(ctx, p, o, stdout)
	}
	return evalWikiEvents(ctx, p, o, stdout)
}

// readSecondLabels reads a second labeller's gold file, by document id. A
// document it does not label counts as labelled with no events.
func readSecondLabels(path string) (map[string]pipeline.GoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := pipeline.ReadEventGold(f, path)
	if err != nil {
		return nil, err
	}
	m := map[string]pipeline.GoldDoc{}
	for _, d := range g.Docs {
		m[d.ID] = d
	}
	return m, nil
}

// evalGoldEvents scores the extractor (or a second labeller) against one
// gold file or several, comma-separated, pooled into one score: a group of
// held-out sets is then one command, not a sum done by hand.
func evalGoldEvents(ctx context.Context, p *pipeline.Pipeline, o evalEventsOpts, stdout io.Writer) error {
	var second map[string]pipeline.GoldDoc
	if o.second != "" {
		var err error
		if second, err = readSecondLabels(o.second); err != nil {
			return fmt.Errorf("eval events: %w", err)
		}
	}
	s := pipeline.NewEventScore()
	n := 0
	var published []string
	for _, path := range strings.Split(o.gold, ",") {
		if path = strings.TrimSpace(path); path == "" {
			continue
		}
		pub, m, err := scoreGoldFile(ctx, p, o, path, second, s)
		if err != nil {
			return err
		}
		if !slices.Contains(published, pub) {
			published = append(published, pub)
		}
		n += m
	}
	fmt.Fprintf(stdout, "%d documents (split %s), published read as %s\n", n, o.split, strings.Join(published, ", "))
	return reportGoldScore(s, o, stdout)
}

// scoreGoldFile adds the documents of one gold file to s and returns the
// date the file reads them as published on and how many it scored.
func scoreGoldFile(ctx context.Context, p *pipeline.Pipeline, o evalEventsOpts, path string, second map[string]pipeline.GoldDoc, s *pipeline.EventScore) (string, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, fmt.Errorf("eval events: %w", err)
	}
	defer f.Close()
	g, err := pipeline.ReadEventGold(f, path)
	if err != nil {
		return "", 0, fmt.Errorf("eval events: %w", err)
	}
	byID, err := goldStories(path)
	if err != nil {
		return "", 0, fmt.Errorf("eval events: %w", err)
	}
	n := 0
	for _, gd := range g.Docs {
		if o.split != "all" && gd.Split != o.split {
			continue
		}
		d, ok := byID[gd.ID]
		if !ok {
			return "", 0, fmt.Errorf("eval events: %s: no sample document %q (bundled or in %s)", path, gd.ID, filepath.Join(filepath.Dir(path), extraStories))
		}
		d.Published = g.Published
		var a *extract.Analysis
		var drops []pipeline.GuardDrop
		if second != nil {
			// the second labeller's events stand in for the extractor's
			if a, err = pipeline.AnalysisOfGold(second[gd.ID], d.Text); err != nil {
				return "", 0, fmt.Errorf("eval events: %s: %w", o.second, err)
			}
			s.Score(gd, d.Text, a)
			n++
			continue
		}
		if o.guards {
			a, drops, err = p.AnalyzeGuards(ctx, d)
		} else {
			a, err = p.Analyze(ctx, d)
		}
		if err != nil {
			return "", 0, err
		}
		if o.guards {
			s.ScoreGuards(gd, d.Text, a, drops)
		} else if o.errors {
			// why each miss was missed: the triggers the scan found, with their participants
			reads, err := p.TriggerReads(ctx, d)
			if err != nil {
				return "", 0, err
			}
			s.ScoreReads(gd, d.Text, a, reads)
		} else {
			s.Score(gd, d.Text, a)
		}
		n++
	}
	return g.Published, n, nil
}

// reportGoldScore prints the pooled score, with the guard audit and the
// error lines when asked for.
func reportGoldScore(s *pipeline.EventScore, o evalEventsOpts, stdout io.Writer) error {
	s.Report(stdout)
	if o.guards {
		s.ReportGuards(stdout)
		if o.errors {
			for _, l := range s.GuardLines {
				fmt.Fprintln(stdout, l)
			}
		}
	}
	if o.errors {
		var whys []string
		for w := range s.Misses {
			whys = append(whys, w)
		}
		sort.Strings(whys)
		for _, w := range whys {
			fmt.Fprintf(stdout, "misses: %4d %s\n", s.Misses[w], w)
		}
		for _, e := range s.Errors {
			fmt.Fprintln(stdout, e)
		}
	}
	return nil
}

// extraStories is the file, beside the gold files, of the public-domain VOA stories
// that follow the bundled ones (sample/gen writes both): labelled for evaluation,
// kept out of the demo and the binary.
const extraStories = "voa_extra.jsonl"

// goldStories returns the stories a gold file may label, by id: the bundled sample
// and, when the gold file's folder has one, its voa_extra.jsonl.
func goldStories(goldPath string) (map[string]extract.Document, error) {
	docs, err := sample.Documents()
	if err != nil {
		return nil, err
	}
	byID := map[string]extract.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	path := filepath.Join(filepath.Dir(goldPath), extraStories)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return byID, nil // a gold file copied elsewhere may label bundled stories only
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for line := 1; sc.Scan(); line++ {
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if d.ID == "" || strings.TrimSpace(d.Text) == "" {
			return nil, fmt.Errorf("%s:%d: story without id or text", path, line)
		}
		if _, dup := byID[d.ID]; dup {
			return nil, fmt.Errorf("%s:%d: story %s is also bundled", path, line, d.ID)
		}
		byID[d.ID] = d
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return byID, nil
}

// kairosType maps a WikiEvents (KAIROS) event type to our inventory type, or "".
// Types with no counterpart in the inventory are not scored.
func kairosType(t string) string {
	parts := strings.Split(t, ".")
	if len(parts) < 2 {
		return ""
	}
	head := parts[0] + "." + parts[1]
	switch head {
	case "Conflict.Attack":
		return "ATTACK"
	case "Conflict.Demonstrate":
		return "PROTEST"
	case "Contact.ThreatenCoerce":
		return "THREATEN"
	case "Contact.RequestCommand":
		return "APPEAL"
	case "Justice.ArrestJailDetain":
		return "ARREST"
	case "Justice.TrialHearing", "Justice.ChargeIndict", "Justice.Convict":
		return "TRIAL"
	case "Justice.Sentence":
		return "SENTENCE"
	case "Life.Die":
		return "DEATH"
	case "Life.Injure":
		return "INJURY"
	case "Movement.Transportation":
		return "VISIT"
	case "Personnel.EndPosition":
		return "RESIGNATION"
	case "Contact.Contact":
		if len(parts) > 2 && parts[2] == "Meet" {
			return "MEET"
		}
	}
	return ""
}

// ourKairosType maps our trigger to the type a KAIROS annotator gives the same
// word: a verb of killing or wounding is a Die or Injure trigger there (the
// attack is a separate, often unmentioned, event), and DEMAND is a RequestCommand.
func ourKairosType(t pipeline.Trigger) string {
	typ := t.Type
	if !t.Nominal && (t.Secondary != "" || t.Lemma == "kill" || strings.HasPrefix(strings.ToLower(t.Text), "kill")) {
		// a verb of killing or wounding; the nouns ("murder", "assassination")
		// stay attacks, as KAIROS marks them
		typ = t.Secondary
		if typ == "" {
			typ = "DEATH"
		}
	}
	if typ == "DEMAND" {
		typ = "APPEAL"
	}
	return typ
}

type wikiDoc struct {
	DocID     string `json:"doc_id"`
	Sentences [][]json.RawMessage
	Events    []struct {
		Type    string `json:"event_type"`
		Trigger struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Sent  int    `json:"sent_idx"`
		} `json:"trigger"`
	} `json:"event_mentions"`
}

type span struct {
	typ, text  string
	start, end int
}

func evalWikiEvents(ctx context.Context, p *pipeline.Pipeline, o evalEventsOpts, stdout io.Writer) error {
	f, err := os.Open(o.wikievents)
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	counts := map[string]*pipeline.Counts{}
	get := func(t string) *pipeline.Counts {
		if counts[t] == nil {
			counts[t] = &pipeline.Counts{}
		}
		return counts[t]
	}
	var errs []string
	ndocs := 0
	for ln := 1; sc.Scan(); ln++ {
		var wd wikiDoc
		if err := json.Unmarshal(sc.Bytes(), &wd); err != nil {
			return fmt.Errorf("eval events: %s:%d: %w", o.wikievents, ln, err)
		}
		text, gold, err := wikiText(wd)
		if err != nil {
			return fmt.Errorf("eval events: %s:%d: %w", o.wikievents, ln, err)
		}
		ndocs++
		doc := extract.Document{ID: wd.DocID, Text: text}
		var pred []span
		if o.final {
			a, err := p.Analyze(ctx, doc)
			if err != nil {
				return err
			}
			ts, err := p.Triggers(ctx, doc)
			if err != nil {
				return err
			}
			for _, ev := range a.Events {
				// an event's trigger: the typed trigger whose text it carries, inside its evidence
				for _, t := range ts {
					if t.Text == ev.Trigger && t.Type == ev.Type && inEvidence(ev, t.Start) {
						pred = append(pred, span{typ: ourKairosType(t), text: t.Text, start: t.Start, end: t.End})
					}
				}
			}
		} else {
			ts, err := p.Triggers(ctx, doc)
			if err != nil {
				return err
			}
			for _, t := range ts {
				pred = append(pred, span{typ: ourKairosType(t), text: t.Text, start: t.Start, end: t.End})
			}
		}
		shared := map[string]bool{}
		for _, g := range gold {
			shared[g.typ] = true
		}
		used := make([]bool, len(gold))
		for _, pr := range pred {
			if !isScoredType(pr.typ) {
				continue
			}
			hit := false
			for gi, g := range gold {
				if !used[gi] && g.typ == pr.typ && pr.start < g.end && g.start < pr.end {
					used[gi], hit = true, true
					break
				}
			}
			if hit {
				get(pr.typ).TP++
				continue
			}
			get(pr.typ).FP++
			errs = append(errs, fmt.Sprintf("%s FP %s %q", wd.DocID, pr.typ, pr.text))
		}
		for gi, g := range gold {
			if !used[gi] {
				get(g.typ).FN++
				errs = append(errs, fmt.Sprintf("%s FN %s %q", wd.DocID, g.typ, g.text))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval events: %s: %w", o.wikievents, err)
	}
	var types []string
	var all pipeline.Counts
	for t, c := range counts {
		types = append(types, t)
		all.TP += c.TP
		all.FP += c.FP
		all.FN += c.FN
	}
	sort.Strings(types)
	mode := "all typed triggers"
	if o.final {
		mode = "triggers of kept events"
	}
	fmt.Fprintf(stdout, "WikiEvents %d documents, %s, shared types\n", ndocs, mode)
	fmt.Fprintf(stdout, "%-12s %5s %5s %5s %7s %7s %7s\n", "type", "tp", "fp", "fn", "P", "R", "F1")
	for _, t := range append(types, "ALL") {
		c := all
		if t != "ALL" {
			c = *counts[t]
		}
		fmt.Fprintf(stdout, "%-12s %5d %5d %5d %7.3f %7.3f %7.3f\n", t, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	if o.errors {
		for _, e := range errs {
			fmt.Fprintln(stdout, e)
		}
	}
	return nil
}

// isScoredType: our types that have a KAIROS counterpart in kairosType.
func isScoredType(t string) bool {
	switch t {
	case "ATTACK", "PROTEST", "THREATEN", "APPEAL", "ARREST", "TRIAL", "SENTENCE", "DEATH", "INJURY",
		"VISIT", "RESIGNATION", "MEET":
		return true
	}
	return false
}

func inEvidence(ev extract.Event, off int) bool {
	for _, x := range ev.Evidence {
		if off >= x.Start && off < x.End {
			return true
		}
	}
	return false
}

// wikiText rebuilds a WikiEvents document as one sentence per line (its own
// text glues headlines to the body) and returns the gold triggers of shared
// types with code-point offsets into that text.
func wikiText(wd wikiDoc) (string, []span, error) {
	var b strings.Builder
	type tok struct{ start, end int }
	sentToks := make([][]tok, len(wd.Sentences))
	pos := 0
	for si, raw := range wd.Sentences {
		if len(raw) < 2 {
			return "", nil, fmt.Errorf("sentence %d: want [tokens, text]", si)
		}
		var toks [][]json.RawMessage
		if err := json.Unmarshal(raw[0], &toks); err != nil {
			return "", nil, fmt.Errorf("sentence %d tokens: %w", si, err)
		}
		var stext string
		if err := json.Unmarshal(raw[1], &stext); err != nil {
			return "", nil, fmt.Errorf("sentence %d text: %w", si, err)
		}
		base := -1
		for _, t := range toks {
			var s, e int
			if len(t) < 3 || json.Unmarshal(t[1], &s) != nil || json.Unmarshal(t[2], &e) != nil {
				return "", nil, fmt.Errorf("sentence %d: bad token", si)
			}
			if base < 0 {
				base = s
			}
			sentToks[si] = append(sentToks[si], tok{pos + s - base, pos + e - base})
		}
		if si > 0 {
			b.WriteString("\n\n")
			pos += 2
			for i := range sentToks[si] {
				sentToks[si][i].start += 2
				sentToks[si][i].end += 2
			}
		}
		b.WriteString(stext)
		pos += len([]rune(stext))
	}
	var gold []span
	for _, ev := range wd.Events {
		typ := kairosType(ev.Type)
		if typ == "" {
			continue
		}
		// trigger token offsets are document-wide; find them within the sentence
		si := ev.Trigger.Sent
		if si < 0 || si >= len(sentToks) {
			return "", nil, fmt.Errorf("event %q: sentence %d out of range", ev.Trigger.Text, si)
		}
		first := 0
		for k := range si {
			first += len(sentToks[k])
		}
		a, z := ev.Trigger.Start-first, ev.Trigger.End-first-1
		if a < 0 || z >= len(sentToks[si]) || z < a {
			return "", nil, fmt.Errorf("event %q: tokens %d-%d outside sentence %d", ev.Trigger.Text, ev.Trigger.Start, ev.Trigger.End, si)
		}
		gold = append(gold, span{typ: typ, text: ev.Trigger.Text, start: sentToks[si][a].start, end: sentToks[si][z].end})
	}
	return b.String(), gold, nil
}

package pipeline

// Telling apart, for a missed gold event, a trigger the rules never found
// from one they found and then dropped: the two call for different work
// (trigger words against participant reading), and the plain scorer sees
// neither.

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// TriggerRead is one trigger the scan found, with what the participant
// rules read for it before any of the later guards ran.
type TriggerRead struct {
	Type      string
	Trigger   string
	Sentence  int
	CharStart int // code-point start of its sentence, for placing it in a paragraph
	Parts     int // participants read (rules, parse and learned model)
	Unreal    bool
}

// TriggerReads returns every trigger the scan finds in d with the
// participants read for it, as findEvents reads them before its guards.
func (p *Pipeline) TriggerReads(ctx context.Context, d extract.Document) (out []TriggerRead, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("trigger reads %s: internal error: %v", docName(d), r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !utf8.ValidString(d.Text) {
		return nil, fmt.Errorf("trigger reads %s: text is not valid UTF-8", docName(d))
	}
	dd := p.readNames(d)
	defer p.release(dd)
	for si, s := range dd.sents {
		var evs []*event
		for _, tr := range p.scanTriggers(dd, si) {
			ev := p.readTrigger(dd, tr, si)
			evs = append(evs, ev)
		}
		for _, ev := range evs {
			p.learnedParts(dd, ev, evs, s.Start, s.End)
		}
		p.partlessParts(dd, evs, nil, s.Start, s.End)
		for _, ev := range evs {
			out = append(out, TriggerRead{Type: ev.typ, Trigger: ev.trigger, Sentence: si, CharStart: s.CharStart, Parts: len(ev.parts), Unreal: ev.unreal})
		}
	}
	return out, nil
}

// Miss classes of a gold event no extracted event matched.
const (
	MissNoTrigger  = "no trigger of the type in its sentences"
	MissOtherParts = "found with other participants"
	MissNoPart     = "trigger found, dropped: no participant read"
	MissUnreal     = "trigger found, dropped: read as unreal (denied, possible, asked for)"
	MissGuard      = "trigger found with participants, dropped by a later guard or folded into another event"
)

// ScoreReads is Score, also told the triggers the scan found in the
// document (TriggerReads), so that each miss says why it was missed.
func (s *EventScore) ScoreReads(g GoldDoc, text string, a *extract.Analysis, reads []TriggerRead) {
	s.reads, s.readStarts = reads, paragraphs(text)
	s.score(g, text, a)
	s.reads, s.readStarts = nil, nil
}

// missWhy classifies a gold event that no extracted event of its type
// shares a sentence with, from the trigger reads of its sentences.
func (s *EventScore) missWhy(ge GoldEvent) string {
	why := MissNoTrigger
	for _, r := range s.reads {
		if r.Type != ge.Type {
			continue
		}
		para := paraOf(s.readStarts, r.CharStart)
		in := false
		for _, si := range ge.Sentences {
			in = in || si == para
		}
		if !in {
			continue
		}
		// the most telling read wins: participants read and still dropped
		// says more than a bare trigger beside it
		switch {
		case r.Parts > 0 && !r.Unreal:
			return MissGuard
		case r.Unreal:
			why = MissUnreal
		case why == MissNoTrigger:
			why = MissNoPart
		}
	}
	return why
}

func (s *EventScore) countMiss(why string) {
	if s.Misses == nil {
		s.Misses = map[string]int{}
	}
	s.Misses[why]++
}

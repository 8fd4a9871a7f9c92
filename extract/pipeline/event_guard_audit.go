package pipeline

// Seeing what each guard costs.
//
// findEvents reads a trigger's participants and then lets a chain of
// guards drop it (read as unreal, a crackdown, a sports win, no second
// party...) or fold it into another event (the bare noun beside the same
// event told with its sides, a death beside the attack that caused it, a
// later report of an earlier event). Every guard was added to remove
// false events from the stories of its day; on news it was not written
// from, it may remove right ones. The audit names each drop and fold,
// keeps the event as it stood when it was removed, and scores it against
// the gold events nothing kept matched: one that would have matched is a
// right event the guard lost, one that would not is a false event it
// removed (or a second report of one kept). Without the audit (guardLog
// nil) nothing is recorded and the output is the same.

import (
	"context"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// Reasons an event is dropped or folded away: the names the audit reports.
const (
	guardUnrealArgs      = "unreal:args"        // readArgs: a modal, negated or conditional subject and the like
	guardUnrealWished    = "unreal:wished"      // "planning attacks", "an expected offensive"
	guardUnrealCond      = "unreal:conditional" // "if he can not continue, he will resign"
	guardUnrealAim       = "unreal:aim-of"      // "a policy of destroying Israel"
	guardUnrealFutureAsk = "unreal:future-ask"  // "he will also ask for aid"
	guardUnrealNoSubj    = "unreal:no-subject"  // "no prisoners have been killed"
	guardUnrealDenied    = "unreal:denied-report"
	guardUnrealHabit     = "unreal:habitual"
	guardUnrealStance    = "unreal:stance-object"  // "bars demonstrations at Olympic venues"
	guardUnrealGoal      = "unreal:goal-clause"    // "talks aimed at disarming North Korea"
	guardUnrealAttrib    = "unreal:attributive"    // "frozen assets"
	guardUnrealStopped   = "unreal:stopped"        // "to stop firing rockets"
	guardUnrealAsked     = "unreal:asked"          // "demanding the group disarm"
	guardUnrealProspect  = "unreal:prospective"    // "is expected to ask", "ready to hold talks"
	guardUnrealGeneric   = "unreal:generic"        // "clash regularly", "bombings in recent years"
	guardUnrealCharged   = "unreal:charged"        // "accused of kidnapping children"
	guardUnrealDeferred  = "unreal:deferred"       // "postponed reconciliation talks"
	guardSeveral         = "several-events"        // "killed in two separate ambushes"
	guardCrackdown       = "crackdown"             // "while putting down demonstrations"
	guardDisaster        = "by-disaster"           // "devastated by an earthquake"
	guardSports          = "sports-win"            // "Haas beat Muller in straight sets"
	guardAccident        = "accident"              // "the Boeing hit the mountain"
	guardOtherSense      = "attack:other-sense"    // "viruses plunder address books"
	guardCriticism       = "criticism"             // "attacked the agreement"
	guardFoldBare        = "fold:bare-noun"        // a bare noun beside the event told with its sides
	guardFoldCovered     = "fold:death-of-attack"  // a death whose dead are the attack's targets
	guardFoldShotDead    = "fold:shot-dead"        // "shot dead a militant"
	guardFoldInAttack    = "fold:hurt-in-attack"   // "wounded in an ambush"
	guardFoldNounVerb    = "fold:noun-of-verb"     // "an airstrike has killed": one attack told twice
	guardMergeVote       = "merge:vote"            // sharedVote
	guardMergeTalks      = "merge:meeting-talks"   // "the talks" of a meeting told just before
	guardMergeAnaphor    = "merge:definite"        // "the attack" with only its doers
	guardMergePartless   = "merge:partless"        // a report naming no one joins the latest of its type
	guardPartlessVerb    = "drop:partless-verb"    // a verb naming no one and joining nothing
	guardMergeSame       = "merge:same-event"      // shares participants with an earlier report
	guardMergeLater      = "merge:named-later"     // namedLater
	guardMergeDiscourse  = "merge:discourse"       // given its sides by the story, a report of an event kept
	guardViableNone      = "viable:no-participant" // (after merging)
	guardViableOneSide   = "viable:one-sided"      // a meeting, call or pact with one party
	guardViableVisit     = "viable:visit"          // a visit without visitor or place
	guardViableTarget    = "viable:no-target"      // an appeal, demand or threat aimed at no one
	guardViableStruggle  = "viable:struggle"       // "fought extradition"
	guardViableNoAgent   = "viable:no-agent"       // a show of force, threat or demand no one makes
	guardAppointsBody    = "appoints-body"         // "named Drexel sole underwriter"
	guardLearnedFilter   = "learned-filter"
	// steps that take participants away (the event stays: the audit keeps it as it was)
	guardPartsOwnSide  = "parts:own-side"     // "A U.S. judge has agreed": the judge's country is his side
	guardPartsNoKiller = "parts:death-agent"  // a death or injury has no agent
	guardPartsSides    = "parts:same-sides"   // sameSides
	guardPartsPlaces   = "parts:finer-places" // finerPlaces
)

// guardDrop is one event a guard removed, as it stood then.
type guardDrop struct {
	why string
	ev  *event
}

// guarded records that why removed ev (a copy: folding goes on changing
// the events it keeps).
func (d *doc) guarded(why string, ev *event) {
	if d.guardLog == nil {
		return
	}
	*d.guardLog = append(*d.guardLog, guardDrop{why: why, ev: d.snapshot(ev)})
}

// snapshot is a copy of ev for the audit to record later (nil without the audit).
func (d *doc) snapshot(ev *event) *event {
	if d.guardLog == nil {
		return nil
	}
	c := *ev
	c.parts = append([]part(nil), ev.parts...)
	c.sentences = append([]int(nil), ev.sentences...)
	return &c
}

// guardedInto records before, the event another was folded into as it
// stood before the fold, when the fold gave it participants: alone it
// might have matched a gold event its new participants spoil.
func (d *doc) guardedInto(why string, before, after *event) {
	if before != nil && len(before.parts) != len(after.parts) {
		*d.guardLog = append(*d.guardLog, guardDrop{why: why + guardIntoSuffix, ev: before})
	}
}

// snapshots copies every event of d for guardedParts (nil without the audit).
func (d *doc) snapshots() []*event {
	if d.guardLog == nil {
		return nil
	}
	pre := make([]*event, len(d.events))
	for i, ev := range d.events {
		pre[i] = d.snapshot(ev)
	}
	return pre
}

// guardedParts records, of the events snapshots copied in pre, those a
// step that drops participants has since changed, as they stood before.
func (d *doc) guardedParts(why string, pre []*event) {
	for i, b := range pre {
		if i < len(d.events) && len(b.parts) != len(d.events[i].parts) && !d.events[i].dropped {
			*d.guardLog = append(*d.guardLog, guardDrop{why: why, ev: b})
		}
	}
}

// guardIntoSuffix marks the audit's records of the events folded into.
const guardIntoSuffix = "(into)"

// unrealArgsWhy names which of readArgs's tests read ev as unreal, asking
// them again in readArgs's order (audit only); a modal or negated subject
// read with the participants is what is left.
func (p *Pipeline) unrealArgsWhy(d *doc, ev *event) string {
	s := d.sents[ev.sentence]
	ss, se, t0 := s.Start, s.End, ev.trigStart
	switch {
	case ev.nominal && (p.wishedNoun(d, t0, ss) || expectedNoun(d, t0, ss)):
		return guardUnrealWished
	case conditional(d, t0, ss, se):
		return guardUnrealCond
	case t0-2 >= ss && d.lower[t0-1] == "of" && len(d.lower[t0]) > 3 && d.lower[t0][len(d.lower[t0])-3:] == "ing" && aimNouns[d.lower[t0-2]]:
		return guardUnrealAim
	case !ev.nominal && (ev.typ == "APPEAL" || ev.typ == "DEMAND") && futureAux(d, t0, ss):
		return guardUnrealFutureAsk
	case !ev.nominal && noSubject(d, t0, ss):
		return guardUnrealNoSubj
	case deniedReport(d, t0, ss):
		return guardUnrealDenied
	case habitual(d, t0, ss, se):
		return guardUnrealHabit
	}
	return p.unrealArgsCue(d, ev)
}

// viableWhy names the clause of viable that ev fails ("" when it passes).
func viableWhy(ev *event) string {
	switch {
	case len(ev.parts) == 0:
		return guardViableNone
	case symmetric[ev.typ] && len(ev.parts) < 2 && !((ev.typ == "NEGOTIATE" || ev.typ == "AGREEMENT" && (ev.nominal || ev.consent)) && ev.counterpart) && !ev.collective && !ev.attended && !ev.soleBody:
		return guardViableOneSide
	case ev.typ == "VISIT" && !(hasRole(ev, agent) && (hasRole(ev, patient) || ev.placeVisited)):
		return guardViableVisit
	case (ev.typ == "APPEAL" || ev.typ == "DEMAND" || ev.typ == "THREATEN") && !hasRole(ev, patient) && !ev.counterpart:
		return guardViableTarget
	case ev.typ == "ATTACK" && ev.struggle && !hasRole(ev, patient) && !ev.foughtPeople:
		return guardViableStruggle
	case (ev.typ == "MILITARY_POSTURE" || ev.typ == "THREATEN" && !(ev.captorsMade && hasRole(ev, patient)) || ev.typ == "DEMAND") && !hasRole(ev, agent) && !ev.askedOnly:
		return guardViableNoAgent
	}
	return ""
}

// GuardDrop is an event a guard of the extractor removed or folded into
// another, exported as it stood then, with the guard's name.
type GuardDrop struct {
	Reason string
	Event  extract.Event
}

// AnalyzeGuards is Analyze, also returning every event a guard removed.
func (p *Pipeline) AnalyzeGuards(ctx context.Context, src extract.Document) (a *extract.Analysis, drops []GuardDrop, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, drops, err = nil, nil, fmt.Errorf("extract %s: internal error: %v", docName(src), r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if !utf8.ValidString(src.Text) {
		return nil, nil, fmt.Errorf("extract %s: text is not valid UTF-8", docName(src))
	}
	var log []guardDrop
	d := p.readNames(src)
	d.guardLog = &log
	p.classifyRelations(d)
	p.findEvents(d)
	p.resolvePronouns(d)
	p.findQuotes(d)
	a = d.analysis()
	for _, g := range log {
		drops = append(drops, GuardDrop{Reason: g.why, Event: g.ev.export(d)})
	}
	p.release(d)
	return a, drops, nil
}

// GuardCounts is what one guard removed: events that would have matched a
// gold event nothing kept matched (Lost), and events that would not (Removed).
type GuardCounts struct{ Lost, Removed int }

// ScoreGuards is Score, also scoring the events the guards removed
// (AnalyzeGuards) against the gold events no kept event matched. Each
// guard is asked alone: two guards may both have lost one gold event, but
// one guard loses it only once.
func (s *EventScore) ScoreGuards(g GoldDoc, text string, a *extract.Analysis, drops []GuardDrop) {
	goldUsed, _ := s.score(g, text, a)
	if s.Guards == nil {
		s.Guards = map[string]*GuardCounts{}
	}
	starts := paragraphs(text)
	ents := map[string]*extract.Entity{}
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
	}
	claimed := map[string]map[int]bool{}
	anyLost := map[int]bool{}
	for _, dr := range drops {
		c := s.Guards[dr.Reason]
		if c == nil {
			c = &GuardCounts{}
			s.Guards[dr.Reason] = c
		}
		if !goldType(dr.Event.Type) {
			continue
		}
		pe := predOf(dr.Event, ents, starts)
		if claimed[dr.Reason] == nil {
			claimed[dr.Reason] = map[int]bool{}
		}
		matched := -1
		for gi, ge := range g.Events {
			if goldUsed[gi] || claimed[dr.Reason][gi] || ge.Type != pe.ev.Type || !sharesSentence(ge, pe) {
				continue
			}
			if _, ok := matchParts(ge.Parts, pe.parts); ok {
				matched = gi
				break
			}
		}
		if matched < 0 {
			c.Removed++
			s.GuardLines = append(s.GuardLines, fmt.Sprintf("%s REMOVED %s %s %q %s sentences %v", g.ID, dr.Reason, pe.ev.Type, pe.ev.Trigger, partLabels(pe), keys(pe.paras)))
			continue
		}
		claimed[dr.Reason][matched] = true
		c.Lost++
		if !anyLost[matched] {
			anyLost[matched] = true
			s.GuardLostGold++
		}
		ge := g.Events[matched]
		s.GuardLines = append(s.GuardLines, fmt.Sprintf("%s LOST %s %s %q %s sentences %v (gold line %d)", g.ID, dr.Reason, ge.Type, pe.ev.Trigger, partLabels(pe), keys(pe.paras), ge.Line))
	}
}

// ReportGuards prints one line per guard: the right events it lost and the
// false ones it removed, most lost first.
func (s *EventScore) ReportGuards(w interface{ Write([]byte) (int, error) }) {
	var names []string
	for n := range s.Guards {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := s.Guards[names[i]], s.Guards[names[j]]
		if a.Lost != b.Lost {
			return a.Lost > b.Lost
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		c := s.Guards[n]
		fmt.Fprintf(w, "guard %-24s lost %4d removed %4d\n", n, c.Lost, c.Removed)
	}
	fmt.Fprintf(w, "guards: %d missed gold events would be matched by an event some guard removed\n", s.GuardLostGold)
}

package pipeline

import "slices"

// Participants the discourse supplies: an event noun told in a sentence that
// names none of its sides ("Talks on a fixed price will continue", "The next
// round of talks is scheduled for November") takes them from the story.
//
// Measured in the twelfth session over the 18 TUNE sets: of the 295 missed
// gold events of the class "trigger found, dropped: no participant read",
// 62 have a required participant named in none of their own sentences (the
// other 233 name all of them in one sentence of the event). How the
// discourse supplies it (one reading each):
//
//	(a) a definite description or title noun coreference should resolve
//	    ("the general", "the governor", "the actress", "his father", "the
//	    two candidates", "the journalists")                               20
//	(b) an anaphoric event noun whose sides are those of an earlier event
//	    of the story ("the next round of talks", "Friday's raid", "the
//	    runoff" whose candidates are named elsewhere)                      10
//	(c) the story's country or main actor, never named in the sentence
//	    (eight elections, "a sixth soldier died", "police shot dead")      25
//	(d) other (a pronoun, a man or group named only in a later sentence,
//	    "the summit of leaders of the world's eight major industrial
//	    countries")                                                        7
//
// Here: talks told with no sides are held by the sides of the talks or
// pact told before them, and a round counted as a new one ("the next
// round of talks") is another event than the talks told before. Tried and
// left out: giving an election told with no voters the country the story
// names most (in its sentence and the three before) found 7 more gold
// elections on TUNE and made 7 false ones (elections the gold leaves
// out as background, "U.S." leading a story about another country's
// vote, a duplicate of an election kept with other sides).

// discourseParts gives each kept event noun told with no participant the
// ones the story supplies, then joins it to an event already kept that it
// turns out to repeat.
func (p *Pipeline) discourseParts(d *doc) {
	for i, ev := range d.events {
		if ev.dropped || ev.unreal || !ev.nominal || len(ev.parts) > 0 {
			continue
		}
		switch ev.typ {
		case "NEGOTIATE":
			d.earlierSides(ev, i, "NEGOTIATE", "AGREEMENT")
		case "MILITARY_POSTURE":
			d.earlierSides(ev, i, ev.typ) // "North Korea conducted missile tests ... A nuclear test followed in October"
		}
		if len(ev.parts) > 0 && !nextRound(d, ev) {
			d.joinRepeated(ev, i)
		}
	}
}

// earlierSides: talks told with no sides ("The next round of talks is
// scheduled for November", "Talks on a fixed price will continue", "a
// joint statement following peace talks in Helsinki") are held by the
// sides of the talks or pact the story told last before them, and a show
// of force told with no one making it ("A nuclear test followed in
// October") is made by the one who made the show of force told before it:
// a story tells a negotiation's rounds and deal, or a state's series of
// tests, with the same parties. The source is the latest event of one of
// types at most three sentences before, not across a bulletin's item
// break, and not one that keeps too few sides to be kept itself. (Tried
// for attacks, protests, trials, elections and pacts too: on TUNE they
// took the sides of another event of the story more often than their own.)
func (d *doc) earlierSides(ev *event, i int, types ...string) {
	for j := i - 1; j >= 0; j-- {
		o := d.events[j]
		last := o.sentences[len(o.sentences)-1]
		if itemBreak(d, last, ev.sentence) {
			return
		}
		if ev.sentence-last > 3 {
			return // (a story's talks told far apart may be another party's)
		}
		if o.dropped || o.unreal || len(o.parts) == 0 || o.sentence >= ev.sentence {
			continue
		}
		if !slices.Contains(types, o.typ) {
			continue
		}
		if !viable(o) || appointsBody(d, o) {
			return // a pact of one side is a misread trigger, not a pact the talks could be of
		}
		for _, pt := range o.parts {
			role := pt.role
			if symmetric[ev.typ] {
				role = participant
			}
			ev.addPart(pt.ent, role)
		}
		ev.counterpart = ev.counterpart || o.counterpart || o.typ == "NEGOTIATE" && manySidedTalks(d, o)
		return
	}
}

// joinRepeated folds ev, just given its participants, into an event of its
// type already kept that it repeats (the same sides, no date apart): "the
// talks" told a few sentences after the talks are those talks again.
func (d *doc) joinRepeated(ev *event, i int) {
	for j := range d.events {
		o := d.events[j]
		if j == i || o.dropped || o.typ != ev.typ || len(o.parts) == 0 || !sameEvent(o, ev) {
			continue
		}
		lo, hi := o, ev
		if hi.sentence < lo.sentence {
			lo, hi = hi, lo
		}
		if itemBreak(d, lo.sentences[len(lo.sentences)-1], hi.sentence) {
			continue
		}
		d.guarded(guardMergeDiscourse, ev)
		before := d.snapshot(o)
		for _, si := range ev.sentences {
			o.sentences = appendUnique(o.sentences, si)
		}
		o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
		if o.loc < 0 {
			o.loc = ev.loc
		}
		ev.dropped = true
		d.guardedInto(guardMergeDiscourse, before, o)
		return
	}
}

// roundWords count a round of a series as a new one: "the next round of
// talks", "the fifth round of six-nation talks", "a new round of
// demonstrations". Such a round is another event than the round told
// before it, though it names no one ("the latest round" may be the one
// just told, and is not counted).
var roundWords = map[string]bool{
	"next": true, "new": true, "another": true, "further": true, "second": true, "third": true, "fourth": true,
	"fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
}

// nextRound: the event noun is a round of a series counted as a new one
// ("The next round of talks is scheduled for November").
func nextRound(d *doc, ev *event) bool {
	if !ev.nominal {
		return false
	}
	ss := d.sents[ev.sentence].Start
	k := ev.trigStart - 1
	for k > ss && k >= ev.trigStart-2 && d.lower[k] != "of" {
		k-- // "of six-nation talks", "of peace talks"
	}
	if k-2 < ss || d.lower[k] != "of" || d.lower[k-1] != "round" && d.lower[k-1] != "rounds" {
		return false
	}
	return roundWords[d.lower[k-2]]
}

package pipeline

import "github.com/newsgraph/newsgraph/extract/timex"

// A definite event noun goes back to its story's event (thirteenth session).
//
// News names its event once with its day and then goes on calling it "the
// attack", "the talks", "the clash": "Local authorities say the attack
// occurred early Friday ... . The Pakistan-based group Al-Mansoorain claimed
// responsibility for the attack." The later noun is the same event and has
// its day, though it stands sentences away from any date. The earlier
// mention often names no side and so never becomes an event of its own
// (it is dropped), but its day is still known: anaphorDate reads it from
// every event of the type told before, dropped or not, back to the last
// item break; not a noun in a sentence telling what is to come
// (toldComing). Only a noun with a definite determiner right before it
// ("the", "this", "either", "both") goes back so: "an attack",
// "attacks", "another attack" are new events.

// anaphorDeterminers make an event noun refer to one already told.
// ("that" is left out: it is as often the conjunction, "concern that a
// strike")
var anaphorDeterminers = map[string]bool{"the": true, "this": true, "either": true, "both": true}

// anaphorDate dates each undated definite event noun by the nearest event
// of its type told in an earlier sentence of the same item.
func anaphorDate(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.unreal || ev.date != "" || !ev.nominal || len(ev.parts) == 0 || !definiteNoun(d, ev) || toldComing(d, ev) {
			continue
		}
		var near *event
		for _, o := range d.events {
			if o == ev || o.unreal || o.typ != ev.typ || o.precision != timex.Day || o.sentence >= ev.sentence || o.date > d.src.Published {
				continue
			}
			if near == nil || o.sentence > near.sentence {
				near = o
			}
		}
		if near == nil || itemBreak(d, near.sentence, ev.sentence) {
			continue
		}
		ev.date, ev.precision = near.date, near.precision
	}
}

// toldComing: "will" or "shall" stands before the event noun in its
// sentence: "the adjourned meeting" a company "will have the power to vote
// ... at" is the one still to come, not the meeting told before.
func toldComing(d *doc, ev *event) bool {
	for k := d.sents[ev.sentence].Start; k < ev.trigStart; k++ {
		if d.lower[k] == "will" || d.lower[k] == "shall" {
			return true
		}
	}
	return false
}

// definiteNoun: a definite determiner stands right before the event noun ev
// (or before one word qualifying it: "the deadly attack").
func definiteNoun(d *doc, ev *event) bool {
	ss := d.sents[ev.sentence].Start
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-2; k-- {
		switch w := d.lower[k]; {
		case anaphorDeterminers[w]:
			return true
		case w == "a" || w == "an" || w == "another":
			return false // "concern that a strike by seamen": a new one
		}
	}
	return false
}

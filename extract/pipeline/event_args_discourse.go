package pipeline

import (
	"slices"
)

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
// pact told before them, a show of force by the maker of the one before,
// and a round counted as a new one ("the next round of talks") is another
// event than the talks told before; an election told with a date and no
// voters is the election of the one country its sentence and the one
// before name. Tried and left out: the country named most in the story
// (or in the sentence and the three before) for any election with no
// voters found 7 more gold elections on TUNE and made 7 false ones
// (elections the gold leaves out as background, "U.S." leading a story
// about another country's vote, a duplicate of an election kept with
// other sides); a definite description of a person by a calling or title
// ("The governor was arrested", "indicted the general") linked to the one
// person named in the nearest sentence naming any linked 16 of 16 rightly
// on the VOA stories, but on TUNE found one gold event and made three
// false ones, events whose other side (a body named by a place: "The
// Hague court", "California authorities") is still unread.

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
		case "ELECTION":
			p.votingCountry(d, ev, i)
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
		o.absorb(ev)
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

// votingCountry: an election told with a date but no voters ("the January
// 30 elections", "A referendum on the constitution is scheduled for
// October 15", "In the key December 2002 elections") is the election of
// the one country named in its sentence and the one before (a city
// counting as its country, a people's adjective only beside its name), when the story keeps no election told with
// its sides (which it would only duplicate). Not an election someone is
// told to have won, lost or run in ("since winning a referendum", "which
// won 29 seats in legislative elections"), nor one owned ("his election
// to the council"): the contestant is its participant, not the country;
// nor a noun's modifier ("election campaigns"), nor a poll, as often a
// survey ("the Sound of 2005 poll") as a vote. Without a date an
// election is as often a generic one ("running in elections as
// independents", "prepare for elections").
func (p *Pipeline) votingCountry(d *doc, ev *event, i int) {
	ss, se := d.sents[ev.sentence].Start, d.sents[ev.sentence].End
	if ev.date == "" || notAVote(d, ev) || ev.trigEnd < se && p.cls(d, ev.trigEnd)&wNoun != 0 && d.mentionAt[ev.trigEnd] < 0 || contestedBefore(d, ev.trigStart, ss) {
		return
	}
	for j, o := range d.events {
		if j != i && !o.dropped && o.typ == "ELECTION" && len(o.parts) > 0 {
			return
		}
	}
	from := ss
	if ev.sentence > 0 && !itemBreak(d, ev.sentence-1, ev.sentence) {
		from = d.sents[ev.sentence-1].Start
	}
	if c := soleState(d, from, se); c >= 0 && namedPlace(d, c, from, se) {
		ev.addPart(c, participant)
	}
}

// namedPlace: tokens [from, to) name country c or a place in it, not only
// its people ("Iranian authorities" may act on voters of any country).
func namedPlace(d *doc, c, from, to int) bool {
	for mi, m := range d.mentionsIn(from, to) {
		if m.label != "NORP" && countryOf(d, mi) == c {
			return true
		}
	}
	return false
}

// contestedBefore: a verb of winning, losing or running, or a possessive,
// stands shortly before the election noun at t ("since winning a
// referendum", "Bush's victory in the presidential elections", "his
// election to the council").
func contestedBefore(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-7; k-- {
		switch d.lower[k] {
		case "won", "win", "wins", "winning", "lost", "losing", "ran", "contested", "defeated", "dominated", "swept", "victory":
			return true
		case "his", "her", "their", "its":
			return k >= t-3
		}
	}
	return false
}

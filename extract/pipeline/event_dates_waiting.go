package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/timex"
)

// A set event named by its weekday after a word of waiting for it, or set
// by a verb of calling (sixteenth session, helper dates2_17).
//
// A weekday read in a sentence of the past is the latest one before
// publication. But news names a set event by its weekday while waiting for
// it: "the party pulled out of Sunday's elections", "an observer mission
// to Sunday's election", "on the eve of a White House meeting Monday",
// "ahead of Saturday's vote". The noun alone says nothing of its tense
// ("the winner of Sunday's election", "results from Saturday's referendum"
// are past), so the cue is the preposition of waiting before the noun
// phrase: "ahead of", "on the eve of", "before", "in the run-up to", "to"
// (a mission, observers, delegation sent to it), "out of" / "from" after
// a verb of withdrawing. A past verb of the event itself between the
// preposition and the date ("before voters went to the polls Sunday") is
// not crossed: the phrase must hold only the event noun and its modifiers.
//
// The second construction: a verb of calling or setting whose object is a
// set event and whose date follows that object ("has called a national
// election for May 5", "called an emergency meeting of the IAEA on
// Tuesday", "announced talks for Monday"): the date is the event's, still
// to come when it was called, whatever the tense of "called".

// waitedNouns name events held on a set day.
var waitedNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "poll": true, "polls": true, "ballot": true,
	"referendum": true, "runoff": true, "run-off": true, "summit": true, "conference": true,
	"meeting": true, "talks": true, "session": true, "hearing": true, "rally": true,
	"ceremony": true, "inauguration": true, "visit": true, "debate": true, "primary": true,
	"primaries": true, "plebiscite": true,
}

// calledVerbs set a coming event by naming it.
var calledVerbs = map[string]bool{
	"called": true, "calls": true, "call": true, "calling": true,
	"set": true, "sets": true, "setting": true,
	"scheduled": true, "schedules": true, "scheduling": true,
	"announced": true, "announces": true, "announcing": true,
}

// waitingWeekday: the date words [at, end) of a sentence [ss, se) name a
// set event still to come at publication (see above).
func (p *Pipeline) waitingWeekday(d *doc, ss, at, end, se int, tx timex.Timex) bool {
	if tx.Precision != timex.Day {
		return false
	}
	for _, w := range strings.Fields(tx.Text) {
		switch w {
		case "last", "past", "previous", "ago", "yesterday", "today", "tonight", "year":
			return false // the text tells the day's side itself
		}
		if len(w) == 4 && allDigits(w) {
			return false // the year is told
		}
	}
	if p.calledFor(d, ss, at, end) {
		return true
	}
	if !strings.ContainsAny(tx.Text, "0123456789") {
		// "Sunday's elections": the event noun after the possessive weekday
		if end < se && (d.lower[end] == "'s" || d.lower[end] == "’s") {
			k := end + 1
			for n := 0; n < 3 && k < se && !waitedNouns[d.lower[k]] && (d.mentionAt[k] >= 0 || p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wVerb|wPrep|wDet) == 0); n++ {
				k++ // "Sunday's Palestinian parliamentary elections"
			}
			if k < se && waitedNouns[d.lower[k]] && (p.waitingBefore(d, ss, at-1) ||
				// the object of a pledged infinitive: "vowed to disrupt Sunday's elections"
				at-1 > ss && d.mentionAt[at-1] < 0 && p.cls(d, at-1)&wVerb != 0 && p.promisedInfinitive(d, ss, at)) {
				return true
			}
		}
	}
	// "a White House meeting Monday", "the meeting on Monday": the event
	// noun right before the date
	k := at - 1
	if k > ss && d.lower[k] == "on" {
		k--
	}
	if k <= ss || !waitedNouns[d.lower[k]] || d.mentionAt[k] >= 0 {
		return false
	}
	k--
	for n := 0; n < 4 && k >= ss && (d.mentionAt[k] >= 0 || p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wVerb|wPrep|wDet) == 0); n++ {
		k-- // "a White House meeting"
	}
	if k < ss || !isDet(d.lower[k]) {
		return false
	}
	return p.waitingBefore(d, ss, k-1)
}

// isDet: an article or possessive opening the event's noun phrase.
func isDet(w string) bool {
	switch w {
	case "a", "an", "the", "his", "her", "their", "its", "this":
		return true
	}
	return false
}

// waitingBefore: the words ending at k (before a noun phrase) are a
// preposition of waiting for the event it names.
func (p *Pipeline) waitingBefore(d *doc, ss, k int) bool {
	if k >= ss && (d.lower[k] == "the" || d.lower[k] == "a" || d.lower[k] == "an") {
		k--
	}
	if k < ss {
		return false
	}
	prev := func(n int) string {
		if k-n < ss {
			return ""
		}
		return d.lower[k-n]
	}
	switch d.lower[k] {
	case "before", "toward", "towards":
		return true
	case "of":
		// "ahead of", "on the eve of", "pulled out of"
		return prev(1) == "ahead" || prev(1) == "eve" || waitingOut(d, ss, k)
	case "to":
		switch prev(1) {
		case "run-up", "lead-up", "mission", "observers", "monitors", "delegation", "team":
			return true
		}
	case "from":
		return withdrawVerb(prev(1))
	case "during", "for":
		return p.promisedInfinitive(d, ss, k)
	}
	return false
}

// promiseVerbs undertake what their infinitive tells, still to come.
var promiseVerbs = map[string]bool{
	"pledged": true, "pledge": true, "pledges": true, "promised": true, "promise": true, "promises": true,
	"vowed": true, "vow": true, "vows": true, "agreed": true, "agree": true, "agrees": true,
	"plan": true, "plans": true, "planned": true, "intend": true, "intends": true, "hope": true, "hopes": true,
	"urged": true, "urges": true, "urge": true,
}

// promisedInfinitive: the preposition at k ends the infinitive clause of a
// verb of promise ("pledged to maintain calm during Wednesday's
// elections", "urged Palestinians to stay calm during Sunday's vote"): its
// time is still to come (not "violence during Sunday's elections killed").
func (p *Pipeline) promisedInfinitive(d *doc, ss, k int) bool {
	for j := k - 1; j > ss && j >= k-6; j-- {
		if d.lower[j] == "," || d.lower[j] == ";" {
			return false
		}
		if d.lower[j] != "to" || d.mentionAt[j+1] >= 0 || p.cls(d, j+1)&wVerb == 0 {
			continue
		}
		for i := j - 1; i >= ss && i >= j-4; i-- {
			if promiseVerbs[d.lower[i]] {
				return true
			}
			if d.lower[i] == "," {
				break
			}
		}
		return false
	}
	return false
}

// withdrawVerb: a verb of leaving a coming contest ("withdrew from
// Sunday's runoff"; "pulled out of" is read by waitingOut).
func withdrawVerb(w string) bool {
	switch w {
	case "withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing":
		return true
	}
	return false
}

// calledFor: the date at `at` follows a verb of calling or setting and its
// object, a set event ("called a national election for May 5", "called an
// emergency meeting of the IAEA on Tuesday").
func (p *Pipeline) calledFor(d *doc, ss, at, end int) bool {
	if d.lower[at] == "on" && at+1 < end {
		at++ // (the date's words may hold its "on")
	}
	if at-1 <= ss || d.lower[at-1] != "for" && d.lower[at-1] != "on" {
		return false
	}
	// back over "of the IAEA" and the event noun's modifiers to the noun
	k := at - 2
	for k > ss && d.mentionAt[k] >= 0 {
		k--
	}
	if k > ss && d.lower[k] == "the" {
		k--
	}
	if k > ss && d.lower[k] == "of" {
		k--
	}
	if k <= ss || !waitedNouns[d.lower[k]] {
		return false
	}
	for n := 0; n < 4 && k-1 > ss && !isDet(d.lower[k-1]) && (d.mentionAt[k-1] >= 0 || p.cls(d, k-1)&(wAdj|wNoun) != 0 && p.cls(d, k-1)&(wVerb|wPrep) == 0); n++ {
		k--
	}
	if k-1 > ss && isDet(d.lower[k-1]) && d.lower[k-1] != "the" {
		k-- // "called a national election" (not "called the meeting on Tuesday", told of a known one)
	}
	if !calledVerbs[d.lower[k-1]] {
		return false
	}
	// (a verb "set" or "call" read as a noun or after an article is no verb)
	return k-2 < ss || !isDet(d.lower[k-2])
}

// waitingOut: "pulled out of Sunday's elections", "dropped out of".
func waitingOut(d *doc, ss, k int) bool {
	return k-1 >= ss && d.lower[k] == "of" && d.lower[k-1] == "out" && k-2 >= ss &&
		(strings.HasPrefix(d.lower[k-2], "pull") || strings.HasPrefix(d.lower[k-2], "drop") || strings.HasPrefix(d.lower[k-2], "bow"))
}

package pipeline

// Events only foreseen (thirteenth session).
//
// The Guideline counts events the text asserts happened, are happening, or
// are scheduled, not wished-for or hypothetical ones. A "to"-infinitive
// governed by a predicate of expectation, readiness or intention tells an
// act someone foresees or means to do, not one that took place: "Annan is
// expected to ask for manpower", "Assad said he is ready to hold talks with
// Israel", "the diplomats plan to hold talks", "where the lawmaker is to
// call for the lifting of a ban". The realness cues of readArgs know the
// active "expect"/"hope" and "planning", not these.

// intentionPreds govern an infinitive someone means or is ready to do: an
// intention, not a fact, whatever the act ("ready to hold talks", "plan to
// hold talks", "wanted to meet").
var intentionPreds = map[string]bool{
	"ready": true, "prepared": true, "willing": true, "eager": true,
	"plan": true, "plans": true, "planned": true,
	"intend": true, "intends": true, "intended": true,
	"want": true, "wants": true, "wanted": true,
}

// arranged: acts that are put on a calendar. "Katsav is to meet Sunday with
// Kadima", "is expected to meet with leaders", "are to sign a document
// Tuesday" tell a scheduled event, which the Guideline counts; "is expected
// to ask for manpower", "is to call for the lifting of a ban", "is expected
// to approve his changes" foresee an act no one has put on a calendar.
var arranged = map[string]bool{
	"MEET": true, "VISIT": true, "NEGOTIATE": true, "PHONE_CALL": true, "ELECTION": true,
	"TRIAL": true, "SENTENCE": true, "AGREEMENT": true, "PROTEST": true, "APPOINTMENT": true,
	"RESIGNATION": true, "MILITARY_POSTURE": true, // "are to stage a rally Friday", "is to be sworn in", "is to step down next month", "are to hold joint exercises"
}

// eventVerb is the token of the event's verb: its trigger, or for a noun
// the light verb just before it ("ready to hold talks"); -1 when a noun
// has none.
func eventVerb(d *doc, ev *event, ss int) int {
	if !ev.nominal {
		return ev.trigStart
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-4; k-- {
		if lightVerbs[d.lower[k]] {
			return k
		}
		if d.lower[k] == "to" || d.lower[k] == "," {
			break
		}
	}
	return -1
}

// prospective: the event's verb (or the light verb of its noun: "ready to
// hold talks") is an infinitive that an intention predicate governs, or, for
// an act not put on calendars, "expected" or a be-to future ("is to call for").
func (p *Pipeline) prospective(d *doc, ev *event, ss int) bool {
	v := eventVerb(d, ev, ss)
	if v < 0 {
		return false
	}
	k := v - 1
	if k >= ss && (d.lower[k] == "also" || d.lower[k] == "formally" || d.lower[k] == "then") {
		k--
	}
	if k-1 < ss || d.lower[k] != "to" {
		return false
	}
	h := d.lower[k-1]
	switch {
	case intentionPreds[h]:
		return true
	case h == "expected" || h == "is" || h == "are":
		// "is going to" has the verb before "to", so is not read here
		return !arranged[ev.typ]
	}
	return false
}

package pipeline

import "strings"

// Word senses of the types other than ATTACK and the speech acts (thirteenth
// session). A sample of BBC events of MEET, VISIT, PROTEST, ARREST, OCCUPY,
// ELECTION, TRIAL, SANCTION, MILITARY_POSTURE and DEATH, read by eye against
// the Guideline, showed two wrong senses that recur across stories:
//
//   - a team's or a player's travel and games told with the nouns and verbs
//     of diplomacy in a sports story: "the tour to New Zealand", "her
//     meeting with Martinez", "lost all nine of her previous meetings with
//     the American", "the Italians travel to Edinburgh", "the sides meet
//     again at Highbury". The Guideline's VISIT is a political actor's trip
//     and a game is no MEET; event_triggers.go already drops the verbs
//     "host", "meet", "visit" in a sports story, but not the nouns, nor a
//     verb whose story the trigger reader saw no sport in before its
//     participants were read.
//   - "demonstrated how/that/why", "demonstrated its ...": to show, not to
//     march.

const (
	guardShowingSense = "sense:demonstrate-how" // "demonstrated how they could react"
)

// typeSense returns the guard that drops ev for a sense of its trigger
// that is no event of its type, or "".
func (p *Pipeline) typeSense(d *doc, ev *event, si int) string {
	switch ev.typ {
	case "PROTEST":
		if showingSense(d, ev, d.sents[si].End) {
			return guardShowingSense
		}
	}
	return ""
}

// showingSense: "demonstrated" followed by a clause or an object of what is
// shown ("demonstrated how ...", "demonstrated that ...", "demonstrated its
// strength"): a PROTEST is "demonstrated against", "in", "outside", or
// stands alone.
func showingSense(d *doc, ev *event, se int) bool {
	if ev.nominal || !strings.HasPrefix(d.lower[ev.trigStart], "demonstrat") || ev.trigEnd >= se {
		return false
	}
	switch d.lower[ev.trigEnd] {
	case "how", "that", "why", "what", "its", "his", "her", "their", "the", "a", "an":
		return true
	}
	return false
}

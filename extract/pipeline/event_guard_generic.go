package pipeline

import "strings"

// Habits and tallies told as one (thirteenth session).
//
// The Guideline leaves out generic events ("militants frequently attack"):
// a statement of what happens as a rule, or a sum of many acts over a long
// span, is not one event a story reports. habitual (event_args.go) reads a
// frequency adverb before the verb and "in the past" after it; these cues
// are the other places English puts the same meaning: the adverb after the
// verb ("troops clash regularly with insurgents"), a frequency adjective on
// an event noun ("almost daily demonstrations"), a long span the acts are
// summed over ("has carried out bombings and kidnappings in recent years",
// "at least 30 missile strikes over the past year"), and an ongoing struggle
// counted from a month or year ("have been battling militants in Swat since
// July").

// freqAfter: frequency adverbs that follow the verb they qualify.
var freqAfter = map[string]bool{
	"regularly": true, "frequently": true, "often": true, "routinely": true, "daily": true, "annually": true,
}

// freqNounMods: frequency adjectives on an event noun.
var freqNounMods = map[string]bool{
	"daily": true, "nightly": true, "weekly": true,
}

// ("the annual meeting of the defense ministers" is one meeting of a series:
// it took place; "five attacks in recent months" count events a story tells.)

// longSpanUnits: units a span must be counted in for the acts in it to be a
// tally, not one event ("over the past week" can tell one operation).
var longSpanUnits = map[string]bool{
	"year": true, "years": true, "decade": true, "decades": true,
}

// genericEvent: the trigger at ev tells a habit or a tally of acts.
func (p *Pipeline) genericEvent(d *doc, ev *event, ss, se int) bool {
	t := ev.trigStart
	if ev.nominal {
		for k := t - 1; k >= ss && k >= t-2; k-- {
			if freqNounMods[d.lower[k]] {
				return true
			}
		}
	} else {
		for k := ev.trigEnd; k < se && k < ev.trigEnd+2; k++ {
			if freqAfter[d.lower[k]] {
				return true
			}
		}
	}
	longRunning := !ev.nominal && t-2 >= ss && d.lower[t-1] == "been" && (d.lower[t-2] == "has" || d.lower[t-2] == "have") && strings.HasSuffix(d.lower[t], "ing")
	for k := ev.trigEnd; k+2 < se && k < ev.trigEnd+12; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "but", "while", "when", "after", "before", "because", "which", "who", "that":
			return false
		case "in":
			if d.lower[k+1] == "recent" && longSpanUnits[d.lower[k+2]] {
				return true // "in recent years"
			}
		case "over":
			if longSpan(d, k+1, se) {
				return true // "over the past year", "over the years"
			}
		case "since":
			if longRunning && (monthNames[d.lower[k+1]] || yearWord(d.lower[k+1])) {
				return true // "have been battling militants since July"
			}
		}
	}
	return false
}

// longSpan: the words from k on count back a long span: "the years", "the
// past year", "the last two decades", "the past several months".
func longSpan(d *doc, k, se int) bool {
	if k+1 >= se || d.lower[k] != "the" {
		return false
	}
	k++
	if d.lower[k] == "past" || d.lower[k] == "last" {
		k++
	}
	if k < se {
		if _, ok := countWord(d.lower[k]); ok || d.lower[k] == "few" || d.lower[k] == "several" {
			k++
		}
	}
	return k < se && longSpanUnits[d.lower[k]]
}

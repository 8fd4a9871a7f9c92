package pipeline

import "strings"

// Events told as the content of a plan (thirteenth session).
//
// An event noun that modifies a noun of planning names what is planned,
// not an act: "the house arrest plans", "attack plans", "a merger
// proposal". wishedNoun reads the plan noun before the event ("plans for
// talks"), not after it.
//
// Tried and left out: reading "expected to" before an act put on calendars
// ("expected to resign", "expected to meet") as a forecast when no time is
// told in the sentence raised TUNE tp-fp by 3 and lowered CHECK by 2: the
// labellers count such expected meetings and visits.

const (
	guardUnrealPlanNoun = "unreal:plan-noun" // "the house arrest plans"
)

// planNouns name a plan or a proposal whose content the noun before them
// tells.
var planNouns = map[string]bool{
	"plan": true, "plans": true, "proposal": true, "proposals": true, "scheme": true, "blueprint": true,
}

// planNounAfter: the trigger is followed straight by a noun of planning
// ("house arrest plans", where "arrest" may be read as a verb: a verb is
// not followed by a bare "plans"); not a past form ("rejected plans").
func planNounAfter(d *doc, ev *event, se int) bool {
	if ev.trigEnd >= se || !planNouns[d.lower[ev.trigEnd]] {
		return false
	}
	w := d.lower[ev.trigEnd-1]
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

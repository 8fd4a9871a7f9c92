package pipeline

// An act dated by the one date of its sentence and placed "during" an
// occasion right after that date ("North Korea agreed last month during
// six-nation talks in Beijing", "met the separatist leaders last month
// during his visit to New Delhi"): the occasion was going on at that date,
// so it takes the date when it has none (twentieth session; venueGathering
// reads a day and a gathering after "at" or "during" with a place between,
// this reads any precision but only the occasion right after the date).

import "github.com/newsgraph/newsgraph/extract/timex"

// duringOccasionTypes: the event nouns an act can be done during.
var duringOccasionTypes = map[string]bool{"MEET": true, "NEGOTIATE": true, "VISIT": true, "PROTEST": true}

// duringOccasion dates the undated occasion noun told after "during" right
// after the sentence's one date, which ends at end.
func (p *Pipeline) duringOccasion(d *doc, end int, evs []*event, tx timex.Timex) {
	if end >= len(d.lower) || d.lower[end] != "during" {
		return
	}
	for _, ev := range evs {
		if ev.date != "" || ev.unreal || !ev.nominal || !duringOccasionTypes[ev.typ] || ev.trigStart <= end || ev.trigStart > end+4 {
			continue
		}
		ok := true
		for k := end + 1; k < ev.trigStart; k++ {
			// "during six-nation talks", "during his visit", "during a
			// meeting": only the occasion's own determiner and modifiers
			if d.mentionAt[k] < 0 && (p.cls(d, k)&(wDet|wAdj|wNoun|wPron) == 0 || p.cls(d, k)&(wVerb|wPast|wPrep) != 0) {
				ok = false
				break
			}
		}
		if ok {
			ev.date, ev.precision = tx.Value, tx.Precision
		}
		return
	}
}

package pipeline

// A gathering named as the venue of a dated act (eighteenth session).
//
// "Mr. Vazquez announced his plans Wednesday in the Uruguayan capital,
// Montevideo, at a meeting of the leaders of his coalition", "the minister
// made the comment Saturday in Manama, Bahrain at a conference of the
// institute": the meeting is where the act was done, so it took place on
// the act's day. The date itself is the act's (often a report, which tells
// no event), and the place named between them ("in X, Y,") keeps the
// gathering out of reach of the nearest-event reading in anchorDates.

// venueGatheringTypes: the event types a gathering noun after "at" tells.
var venueGatheringTypes = map[string]bool{"MEET": true, "PROTEST": true, "NEGOTIATE": true}

// venueGathering: ev is a gathering noun after "at" or "during" ("at a meeting of") in
// the clause of the sentence's one day, which ends at end: only places,
// names and commas stand between, no verb or clause opener, so the venue is
// still the dated act's ("said Tuesday the issue will be raised at a
// meeting" names a verb of its own and is left alone).
// duringOccasion (event_dates_during.go) is its neighbour: any precision,
// but only an occasion right after the date, with nothing between.
func (p *Pipeline) venueGathering(d *doc, end int, ev *event) bool {
	if !ev.nominal || ev.unreal || !venueGatheringTypes[ev.typ] || ev.trigStart <= end || ev.trigStart-end > 14 {
		return false
	}
	at := ev.trigStart - 1
	for n := 0; n < 2 && at > end && d.mentionAt[at] < 0 && p.cls(d, at)&(wDet|wAdj) != 0 && p.cls(d, at)&(wVerb|wPast) == 0; n++ {
		at-- // "at a meeting", "at an emergency meeting"
	}
	if at < end || d.lower[at] != "at" && d.lower[at] != "during" {
		// ("made the demand Sunday during a meeting with a senior American
		// official": a gathering the act was done during is of its day too;
		// twentieth session)
		return false
	}
	for k := end; k < at; k++ {
		if d.mentionAt[k] >= 0 {
			continue
		}
		switch d.lower[k] {
		case ",", "in", "the", "of", "a":
			continue
		}
		if p.cls(d, k)&(wProper|wNoun) != 0 && p.cls(d, k)&(wVerb|wPast|wPart|wModal) == 0 {
			continue // "in the Uruguayan capital": a place's own words
		}
		if p.cls(d, k)&wAdj != 0 && p.cls(d, k)&(wVerb|wPast|wPart) == 0 {
			continue
		}
		return false
	}
	return true
}

// planNoun: "plan" or "plans" at k is a noun owned by a determiner or
// object of a past verb right before the date at at ("announced his plans
// Wednesday", "unveiled plans on Monday"): the object of the verb before it, whose tense is the date's,
// not a verb of intention ("plans to visit Moscow on Monday").
func (p *Pipeline) planNoun(d *doc, ss, k, at int) bool {
	if w := d.lower[k]; w != "plan" && w != "plans" || k+1 != at || k-1 < ss {
		return false
	}
	switch d.lower[k-1] {
	case "his", "her", "its", "their", "our", "the", "a", "'s", "’s":
		return true
	}
	// "announced plans Wednesday": the object of a past verb
	return d.mentionAt[k-1] < 0 && p.cls(d, k-1)&wPast != 0 && p.cls(d, k-1)&(wNoun|wAdj) == 0
}

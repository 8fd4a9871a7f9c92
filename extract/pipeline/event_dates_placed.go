package pipeline

// A visit read from the place of a meeting shares the meeting's day
// (twenty-first session).
//
// visit22's meetPlacedVisitors reads "Peres held talks with Palestinian
// Minister Dahlan in Tel Aviv late Wednesday" as the talks and Dahlan's
// VISIT, whose trigger is the "in". The day told after the place went to
// the nearer trigger, the VISIT, and the talks lost it; but the guest was
// there for the talks, so the two share one day whichever took it.

// placedMeetingDay: ev and the dated o are a meeting and the visit its
// "in" places (either way round), with nothing between the meeting's
// trigger and that "in" that opens another clause.
func placedMeetingDay(d *doc, ev *event, evs []*event) (string, string, bool) {
	for _, o := range evs {
		if o == ev || o.date == "" || o.unreal {
			continue
		}
		meet, visit := ev, o
		if ev.typ == "VISIT" {
			meet, visit = o, ev
		}
		if visit.typ != "VISIT" || (meet.typ != "MEET" && meet.typ != "NEGOTIATE") {
			continue
		}
		if d.lower[visit.trigStart] != "in" || visit.trigEnd-visit.trigStart != 1 {
			continue
		}
		if meet.trigEnd > visit.trigStart || visit.trigStart-meet.trigEnd > 12 {
			continue
		}
		if clauseBreakBetween(d, meet.trigEnd, visit.trigStart) {
			continue
		}
		return o.date, o.precision, true
	}
	return "", "", false
}

// clauseBreakBetween: a word between a and b opens another clause: one of
// clauseBreakWord's (event_trig_missile.go) or a relative pronoun.
func clauseBreakBetween(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		switch w := d.lower[k]; {
		case clauseBreakWord(w), w == "who", w == "which", w == "that":
			return true
		}
	}
	return false
}

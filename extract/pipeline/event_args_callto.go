package pipeline

import "strings"

// A phone call "to" someone.
//
// "announced the decision in a phone call to Russian President Vladimir
// Putin": the one called is named after "to" right after the noun, as
// after "a phone call from Bush to al-Hakim" (read already). Only a noun
// that says "phone": "a call to" alone is more often an appeal ("a call
// to arms"); and only one call ("live phone calls to the White House"
// describes a show's habit). (Thirteenth session: the guard audit found viable:one-sided
// removing such calls, read with their caller only.)

// phoneCallTo: k is the "to" right after the phone-call noun of ev.
func phoneCallTo(d *doc, ev *event, k int) bool {
	t := strings.ToLower(ev.trigger)
	return k == ev.trigEnd && strings.Contains(t, "phone") && !strings.HasSuffix(t, "s")
}

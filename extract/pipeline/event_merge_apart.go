package pipeline

// Reports that say by their own words they tell another event.
//
// addEvent merges a report into an earlier one sharing a participant:
// "the attack ... Insurgents attacked the police station" is one attack
// told twice. But news tells a party's second act with the same party:
// "Mr. Chen also made a new appeal to China", "Earlier, Iraqi insurgents
// attacked a police station", "A short time later Israeli forces fired
// artillery". The words that say so are few and plain: a noun premodified
// by "new", "fresh" or "renewed", or a sentence opened by "Earlier," or
// "(a short time) later". (Twelfth session; the guard audit found such
// merges losing right events in several stories.)

// toldApart: ev is told as another event than the ones before it.
func toldApart(d *doc, ev *event) bool {
	if ev.nominal {
		return false
	}
	s := d.sents[ev.sentence]
	k := s.Start
	for k < s.End && (d.lower[k] == "and" || d.lower[k] == "but") {
		k++
	}
	if k+1 >= ev.trigStart {
		return false
	}
	if placeOpened(d, ev) {
		return true // "In western Baghdad, a roadside bomb killed", "Earlier, insurgents attacked" (event_merge_placeopen.go)
	}
	switch d.lower[k] {
	case "later":
		return d.lower[k+1] == ","
	case "a":
		return k+3 < ev.trigStart && d.lower[k+1] == "short" && d.lower[k+2] == "time" && d.lower[k+3] == "later"
	}
	return false
}

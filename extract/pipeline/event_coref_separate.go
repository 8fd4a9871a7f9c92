package pipeline

// One event told apart after its verb (twenty-third session, vjudgeA-24).
// "Three teenagers were killed in a separate incident Saturday", "an
// American kidnapped Thursday in a separate incident", "another policeman
// was killed in a separate attack": the verb's own words say this is one
// more event of its kind, not the one told before and not a sum of several.
// severalEvents read "in ... separate" after the verb as a summary ("killed
// in two separate ambushes") and dropped the report (guard several-events
// lost 9 right events on TUNE, among them voa-1195's kidnapping), or the
// report was folded into the earlier event with the same victims (the
// unlabelled voa-4006: two killings of Palestinians joined into one).
// With a singular article the phrase names one event: keep it, and mark it
// as another one so that it is not merged with an earlier report. (Tried
// and dropped: the same for the noun, "during a separate clash": it is
// then a second report of the verb's event in its clause, TUNE fp +1.)

// oneSeparateAfter: a verb trigger is followed, within its clause, by "in
// a separate N" or "in another N" with a singular article, so the verb
// tells one event apart from the ones before.
func oneSeparateAfter(d *doc, ev *event, se int) bool {
	if ev.nominal {
		return false
	}
	for k := ev.trigEnd; k+1 < se && k < ev.trigEnd+5; k++ {
		switch d.lower[k] {
		case ",", ";", "when", "after", "while", "who", "which", "that":
			return false
		case "in":
			switch d.lower[k+1] {
			case "another":
				return true // "was killed in another attack"
			case "a", "an", "one":
				return k+2 < se && d.lower[k+2] == "separate"
			}
		}
	}
	return false
}

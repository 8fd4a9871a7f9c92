package pipeline

// A death a state's health body reports (nineteenth session, helper
// part20): "Chinese health officials say a 44-year-old woman ... has died
// from bird flu", "Egypt's Health Ministry says a girl has died of bird
// flu". The Guideline reads such a death as the country's ("a woman who
// died of bird flu, told by Vietnamese health officials, is a DEATH of
// Vietnam"); the victim is unnamed, so the rules read nobody. The reporter
// must be a health body (the word "health" in its name) of one country, and
// the reported clause must name no other country: a health body reports
// its own country's cases.

// healthReported gives a DEATH with no participants the country of the
// health body that reports it.
func (p *Pipeline) healthReported(d *doc, ev *event, ss, se int) {
	if ev.typ != "DEATH" || ev.unreal || len(ev.parts) > 0 {
		return
	}
	v := -1
	for j := ss + 1; j < ev.trigStart && j-ss <= 8; j++ {
		if sayerVerb(d.lower[j]) {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	health := false
	for j := ss; j < v; j++ {
		health = health || d.lower[j] == "health"
	}
	if !health {
		return
	}
	h := v // the body's head word ends the subject: "China's ministry of health says"
	if h-2 > ss && d.lower[h-1] == "health" && d.lower[h-2] == "of" {
		h -= 2
	}
	state := sayerCountry(d, ss, h)
	if state < 0 || otherState(d, v+1, se, state) || !partAllowed(d, ev.typ, patient, state) {
		return
	}
	ev.addPart(state, patient)
}

package pipeline

// A force that reports an arrest or charge told in the passive with no
// agent: "Police say 204 people were arrested". actingForce
// (event_args_implicit.go) looks for the force right before the verb's
// auxiliaries or before "say they"; a participle phrase between the force
// and its verb ("Police acting on a tip have arrested") is forceAcrossGap's
// (event_args_forcegap.go, helper legal17, which metonym17 also wrote in
// the same session: the copy was dropped at the merge, TUNE and CHECK
// unchanged).
//
// Measured in the sixteenth session (helper metonym17) over the 32 TUNE
// sets: of the arrests and charges whose gold AGENT is a state its police
// or authorities stand for, 6 (in 6 stories, 3 of them in dev26..dev33)
// are missed with no participant read: a participle phrase between the
// force and its verb 2, a passive the force reports ("Police say 204
// people were arrested") 1, "in <country>" between the force and "say
// they" 1, a participle clause ("making several arrests") 1, a relative
// ("people detained under anti-terrorism laws") 1.

// forceReportsPassive is the head of a force that reports an arrest told
// in the passive with no agent: "Police say 204 people were arrested",
// "Authorities said three suspects had been detained", with t the
// trigger's start; or -1. Only arrests and charges: a military that says
// soldiers "were killed" reports the attack, it did not make it (TUNE: two
// false U.S. attacks). The sentence must open with the force and its
// say verb, and the passive must follow within ten words.
func (p *Pipeline) forceReportsPassive(d *doc, ev *event, ss, se int, ok func(int) bool) int {
	t := ev.trigStart
	if !domesticActs[ev.typ] || ev.nominal || t-1 <= ss || !isBe(d.lower[t-1]) || ev.trigEnd < se && d.lower[ev.trigEnd] == "by" {
		return -1
	}
	for j := ss; j < t-2 && j-ss <= 4; j++ {
		if !sayForms[d.lower[j+1]] {
			continue
		}
		if !ok(j) || !p.forceOpensClause(d, j, ss) || t-(j+1) > 10 {
			return -1
		}
		for n := j + 2; n < t-1; n++ {
			if d.lower[n] == "," || d.lower[n] == "and" || d.lower[n] == "who" || d.lower[n] == "which" || n > j+2 && p.finiteLike(d, n) {
				return -1 // another clause between: the arrest is not the report's
			}
		}
		return j // "Police say 204 people were arrested"
	}
	return -1
}

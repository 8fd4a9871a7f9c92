package pipeline

import "strings"

// A force that arrests or charges, told as the subject some words before
// its verb: "Israeli police investigating a money-laundering scheme have
// arrested 22 employees", "Police acting on a tip have arrested at least 17
// people", "Police in Pakistan say they have arrested six militants".
// actingForce (event_args_implicit.go) looks for the force right before the
// verb's auxiliaries or before "say they"; a participle phrase after the
// force, or the force's own "in <country>", stands between and hides it.
//
// Measured in the sixteenth session (helper metonym17) over the 32 TUNE
// sets: of the arrests and charges whose gold AGENT is a state its police
// or authorities stand for, 6 (in 6 stories, 3 of them in dev26..dev33)
// are missed with no participant read: a participle phrase between the
// force and its verb 2, a passive the force reports ("Police say 204
// people were arrested") 1, "in <country>" between the force and "say
// they" 1, a participle clause ("making several arrests") 1, a relative
// ("people detained under anti-terrorism laws") 1.

// forceBeforeParticiple is the head of a force the clause ending before k
// opens with, when a participle phrase stands between ("Police acting on a
// tip have"), or -1. ok says which heads count (a domestic force, bare or
// named with its country). No comma, finite verb or second participle may
// stand in the phrase, and it is at most eight words long.
func (p *Pipeline) forceBeforeParticiple(d *doc, k, ss int, ok func(int) bool) int {
	for j := k; j > ss && k-j <= 8; j-- {
		w := d.lower[j]
		if w == "," || w == ";" || w == "that" || w == "who" || w == "which" || sayForms[w] {
			return -1
		}
		participle := strings.HasSuffix(w, "ing") && !strings.Contains(w, "-") && d.mentionAt[j] < 0
		if participle && ok(j-1) && p.forceOpensClause(d, j-1, ss) {
			return j - 1 // "Police acting on a tip have arrested"
		}
		if j < k && !participle && p.finiteLike(d, j) {
			return -1
		}
	}
	return -1
}

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

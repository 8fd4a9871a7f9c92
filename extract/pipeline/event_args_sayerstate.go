package pipeline

import "strings"

// The state that reports its own arrests (seventeenth session, legal18):
// "Nigeria's army said Saturday that more than 100 militants had been
// detained in a military sweep", "Iran has confirmed that authorities
// recently arrested two journalists", "Egypt's Interior Ministry says 40
// members of the Muslim Brotherhood were arrested". A state, or its army,
// police, ministry or officials, that tells of an arrest or a charge
// whose clause names no agent (a passive with no "by") or only a bare
// domestic force ("authorities", "police") tells of its own: the
// Guideline's arresting state is the AGENT. forceReportsPassive
// (event_args_forcesubject.go) reads a bare force opening the sentence
// ("Police say 204 people were arrested"); this reads the force's country
// from the sayer. Not when the reported clause names another country
// ("U.S. officials say two Americans were detained in Iran": Iran's
// arrest, not theirs), and not for a person sayer (an ambassador tells of
// other states' arrests as often as of his own).

// sayerBodies head a sayer that speaks for its state: "Nigeria's army",
// "Iranian officials", "the Interior Ministry".
var sayerBodies = map[string]bool{
	"army": true, "military": true, "police": true, "government": true, "ministry": true, "authorities": true,
	"officials": true, "official": true, "forces": true, "spokesman": true, "spokeswoman": true,
}

// sayerVerbs open a report: the say forms and "confirmed".
func sayerVerb(w string) bool {
	return sayForms[w] || w == "confirmed" || w == "confirms" || w == "confirm"
}

// sayerState gives an arrest or a charge with no agent the country of the
// state body that reports it.
func (p *Pipeline) sayerState(d *doc, ev *event, ss, se int) {
	if ev.unreal || ev.nominal || !domesticActs[ev.typ] || hasRole(ev, agent) {
		return
	}
	t := ev.trigStart
	v := -1
	for j := ss + 1; j < t-1 && j-ss <= 6; j++ {
		if sayerVerb(d.lower[j]) {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	state := sayerCountry(d, ss, v)
	if state < 0 || hasPart(ev, state) || otherState(d, v+1, se, state) {
		return
	}
	for j := v + 1; j < t; j++ {
		switch d.lower[j] {
		case "after", "before", "when", "because", "since", "while", "who", "which", "if", ";":
			return // the arrest told in a clause of another verb: "said it was replacing the guards after two were arrested"
		}
	}
	if !p.agentlessClause(d, ev, v+1, se) {
		return
	}
	ev.addPart(state, agent)
}

// sayerCountry is the country of the sayer in [ss, v): a country alone
// ("Iran has confirmed") or a state body named with it ("Nigeria's army",
// "Iranian officials", "Egypt's Interior Ministry"), with no person and no
// second state named; or -1. The body is the sayer's head, the word before
// the verb: not "the official Anatolia news agency".
func sayerCountry(d *doc, ss, v int) int {
	state := -1
	for j := ss; j < v; j++ {
		mi := d.mentionAt[j]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		c := countryOf(d, mi)
		switch {
		case c >= 0 && (state < 0 || state == c):
			state = c
		case m.label == "PER" || c >= 0:
			return -1 // a person, or two states
		}
		j = m.end - 1
	}
	h := v - 1
	if h > ss && isAux(d.lower[h]) {
		h--
	}
	if state < 0 || h < ss {
		return -1
	}
	if sayerBodies[d.lower[h]] {
		return state
	}
	if mi := d.mentionAt[h]; mi >= 0 && d.mentions[mi].ent == state {
		return state // "Iran has confirmed": the country itself, not a city in it
	}
	return -1
}

// isAux: an auxiliary between a sayer and its verb ("has confirmed").
func isAux(w string) bool {
	return w == "has" || w == "have" || w == "had"
}

// agentlessClause: the arrest at ev, reported from token from, has no
// subject of its own but a bare domestic force: a passive with no "by"
// agent ("had been detained"), or "authorities/police ... arrested".
func (p *Pipeline) agentlessClause(d *doc, ev *event, from, se int) bool {
	t := ev.trigStart
	if isBe(d.lower[t-1]) && !strings.HasSuffix(d.lower[t], "ing") { // (not "was detaining": active)
		return ev.trigEnd >= se || d.lower[ev.trigEnd] != "by"
	}
	k := t - 1
	for k >= from && t-k <= 4 && (p.gapWord(d, k) || timeWord(d.lower[k]) || isAux(d.lower[k])) {
		k--
	}
	return k >= from && domesticForces[d.lower[k]] && d.mentionAt[k] < 0 && (k == from || d.lower[k-1] == "that" || d.lower[k-1] == "the")
}

package pipeline

// The one a repeated or issued call is addressed to: "the president repeated
// earlier calls for Congress to pass legislation", "Bush issued a Christmas
// Day call for Americans to volunteer", "repeated the U.S. call for Syrian
// forces to leave Lebanon". The appeal's trigger is the verb that makes the
// call (CAMEO's "REPEAT * CALL"), and its object phrase ends at the call noun;
// the subject of the infinitive after "for" is the one asked, as it is after
// the noun itself ("the EU's call for Israel to halt"), but the verb's object
// reader stopped before it. Each such appeal was a false event and a miss in
// TUNE (voa-1159, 1707, 2529 in dev24, dev37, dev58). A name premodifying
// the call noun ("the U.S. call") is the caller, not the one asked.

// callNouns name an appeal that is made, repeated or issued.
var callNouns = map[string]bool{
	"call": true, "calls": true, "appeal": true, "appeals": true, "plea": true, "pleas": true,
}

// callForAddressee reads, for a verbal appeal whose object phrase obj ends in
// a call noun followed by "for NP to VERB", the NP's names as the ones asked,
// and gives the names premodifying the call noun the caller's role.
func (p *Pipeline) callForAddressee(d *doc, ev *event, obj np, se int, add func([]int, string)) {
	if ev.typ != "APPEAL" || ev.nominal || obj.end <= obj.start || obj.end+2 >= se {
		return
	}
	if !callNouns[d.lower[obj.end-1]] || d.lower[obj.end] != "for" {
		return
	}
	asked := p.npRight(d, obj.end+1, se)
	if len(asked.ents) == 0 || asked.end+1 >= se || d.lower[asked.end] != "to" || !p.verbAfterTo(d, asked.end+1) {
		return // "repeated calls for calm": what is asked for, not who
	}
	if d.lower[asked.end+1] == "be" {
		return // "calls for the advice to be made public": a thing done, no one asked
	}
	for k := asked.start; k < asked.end; k++ {
		if d.lower[k] == "'s" || d.lower[k] == "’s" {
			return // "calls for Lord Goldsmith's advice to": the owner is not the one asked
		}
	}
	for i, pt := range ev.parts {
		if pt.role == patient && mentionIn(d, pt.ent, obj.start, obj.end-1) {
			ev.parts[i].role = agent // "the U.S. call": the caller's
		}
	}
	add(asked.ents, patient)
}

// mentionIn: entity e has a mention starting in tokens [start, end).
func mentionIn(d *doc, e, start, end int) bool {
	for k := start; k < end; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent == e {
			return true
		}
	}
	return false
}

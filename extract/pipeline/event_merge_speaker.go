package pipeline

// Two speakers' appeals to one addressee are two appeals.
//
// addEvent merges a report into an earlier one sharing a participant, and
// one that lacks an agent merges with any agent. Speech acts are told of
// many speakers in one story, each turning to the same addressee:
// "Anti-smoking groups urge the government to fight on ... But William Corr
// of the Campaign for Tobacco-Free Kids urged the government to continue
// pressing its case." When the reader misses one speaker, the shared
// addressee folded the two appeals into one (BBC, reported in the twelfth
// session). A later verb of speech whose own clause names, before the verb,
// a person or body that is none of the earlier event's participants is
// another speaker's act; a pronoun subject ("He also called on Congress")
// keeps the merge. (Thirteenth session.)

import "github.com/newsgraph/newsgraph/extract"

// otherSpeaker: ev, a verb of appeal, demand or threat told after c, names
// before its verb a person or organization that c does not have.
func (d *doc) otherSpeaker(c, ev *event) bool {
	switch ev.typ {
	case "APPEAL", "DEMAND", "THREATEN":
	default:
		return false
	}
	if ev.nominal || c.sentence == ev.sentence {
		return false
	}
	ss := d.sents[ev.sentence].Start
	for k := ev.trigStart - 1; k >= ss; k-- {
		switch d.lower[k] {
		case "he", "she", "they", "it", "who", "which", "we", "i":
			return false // "He also called on Congress": the speaker told before
		case ";", ":":
			return false
		}
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ent < 0 || m.nominal {
			continue
		}
		if t := d.ents[m.ent].typ; t != extract.Person && t != extract.Organization {
			continue
		}
		return !hasEnt(c, m.ent)
	}
	return false
}

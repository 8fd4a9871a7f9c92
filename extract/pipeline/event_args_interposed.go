package pipeline

// A participle phrase set off by commas between a subject and its verb.
//
// "Abu Sayyaf gunmen, backed by renegade Muslim separatists, attacked a
// militia detachment": the verb's subject is the phrase before the first
// comma; the ones named in "backed by ..." only stand behind it. The
// word rules read the subject from the words right before the verb and
// take the participle's agent instead.

// interposedParticiples open such a phrase when "by" or "with" follows.
var interposedParticiples = map[string]bool{
	"backed": true, "supported": true, "led": true, "accompanied": true, "joined": true, "aided": true,
	"armed": true, "funded": true, "helped": true, "flanked": true, "escorted": true, "assisted": true,
	"reinforced": true, "financed": true, "sponsored": true,
}

// interposedSubject gives every kept event told by a verb right after such
// a phrase the subject before it: an agent named only inside the phrase
// is replaced by the name before the first comma, or dropped when that
// subject names no one.
func interposedSubject(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.nominal {
			continue
		}
		s := d.sents[ev.sentence]
		c2 := commaBeforeVerb(d, ev, s.Start)
		if c2 < 0 {
			continue
		}
		c1 := c2 - 1
		for c1 > s.Start && d.lower[c1] != "," {
			c1--
		}
		if c1 <= s.Start || c1+3 > c2 || !interposedParticiples[d.lower[c1+1]] || d.lower[c1+2] != "by" && d.lower[c1+2] != "with" {
			continue
		}
		// the names inside the phrase between the commas, and elsewhere
		inside, outside := namedInside(d, s, c1+1, c2)
		subj := -1 // the name right before the first comma
		if mi := d.mentionAt[c1-1]; mi >= 0 && d.mentions[mi].ent >= 0 {
			subj = d.mentions[mi].ent
		} else if c1-2 >= s.Start && d.mentionAt[c1-2] >= 0 && d.mentions[d.mentionAt[c1-2]].ent >= 0 && d.mentionAt[c1-1] < 0 {
			subj = d.mentions[d.mentionAt[c1-2]].ent // "Abu Sayyaf gunmen"
		}
		kept := ev.parts[:0]
		for _, pt := range ev.parts {
			if pt.role != agent || !inside[pt.ent] || outside[pt.ent] {
				kept = append(kept, pt)
				continue
			}
			if subj >= 0 && !hasPart(ev, subj) {
				kept = append(kept, part{ent: subj, role: agent})
			}
		}
		ev.parts = kept
	}
}

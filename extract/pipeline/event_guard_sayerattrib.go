package pipeline

// A participle opening a reported clause's subject (twenty-first session,
// helper fp22).
//
// attributiveParticiple reads a participle before a noun as a state of the
// thing named when a determiner, a possessive or a preposition stands before
// it ("a group of jailed Burmese activists"). Right after a verb of saying
// the participle opens the reported clause with no determiner: "Fatah
// officials say jailed leader Marwan Barghouti has decided to run", "police
// said wounded militants were taken to hospital". The participle cannot be
// the clause's own verb there, for the clause's subject would stand before
// it; so it describes the noun that follows, and the clause's verb comes
// after that noun. ("Police said gunmen killed five men": the noun comes
// first and the participle is the verb; "said the army killed": a
// determiner.)
//
// Read on dev50..dev53 (voa-2212), checked on BBC and Reuters.

// sayerOpeners: verbs of saying whose clause may start right after them.
var sayerOpeners = map[string]bool{
	"say": true, "says": true, "said": true, "believe": true, "believes": true, "believed": true,
}

// openedSubject: the participle at ev is followed by a noun phrase (one to
// three nouns or a name) and then a finite verb of the clause.
func (p *Pipeline) openedSubject(d *doc, ev *event, se int) bool {
	n := ev.trigEnd
	k := n
	for k < se && k < n+4 && (d.mentionAt[k] >= 0 || p.cls(d, k)&wNoun != 0 && p.cls(d, k)&(wDet|wPrep|wPron|wAdv) == 0) {
		if m := d.mentionAt[k]; m >= 0 {
			k = max(k+1, d.mentions[m].end)
			continue
		}
		k++
	}
	if k == n || k >= se {
		return false
	}
	switch d.lower[k] {
	case "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must":
		return true
	}
	return false
}

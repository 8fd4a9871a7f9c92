package pipeline

import "strings"

// A people named by its adjective before a modified head (twelfth session).
//
// participantOK takes a one-word MISC adjective of a people ("Kashmiri",
// "Christian", "Arab") as a participant only when the next word is a plural
// or a person noun ("Christian churches", "Sri Lankan navy"). Between the
// adjective and the head news puts more modifiers: "talks with Kashmiri
// political leaders", "kidnapped two Christian aid workers", "called on
// Arab nations". The "found with other participants" audit of the TUNE sets
// counted such peoples missing in several stories.

// peopleAdjBeforeHead: the one-word MISC mention m is a people's adjective
// and, after at most two more modifiers (no name, no verb), the phrase's
// head is a plural or a person noun.
func (p *Pipeline) peopleAdjBeforeHead(d *doc, m *mention) bool {
	if m.label != "MISC" || m.end-m.start != 1 || !capitalised(d.words[m.start]) || !(demonym(d.lower[m.start]) || d.lower[m.start] == "arab") {
		return false
	}
	for k := m.end; k < len(d.lower) && k <= m.end+2; k++ {
		w := d.lower[k]
		if d.mentionAt[k] >= 0 || p.cls(d, k)&(wNoun|wAdj) == 0 || p.cls(d, k)&(wDet|wPrep|wPron|wConj|wPunct) != 0 {
			return false
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "'s" || personNouns[w] || takenPeople[w] || forceNouns[w] {
			return k+1 >= len(d.lower) || d.mentionAt[k+1] >= 0 || p.cls(d, k+1)&wNoun == 0 || p.cls(d, k+1)&(wPrep|wDet|wVerb) != 0
		}
	}
	return false
}

// peopleAdjEntity returns the people a conjunct's mentions ms name by such
// an adjective, when headEntity found no participant in them, or -1.
func (p *Pipeline) peopleAdjEntity(d *doc, ms []int) int {
	for _, mi := range ms {
		if mi < 0 {
			continue
		}
		if m := d.mentions[mi]; m.ent >= 0 && p.peopleAdjBeforeHead(d, m) {
			return m.ent
		}
	}
	return -1
}

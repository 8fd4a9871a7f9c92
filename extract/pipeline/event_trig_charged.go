package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Charging people (thirteenth session). The lexicon reads "charged" as an
// indictment only with "with" in the next four words ("charged him with
// murder"); otherwise CAMEO's BLAME (112: "critics charged that"). News
// often leaves "with" far or out: "police have charged five men in an
// alleged plot", "has charged at least 129 opposition leaders,
// journalists and others with treason", "Lucia is also charged". Charging
// people is an indictment; a price or fee is charged to, against or at
// something, and an accusation is charged "that".

// peopleCharged: the verb "charge" at i takes people as its object, or
// people as its passive subject, so it indicts them: a pronoun as the
// object, a person or people as the passive subject.
func (p *Pipeline) peopleCharged(d *doc, m *cameo.Match, i, si int) bool {
	s := d.sents[si]
	if m.Nominal || m.End != i+1 {
		return false
	}
	if m.End < s.End {
		switch d.lower[m.End] {
		case "that", "to", "against", "at", "on", "per", "a", "an", "interest", "fees", "fee", "d'affaires", "d’affaires", "d":
			return false // "charged that", "charged to earnings", "charged a fee", "charge d'affaires Stephen Seche" (a diplomat)
		}
	}
	if i-1 >= s.Start && (isBe(d.lower[i-1]) || d.lower[i-1] == "been" || d.lower[i-1] == "also" || d.lower[i-1] == "formally") {
		j := i - 1
		for j >= s.Start && (isBe(d.lower[j]) || d.lower[j] == "been" || d.lower[j] == "also" || d.lower[j] == "formally" || isHave(d.lower[j])) {
			j--
		}
		if j < s.Start || j == i-1 {
			return false
		}
		if d.lower[j] == "," && j-1 >= s.Start {
			j-- // "A fifth suspect, Ahmed Ali, is also charged"
		}
		w := d.lower[j]
		return w == "he" || w == "she" || w == "they" || personBefore(d, j+1) || personNouns[w] || personNouns[trimPlural(w)]
	}
	if m.End >= s.End {
		return false
	}
	// a pronoun object ("charged him in the case"); not people by name
	// or noun: "riot police charged the protesters" rushes at them, and
	// named and counted objects ("charged five men") were measured to add
	// as many false events as right ones on held-out news
	switch d.lower[m.End] {
	case "him", "her", "them":
		return true
	}
	return false
}

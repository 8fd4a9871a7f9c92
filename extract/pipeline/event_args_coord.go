package pipeline

// Conjuncts across a description (twelfth session).
//
// A list of people in news often describes its first member between commas
// before the "and": "Hassan Madhoun, a senior member of the al-Aqsa Martyrs
// Brigades, and Hamas militant Fawzi Abu Kara were killed"; "abducted
// Christopher Howes, a British mine-clearing expert, and his interpreter
// Huon Huot". The phrase readers stop at the description (rightly: "Mr.
// Hakim, the leader of Iraq's largest party" is one person), so the first or
// the last member went missing: a "found with other participants" miss of
// the TUNE audit.

// describedConjunct reads a description that follows a person at the
// comma k ("Howes, a British mine-clearing expert, and"): when it is a
// plain noun phrase (a determiner, then nouns, adjectives, names and "of"
// phrases, no verb) closed by ", and", it returns the index of the "and",
// else -1.
func (p *Pipeline) describedConjunct(d *doc, k, se int) int {
	if !personBefore(d, k) || k+2 >= se {
		return -1
	}
	switch d.lower[k+1] {
	case "a", "an", "the", "his", "her":
	default:
		return -1
	}
	for j := k + 2; j+1 < se && j <= k+14; j++ {
		if d.lower[j] == "," {
			if d.lower[j+1] == "and" && j+2 < se && (d.mentionAt[j+2] >= 0 || p.npWord(d, j+2) || d.lower[j+2] == "his" || d.lower[j+2] == "her") {
				return j + 1
			}
			return -1
		}
		if mi := d.mentionAt[j]; mi >= 0 {
			j = d.mentions[mi].end - 1
			continue
		}
		if d.lower[j] != "of" && d.lower[j] != "-" && (!p.npWord(d, j) || p.verbLike(d, j)) {
			return -1
		}
	}
	return -1
}

// describedFirst is the person named first in "X, a description, and Y",
// where the phrase ph (Y) is the verb's subject, or -1. X must open its
// clause: "... killed Ali, a guard, and soldiers fled" has another shape.
func (p *Pipeline) describedFirst(d *doc, ph np, ss int) int {
	a := ph.start - 1
	if a-1 <= ss || d.lower[a] != "and" || d.lower[a-1] != "," {
		return -1
	}
	for c := a - 2; c > ss && c >= a-16; c-- {
		if d.lower[c] != "," {
			continue
		}
		if p.describedConjunct(d, c, a+2) != a {
			return -1
		}
		mi := d.mentionAt[c-1]
		m := d.mentions[mi]
		if st := p.phraseStart(d, m, ss); clauseStart(d, st, ss) || st-1 > ss && (sayForms[d.lower[st-1]] || d.lower[st-1] == "that") {
			return m.ent
		}
		return -1
	}
	return -1
}

// alongWith returns the length of "along with", "together with" or "as well
// as" at token i (before end), or 0: a parenthetical that adds a conjunct
// to the subject it follows ("China, along with Russia, has called for
// restraint"), unlike one that only tells how ("with U.S. backing").
func alongWith(d *doc, i, end int) int {
	if i+1 >= end {
		return 0
	}
	switch d.lower[i] + " " + d.lower[i+1] {
	case "along with", "together with":
		return 2
	case "as well":
		if i+2 < end && d.lower[i+2] == "as" {
			return 3
		}
	}
	return 0
}

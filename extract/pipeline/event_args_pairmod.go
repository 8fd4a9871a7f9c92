package pipeline

import "strings"

// Two sides written as a hyphenated pair before a talks noun, tokenized
// apart.
//
// "a U.S.-European summit", "the China-Japan talks": when the tagger reads
// each side as its own mention, the pair is three tokens (name, "-", name)
// and the premodifier walk of the event nouns (event_args.go) saw only the
// second name, which is often an adjective of a people it drops
// ("European"). The single-mention pair ("Israeli-Palestinian") is read by
// the walk itself. Symmetric events only: a "U.S.-Iraqi offensive" names
// allies, not two sides of a fight. (Twenty-third session, helper
// talksnoun24: MEET and NEGOTIATE nouns dropped with no participant read.)

// hyphenPairSides: the entities of "A - B" whose second name ends at k,
// right before the event noun, or nil.
func hyphenPairSides(d *doc, k, ss int) []int {
	if k < ss || k >= len(d.mentionAt) || d.mentionAt[k] < 0 {
		return nil
	}
	m2 := d.mentions[d.mentionAt[k]]
	if m2.end != k+1 || m2.start-2 < ss || d.lower[m2.start-1] != "-" || d.mentionAt[m2.start-2] < 0 {
		return nil
	}
	m1 := d.mentions[d.mentionAt[m2.start-2]]
	if m1.end != m2.start-1 || m1.ent < 0 || m2.ent < 0 || m1.ent == m2.ent {
		return nil
	}
	var out []int
	for _, m := range []*mention{m1, m2} {
		if participantOK(d, m) && !placeInCountry(d, m) || m.label == "MISC" && peopleAdjective(d.lower[m.end-1]) {
			out = append(out, m.ent)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// peopleAdjective: a word of a people or continent ("European", "Arab",
// "Japanese", "Turkish", "Israeli") that the tagger may leave MISC; in a
// pair before a talks noun it is a side ("U.S.-European summit").
func peopleAdjective(w string) bool {
	if w == "arab" {
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "i"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

package pipeline

// A meeting named inside an adverbial phrase that ends in "of": "on the
// sidelines of a security conference", "at the end of two days of talks",
// "on the eve of the summit". The clause's subject is at the meeting, as it
// is "at the conference" (nounInAdverbial), though the preposition before
// the noun is "of".

// adverbialOf: the noun trigger at t follows "of" (a determiner and
// premodifiers between) after "on/at/in/ahead/during ... the N".
func adverbialOf(d *doc, t, ss int) bool {
	k := t - 1
	for k > ss && t-k <= 4 && d.lower[k] != "of" {
		switch d.lower[k] {
		case ",", ";", ":", "and", "or":
			return false
		}
		if d.mentionAt[k] >= 0 && d.mentions[d.mentionAt[k]].label != "ORG" && d.mentions[d.mentionAt[k]].label != "MISC" {
			return false
		}
		k--
	}
	if k <= ss || d.lower[k] != "of" {
		return false
	}
	switch d.lower[k-1] {
	case "ahead":
		return true // "ahead of the summit"
	case "sidelines", "margins", "end", "eve", "start", "opening", "close", "wake", "course":
	default:
		return false
	}
	for j := k - 2; j >= ss && j >= k-3; j-- {
		switch d.lower[j] {
		case "on", "at", "in", "during", "after", "before", "by":
			return true
		case "the":
		default:
			return false
		}
	}
	return false
}

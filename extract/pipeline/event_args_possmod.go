package pipeline

// An owner's name before an event noun reaches the noun across its
// premodifiers ("NATO's annual summit"); two kinds of premodifier stopped
// that walk: an ordinal in figures, which the tagger reads as a proper noun
// ("NATO's 60th anniversary summit"), and the acronym a story puts in
// brackets after the full name ("the World Trade Organization's (WTO)
// annual summit").
//
// Measured in the fourteenth session on TUNE: the owner was the only
// participant of two MEET events (two stories) the walk missed this way.

import "strings"

// ordinalWord: an ordinal in figures ("60th", "1st", "22nd", "3rd").
func ordinalWord(w string) bool {
	n := len(w) - 2
	if n < 1 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return allDigits(w[:n])
	}
	return false
}

// skipAcronym: when the walk left of an event noun stopped at the closing
// bracket of "( ACRONYM )" right after a possessive, the position of the
// possessive; otherwise k unchanged.
//
// Without the possessive ("the Association of Southeast Asian Nations
// (ASEAN) summit", "the Non-Aligned Movement (NAM) summit") the full name
// ends right before the bracket and is the premodifier itself: the walk
// goes on to it (twenty-third session, helper talksnoun24: such summits
// were MEET misses with no participant read, and the tagger may misread
// the acronym alone, "NAM" as Vietnam).
func skipAcronym(d *doc, k, ss int) int {
	if k-3 < ss || d.lower[k] != ")" || d.lower[k-2] != "(" {
		return k
	}
	if a := d.words[k-1]; len(a) < 2 || strings.ToUpper(a) != a {
		return k
	}
	if w := d.lower[k-3]; w != "'s" && w != "’s" && d.mentionAt[k-3] < 0 {
		return k
	}
	return k - 3
}

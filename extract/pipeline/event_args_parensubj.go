package pipeline

// A subject that ends in the acronym a story puts in brackets after a full
// name ("The head of the Organization of Petroleum Exporting Countries
// (OPEC) has called on the United States", "The African Union (AU) urged")
// left the verb with no subject: the walk left from the verb stopped at the
// closing bracket, which is no noun phrase. Reading the subject from before
// the bracket gives the verb the phrase the acronym only renames.
//
// Found in the twenty-third session's study of APPEAL actors on TUNE (the
// caller of "has called on" read as missing); rare in VOA, common in
// Reuters (29 stories changed there).

import (
	"slices"
	"strings"
)

// parenAcronymBefore: when k is the closing bracket of "( ACRONYM )" right
// after a name, the position before the opening bracket; otherwise k
// unchanged. The bracket must hold one all-capital word (or one short
// mention) so that a bracketed aside ("(in Taji)") is not skipped, and the
// name before the bracket must be read into the phrase there (a name the
// phrase walk does not reach, as one broken over a line, keeps the old
// reading).
func (p *Pipeline) parenAcronymBefore(d *doc, k, ss int) int {
	if k-3 < ss || k >= len(d.lower) || d.lower[k] != ")" {
		return k
	}
	open := -1
	switch {
	case d.lower[k-2] == "(":
		if a := d.words[k-1]; len(a) < 2 || strings.ToUpper(a) != a || strings.ToLower(a) == a {
			return k
		}
		open = k - 2
	default:
		mi := d.mentionAt[k-1]
		if mi < 0 {
			return k
		}
		m := d.mentions[mi]
		if m.end != k || m.start-1 <= ss || d.lower[m.start-1] != "(" || k-m.start > 3 {
			return k
		}
		open = m.start - 1
	}
	if open-1 < ss || d.mentionAt[open-1] < 0 {
		return k // the bracket follows a name: the acronym renames it
	}
	if e := d.mentions[d.mentionAt[open-1]].ent; e < 0 || !slices.Contains(p.npLeft(d, open, ss).ents, e) {
		return k
	}
	return open - 1
}

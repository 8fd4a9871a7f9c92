package pipeline

import "unicode"

// Reuters names a company it has no ticker for in angle brackets:
// "signed an agreement with <Electronic Data Systems Corp>", "acquired
// <Gulfex Inc>". The tagger reads the name inside, but the "<" stands
// between it and the word that governs it, so the argument readers, which
// look for a name right after "with", "by" or a verb, read none: of 164
// Reuters events whose sentence holds such a name the participants lacked
// it (newsfp6-24, twenty-third session; newsfp5-24 counted 3 of its 150
// judged events missing one). Measured: VOA has no brackets (TUNE and
// CHECK unchanged); Reuters 84 events changed (49 new, 33 with a party
// added or replaced, 2 gone), a judged sample of 25: 20 right, 5 wrong
// (an unreal agreement, car "telephones", a type that was already wrong).
//
// tickerBrackets widens the name's mention over the "<" once the entities
// are named (so the name stays the words inside): the reader that looks
// right after "with" finds the mention there, and the span stays one run of
// tokens, so a reader that walks over mentions by their start and end
// moves as before. (Pointing the "<" alone at the mention, as
// namedGatherings does for a head inside its span, sent the readers that
// walk back from a mention's start into a loop.) The closing ">" is left
// out: the rules that read a name's last word ("Corp", "Inc") keep it. A
// ticker ("<SHC>", all capitals) follows the name it stands for and is
// left alone: read as the party it displaced the name before it.

// tickerBrackets widens a mention of a name in "<...>" over its "<".
func tickerBrackets(d *doc) {
	for i, m := range d.mentions {
		if m.nested || m.start < 1 || m.end >= len(d.words) {
			continue
		}
		if d.words[m.start-1] != "<" || d.words[m.end] != ">" || d.mentionAt[m.start-1] >= 0 || d.mentionAt[m.start] != i {
			continue
		}
		if !hasLowerLetter(d.text(m.start, m.end)) {
			continue // a ticker after its company's name, "Shell Canada Limited <SHC>": the name before it is the party
		}
		m.start--
		d.mentionAt[m.start] = i
	}
}

// hasLowerLetter: s holds a lower-case letter (a name, not a ticker).
func hasLowerLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

package pipeline

// A possessive determiner at the start of a name span (seventeenth session,
// helper elect18). At a sentence's start the determiner is capitalised, and
// the tagger takes it into the name after it: "Her National League for
// Democracy won free elections in 1990", "Their Labour Party". The
// determiner is no part of the name, so the mention starts after it. Styles
// of address keep it: "His Holiness", "Her Majesty's Government".

// leadPossessives are the third-person possessive determiners trimmed off a
// name; "My Left Foot", "Our Saviour" are titles of works, whose first
// person belongs to the name.
var leadPossessives = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// stylesOfAddress follow a possessive that belongs to the name.
var stylesOfAddress = map[string]bool{"majesty": true, "holiness": true, "highness": true, "excellency": true, "majesty's": true, "honour": true, "honor": true}

// leadPossessive: the span [start, end) opens with a possessive determiner
// before a capitalised word that is no style of address.
func leadPossessive(d *doc, start, end int) bool {
	return start+1 < end && leadPossessives[d.lower[start]] && hasUpperLetter(d.words[start+1]) && !stylesOfAddress[d.lower[start+1]]
}

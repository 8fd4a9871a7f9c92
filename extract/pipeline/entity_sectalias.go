package pipeline

import "strings"

// A faith or people's compound is named by its first word too (fifteenth
// session).
//
// The NER tags "Sunni Muslim", "Shi'ite Muslims", "Sunni Arab" and even
// "Sunni Mosques" as one name, and the graph kept that compound as the
// entity's only spelling; the story and its readers call the same people
// "Sunni" or "Shi'ite" ("raided a Sunni Muslim mosque" ... "Sunni
// leaders"), and so do the labels, which name such a people by its faith
// word in every TUNE set. sectAlias gives the compound that word as an
// alias, so a query or a match by the people's name finds it.

// sectHeads are the words a faith or people's adjective takes before
// them in such a compound.
var sectHeads = map[string]bool{
	"muslim": true, "muslims": true, "arab": true, "arabs": true, "mosque": true, "mosques": true,
}

// sectAlias returns the faith word of a two-word compound name ("Sunni"
// for "Sunni Muslim", "Shi'ite" for "Shi'ite Muslims"), or "".
func sectAlias(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(rest, " ") || !sectHeads[strings.ToLower(rest)] {
		return ""
	}
	if lf := strings.ToLower(first); !groupAdjectives[lf] || sectHeads[lf] {
		return "" // "Arab Muslims": two peoples' words, neither the other's
	}
	return first
}

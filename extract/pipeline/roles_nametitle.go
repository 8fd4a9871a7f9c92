package pipeline

import "strings"

// A definite description by the title a person's name opens with: news
// names a pope, king or queen once with the title as part of the name
// ("Pope Benedict", "King Abdullah", "Queen Elizabeth") and then calls him
// or her "the pope", "the pontiff", "the king", "the monarch". The tagger
// reads the title into the name, so no role holds it and describedPerson
// finds nobody. Measured in the seventeenth session (maker18): appeals
// made by "the pontiff" and meetings with him were missed in several TUNE
// stories. As describedPerson does, one earlier person must fit: two
// ("King Abdullah" and "King Juan Carlos") leave it unresolved.

// nameTitleHeads maps a description's head noun to the words a name may
// open with that give its holder that standing.
var nameTitleHeads = map[string][]string{
	"pope":    {"pope"},
	"pontiff": {"pope"},
	"king":    {"king"},
	"queen":   {"queen"},
	"monarch": {"king", "queen"},
	"prince":  {"prince"},
	"emperor": {"emperor"},
	"sultan":  {"sultan"},
	"emir":    {"emir"},
}

// nameTitledPerson returns the one person named shortly before token i whose
// name opens with a word nameTitleHeads gives for head, or -1 when none or
// several do.
func nameTitledPerson(d *doc, i int, head string) int {
	opens := nameTitleHeads[head]
	if len(opens) == 0 {
		return -1
	}
	found := -1
	for _, m := range d.mentionsBack(max(0, i-describeWindow), i) {
		if m.label != "PER" || m.ent < 0 || m.nominal || m.end-m.start < 2 {
			continue
		}
		first := d.lower[m.start]
		ok := false
		for _, w := range opens {
			ok = ok || first == w
		}
		if !ok {
			continue
		}
		if found >= 0 && found != m.ent && !nameExtends(d.ents[found].name, d.ents[m.ent].name) {
			return -1
		}
		if found < 0 {
			found = m.ent // the nearest holds the description
		}
	}
	return found
}

// nameExtends reports two names of which one is the other with words added
// at its end: "Pope Benedict XVI" and "Pope Benedict", the tagger's two
// clusters of one person, not two popes.
func nameExtends(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(a, b+" ")
}

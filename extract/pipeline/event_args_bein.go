package pipeline

// A visitor's talks are told with a be-locative as often as with a verb of
// travel: "A senior U.S. official is in Seoul for talks with South Korean
// officials", "Japan's foreign minister was in Beijing for talks". The main
// clause's verb is then "is", which mainSubject passes over as a copula or
// an auxiliary; before this reader only a name opening the sentence
// ("Robert Zoellick is in Beijing for talks") gave the talks their visitor,
// and a described one ("a top U.S. diplomat") was lost.
//
// Measured in the fourteenth session on TUNE: the visitor was the missing
// side of NEGOTIATE events in two stories.

// beInPlace: the be-verb at k, before t, places its subject at a named
// place ("is in Seoul", "were at the United Nations").
func beInPlace(d *doc, k, t int) bool {
	if k+2 >= t || d.lower[k+1] != "in" && d.lower[k+1] != "at" {
		return false
	}
	j := k + 2
	if d.lower[j] == "the" && j+1 < t {
		j++
	}
	return d.mentionAt[j] >= 0
}

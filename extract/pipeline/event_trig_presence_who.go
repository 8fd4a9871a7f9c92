package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// More of "is in" (fifteenth session, visit16): a leader told in a
// relative clause that ends the sentence ("spoke by telephone to Prime
// Minister Manmohan Singh, who is in Moscow.") and a past stay dated by
// the next words ("Mr. Talabani was in Iran last week", "was in Beijing on
// Tuesday") are trips as well. A past "was in" with no date after it
// ("was in Iraq in 2003 when he", "was in prison") is left alone, and so
// is a relative clause after a name with no office noun ("Serena
// Williams, who is also in Dubai", a player at a tournament): it tells
// where someone lived or stayed, not a visit.

// pastTripAfter: the tokens at k date a past stay to a recent day or week
// ("last week", "earlier this month", "on Tuesday", "Monday").
func pastTripAfter(d *doc, k, se int) bool {
	if k >= se {
		return false
	}
	switch w := d.lower[k]; {
	case w == "last" || w == "earlier" || w == "this":
		return true
	case w == "on" && k+1 < se:
		return weekdays[d.lower[k+1]]
	default:
		return weekdays[w]
	}
}

// titledPerson: the mention ending at k is a person the story names with
// an office noun ("Prime Minister Manmohan Singh", "World Bank
// Vice-President David Knox"), here or in another mention.
func titledPerson(d *doc, k, ss int) bool {
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Person {
		return false
	}
	if st := d.mentions[mi].start; st-1 >= ss && visitorNouns[d.lower[st-1]] {
		return true
	}
	for _, a := range d.ents[d.mentions[mi].ent].aliases {
		for _, w := range strings.Fields(strings.ToLower(a)) {
			for _, part := range strings.Split(w, "-") {
				if visitorNouns[part] {
					return true
				}
			}
		}
	}
	return false
}

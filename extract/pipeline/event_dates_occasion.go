package pipeline

// The lead's occasion (twelfth session).
//
// A lead told in the present perfect often names the occasion of its news
// in an adverbial after it: "India and Burma have signed several new
// agreements ..., during a visit to India by Burma's military ruler",
// "Russia and North Korea have pledged to boost cooperation, following a
// meeting of the countries' foreign ministers in Moscow". The occasion is
// of the lead's day, which the next sentence gives ("Than Shwe received a
// formal welcome Tuesday in New Delhi"), as the lead's own event is
// (leadNextDay).

// occasionTies open an adverbial naming the occasion of the main clause.
var occasionTies = map[string]bool{"during": true, "following": true, "after": true, "at": true}

// leadOccasion: ev, an event noun of the lead sentence (starting at ss), is
// the occasion named by an adverbial: "during a visit", "following talks",
// "after a meeting".
func leadOccasion(d *doc, ss int, ev *event) bool {
	if !ev.nominal {
		return false
	}
	k := ev.trigStart - 1
	for k > ss && (d.lower[k] == "a" || d.lower[k] == "an" || d.lower[k] == "the" || d.lower[k] == "their" || d.lower[k] == "his" || d.lower[k] == "her") {
		k--
	}
	return k > ss && occasionTies[d.lower[k]]
}

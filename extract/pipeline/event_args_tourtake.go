package pipeline

import "github.com/newsgraph/newsgraph/extract"

// A tour that takes its traveller to the places it names.
//
// "Brussels is the first stop on a five day, three nation tour that will
// also take Mr. Bush to Germany and Slovakia", "President Abbas is on an
// Asian tour that will also take him to Vietnam and Malaysia": the tour
// noun's relative clause names both the visitor (the object of "take")
// and the places visited (after "to"), while the argument reader looks
// for them around the noun and finds neither, so the tour is dropped as
// naming no one. tourTakes reads them from the clause: the person (or a
// pronoun the story resolves) taken, and the list of places after "to";
// splitVisits then makes one VISIT per place, as the Guideline counts a
// trip by its stops. A tour that "also" takes him there tells other legs
// than a visit told before, and joins none (another). A thing or a body taken ("a tour that takes the
// exhibition to Paris") and a clause with no place after "to" are left
// alone. (Seventeenth session, visit18: 2 TUNE stories, 4 visits dropped
// with no participant.)

// tourTakes gives a VISIT told by a tour noun the visitor and the places
// of a following "that (will also) take X to A and B" clause.
func (p *Pipeline) tourTakes(d *doc, ev *event, ss, se int) {
	if ev.typ != "VISIT" || !tourNouns[d.lower[ev.trigEnd-1]] {
		return
	}
	j := ev.trigEnd
	if j >= se || d.lower[j] != "that" && d.lower[j] != "which" {
		return
	}
	j++
	also := false
	for n := 0; n < 3 && j < se && tourTakeAdverbs[d.lower[j]]; n++ {
		also = also || d.lower[j] == "also"
		j++
	}
	if j >= se || !takeVerbs[d.lower[j]] {
		return
	}
	j++
	for n := 0; n < 3 && j+1 < se && d.mentionAt[j] < 0 && titleWord(d.lower[j]); n++ {
		j++ // "take Mr. Bush", "take President Abbas"
	}
	var visitors []int
	if j < se {
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			if m.start != j || m.ent < 0 || d.ents[m.ent].typ != extract.Person {
				return
			}
			visitors, j = []int{m.ent}, m.end
		} else if d.lower[j] == "him" || d.lower[j] == "her" || d.lower[j] == "them" {
			visitors = p.pronoun(d, j, ss)
			j++
		}
	}
	if len(visitors) == 0 || j >= se || d.lower[j] != "to" {
		return
	}
	first := placeAt(d, j+1, se)
	if first < 0 {
		return
	}
	// "that will also take him to": legs besides the visit told before
	// ("with visiting Palestinian President Mahmoud Abbas"), not that visit
	ev.another = also
	ev.setSides(visitors, append([]int{first}, placeListWith(d, []int{first}, j+1, se)...))
}

// tourTakeAdverbs may stand between "that" and "take" ("that will also
// take him to").
var tourTakeAdverbs = map[string]bool{"will": true, "would": true, "also": true, "then": true, "later": true, "is": true, "was": true, "to": true}

// takeVerbs carry a traveller somewhere.
var takeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "bring": true, "brings": true, "brought": true}

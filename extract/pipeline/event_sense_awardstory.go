package pipeline

// "Nominated" for a prize the sentence itself does not name (twenty-second
// session, newsfp4-23). event_senses.go drops an APPOINTMENT "nominated"
// with a prize word in its own sentence; BBC arts stories still gave
// APPOINTMENTs where the prize is told in the sentence before or after:
// "Doris Lessing and Ian McEwan have also been nominated", "who was
// nominated for Gladiator in 2001, is also up for", "beating Scorsese who
// was nominated for a fifth time". A nomination to an office names the
// office in its own sentence ("nominated X as ambassador", "to be
// director", "for election to its board"), so the test is: no office in
// the sentence and a prize in a sentence beside it.

// nominationOffices: words that make a nomination one to a post.
var nominationOffices = map[string]bool{
	"election": true, "re-election": true, "board": true, "court": true, "judge": true, "cabinet": true,
	"candidate": true, "post": true, "position": true, "seat": true, "successor": true, "replace": true,
	"succeed": true, "officer": true, "executive": true,
}

// awardStory: a nomination in sentence si that names no office, beside a
// sentence that tells of prizes.
func awardStory(d *doc, si int) bool {
	if si < 0 || si >= len(d.sents) {
		return false
	}
	s := d.sents[si]
	for k := s.Start; k < s.End; k++ {
		w := d.lower[k]
		if k > s.Start && d.lower[k-1] == "best" {
			continue // "won best director": a prize's name, no office
		}
		if nominationOffices[w] || officeTitles[w] || officerWords[w] || officeObjects[w] {
			return false
		}
	}
	for _, j := range []int{si - 1, si + 1} {
		if j >= 0 && j < len(d.sents) && awardContext(d, d.sents[j].Start, d.sents[j].End) {
			return true
		}
	}
	return false
}

package pipeline

import "strings"

// A modal reaches the verbs "and" joins to its own (seventeenth session).
//
// readArgs reads "would impose" as unreal: the modal stands before the
// event's verb. English lets one modal govern a row of verbs joined by
// "and" or "or", each in its base form: "The Council announced it would impose travel bans and
// freeze the assets of people undermining the peace deal", "Islamic leaders
// said they would defy the ban and stage more protests". The second verb is
// as much only possible or intended as the first; the Guideline leaves such
// events out. "Will" is left out, as in modalSubject: "will meet the
// president and sign the deal" tells scheduled acts, which the Guideline
// counts. Read on TUNE (dev11, dev37: no labelled event stands in such a
// verb row).

const guardUnrealModalCoord = "unreal:modal-coord" // "would impose travel bans and freeze the assets"

// modalClauseStops end the clause the modal's verb row stands in.
var modalClauseStops = map[string]bool{
	",": true, ";": true, ":": true, "who": true, "which": true, "that": true, "but": true, "because": true,
	"said": true, "says": true, "after": true, "before": true, "when": true, "while": true, "since": true,
}

// modalCoordinated: the event's verb (or its noun's light verb) follows
// "and"/"or", and the verb before that conjunction, in the same clause and
// at most ten words back, is governed by "would", "could", "might" or
// "may" (a modal is always followed by its verb).
func (p *Pipeline) modalCoordinated(d *doc, ev *event, ss int) bool {
	v := eventVerb(d, ev, ss)
	if v < 0 {
		return false
	}
	j := v - 1
	for j > ss && coordAdverbs[d.lower[j]] {
		j--
	}
	if j <= ss || d.lower[j] != "and" && d.lower[j] != "or" {
		return false
	}
	if w := d.lower[v]; p.cls(d, v)&wPast != 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // a finite verb has a subject of its own: "said it would defend its rights and urged Turkey to"
	}
	for k := j - 1; k > ss && k >= j-10; k-- {
		w := d.lower[k]
		if modalClauseStops[w] {
			return false
		}
		if !supposeModals[w] {
			continue
		}
		if w == "may" && (p.cls(d, k-1)&(wPrep|wNum) != 0 || allDigits(d.lower[k+1])) {
			return false // "in May and June", "May 16 and": the month
		}
		return true
	}
	return false
}

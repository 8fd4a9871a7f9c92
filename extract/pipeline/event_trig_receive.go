package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// receiveForms are the verbs of receiving a visitor: "Mr. Kim greeted
// Chinese President Hu Jintao on the airport tarmac", "was welcomed by
// King Abdullah". CAMEO files greet and welcome under praise (051); with a
// person received they tell the two meeting. ("hosted" is CAMEO's own 043,
// a visit; "received" takes things far more often than people: "received
// three Oscar nominations", "state aid received by Airbus".)
var receiveForms = map[string]bool{
	"greet": true, "greets": true, "greeted": true, "greeting": true,
	"welcome": true, "welcomes": true, "welcomed": true, "welcoming": true,
}

// receivesVisitor reads a visitor received at word i: a person named right
// after the verb ("greeted Chinese President Hu Jintao") or, in the
// passive, after "by"; titles and nationalities may come before the name.
func (p *Pipeline) receivesVisitor(d *doc, i, se int) (cameo.Match, bool) {
	if !receiveForms[d.lower[i]] || i+1 >= se {
		return cameo.Match{}, false
	}
	k := i + 1
	if d.lower[k] == "by" {
		k++ // "was greeted by Prime Minister Tony Blair"
	}
	for n := 0; n < 4 && k < se; n++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			mn := d.mentions[mi]
			if mn.label == "NORP" {
				k = mn.end // "Chinese President Hu Jintao"
				continue
			}
			if mn.label != "PER" || mn.nominal {
				return cameo.Match{}, false
			}
			if mn.end < se && (d.lower[mn.end] == "'s" || d.lower[mn.end] == "’s") {
				return cameo.Match{}, false // "welcomed Tony Blair's courage": a thing of his
			}
			return cameo.Match{Code: "040", Lemma: "receive", Start: i, End: i + 1}, true
		}
		if !titleWord(d.lower[k]) && !officeTitles[d.lower[k]] && d.lower[k] != "visiting" {
			return cameo.Match{}, false // "welcomed the decision"
		}
		k++
	}
	return cameo.Match{}, false
}

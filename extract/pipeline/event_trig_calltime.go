package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// An appeal told by "call" with a time word between the verb and its
// preposition (seventeenth session, helper demand18): "Mahmoud Abbas
// called Tuesday for all Palestinians to take part", "Russia called again
// on Israel to halt the raids", "Senator Carl Levin called Sunday in a
// broadcast interview for a phased withdrawal". News puts the day right
// after the verb; the lexicon's "call for" and "call on" want the words
// side by side, so the verb alone was read as a phone call (and dropped
// for want of a second party) or not at all. Measured on TUNE at the
// start: 2 APPEALs missed this way (voa-0595, voa-1479), both labelled,
// and no sentence of the shape left unlabelled.

// callTimeStarts are the words callOverTime fires on (scanFamilies): the
// forms of "call" (callVerbs), which ask when "for" or "on" follows.
func callTimeStarts() []string { return wordsOf(callVerbs) }

// callOverTime reads "called DAY for / on X to" as an appeal (CAMEO 020).
func (p *Pipeline) callOverTime(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !callVerbs[d.lower[i]] || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	k, timed := i+1, false
	for n := 0; n < 3 && k+1 < se; n++ {
		w := d.lower[k]
		if dayName(w) || w == "again" || w == "repeatedly" || w == "publicly" {
			k++
		} else if (w == "on" || w == "late" || w == "early") && dayName(d.lower[k+1]) {
			k += 2 // "called on Tuesday for", "called late Monday for"
		} else {
			break
		}
		timed = true
	}
	if !timed || k+1 >= se {
		return cameo.Match{}, false // "called for" side by side is the lexicon's
	}
	if d.lower[k] == "in" || d.lower[k] == "during" {
		// "called Sunday in a broadcast interview for": a short phrase of
		// where or how, no name, verb or comma in it
		j := k + 1
		for j < se && j <= k+5 && d.mentionAt[j] < 0 && p.cls(d, j)&(wPunct|wPrep) == 0 && (p.cls(d, j)&(wVerb|wPast) == 0 || p.cls(d, j)&wNoun != 0) {
			j++
		}
		if j == k+1 || j >= se || d.lower[j] != "for" {
			return cameo.Match{}, false
		}
		k = j
	}
	switch d.lower[k] {
	case "for":
	case "on", "upon":
		// "called Monday on Israel to halt": the one called on, then what
		if d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wDet == 0 || !toVerbWithin(p, d, k+2, se, 8) {
			return cameo.Match{}, false
		}
	default:
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "020", Lemma: "call for", Start: i, End: i + 1}, true
}

// toVerbWithin: "to" and a bare verb follow within n words of k, with no
// comma between.
func toVerbWithin(p *Pipeline, d *doc, k, se, n int) bool {
	for j := k; j+1 < se && j < k+n; j++ {
		if d.lower[j] == "," || d.lower[j] == "." {
			return false
		}
		if d.lower[j] == "to" && p.bareAfterTo(d, j+1) {
			return true
		}
	}
	return false
}

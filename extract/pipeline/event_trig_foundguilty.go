package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Verdicts with a long object (twenty-first session, court22): "A Serbian
// court has found 14 former Serb militia members guilty of war crimes",
// "the jury found the two former Enron executives not guilty". CAMEO's
// "FIND * GUILTY" allows three words between (the lexicon's gap), so a
// verdict on a described group or a long name is lost. English puts the
// whole object between "found" and the verdict adjective; a comma, a
// clause word or a second verb ends the object first ("found that ...",
// "found the bodies, guilty of ..." is no verdict). Shares scanFound's bit.

// verdictWords end a verdict's object: "guilty", "not guilty", "innocent".
var verdictWords = map[string]bool{"guilty": true, "innocent": true}

// verdictObjectEnds end the object of "found" before any verdict word.
var verdictObjectEnds = map[string]bool{
	",": true, ".": true, ";": true, ":": true, "that": true, "who": true, "which": true, "when": true,
	"after": true, "had": true, "has": true, "was": true, "were": true, "is": true, "are": true,
}

// verdictFound reads "found OBJECT guilty" at i when the object is up to
// nine words long, a name counting as one; the match is the verb.
func verdictFound(d *doc, i, se int) (cameo.Match, bool) {
	if d.lower[i] != "found" {
		return cameo.Match{}, false
	}
	for k, n := i+1, 0; k < se && n < 9; k, n = k+1, n+1 {
		if mi := d.mentionAt[k]; mi >= 0 {
			k = d.mentions[mi].end - 1
			continue
		}
		w := d.lower[k]
		if verdictWords[w] {
			if k == i+1 {
				return cameo.Match{}, false // "found guilty": the lexicon's passive
			}
			return cameo.Match{Code: cameo.CodeTrial, Lemma: "find guilty", Start: i, End: i + 1}, true
		}
		if verdictObjectEnds[w] {
			break
		}
	}
	return cameo.Match{}, false
}

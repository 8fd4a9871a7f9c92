package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Bail (fifteenth session, legal16): "He has since been freed on bail",
// "They later released him on bail", "was arrested and released on bail
// earlier this year", "most boycotted a bail hearing", "The journalists
// were granted bail last week". The guideline reads a release on bail and
// a bail decision or hearing as a TRIAL (testdata/events/README.md, the
// `dev4` bail reading); CAMEO files releasing people under easing (08x),
// outside the inventory, and has no pattern for bail. "Bail" in business
// news is a rescue ("bail out", "bailout"), never "on bail" or a bail
// hearing, so the release verb must take "on bail" within three words,
// and the noun alone needs a court word after it or a grant before it.

// bailReleases are the verbs of a release on bail.
var bailReleases = map[string]bool{
	"released": true, "releases": true, "release": true, "freed": true, "frees": true, "free": true,
}

// bailNouns are what a bail noun heads in a court ("a bail hearing").
var bailNouns = map[string]bool{
	"hearing": true, "hearings": true, "application": true, "request": true, "plea": true, "petition": true,
}

// bailGrants are the verbs of a bail decision told in the passive or with
// the court left out ("were granted bail", "was denied bail").
var bailGrants = map[string]bool{
	"granted": true, "denied": true, "refused": true, "posted": true,
}

// bailStarts are the words bailTold can fire on (scanWords).
func bailStarts() []string { return append(wordsOf(bailReleases), "bail") }

// bailTold reads a release on bail at the verb i ("freed on bail", "released
// him on bail", the match spanning "on bail"), or a bail noun at i with a
// court noun after it or a grant before it.
func bailTold(d *doc, i, ss, se int) (cameo.Match, bool) {
	w := d.lower[i]
	if bailReleases[w] {
		for k := i + 1; k+1 < se && k <= i+3; k++ {
			if d.lower[k] == "on" && d.lower[k+1] == "bail" {
				return cameo.Match{Code: cameo.CodeTrial, Lemma: "release", Start: i, End: k + 2}, true
			}
			if d.lower[k] == "," || d.lower[k] == "." || d.lower[k] == "and" {
				break
			}
		}
		return cameo.Match{}, false
	}
	if w != "bail" || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	if i+1 < se && bailNouns[d.lower[i+1]] {
		return cameo.Match{Code: cameo.CodeTrial, Lemma: "bail", Start: i, End: i + 2, Nominal: true}, true
	}
	if i > ss && bailGrants[d.lower[i-1]] {
		return cameo.Match{Code: cameo.CodeTrial, Lemma: "grant", Start: i - 1, End: i + 1}, true
	}
	return cameo.Match{}, false
}

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
		// "on" within five words, a name counting as one ("freed Sarah
		// Shourd earlier this month on $500,000 bail")
		for k, n := i+1, 0; k+1 < se && n < 5; k, n = k+1, n+1 {
			if mi := d.mentionAt[k]; mi >= 0 {
				k = d.mentions[mi].end - 1
				continue
			}
			if d.lower[k] == "on" {
				if end, ok := bailSum(d, k+1, se); ok {
					return cameo.Match{Code: cameo.CodeTrial, Lemma: "release", Start: i, End: end}, true
				}
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

// bailSum reads the words after "on" in a release: "bail", or a sum and
// "bail" or "bond" ("freed earlier this month on $500,000 bail", "released
// on $10,000 bond"), or "bond" ending the clause ("released on bond.").
// (twenty-first session, court22) A bond after a sum or ending the clause
// is a surety; "on bond markets" is business news. It returns the end of
// the match.
func bailSum(d *doc, k, se int) (int, bool) {
	sum, start := false, k
	for ; k < se && k < start+4 && moneyWord(d.lower[k]); k++ {
		sum = true
	}
	if k >= se {
		return 0, false
	}
	switch d.lower[k] {
	case "bail":
		return k + 1, true
	case "bond":
		if sum || k+1 >= se || bondClauseEnd(d.lower[k+1]) {
			return k + 1, true
		}
	}
	return 0, false
}

// moneyWord: w is part of a sum of money ("$", "500,000", "$10,000", "million").
func moneyWord(w string) bool {
	if w == "" {
		return false
	}
	switch w[0] {
	case '$', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	switch w {
	case "£", "€", "million", "thousand", "billion", "dollars", "pounds", "euros", "us", "u.s.":
		return true
	}
	return false
}

// bondClauseEnd: w ends the clause of a release on bond.
func bondClauseEnd(w string) bool {
	switch w {
	case ",", ".", ";", ":", "after", "and", "pending", "until", "while", "but":
		return true
	}
	return false
}

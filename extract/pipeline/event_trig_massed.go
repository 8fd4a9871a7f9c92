package pipeline

// Forces massed or placed in position (twentieth session, posture21).
// forcesPosted read "deploy" and "patrol" only; news tells the same show
// of force with other verbs of placing forces: "thousands of Turkish
// troops are reported to be gathering", "American tanks and troops were
// positioned across the city", "Lebanese troops ... remained deployed",
// "has massed troops on the border", and with weapons as what is deployed:
// "the military has deployed another batch of intercontinental ballistic
// missiles". The Guideline reads each as a MILITARY_POSTURE of the state
// whose forces they are (testdata/events/README.md, posture21). The verbs
// share forcesPosted's bit and its test for a force as subject or object,
// so "riot police watched the gathering" (a noun after an article) and
// "crowds gathering" (no force) stay out. Forces that "arrived" or are
// "stationed" stay out too: the labels split on them (voa-0005 labelled,
// voa-1427, voa-1494 and voa-1514 not).

// massForms are the verbs of forces massed or placed, with their CAMEO
// codes (154, a show of force by mobilizing).
var massForms = map[string]string{
	"positioned": "154", "massed": "154", "massing": "154", "amassed": "154", "amassing": "154",
	"gathering": "154",
}

// postedWeapons are the weapons a verb of posting deploys as forces are
// deployed ("deployed another batch of ballistic missiles"); read only
// after the verb, never as its subject.
var postedWeapons = map[string]bool{
	"missiles": true, "interceptors": true, "rockets": true, "bombers": true, "warplanes": true,
	"jets": true, "helicopters": true, "submarines": true, "artillery": true,
}

// postCode is the CAMEO code of a verb that posts or masses forces.
func postCode(w string) (string, bool) {
	if c, ok := postForms[w]; ok {
		return c, true
	}
	c, ok := massForms[w]
	return c, ok
}

// postAux: the word at j may stand between a force and its verb of
// posting: an auxiliary, an adverb, "remained" ("remained deployed"), or
// a report's raising ("are reported to be gathering").
func postAux(d *doc, j int) bool {
	switch d.lower[j] {
	case "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "will", "begun", "began",
		"begin", "started", "start", "also", "already", "now", "reportedly", "still",
		"remained", "remain", "remains", "reported", "said", "believed":
		return true
	case "to":
		return j+1 < len(d.lower) && d.lower[j+1] == "be"
	}
	return false
}

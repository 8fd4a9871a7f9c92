package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Forces posted somewhere (fourteenth session). CAMEO reads deploying as
// a show of force (154) only with the troops as the verb's object
// ("deployed soldiers to Somalia", militaryMoves); news tells the same
// posture with the forces as the subject, and with police as the force:
// "Lebanese troops deployed near the camps", "More than 10,000 police have
// been deployed in the area", "Thousands of Palestinian police have begun
// deploying", "with Australian troops patrolling the streets", "has
// deployed hundreds of security officers to Hebron". The guideline reads
// each as a MILITARY_POSTURE of the forces' state (testdata/events/README.md).
// Other verbs of sending ("police were sent to the scene") stay out: they
// tell a response to a crime as often as a posture.

// postForms are the verb forms that post forces, with their CAMEO codes.
var postForms = map[string]string{
	"deploy": "154", "deploys": "154", "deployed": "154", "deploying": "154",
	"redeploy": "154", "redeployed": "154", "redeploying": "154",
	"patrol": "150", "patrols": "150", "patrolled": "150", "patrolling": "150",
}

// postedForces are the head nouns of armed or police forces.
var postedForces = map[string]bool{
	"troops": true, "soldiers": true, "police": true, "policemen": true, "officers": true, "forces": true,
	"peacekeepers": true, "marines": true, "paratroopers": true, "commandos": true, "gendarmes": true,
	"battalions": true, "tanks": true, "warships": true, "guards": true,
}

// postLemma is the lemma forcesPosted gives its match; the show-of-force
// filter of scanTriggers lets it through (its forces may be the subject).
const postLemma = "post forces"

// postStarts are the words forcesPosted can fire on (scanWords).
func postStarts() []string { return append(wordsOf(postForms), wordsOf(massForms)...) }

// forcesPosted reads a posting verb at i whose subject or object is a force.
func (p *Pipeline) forcesPosted(d *doc, i, ss, se int) (cameo.Match, bool) {
	code, ok := postCode(d.lower[i]) // massForms: event_trig_massed.go
	if !ok {
		return cameo.Match{}, false
	}
	if d.lower[i] == "station" || d.lower[i] == "patrol" || d.lower[i] == "patrols" {
		return cameo.Match{}, false // "the police station", "attacked an Israeli patrol": mostly the nouns
	}
	if forcesBefore(d, i, ss) < 0 && !forcesAfter(d, i+1, se) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: code, Lemma: postLemma, Start: i, End: i + 1}, true
}

// forcesBefore: a force noun ends the subject of the verb at i, right
// before it or before its auxiliaries ("troops deployed", "police have been
// deployed", "police have begun deploying", "troops patrolling").
func forcesBefore(d *doc, i, ss int) int {
	j := i - 1
	for n := 0; n < 4 && j >= ss && postAux(d, j); n++ {
		j-- // "police have been deployed", "troops are reported to be gathering" (postAux)
	}
	if j < ss || d.mentionAt[j] >= 0 || !postedForces[d.lower[j]] {
		return -1
	}
	if j == i-1 && !clauseSubject(d, j, ss) {
		return -1 // "opened fire on the policemen patrolling in Lashkar Gah", "support for U.S. troops deployed in the country": a reduced relative describes them
	}
	return j
}

// clauseSubject: the noun phrase ending at f opens its clause: the sentence
// starts there, or a conjunction or "with" comes before it ("as Lebanese
// troops deployed", "with Australian troops patrolling the streets").
func clauseSubject(d *doc, f, ss int) bool {
	k := f - 1
	for k >= ss && (d.mentionAt[k] >= 0 || allDigits(strings.ReplaceAll(d.lower[k], ",", "")) || forceCompound[d.lower[k]] || forceModifiers[d.lower[k]]) {
		k--
	}
	if k < ss {
		return true
	}
	switch d.lower[k] {
	case "as", "while", "when", "after", "with", "and", ",", "but", "where", "because", "since", "before", "then", "meanwhile":
		return true
	}
	return false
}

// forceModifiers may stand in a force's noun phrase before its head:
// "Thousands of riot police", "about 2,000 heavily armed troops".
var forceModifiers = map[string]bool{
	"the": true, "of": true, "thousands": true, "hundreds": true, "dozens": true, "more": true, "than": true,
	"about": true, "some": true, "nearly": true, "almost": true, "around": true, "riot": true, "armed": true,
	"heavily": true, "additional": true, "extra": true, "foreign": true, "international": true, "government": true,
	"federal": true, "special": true, "elite": true, "paramilitary": true, "many": true, "several": true,
	"hundred": true, "thousand": true, "up": true, "to": true,
}

// forcesAfter: the object of the verb is a force, within six words
// ("deployed hundreds of security officers", "will deploy up to 17,000
// police").
func forcesAfter(d *doc, k, se int) bool {
	return forcesAt(d, k, se) >= 0
}

// forcesAt is the force noun forcesAfter finds, or -1.
func forcesAt(d *doc, k, se int) int {
	for j := k; j < se && j < k+6; j++ {
		if (postedForces[d.lower[j]] || postedWeapons[d.lower[j]]) && d.mentionAt[j] < 0 {
			return j
		}
		if d.lower[j] == "to" && j > k && d.lower[j-1] != "up" || d.lower[j] == "," || d.lower[j] == "." {
			return -1 // "deployed to the region, where troops ...": past the object
		}
	}
	return -1
}

// postedArgs makes the state whose forces are posted the AGENT: "Lebanese
// troops", "British police" (their nationality), or a bare "police" the
// story gave a country just before (earlierForce). The passive's subject
// ("police have been deployed") was read as the one acted on; it is the
// state showing force.
func (p *Pipeline) postedArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	f := forcesBefore(d, m.Start, ss)
	if f < 0 {
		f = forcesAt(d, m.End, se)
	}
	if f < 0 {
		return
	}
	owner := -1
	j := f - 1
	if j > ss && d.mentionAt[j] < 0 && forceCompound[d.lower[j]] {
		j-- // "Palestinian security officers", "riot police"
	}
	if j > ss && (d.lower[j] == "'s" || d.lower[j] == "’s") {
		j--
	}
	if j >= ss {
		if mi := d.mentionAt[j]; mi >= 0 {
			mt := d.mentions[mi]
			if mt.ent >= 0 && (mt.label == "NORP" || d.ents[mt.ent].typ == extract.Location && d.ents[mt.ent].subtype == extract.Country) {
				owner = mt.ent
			}
		}
	}
	if owner < 0 {
		start := f
		for start > ss && (p.cls(d, start-1) == wNum || forceCompound[d.lower[start-1]] || d.lower[start-1] == "the") && d.mentionAt[start-1] < 0 {
			start--
		}
		owner = p.earlierForce(d, np{start: start, end: f + 1}, f+1)
		if owner < 0 && p.bareForce(d, np{start: start, end: f + 1}, f+1) {
			owner = soleCountry(d, f) // "More than 5,000 police were deployed", after a sentence about Thailand
		}
	}
	if owner < 0 || hasRole(ev, agent) {
		return
	}
	for k := range ev.parts {
		if ev.parts[k].ent == owner {
			ev.parts[k].role = agent
			return
		}
	}
	ev.addPart(owner, agent)
}

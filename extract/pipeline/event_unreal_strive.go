package pipeline

// An agreement only striven for (twenty-third session, helper newsfp5-24).
//
// A noun event after the light verb of an infinitive ("to reach an
// agreement", "to sign a deal") is kept by readArgs unless the infinitive's
// governor is a named object or a wish ("hopes to sign"): "arrived in Cairo
// to sign an accord" tells an accord that is signed. When the governor is a
// word of failing or of striving, the act is not told done: "have been
// unable to reach agreement", "failed to reach a deal", "are struggling to
// reach an agreement on a new constitution", "will negotiate with its
// neighbor to reach an agreement". talksSought (event_guard_talksought.go)
// reads the same heads for talks only; this reads them for any noun the
// verbs of concluding take (AGREEMENT above all, also "failed to hold a
// meeting"). Judged sample of 150 BBC/Reuters events: Reuters "were unable
// to reach agreement to extend the union contract"; TUNE: voa-1294,
// voa-2159, voa-2478 (dev26..29, dev46..49, dev54..57).

// concludeVerbs take a noun event as the act concluded or held.
var concludeVerbs = map[string]bool{
	"reach": true, "sign": true, "conclude": true, "finalize": true, "finalise": true, "seal": true,
	"clinch": true, "strike": true, "forge": true, "secure": true, "hold": true, "have": true,
}

// striveHeads govern an infinitive whose act is attempted or failed, not done.
// (try, attempt, hope and their forms are read by wishedFor already.)
var striveHeads = map[string]bool{
	"unable": true, "failed": true, "fail": true, "fails": true, "failing": true, "failure": true,
	"struggling": true, "struggled": true, "struggle": true, "struggles": true,
	"effort": true, "efforts": true, "bid": true, "working": true, "work": true, "worked": true, "works": true,
	"negotiate": true, "negotiating": true, "negotiated": true, "negotiates": true,
	"pushing": true, "pressing": true, "striving": true, "strive": true,
}

// strivenNoun: ev is a noun event concluded by an infinitive ("to reach
// an agreement") that a word of failing or striving governs (see above).
func strivenNoun(d *doc, ev *event, ss int) bool {
	if !ev.nominal {
		return false
	}
	// back over the noun's determiner and premodifiers to the verb:
	// "to reach a new peace agreement"
	v := -1
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-5; k-- {
		w := d.lower[k]
		if concludeVerbs[w] {
			v = k
			break
		}
		if isPunct(d.words[k]) || prepositionWord(w) || w == "and" || w == "that" {
			return false
		}
	}
	if v-2 < ss || d.lower[v-1] != "to" {
		return false // a finite verb: "failed talks ended, then they reached an agreement"
	}
	g := v - 2
	for g > ss && (d.lower[g] == "hard" || d.lower[g] == "also" || d.lower[g] == "still" || d.lower[g] == "now") {
		g-- // "worked hard to reach"
	}
	if d.lower[g] == "able" {
		// "have not been able to reach agreement" (not "were able to reach": they did)
		for k := g - 1; k >= ss && k >= g-3; k-- {
			if d.lower[k] == "not" || d.lower[k] == "n't" || d.lower[k] == "never" {
				return true
			}
		}
		return false
	}
	// the governor, or the verb whose purpose the infinitive tells across
	// its object: "will negotiate with its neighbor to reach"
	for k := g; k >= ss && k >= g-6; k-- {
		w := d.lower[k]
		if striveHeads[w] && d.mentionAt[k] < 0 {
			return true
		}
		if isPunct(d.words[k]) || w == "and" || w == "but" || w == "that" || w == "which" || w == "who" || w == "to" {
			return false
		}
	}
	return false
}

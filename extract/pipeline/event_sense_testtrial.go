package pipeline

// "Trial" as a test (twentieth session): "BT Retail will trial the same
// speed service", "plans to trial the scheme", "a field trial scheduled to
// begin in April", "clinical trials of the drug". The lexicon reads the
// noun "trial" as a court's (CAMEO 173 TRIAL); the verb, and the noun
// after a word of testing, try a product or a method, not a person, and
// name no TRIAL. "will go on trial", "brought to trial", "sent to trial"
// stay: the verb before "to" brings someone before a court.

const guardTestTrial = "sense:test-trial" // "will trial the same speed service"

// trialModals come right before "trial" used as a verb.
var trialModals = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "shall": true, "'ll": true,
}

// trialObjects open the object of the verb "trial": "trial the service".
var trialObjects = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"new": true, "this": true, "these": true, "some": true,
}

// courtToVerbs bring someone "to trial" before a court.
var courtToVerbs = map[string]bool{
	"brought": true, "bring": true, "brings": true, "bringing": true, "sent": true, "send": true,
	"go": true, "goes": true, "went": true, "gone": true, "going": true, "come": true, "came": true,
	"comes": true, "sending": true, "put": true, "stand": true, "face": true, "faces": true,
}

// testNouns before the noun "trial" make it a test: "a field trial".
var testNouns = map[string]bool{
	"field": true, "clinical": true, "drug": true, "drugs": true, "pilot": true, "vaccine": true,
	"medical": true, "beta": true, "customer": true, "consumer": true, "technical": true,
	"free": true, "time": true, "product": true, "market": true, "network": true,
}

// testTrial: the TRIAL of ev is told by "trial" as a test of a thing.
func testTrial(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "TRIAL" || ev.trigEnd-ev.trigStart != 1 {
		return false
	}
	k := ev.trigStart
	switch d.lower[k] {
	case "trialled", "trialed", "trialling", "trialing":
		return true
	case "trial", "trials":
	default:
		return false
	}
	if k > ss && testNouns[d.lower[k-1]] {
		return true // "a field trial", "clinical trials"
	}
	if d.lower[k] != "trial" || k+1 >= se || !trialObjects[d.lower[k+1]] || k == ss {
		return false
	}
	prev := d.lower[k-1]
	if trialModals[prev] {
		return true // "will trial the service"
	}
	return prev == "to" && k-2 >= ss && !courtToVerbs[d.lower[k-2]] // "plans to trial a scheme", not "brought to trial the men"
}

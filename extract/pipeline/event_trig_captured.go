package pipeline

// Land captured (sixteenth session): "Bosnian Serb forces that captured
// the U.N.-protected Srebrenica enclave", "Government forces have captured
// an insurgent base", "areas Israel captured in the 1967 war". CAMEO's
// pattern for "capture" with land names a few nouns ("* TOWN"), and the
// verb alone is seizing property (171) or an arrest: news tells a taking
// of ground with many more nouns, and with the land before the verb in a
// relative clause. A capture or seizure whose object is a place or a noun
// of ground is an OCCUPY (testdata/events/README.md: land "captured by
// Israel in the 1967 war", "captured an insurgent base"); people taken
// stay arrests or abductions (peopleAfter, armedTakers).

// landTakers are the lemmas of taking ground.
var landTakers = map[string]bool{"capture": true, "seize": true, "recapture": true, "retake": true}

// landNouns head the objects of a capture that are ground, not people or
// things.
var landNouns = map[string]bool{
	"enclave": true, "enclaves": true, "stronghold": true, "strongholds": true, "base": true, "bases": true,
	"town": true, "towns": true, "city": true, "cities": true, "village": true, "villages": true,
	"capital": true, "territory": true, "territories": true, "region": true, "province": true,
	"district": true, "area": true, "areas": true, "island": true, "islands": true, "peninsula": true,
	"airport": true, "port": true, "hilltop": true, "outpost": true, "garrison": true, "land": true,
	"lands": true, "heights": true, "valley": true, "pass": true,
}

// landCaptured: the capture verb at [i, e) takes ground, named after it
// ("captured the enclave of Srebrenica") or told before it in a relative
// clause whose subject names the taker ("areas Israel captured").
func (p *Pipeline) landCaptured(d *doc, lemma string, i, e, ss, se int) bool {
	if !landTakers[lemma] || i > ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "been") {
		return false // the passive is placeBefore's ("captured by Israel")
	}
	if p.placeAfter(d, e, se) {
		return true
	}
	if head, m, ok := p.objectHead(d, e, se); ok && m == nil && landNouns[d.lower[head]] {
		return true
	}
	// "the areas Israel captured in 1967": a land noun, then the taker
	if mi := d.mentionAt[max(i-1, ss)]; i > ss && mi >= 0 {
		if k := d.mentions[mi].start - 1; k >= ss && landNouns[d.lower[k]] {
			return true
		}
	}
	return false
}

// capturerNouns are the forces a relative clause of capture hangs on
// ("Bosnian Serb forces that captured").
var capturerNouns = map[string]bool{
	"forces": true, "troops": true, "soldiers": true, "fighters": true, "rebels": true, "army": true,
	"militias": true, "militiamen": true, "units": true,
}

// capturedArgs reads the taker of ground a relative clause tells, when
// the argument reader found none: the name right before the verb ("areas
// Israel captured"), or the name on the forces the clause hangs on
// ("Bosnian Serb forces that captured the enclave").
func capturedArgs(d *doc, ev *event, i, ss int) {
	if hasRole(ev, agent) || i-1 < ss {
		return
	}
	k := i - 1
	if d.mentionAt[k] < 0 {
		if k-2 < ss || (d.lower[k] != "that" && d.lower[k] != "which") || !capturerNouns[d.lower[k-1]] {
			return
		}
		k -= 2
	}
	if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent >= 0 {
		ev.addPart(d.mentions[mi].ent, agent)
	}
}

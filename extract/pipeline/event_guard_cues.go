package pipeline

// Naming the cue behind the audit's catch-all "unreal:args".
//
// readArgs reads an event as unreal from the words around its verb (a
// modal or a negation before it, a "to"-infinitive of purpose, a wish or
// expectation, "agreed to"), or around the light verb of its noun ("could
// hold talks"). The guard audit lumped them as "unreal:args"; telling the
// cues apart says which one loses right events (twelfth session). Audit only:
// nothing here changes what is extracted.

const (
	guardUnrealModal    = "unreal:args-modal"      // "could launch attacks", "can be tried"
	guardUnrealNegated  = "unreal:args-negated"    // "has not met", "never visited"
	guardUnrealIf       = "unreal:args-if"         // "if he resigns"
	guardUnrealPurpose  = "unreal:args-infinitive" // "sent troops to attack", "a decision to invade"
	guardUnrealWishVerb = "unreal:args-wished"     // "hopes to visit", "plans to meet"
	guardUnrealExpected = "unreal:args-expected"   // "is expected to sign"
	guardUnrealAgreedTo = "unreal:args-agreed-to"  // "agreed to hold talks"
)

// unrealArgsCue names the cue readArgs read ev as unreal by, asked of the
// event's verb, or of the light verb before its noun ("could hold talks");
// guardUnrealArgs when none of these is found.
func (p *Pipeline) unrealArgsCue(d *doc, ev *event) string {
	ss := d.sents[ev.sentence].Start
	v := ev.trigStart
	if ev.nominal {
		v = -1
		for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-5; k-- {
			if lightVerbs[d.lower[k]] {
				v = k
				break
			}
		}
		if v < 0 {
			return guardUnrealArgs
		}
	}
	for k, gap := v-1, 0; k >= ss && gap < 6 && (p.gapWord(d, k) || timeWord(d.lower[k])); k, gap = k-1, gap+1 {
		switch d.lower[k] {
		case "could", "would", "might", "may", "should", "can", "cannot", "must":
			return guardUnrealModal
		case "not", "never", "n't":
			return guardUnrealNegated
		case "if":
			return guardUnrealIf
		}
	}
	switch {
	case p.wished(d, v, ss):
		return guardUnrealWishVerb
	case expectedTo(d, v, ss):
		return guardUnrealExpected
	case v-2 >= ss && d.lower[v-1] == "to" && agreeForms[d.lower[v-2]]:
		return guardUnrealAgreedTo
	case p.purposeInfinitive(d, v, ss) >= 0:
		return guardUnrealPurpose
	}
	return guardUnrealArgs
}

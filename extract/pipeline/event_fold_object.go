package pipeline

// One attack told by a verb and by the noun its clause puts it "in", with
// the verb's object between (twelfth session): "Pakistan's military says it
// has killed 30 militants in an air strike on a Taliban hideout". The verb
// read the attacker, the noun its target; inEventNoun folds the verb into
// the noun only when "in" follows the verb at once ("were killed in an
// ambush"), so the two halves stayed two events, each with part of the
// participants.

// inEventNounAfterObject: the verb event v, its object (a short noun phrase
// with no verb, comma or other preposition than "of"), then "in" or
// "during" and the noun event n: "killed 30 militants in an air strike".
func (p *Pipeline) inEventNounAfterObject(d *doc, v, n *event) bool {
	k := v.trigEnd
	if n.trigStart <= k || n.trigStart-k > 12 || v.sentence != n.sentence {
		return false
	}
	obj := p.npRight(d, k, n.trigStart)
	if obj.end == obj.start || obj.end-obj.start > 6 || obj.end >= n.trigStart {
		return false
	}
	for j := obj.start; j < obj.end; j++ {
		if d.lower[j] == "," || d.lower[j] == "and" {
			return false
		}
	}
	w := *v // the verb as if its object were part of it
	w.trigEnd = obj.end
	return inEventNoun(d, &w, n)
}

// nounObjectOf: the noun event n is the object of the verb event v of the
// same type, with only determiners, numbers and adjectives between ("has
// decided to impose new sanctions on Burma", "launched a fresh offensive"):
// one event told by both, the verb holding its subject and the noun its
// phrases. The noun folds into the verb, which keeps its trigger.
func (p *Pipeline) nounObjectOf(d *doc, v, n *event) bool {
	if n.trigStart < v.trigEnd || n.trigStart-v.trigEnd > 3 || v.sentence != n.sentence {
		return false
	}
	for j := v.trigEnd; j < n.trigStart; j++ {
		if d.mentionAt[j] >= 0 || p.cls(d, j)&(wDet|wAdj|wNum) == 0 || p.cls(d, j)&(wVerb|wPrep|wPunct|wConj) != 0 {
			return false
		}
	}
	return true
}

package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// The condition of a threat is a demand (sixteenth session, helper
// threat17). "Insurgents threatened to kill the hostages unless Romania
// withdrew its troops", "are threatening to kill the rest if the Afghan
// government does not release Taleban prisoners": the threatener asks the
// one the condition falls on to act, and the labels give a DEMAND beside
// the THREATEN, by the same maker, on the one named in the condition (or
// on no one named: "unless female prisoners are released"). CAMEO's 139
// (ultimatum) folds both; the inventory keeps them apart. Measured on
// TUNE at the start: 3 such DEMANDs missed with no trigger, all three in
// dev30..dev33 (voa-1436, 1463, 1477).
//
// The trigger is "unless", or an "if" whose clause names a side and is
// negated or tells a failure or refusal ("if Iran fails to",
// complianceAsked): a plain "if" is a circumstance ("threatened to quit if
// he is elected"), and so is one naming no one ("threatened to resign if
// the proposal was not approved"). A verb or
// noun of threatening must come before it in the clause, with no say verb
// or clause break between (a forecast "says prices will rise unless" has
// no threat), and the threat must be made by someone: a stated intent to
// harm or punish, not "the storm threatens to flood the town unless".

const condDemandLemma = "demand unless"

// threatWords tell a threat the condition after them is the terms of.
var threatWords = map[string]bool{
	"threatened": true, "threatening": true, "threatens": true, "threaten": true,
	"threat": true, "threats": true, "ultimatum": true,
}

// condDemandStarts are the words condDemand fires on (scanFamilies).
func condDemandStarts() []string { return []string{"unless", "if"} }

// condDemand reads the condition word at i as a DEMAND when a threat
// before it in the clause makes it the threat's terms.
func (p *Pipeline) condDemand(d *doc, i, ss, se int) (cameo.Match, bool) {
	switch d.lower[i] {
	case "unless":
	case "if":
		if !p.complianceAsked(d, i, se) || p.conditionSide(d, i, se) < 0 {
			// an "if" naming no one is a circumstance more than terms:
			// "threatened to resign if the proposal was not approved"
			return cameo.Match{}, false
		}
	default:
		return cameo.Match{}, false
	}
	if condThreat(d, i, ss) < 0 {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "100", Lemma: condDemandLemma, Start: i, End: i + 1}, true
}

// condThreat is the threat word the condition at i belongs to, -1 when
// none: within 14 words, not across a clause break or a say verb.
func condThreat(d *doc, i, ss int) int {
	for k := i - 1; k >= ss && k >= i-14; k-- {
		w := d.lower[k]
		if threatWords[w] {
			return k
		}
		switch w {
		case ";", ":", "says", "said", "say", "but", "while", "although", "which", "who", "unless", "if":
			return -1
		}
	}
	return -1
}

// condDemandArgs gives the condition's DEMAND its sides: the maker of the
// threat (the agents the THREATEN read, else the threat verb's subject),
// and the one named as the condition's subject. With no one named after
// "unless", the demand is on an unnamed party (the viability check needs a
// side asked, so counterpart stands for it).
func (p *Pipeline) condDemandArgs(d *doc, ev *event, m cameo.Match, evs []*event, ss, se int) {
	t := condThreat(d, m.Start, ss)
	if t < 0 {
		return
	}
	var parts []part
	for _, o := range evs {
		if o.typ == "THREATEN" && o.trigStart <= t && t < o.trigEnd {
			for _, pt := range o.parts {
				if pt.role == agent {
					parts = append(parts, pt)
				}
			}
		}
	}
	if len(parts) == 0 {
		subj, passive, _ := p.subject(d, t, ss)
		if !passive {
			for _, a := range subj {
				if partAllowed(d, ev.typ, agent, a) {
					parts = append(parts, part{a, agent})
				}
			}
		}
	}
	if len(parts) == 0 {
		ev.parts = nil
		return
	}
	e := p.conditionSide(d, m.Start, se)
	if e >= 0 && partAllowed(d, ev.typ, patient, e) {
		dup := false
		for _, pt := range parts {
			dup = dup || pt.ent == e
		}
		if !dup {
			parts = append(parts, part{e, patient})
		}
	}
	ev.parts = parts
	ev.fallback = false
	ev.unreal = false // the terms are told, not only asked for
	if !hasRole(ev, patient) {
		ev.counterpart = true // "unless female prisoners in Iraq are released": terms put to no one named
	}
}

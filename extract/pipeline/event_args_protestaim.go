package pipeline

// protestAim gives a protest told by its verb the target its purpose
// infinitive names: "Thousands of Syrians took to the streets of Damascus
// Monday to protest a U.N. probe", "More than 1,000 people gathered in
// Istanbul Saturday to protest attacks by separatist Kurdish rebels". The
// infinitive is the same protest told by its aim, read as unreal on its own
// (a purpose); the gathering is the act, and what the aim is against is the
// gathering's target (the Guideline: "the gathering is the PROTEST").
// protestPurpose (event_args_purpose.go) does this for a noun protest
// ("staged demonstrations ... to protest against"); this is the verb's.
//
// Measured (fifteenth session, helper civic16): of the 11 TUNE sentences
// where a gathering verb takes "to protest", "to denounce" or "to demand",
// every one is labelled a PROTEST, its target named by the infinitive's
// object where named.
func protestAim(d *doc, evs []*event, ev *event) {
	if ev.typ != "PROTEST" || ev.nominal || ev.purposeOf < 0 {
		return
	}
	for i := len(evs) - 1; i >= 0; i-- {
		o := evs[i]
		if o.typ != "PROTEST" || o.nominal || o.trigEnd-1 > ev.purposeOf || ev.trigStart-o.trigEnd > 14 {
			continue
		}
		for j := o.trigEnd; j < ev.trigStart; j++ {
			switch d.lower[j] {
			case ";", "and", "but", "who", "which", "that", "while", "after", "as":
				return // another clause: its purpose is not the gathering's ("after polls closed")
			}
		}
		for _, pt := range ev.parts {
			if !hasRole(o, pt.role) { // (the gathering's own subject stays its agent)
				o.addPart(pt.ent, pt.role)
			}
		}
		return
	}
}

// gatherVerbs tell a crowd coming together.
var gatherVerbs = map[string]bool{
	"rallied": true, "gathered": true, "massed": true, "assembled": true, "marched": true, "poured": true,
	"converged": true, "thronged": true, "congregated": true,
}

// gatheredFor: a purpose "to protest" whose clause tells a crowd gathering
// that the lexicon reads as no protest ("have rallied in the streets of
// Iraq to protest a triple car bombing", "rallied in Pakistan's largest
// city, Karachi, to protest"): the gathering is the protest (the
// Guideline), told by its aim, so the aim is real. When the gathering is a
// protest trigger of its own, protestAim gives it the aim's target instead.
func gatheredFor(d *doc, evs []*event, ev *event) bool {
	if ev.typ != "PROTEST" || ev.nominal || ev.purposeOf < 0 || ev.trigStart < 1 || d.lower[ev.trigStart-1] != "to" {
		return false
	}
	ss := d.sents[ev.sentence].Start
	for j := ev.trigStart - 2; j >= ss && j >= ev.trigStart-16; j-- {
		switch d.lower[j] {
		case ";", "and", "but", "which", "that", "while", "after", "as", "because":
			return false // another clause
		}
		if gatherVerbs[d.lower[j]] && d.mentionAt[j] < 0 {
			for _, o := range evs {
				if o.typ == "PROTEST" && !o.nominal && o.trigEnd-1 >= j && o.trigStart < ev.trigStart {
					return false // told by its own trigger (protestAim)
				}
			}
			return true
		}
	}
	return false
}

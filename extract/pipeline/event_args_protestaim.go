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

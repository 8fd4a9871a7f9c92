package pipeline

// A threat to do something is aimed at whoever it concerns.
//
// viable drops an appeal, demand or threat aimed at no one named ("asked
// to leave" asks no one). But a threat told by what its maker will do
// ("Darfur rebels have threatened to boycott the peace talks", "unions are
// threatening to strike during the World Cup") is news without an
// addressee, as "threatened that ..." already is. (Twelfth session; the
// guard audit found viable:no-target losing such threats in several
// stories.)

// threatToAct: ev is the verb "threaten" followed by "to" and a verb.
func (p *Pipeline) threatToAct(d *doc, ev *event, se int) bool {
	if ev.typ != "THREATEN" || ev.nominal || !threatVerbs[d.lower[ev.trigStart]] {
		return false
	}
	k := ev.trigEnd
	return k+1 < se && d.lower[k] == "to" && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wVerb != 0
}

var threatVerbs = map[string]bool{"threaten": true, "threatens": true, "threatened": true, "threatening": true}

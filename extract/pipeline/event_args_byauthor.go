package pipeline

// The author of an event noun told in the passive (eighteenth session):
// "The one-day strike Saturday in Srinagar was called by Syed Ali
// Geelani", "the protest was organized by the opposition". The noun is the
// subject of a passive of a verb of making an act (the light verbs that
// give a noun trigger their subject, "called a strike", "staged a
// protest"), and the "by" phrase is who made it. Only a noun with no
// participant yet, and only the first verb after it, so a relative clause
// or a second clause is not read ("the strike, which the union said was
// called by ...").

// authorVerbs are the passive participles that make the "by" phrase the
// author of the subject event.
var authorVerbs = map[string]bool{
	"called": true, "organized": true, "organised": true, "staged": true, "led": true,
	"launched": true, "mounted": true, "carried": true, "held": true, "sponsored": true,
}

// passiveAuthor adds the agent named after "by" when the event noun at
// ev's trigger is the subject of "was <authorVerb> (out) by X".
func (p *Pipeline) passiveAuthor(d *doc, ev *event, se int, add func([]int, string)) {
	for k := ev.trigEnd; k < se && k < ev.trigEnd+12; k++ {
		w := d.lower[k]
		if w == "," || w == "which" || w == "that" || w == "who" || w == ";" {
			return
		}
		if !isBe(w) {
			if d.mentionAt[k] < 0 && p.verbLike(d, k) {
				return // another verb first: the noun is not its subject
			}
			continue
		}
		v := k + 1
		if v < se && d.lower[v] == "been" {
			v++ // "has been called by"
		}
		if v >= se || !authorVerbs[d.lower[v]] {
			return
		}
		v++
		if v < se && d.lower[v] == "out" {
			v++ // "was carried out by"
		}
		if v+1 >= se || d.lower[v] != "by" {
			return
		}
		for e := v + 1; e < se && e <= v+3; e++ {
			if m := participantEndingAt(d, e); m != nil && m.start <= v+2 {
				add([]int{m.ent}, agent)
				return
			}
		}
		return
	}
}

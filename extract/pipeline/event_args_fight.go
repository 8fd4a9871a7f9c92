package pipeline

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// fightWord: a trigger that tells a fight between two sides ("clashed
// with", "factional fighting with", "a gunbattle with police"), where a
// "with" phrase names the other side, not an instrument as in "an attack
// with rockets".
func fightWord(w string) bool {
	for _, st := range []string{"clash", "fight", "gunfight", "gunbattle", "battl", "skirmish", "firefight", "shootout"} {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// fightClause finds the clause a fight trigger at t is an adverbial of
// ("seized control after factional fighting with X", "arrested three
// suspects after a gunfight"): it returns the clause's verb (ss when it is
// a reported clause whose verb is not known), or -1 when the
// trigger is no fight, stands in no adverbial, or the clause is passive
// ("a soldier was killed during fighting with militants" tells one event,
// the killing, which the fight's own reading would split).
func (p *Pipeline) fightClause(d *doc, ev *event, ss int) int {
	t := ev.trigStart
	if ev.typ != "ATTACK" || !fightWord(d.lower[t]) && !p.raidAdverbial(d, ev, ss) { // ("arrested dozens during raids": event_args_raidclause.go)
		return -1
	}
	if ev.nominal && !nounInAdverbial(d, t, ss) || !ev.nominal && !afterSubordinator(d, t, ss) {
		return -1
	}
	for k := t - 1; k > ss; k-- {
		if d.mentionAt[k] >= 0 || isBe(d.lower[k]) || d.lower[k-1] == "to" || !p.finiteLike(d, k) {
			continue
		}
		if sayForms[d.lower[k]] {
			// "officials say X have taken control of a prison block after
			// clashing with guards": a reported clause whose verb the word
			// classes missed; mainSubject reads its subject, its object
			// stays unread, and a passive in it is still a passive
			for b := k + 1; b+1 < t; b++ {
				if (isBe(d.lower[b]) || d.lower[b] == "been") && p.participle(d, b+1) {
					return -1
				}
			}
			return ss
		}
		for b := k - 1; b >= ss && b >= k-3; b-- {
			if isBe(d.lower[b]) || d.lower[b] == "been" || d.lower[b] == "being" {
				if p.participle(d, k) {
					return -1
				}
			}
		}
		return k
	}
	return -1
}

// readFight gives a fight in an adverbial the clause's sides: its subject
// fought, and, when no "with" phrase named the other side, the named
// object of its verb was the one fought ("security forces arrested three
// al-Qaida suspects after a gunfight").
func (p *Pipeline) readFight(d *doc, ev *event, ss int, add func([]int, string)) bool {
	v := p.fightClause(d, ev, ss)
	if v < 0 {
		return false
	}
	subj := p.mainSubject(d, ss, ev.trigStart)
	if len(subj) == 0 {
		return false
	}
	add(subj, agent)
	if !hasRole(ev, patient) && v > ss && v+1 < ev.trigStart {
		k := v + 1
		if q := quantifierAt(d, k, ev.trigStart); q > 0 {
			k += q
		}
		if ph := p.npRight(d, k, ev.trigStart); ph.end > ph.start {
			for _, e := range ph.ents {
				if d.ents[e].typ != extract.Location && (fightWord(d.lower[ev.trigStart]) || namedIn(d, e, ph.start, ph.end)) { // (a raid's object: named in it, event_args_raidclause.go)
					add([]int{e}, patient) // (not a place: "seized control of Gaza after fighting")
				}
			}
		}
	}
	return true
}

// fightSide is the other side a fight's "with" phrase names: a people or
// a country ("clashed with Bedouin tribesmen", "fighting with Israel"), or
// armed men and their group ("a gunfight with police", resolved to the
// country the story gave its police; "clashes with Taleban fighters").
// A name alone of a person or a body is left out: sport, politics and
// illness fight metaphorically ("Sunday's clash with Wasps", "his battle
// with the chief constable", "a long battle with cancer").
func (p *Pipeline) fightSide(d *doc, ph np) []int {
	if ph.end <= ph.start {
		return nil
	}
	head := d.lower[ph.end-1]
	armed := forceNouns[head] || fighterNouns[head] || peopleNouns[head] || head == "tribesmen" || head == "gunmen" || head == "militiamen"
	if armed && len(ph.ents) == 0 {
		if e := p.earlierForce(d, ph, ph.end); e >= 0 {
			return []int{e}
		}
		return nil
	}
	var out []int
	for _, m := range d.mentionsIn(ph.start, ph.end) {
		if m.ent < 0 || !slices.Contains(ph.ents, m.ent) {
			continue
		}
		if armed || m.label == "NORP" || d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country {
			out = append(out, m.ent)
		}
	}
	return out
}

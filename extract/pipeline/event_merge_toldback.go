package pipeline

// An attack told again by a definite noun, with new victims.
//
// A bulletin tells an attack, then goes on with more of its toll: "The
// attack in the town of Basra also injured two Iraqi children", "The blast
// in eastern Baghdad also injured two soldiers", "Eleven soldiers were
// wounded in the fighting", "members of the FARC carried out the attack".
// The definite noun points back to the attack just told; the new victims
// or doers share no participant with it, so addEvent had kept them as a
// second attack (a repeat), and definiteAnaphor takes only a noun naming
// doers alone. Such a report joins the latest attack of the two sentences
// before, in the same item of the bulletin, taking its participants in.
// (Eighteenth session, helper bulletin19: "one attack told twice".)

import "strings"

// toldBack returns the attack ev tells again, or nil.
func (d *doc) toldBack(ev *event) *event {
	if ev.typ != "ATTACK" || len(ev.parts) == 0 || ev.another || !definiteActSubject(d, ev) && !(ev.nominal && definiteBefore(d, ev)) {
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		last := o.sentences[len(o.sentences)-1]
		if ev.sentence-last > 2 {
			return nil
		}
		if o.typ != ev.typ || o.dropped || o.unreal || len(o.parts) == 0 || last >= ev.sentence {
			continue
		}
		if itemBreak(d, last, ev.sentence) || !dateCompatible(o.date, ev.date) || otherAgents(d, o, ev) {
			return nil
		}
		return o
	}
	return nil
}

// definiteBefore: the noun trigger of ev has "the", "that" or "this" right
// before it ("in the gunfight", "carried out the attack"), a singular noun
// not followed by "of".
func definiteBefore(d *doc, ev *event) bool {
	if ev.trigStart == 0 || ev.trigStart-1 < d.sents[ev.sentence].Start {
		return false
	}
	if ev.trigEnd < len(d.lower) && d.lower[ev.trigEnd] == "of" || strings.HasSuffix(d.lower[ev.trigEnd-1], "s") {
		// "the murder of former prime minister Rafik Hariri" names its own
		// victim: a known event brought up, not the one just told; "the
		// attacks" sum up a series
		return false
	}
	switch d.lower[ev.trigStart-1] {
	case "the", "that", "this":
		return true
	}
	return false
}

// definiteActSubject: the sentence opens (after "and", "but" or a
// sayer's "X said") on a definite act noun that is the subject of ev's verb
// ("The blast in eastern Baghdad also injured"), with no clause break
// between them ("The bombing came a day after gunmen killed" is another).
func definiteActSubject(d *doc, ev *event) bool {
	if ev.nominal {
		return false
	}
	s := d.sents[ev.sentence]
	for j := s.Start; j+1 < ev.trigStart; j++ {
		if (d.lower[j] == "the" || d.lower[j] == "that" || d.lower[j] == "this") && actBackNouns[d.lower[j+1]] && !victimNouns[d.lower[j+1]] {
			for k := j + 2; k < ev.trigStart; k++ {
				switch d.lower[k] {
				case ",", ";", ":", "after", "before", "when", "while", "as", "since", "though", "although", "because", "despite", "if", "unless", "came", "comes", "follows", "followed", "that", "said", "says", "and", "but":
					return false
				}
			}
			return ev.trigStart-j <= 12
		}
	}
	return false
}

// victimNouns of actBackNouns name who was struck, not the act.
var victimNouns = map[string]bool{"victims": true, "victim": true}

// otherAgents: both events name a doer and share none: two attacks.
func otherAgents(d *doc, o, ev *event) bool {
	if !hasRole(o, agent) || !hasRole(ev, agent) {
		return false
	}
	for _, p := range ev.parts {
		if p.role != agent {
			continue
		}
		for _, q := range o.parts {
			if q.role == agent && q.ent == p.ent {
				return false
			}
		}
	}
	return true
}

// guardMergeToldBack names toldBack's folds in the guard audit.
const guardMergeToldBack = "merge:told-back"

package pipeline

import "github.com/newsgraph/newsgraph/extract"

// An election told by whom it brought to power: "since elections that
// brought Mrs. Sirleaf to power in 2005", "New elections in August 2009
// brought Ali Ben Bongo, son of the former president, to power", "the
// 1997 vote that swept Labour to office". The one brought to power won
// the election, and the labels give an election its winner (the readings
// of event_args_winner.go); the verb stands after the noun, where neither
// the winner readers nor electionVoters look.
//
// Measured (sixteenth session, helper civic17): 2 TUNE stories
// (voa-0979, voa-1539) missed their election so, elecpart16's "left
// undone" list. Both are read now: TUNE tp-fp +1, CHECK unchanged, BBC and
// Reuters-21578 output unchanged. voa-1539 gains its winner and loses its
// earlier local elections' country (storyElections leaves a story whose
// elections are told by their contestants). Only a person or a party named right after the verb, with
// "to power" or "to office" closing the phrase, is read: "brought the
// country to the brink" and "brought thousands to the streets" are no win.

// powerBringers are the verbs of "X brought Y to power" (also the
// APPOINTMENT trigger personBroughtToPower's, event_trig_brought.go).
var powerBringers = map[string]bool{
	"bring": true, "brings": true, "brought": true, "bringing": true,
	"put": true, "puts": true, "putting": true,
	"sweep": true, "sweeps": true, "swept": true, "sweeping": true,
	"return": true, "returns": true, "returned": true, "returning": true,
	"propelled": true, "catapulted": true,
}

// broughtToPower reads the winner of a nominal election followed, in its
// own clause, by "brought|swept X to power|office"; it reports whether it
// did.
func (p *Pipeline) broughtToPower(d *doc, ev *event, se int, add func([]int, string)) bool {
	if ev.typ != "ELECTION" || !ev.nominal || len(ev.parts) > 0 {
		return false
	}
	v := -1
	for k := ev.trigEnd; k < se && k < ev.trigEnd+8; k++ {
		if powerBringers[d.lower[k]] && d.mentionAt[k] < 0 {
			v = k
			break
		}
		if w := d.lower[k]; w == "," || w == ";" || w == "and" || w == "but" || w == "(" {
			return false // another clause or a list: the verb is not the election's
		}
	}
	if v < 0 || v+1 >= se {
		return false
	}
	mi := d.mentionAt[v+1]
	if mi < 0 && v+2 < se && (d.lower[v+1] == "the" || titleWord(d.lower[v+1])) {
		mi = d.mentionAt[v+2] // "swept the Labour Party to power", "brought Mrs. Sirleaf to power"
	}
	if mi < 0 {
		return false
	}
	m := d.mentions[mi]
	if m.ent < 0 || d.ents[m.ent].typ != extract.Person && d.ents[m.ent].typ != extract.Organization {
		return false
	}
	for k := m.end; k+1 < se && k < m.end+10; k++ {
		if d.lower[k] == "to" && (d.lower[k+1] == "power" || d.lower[k+1] == "office") {
			add([]int{m.ent}, participant)
			return true
		}
		if d.lower[k] == ";" || d.lower[k] == "to" {
			return false
		}
	}
	return false
}

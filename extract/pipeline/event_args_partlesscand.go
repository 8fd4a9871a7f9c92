package pipeline

import "github.com/newsgraph/newsgraph/extract"

// Candidates of an election no other rule gave a participant.
//
// electionCandidates adds the candidates of a kept election; an election
// that nothing named was left out, though its own sentence tells who ran
// in it just as well: "Venezuela's president endorsed Nicaraguan
// presidential candidate Daniel Ortega to win his country's November
// election", "the ruling party backed Mr. Gnassingbe as its candidate in
// presidential elections", "former president Alan Garcia leads Lourdes
// Flores by less than 96,000 votes ... in the April 9 election". The
// labels name an election by its candidates whenever the story does (the
// Guideline's "a planned vote's candidates"), so the people and parties the
// trigger's own sentence tells as candidates (a candidate noun before the
// name, a tally verb after it, a verb of beating before it) become its
// participants. Only the trigger's sentence is read (fifteenth session):
// candidates told sentences away may be of another race. An election so
// named that repeats one the story keeps ("candidate Charles Baker, who has
// about eight percent of the vote") joins it.
// possibleWin, right after a name, make what the count gives it a forecast.
var possibleWin = map[string]bool{"could": true, "would": true, "might": true, "may": true}

func partlessCandidates(d *doc) {
	for i, ev := range d.events {
		if ev.dropped || ev.unreal || ev.typ != "ELECTION" || len(ev.parts) > 0 {
			continue
		}
		s := d.sents[ev.sentence]
		if voteShare(d, ev.trigStart, s.Start) {
			continue // "who has about eight percent of the vote": a count of the story's election, not one of its own
		}
		for _, m := range d.mentionsIn(s.Start, s.End) {
			if m.ent < 0 || m.nominal {
				continue
			}
			if t := d.ents[m.ent].typ; t != extract.Person && t != extract.Organization {
				continue
			}
			if m.end < s.End && possibleWin[d.lower[m.end]] {
				continue // "a poll showed the Conservatives could win a majority ... in the next general election": a forecast names no candidate
			}
			if candidateBefore(d, m, s.Start) || tallyAfter(d, m, s.End) {
				ev.addPart(m.ent, participant)
			}
		}
		if len(ev.parts) > 0 {
			d.joinRepeated(ev, i)
		}
	}
}

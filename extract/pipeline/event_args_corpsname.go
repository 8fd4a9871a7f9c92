package pipeline

import "github.com/newsgraph/newsgraph/extract"

// A corps named with its state in one name (nineteenth session, helper
// atk2_20): "Two U.S. Marines were killed in combat", "a British Marine
// was killed", "U.S. Marines killed 24 Iraqis". The tagger often reads
// "U.S. Marines" as one organization name with no nested country mention,
// so corpsState (event_args_marines.go) found no state in it and left the
// corps as the participant where the Guideline names the state ("a
// nationality on the actor's head noun stands for its country"). The words
// before the corps noun inside the name are looked up as a country or a
// demonym the story names. corpsState now also gives the state for a corps
// AGENT, but only from the corps' own name (never from the reporter: "the
// U.S. military says Marines killed" may tell another state's Marines).
//
// Measured at the start of the nineteenth session over the 44 TUNE sets:
// 4 stories have a corps named with its state as an attack's participant
// where the gold names the state (dev42..dev45: 2).

// corpsPrefix is the country the words before the corps noun of mention mi
// name ("U.S." in "U.S. Marines", "British" in "British Marine"), or -1.
func (p *Pipeline) corpsPrefix(d *doc, mi int) int {
	m := d.mentions[mi]
	if m.end-m.start < 2 {
		return -1
	}
	e := p.entityForWord(d, d.text(m.start, m.end-1))
	if e < 0 || e == m.ent {
		return -1
	}
	if en := d.ents[e]; en.typ != extract.Location || en.subtype != extract.Country {
		return -1
	}
	return e
}

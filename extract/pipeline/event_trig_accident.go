package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Deaths in accidents (eighteenth session): "all six people on board were
// apparently killed in the crash", "two separate accidental explosions
// killed four children". The lexicon reads "killed" and "explosion" as
// attacks (CAMEO 18x-19x); the Guideline keeps ATTACK for killings by
// someone and makes deaths in accidents a DEATH. The sentence says which
// by its own words: "accidental", "accidentally", "accident", or the
// kill verb's "in the crash" / "in a crash". A sentence that also tells
// force ("shot down", "bomb", "attack", "suicide") keeps the attack.

// accidentWords tell that what happened was no one's act.
var accidentWords = map[string]bool{"accidental": true, "accidentally": true, "accident": true}

// accidentForceWords tell an attack beside an accident's words.
var accidentForceWords = map[string]bool{
	"shot": true, "bomb": true, "bombs": true, "bomber": true, "bombing": true, "attack": true, "attacks": true,
	"suicide": true, "militants": true, "insurgents": true, "rebels": true, "gunmen": true, "fire": true, "downing": true,
}

// accidentTriggers are the attack words a death in an accident is told by.
var accidentTriggers = map[string]bool{
	"killed": true, "kills": true, "kill": true, "killing": true,
	"explosion": true, "explosions": true, "blast": true, "blasts": true,
}

// crashNouns are the accidents "killed in the ..." names.
var crashNouns = map[string]bool{"crash": true, "accident": true, "collision": true, "derailment": true}

// accidentTold retypes an ATTACK match as a DEATH (CAMEO's die code) when
// its sentence tells an accident and no force.
func accidentTold(d *doc, m *cameo.Match, ss, se int) bool {
	if !accidentTriggers[d.lower[m.Start]] {
		return false // "was accidentally hit by artillery shells": a strike, no death told
	}
	told := false
	for k := ss; k < se; k++ {
		w := d.lower[k]
		if accidentForceWords[w] {
			return false
		}
		if accidentWords[w] {
			told = true
		}
	}
	if !told && d.lower[m.Start] == "killed" {
		// "killed in the crash", "killed in a plane crash"
		if j := m.End; j+2 < se && d.lower[j] == "in" && (d.lower[j+1] == "the" || d.lower[j+1] == "a") {
			told = crashNouns[d.lower[j+2]] || j+3 < se && crashNouns[d.lower[j+3]]
		}
	}
	if told {
		m.Code = cameo.CodeDie
	}
	return told
}

package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Choosing a person for an office (sixteenth session, trig2_17; first tried by trig2_16): "Kofi
// Annan chose Antonio Monteiro for the job", "the party selected Gordon
// Brown as its leader". The Guideline's APPOINTMENT is the start of an
// office however it is told; CAMEO has no "choose" or "select" for it.
// ("handed power to his brother, Raul" was tried: its receiver after "to"
// is not read, so it only turned a miss into a false event.) As with "named"
// (event_trig_named.go), the office told with the person is what makes the
// choice an appointment, not a choice of a plan or a player for a squad
// ("chose Paris for the summit", "selected Smith for the squad").

// (chooseForms, event_triggers.go, are the verbs of choosing.)

// jobNouns are the posts a person is chosen "for".
var jobNouns = map[string]bool{"job": true, "post": true, "position": true, "role": true, "office": true, "presidency": true}

// personChosen reads the verb at i as an appointment: a person as its
// object, then "as" or "for" and an office, or an office title right after
// ("picked Mr. Smith chief executive"). The match spans the verb, so its
// subject is the AGENT and the person the PATIENT.
func (p *Pipeline) personChosen(d *doc, i, se int) (cameo.Match, bool) {
	w := d.lower[i]
	m := cameo.Match{Code: cameo.CodeAppoint, Lemma: "appoint", Start: i, End: i + 1}
	if !chooseForms[w] {
		return cameo.Match{}, false
	}
	k := i + 1
	for k < se && k <= i+2 && d.mentionAt[k] < 0 && titleWord(d.lower[k]) {
		k++ // "chose Mr. Monteiro"
	}
	if k >= se {
		return cameo.Match{}, false
	}
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].label != "PER" {
		return cameo.Match{}, false
	}
	e := d.mentions[mi].end
	if e >= se {
		return cameo.Match{}, false
	}
	if _, ok := p.namedOffice(d, e, se); ok {
		return m, true
	}
	if (d.lower[e] == "as" || d.lower[e] == "for") && e+1 < se {
		if _, ok := p.namedOffice(d, e+1, se); ok {
			return m, true
		}
		for j := e + 1; j < se && j <= e+3; j++ {
			if jobNouns[d.lower[j]] && d.mentionAt[j] < 0 {
				return m, true // "chose Antonio Monteiro for the job"
			}
		}
	}
	return cameo.Match{}, false
}

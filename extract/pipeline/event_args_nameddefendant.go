package pipeline

import "github.com/newsgraph/newsgraph/extract"

// The defendant described in a court story's lead and named after it
// (sixteenth session, legal17): "A United Nations war crimes court has
// sentenced a former Rwandan administrator ... The International Criminal
// Tribunal for Rwanda found Dominique Ntawukulilyayo guilty", "A U.S.
// military court has convicted an Army sergeant ... A military jury found
// Sergeant Hasan Akbar guilty", "British police have arrested a suspect
// ... Police identified the man as 39-year-old Spaniard Moutaz Almallah
// Dabas". namedNextPatient (event_args_namednext.go) reads the
// description only with a few person nouns and takes the next sentence's
// new person only where it opens the sentence or a report's clause; a
// court story names its defendant instead as the object of the court's
// verdict or of "identified as", and describes them by office ("a former
// mayor", "an Army sergeant", "a political opposition figure"). On
// dev30..dev33, the sets least tuned on, this was the commonest form of a
// legal event with the wrong participants (5 of their 12 TRIAL misses).

// legalDescribedNouns head a description of one defendant beside
// onePersonNoun's: offices and ranks that courts try.
var legalDescribedNouns = map[string]bool{
	"administrator": true, "sergeant": true, "figure": true, "mayor": true, "governor": true, "general": true,
	"colonel": true, "captain": true, "lieutenant": true, "major": true, "private": true, "corporal": true,
	"minister": true, "ex-minister": true, "senator": true, "congressman": true, "businessman": true,
	"cleric": true, "imam": true, "monk": true, "nun": true, "bishop": true, "preacher": true,
	"blogger": true, "writer": true, "poet": true, "author": true, "publisher": true, "lawyer": true,
	"doctor": true, "nurse": true, "guard": true, "policeman": true, "commander": true, "warlord": true,
	"kingpin": true, "trafficker": true, "smuggler": true, "financier": true, "banker": true, "tycoon": true,
	"director": true, "manager": true, "employee": true, "spy": true, "informant": true, "defendant": true,
}

// describedDefendant: w heads a description of one person that an event
// of type typ befell.
func describedDefendant(typ, w string) bool {
	return onePersonNoun(w) || legalTypes[typ] && legalDescribedNouns[w]
}

// verdictVerbs name a defendant as their object: the one found guilty,
// convicted, sentenced, identified.
var verdictVerbs = map[string]bool{
	"found": true, "convicted": true, "sentenced": true, "acquitted": true, "jailed": true, "indicted": true,
	"charged": true, "arrested": true, "detained": true, "identified": true, "named": true, "tried": true,
}

// verdictPerson is the person sentence si names as the defendant of a
// verdict or an identification, when the story names no person before
// the description starting at token from
// (several new names may stand in the sentence: "found Sergeant Hasan
// Akbar, a member of the Army's 101st Airborne Division, guilty"), or -1;
// only for legal events.
func verdictPerson(d *doc, typ string, from, si int) int {
	if !legalTypes[typ] {
		return -1
	}
	s := d.sents[si]
	for _, m := range d.mentionsIn(0, from) {
		if m.ent >= 0 && d.ents[m.ent].typ == extract.Person && !m.nominal {
			return -1 // a person named before may be the one described: "a 45-year-old man" after "Nick Griffin was arrested"
		}
	}
	for _, m := range d.mentionsIn(s.Start, s.End) {
		if m.ent < 0 || d.ents[m.ent].typ != extract.Person || m.nominal || !verdictBefore(d, s.Start, m.start) && !pleadsAfter(d, m.end, s.End) {
			continue
		}
		for _, mi := range d.ents[m.ent].mentions {
			if d.mentions[mi].start < s.Start {
				return -1 // named before: the one described may be someone else
			}
		}
		return m.ent
	}
	return -1
}

// verdictBefore: a name starting at token i is the object of a verdict
// verb ("found Dominique Ntawukulilyayo guilty", "found Sergeant Hasan
// Akbar") or of its "as" ("identified the man as 39-year-old Spaniard
// Moutaz Almallah Dabas"), with at most a rank, an age or a nationality
// between.
func verdictBefore(d *doc, ss, i int) bool {
	for j := i - 1; j >= ss && j >= i-8; j-- {
		if mi := d.mentionAt[j]; mi >= 0 {
			if l := d.mentions[mi].label; l != "NORP" && l != "MISC" {
				return false
			}
			j = d.mentions[mi].start
			continue
		}
		w := d.lower[j]
		if verdictVerbs[w] {
			return true
		}
		if w == "as" {
			for k := j - 1; k >= ss && k >= j-4; k-- {
				if verdictVerbs[d.lower[k]] {
					return true
				}
			}
			return false
		}
		if w == "," || w == "and" || w == "of" || w == "by" || w == "with" || w == "that" || w == "in" || isBe(w) {
			return false
		}
	}
	return false
}

// pleadsAfter: the name ending at token i is the subject of a plea or of a
// passive verdict: "Paul Bisengimina pled guilty", "Ali Hassan was
// convicted".
func pleadsAfter(d *doc, i, se int) bool {
	if i >= se {
		return false
	}
	switch w := d.lower[i]; {
	case w == "pled" || w == "pleaded":
		return true
	case isBe(w) && i+1 < se:
		return verdictVerbs[d.lower[i+1]] && d.lower[i+1] != "identified" && d.lower[i+1] != "named"
	}
	return false
}

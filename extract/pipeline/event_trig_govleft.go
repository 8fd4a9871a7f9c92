package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// governmentLeft (twenty-first session, helper trig22): a party or its
// members leaving a government is a RESIGNATION of the ones who leave
// ("Hezbollah and its allies left Lebanon's cabinet", "Labor has voted to
// quit the ruling coalition of Prime Minister Ariel Sharon", "some Likud
// members quit the Sharon government"). The lexicon reads "quit" with its
// subject as the AGENT and the government's head ("Sharon") as the
// PATIENT, and has no "left" of office at all. The match spans the verb
// and the government's noun phrase, so a name inside it (its head, its
// country) is no participant, and it is Reverse: the subject is the one
// who left. Shares officeLeft's scanLeft bit.

// govLeftForms are the verbs of leaving a body one sat in.
var govLeftForms = map[string]bool{
	"left": true, "leave": true, "leaves": true, "leaving": true,
	"quit": true, "quits": true, "quitting": true,
}

// govBodies head the noun phrase of a government one leaves.
var govBodies = map[string]bool{"government": true, "cabinet": true, "coalition": true}

// govLeftMods may stand between the determiner and the body's noun
// ("the ruling coalition", "the national unity government").
var govLeftMods = map[string]bool{
	"ruling": true, "governing": true, "coalition": true, "unity": true, "national": true,
	"current": true, "new": true, "interim": true, "transitional": true, "federal": true,
}

// govLeftStarts are the words governmentLeft fires on (scanFamilies).
func govLeftStarts() []string { return wordsOf(govLeftForms) }

// governmentLeft reads the verb at i followed by a government's noun
// phrase as a RESIGNATION whose subject left.
func (p *Pipeline) governmentLeft(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !govLeftForms[d.lower[i]] || i+2 >= se {
		return cameo.Match{}, false
	}
	if i > ss && (p.cls(d, i-1)&wDet != 0 || d.lower[i-1] == "'s" || d.lower[i-1] == "’s") {
		return cameo.Match{}, false // "the left", "the party's left"
	}
	if d.lower[i] == "leaving" && i > ss && d.lower[i-1] == "," {
		return cameo.Match{}, false // "fired the ministers, leaving the coalition in control of 40 votes": a result
	}
	j := i + 1
	switch d.lower[j] {
	case "the", "its", "their", "his", "her":
		j++
	default:
		// a possessive name: "Lebanon's cabinet"
		if mi := d.mentionAt[j]; mi >= 0 {
			e := d.mentions[mi].end
			if e < se && (d.lower[e] == "'s" || d.lower[e] == "’s") {
				j = e + 1
			} else {
				return cameo.Match{}, false
			}
		} else {
			return cameo.Match{}, false
		}
	}
	// modifiers and a name used as one ("the Sharon government")
	for n := 0; j < se && n < 3; n++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			j = d.mentions[mi].end
			continue
		}
		if govBodies[d.lower[j]] && (j+1 >= se || !govBodies[d.lower[j+1]]) {
			break // "the ruling coalition": "coalition" heads it unless a body follows
		}
		if !govLeftMods[d.lower[j]] {
			break
		}
		j++
	}
	if j >= se || !govBodies[d.lower[j]] {
		return cameo.Match{}, false
	}
	end := j + 1
	if end < se {
		switch d.lower[end] {
		case "with", "without", "facing", "unable", "free", "alone", "intact", "in":
			if d.lower[end] != "in" || end+1 < se && (d.lower[end+1] == "charge" || d.lower[end+1] == "place" || d.lower[end+1] == "power" || d.lower[end+1] == "control") {
				return cameo.Match{}, false // "left the government with a deficit", "left the cabinet in place": a state left behind
			}
		case "of":
			// "the ruling coalition of Prime Minister Ariel Sharon": its head
			// is no participant
			for k := end + 1; k < se && k <= end+4; k++ {
				if mi := d.mentionAt[k]; mi >= 0 {
					end = d.mentions[mi].end
					break
				}
			}
		}
	}
	if p.cameoQuit(d, i, end) {
		return cameo.Match{}, false // "18 ministers quit the government": the lexicon's reading stands
	}
	return cameo.Match{Code: cameo.CodeResign, Lemma: "quit", Start: i, End: end, Reverse: true}, true
}

// cameoQuit: the verb at i is the lexicon's "quit" and no name stands in
// the government's phrase up to end, so the lexicon reads no head of the
// government as the one who quit, and its reading of an unnamed
// government's state ("Somalia's" for "the government") stands.
func (p *Pipeline) cameoQuit(d *doc, i, end int) bool {
	if d.lower[i][0] != 'q' {
		return false
	}
	for k := i + 1; k < end; k++ {
		if d.mentionAt[k] >= 0 {
			return false
		}
	}
	return true
}

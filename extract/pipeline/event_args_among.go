package pipeline

// The victims of a toll told as a list (thirteenth session).
//
// News names who was killed, hurt or held by listing them against the
// toll: "Among the dead were 14 American soldiers and four Iraqi
// policemen", "A former minister, Asfandyar Amerzeb, was among those
// killed", "The dead included three Kenyan aid workers", "Police said
// citizens of France and Germany were among those arrested". The trigger
// ("dead", "killed", "arrested") then stands in a noun phrase with no
// subject or object of its own, and the readers read no one; the list on
// the other side of the copula names the victims.

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
)

// amongParts runs amongVictims on the sentence's events. It runs on events
// the rules gave participants too: the subject of "X was among those
// killed" reads as the killer to a reader of "X killed".
func (p *Pipeline) amongParts(d *doc, evs []*event, ss, se int) {
	for _, ev := range evs {
		if !ev.unreal {
			p.amongVictims(d, ev, ss, se)
		}
	}
}

// amongVictims gives an event whose trigger
// heads "among the dead", "among those killed" or "the dead included" the
// people, peoples and groups its list names, as PATIENT.
func (p *Pipeline) amongVictims(d *doc, ev *event, ss, se int) {
	switch ev.typ {
	case "ATTACK", "DEATH", "INJURY", "ARREST":
	default:
		return
	}
	t, u := ev.trigStart, ev.trigEnd
	if t-1 < ss || u >= se {
		return
	}
	from, to := -1, -1
	switch {
	case t-2 >= ss && d.lower[t-2] == "among" && (d.lower[t-1] == "the" || d.lower[t-1] == "those"):
		if isBe(d.lower[u]) {
			from, to = u+1, listEnd(d, u+1, se) // "Among the dead were X"
			break
		}
		b := t - 3
		if b > ss && d.lower[b] == "also" {
			b--
		}
		if b > ss && isBe(d.lower[b]) {
			from, to = listStart(d, b, ss), b // "X were among those killed"
		}
	case d.lower[t-1] == "the" && (t-1 == ss || d.lower[t-2] != "of"):
		switch d.lower[u] {
		case "included", "include", "includes":
			from, to = u+1, listEnd(d, u+1, se) // "The dead included X"
		}
	}
	if from < 0 || from >= to {
		return
	}
	var victims []int
	for _, m := range d.mentionsIn(from, to) {
		if victimMention(d, m, to) {
			victims = appendUnique(victims, m.ent)
		}
	}
	if len(victims) == 0 {
		return
	}
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		if !slices.Contains(victims, pt.ent) {
			kept = append(kept, pt)
		}
	}
	ev.parts = kept
	if len(ev.parts) > 0 {
		return // (someone else named: the rules' reading stands)
	}
	// The list mostly follows the story's report of the act ("A suicide
	// bomber struck ... Among the dead are five Pakistani soldiers"): the
	// victims and the sentence then join that report, and the toll itself
	// stays without participants (and is dropped as before).
	if o := harmToldBefore(d, ev); o != nil {
		for _, e := range victims {
			if !hasPart(o, e) {
				o.addPart(e, patient)
			}
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		return
	}
	for _, e := range victims {
		ev.addPart(e, patient)
	}
}

// harmToldBefore is the story's last event before ev, kept and with
// participants, of ev's kind (a killing, death or injury for the first
// three; an arrest for an arrest), or nil.
func harmToldBefore(d *doc, ev *event) *event {
	kind := func(typ string) string {
		switch typ {
		case "ATTACK", "DEATH", "INJURY":
			return "harm"
		}
		return typ
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		if !o.dropped && len(o.parts) > 0 && o.sentence < ev.sentence && kind(o.typ) == kind(ev.typ) {
			return o
		}
	}
	return nil
}

// victimMention: a name in a list of victims that stands for who they
// were: a person, a nationality ("14 American soldiers", "four U.S.
// contractors"), a group or a country's citizens ("citizens of France");
// not a place where they were ("in Baghdad").
func victimMention(d *doc, m *mention, to int) bool {
	if m.ent < 0 || !participantOK(d, m) {
		return false
	}
	en := d.ents[m.ent]
	switch {
	case en.typ == extract.Person, m.label == "NORP":
		return true
	case en.typ == extract.Organization:
		return m.start > 0 && d.lower[m.start-1] == "of" // "three members of Hamas"
	case en.typ == extract.Location && en.subtype == extract.Country:
		if m.start < 2 {
			return false
		}
		switch d.lower[m.start-1] {
		case "of":
			return citizenNoun(d.lower[m.start-2]) // "citizens of France"
		case ",", "and":
			return listedCountry(d, m) // "citizens of France, Germany and Poland"
		}
		// a country on its people's noun: "four U.S. civilian contractors"
		return m.end < to && d.mentionAt[m.end] < 0 && npContinues(d.lower[m.end])
	}
	return false
}

// listedCountry: a country joined to one named as the citizens' country
// ("citizens of France, Germany and Poland").
func listedCountry(d *doc, m *mention) bool {
	for k := m.start - 1; k > 1; k-- {
		switch d.lower[k] {
		case ",", "and":
			continue
		case "of":
			return citizenNoun(d.lower[k-1])
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			k = d.mentions[mi].start
			continue
		}
		return false
	}
	return false
}

func citizenNoun(w string) bool {
	switch w {
	case "citizens", "citizen", "nationals", "national", "residents", "members", "member":
		return true
	}
	return false
}

// npContinues: the word after a name goes on with its noun phrase, so the
// name modifies a noun ("U.S. civilian contractors"), not stands alone.
func npContinues(w string) bool {
	if w == "" || !isLetter(w[0]) {
		return false
	}
	switch w {
	case "and", "or", "of", "in", "on", "at", "to", "from", "who", "which", "that", "were", "was", "are", "is", "said", "says":
		return false
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// listEnd is where a list of victims after the copula or "included" ends:
// at a clause or a place, time or circumstance phrase.
func listEnd(d *doc, k, se int) int {
	for ; k < se; k++ {
		switch d.lower[k] {
		case ";", ".", ":", "when", "who", "whom", "which", "that", "after", "before", "while", "as", "in",
			"during", "on", "at", "near", "said", "says", "according", "but", "(", "-", "--":
			return k
		}
	}
	return se
}

// listStart is where the subject list before "were among" begins: after a
// verb of saying or "that", else at the sentence start.
func listStart(d *doc, b, ss int) int {
	for k := b - 1; k > ss; k-- {
		if sayForms[d.lower[k]] || d.lower[k] == "that" || d.lower[k] == ";" {
			return k + 1
		}
	}
	return ss
}

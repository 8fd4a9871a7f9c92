package pipeline

// A gathering named after the place or body it gathers.
//
// News names some gatherings with a capitalised head and an "of" phrase:
// "the Summit of the Americas", "the Forum of the Americas". The tagger
// reads the name after "of" alone ("Americas"), so the summit's parties
// come out as a continent and a trip "to attend the Summit of the
// Americas" as a visit to it. The labels name the gathering by its whole
// name (the Guideline's "Munich Security Conference" reading), as the
// tagger already does when it joins the words ("Conference of the
// Parties", "Council of the Americas").
//
// namedGatherings widens such a name over the capitalised head: one
// organisation mention from the head to the name's end; the name after
// "of" stays a mention of its own nested inside (as joinNationalOrgs keeps
// "Russian" inside "Russian Defence Ministry"). A lower-case head ("a
// summit of the Americas") or one that opens the sentence without "the"
// is no name.
//
// Measured (seventeenth session, helper summit18): see
// testdata/events/README.md.

// gatheringHeads are the capitalised nouns that head a gathering's name.
var gatheringHeads = map[string]bool{"summit": true, "forum": true}

// namedGatherings joins "Summit of the X" into one organisation mention.
func (p *Pipeline) namedGatherings(d *doc) {
	n := len(d.mentions)
	for i := 0; i < n; i++ {
		m := d.mentions[i]
		if m.nested || m.nominal || m.label == "PER" || m.label == "NORP" {
			continue
		}
		k := m.start - 1
		if k >= 0 && d.lower[k] == "the" {
			k--
		}
		if k < 1 || d.lower[k] != "of" {
			continue
		}
		h := k - 1
		if d.mentionAt[h] >= 0 || !gatheringHeads[d.lower[h]] || !hasUpperLetter(d.words[h][:1]) || d.sentOf[h] != d.sentOf[m.start] {
			continue
		}
		if h == d.sents[d.sentOf[h]].Start {
			continue // a capital that opens the sentence says nothing
		}
		o := &mention{start: h, end: m.end, label: "ORG", ent: -1}
		d.mentions = append(d.mentions, o)
		oi := len(d.mentions) - 1
		for t := o.start; t < o.end; t++ {
			d.mentionAt[t] = oi
		}
		m.nested = true
		m.host = oi
	}
}

// gatheringNamedAt: token i is the head of a gathering's name
// namedGatherings joined ("Summit" in "the Summit of the Americas"): the
// gathering is still told, and its name is a party to it
// (gatheringNameParts).
func gatheringNamedAt(d *doc, i int) bool {
	m := d.mentions[d.mentionAt[i]]
	return m.start == i && m.label == "ORG" && gatheringHeads[d.lower[i]] && i+1 < m.end && d.lower[i+1] == "of"
}

// gatheringNameParts gives a meeting told by the head of a gathering's
// name that name as a participant.
func gatheringNameParts(d *doc, ev *event) {
	if ev.typ != "MEET" || !ev.nominal || d.mentionAt[ev.trigStart] < 0 || !gatheringNamedAt(d, ev.trigStart) {
		return
	}
	if e := d.mentions[d.mentionAt[ev.trigStart]].ent; e >= 0 && !hasPart(ev, e) {
		ev.addPart(e, participant)
	}
}

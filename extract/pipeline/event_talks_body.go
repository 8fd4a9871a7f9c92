package pipeline

import "github.com/newsgraph/newsgraph/extract"

// Talks of one named body.
//
// A meeting, call or pact needs two sides (viable:one-sided), and talks
// with one named side are kept only when the text names the other, if
// only as a common noun ("talks with makers of on-line games"). But a
// company, movement or international body is told in talks whose other
// side news leaves unnamed or many: "A spokesman for Gazprom media says
// negotiations are almost complete", "A top Hamas official said he would
// participate in cease-fire talks", "African Union mediators who are
// brokering peace talks", "to revive the World Trade Organization talks".
// The Guideline reads talks of a named party with unnamed others as that
// party's NEGOTIATE (the `dev5` business-talks reading), and the labels
// give such talks the body alone. A country or a person told alone in
// talks is left to the guard: the other side of a state's or a leader's
// talks is mostly named elsewhere in the sentence and misread, and the
// one-sided event is then a wrong one. (Seventeenth session, visit18: the
// guard audit put 5 of its 10 NEGOTIATE losses on TUNE on talks of one
// organization, 5 stories.)

// bodyTalks marks every kept NEGOTIATE told by a noun ("talks",
// "negotiations") whose one participant is an organization, the only
// party its sentence names, as talks of that body (soleBody).
func bodyTalks(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "NEGOTIATE" || len(ev.parts) != 1 {
			continue
		}
		if body := ev.parts[0].ent; d.ents[body].typ == extract.Organization && ev.nominal && onlyParty(d, ev, body) {
			ev.soleBody = true
		}
	}
}

// onlyParty: the sentence of ev names no person or organization but body,
// and nothing else right before the talks noun. Another name there is the
// other side, misread ("GM in crunch talks on Fiat future", "Mitsubishi in
// Peugeot link talks", "Russia WTO talks") or a party of its own ("the
// government is in talks about whether to allow Singapore Airlines").
func onlyParty(d *doc, ev *event, body int) bool {
	s := d.sents[ev.sentence]
	for k := s.Start; k < s.End; k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ent < 0 || m.ent == body {
			continue
		}
		if t := d.ents[m.ent].typ; t == extract.Person || t == extract.Organization || k >= ev.trigStart-3 && k < ev.trigStart {
			return false
		}
	}
	return true
}

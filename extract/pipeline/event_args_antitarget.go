package pipeline

import "strings"

// A protest named by what it is against: "anti-Syrian protests", "anti-Bush
// protests that turned violent", "massive anti-Israeli protests in Tehran".
// The prefix "anti-" on a name or a people's adjective says whom the
// protest is aimed at, which the Guideline makes the PROTEST's PATIENT
// (the labels give "Syrian|Damascus", "Bush", "Israeli|Israel" for these);
// the tagger reads the hyphenated word as a MISC name of its own that
// stands for no side, so the protest was left with no participant and
// dropped. (Twentieth session, helper elect21: of the 11 TUNE sentences
// with an "anti-X" protest noun, 9 are labelled a PROTEST with X as its
// PATIENT; 6 of them were missed, voa-0886, 1331, 1528, 1616, 1629, 2146.)
//
// Only a prefix right before the trigger counts ("anti-Bush protests"), not
// one elsewhere in the sentence ("anti-government protesters attacked
// Israeli troops": the troops are no side the prefix names), and X must be
// a name or demonym the story names as an entity of its own: "anti-war"
// and "anti-government" name no side.

// antiTarget adds X of an "anti-X" premodifier of a PROTEST trigger as its
// PATIENT.
func (p *Pipeline) antiTarget(d *doc, ev *event, ss int) {
	if ev.typ != "PROTEST" {
		return
	}
	k := ev.trigStart - 1
	if _, ok := antiName(d.toks[ev.trigStart].Text); ok && ev.trigEnd-ev.trigStart > 1 {
		k = ev.trigStart // the trigger may open with the prefix: "anti-Syrian protests"
	}
	if k < ss {
		return
	}
	x, ok := antiName(d.toks[k].Text)
	if !ok {
		return
	}
	e := p.entityForWord(d, x)
	if e < 0 || d.ents[e].dropped {
		return
	}
	for _, pt := range ev.parts {
		if pt.ent == e {
			return
		}
	}
	ev.addPart(e, patient)
}

// antiName returns X of "anti-X" when X opens with a capital letter (a name
// or a people's adjective, not "anti-war").
func antiName(w string) (string, bool) {
	if len(w) < 7 || !strings.EqualFold(w[:5], "anti-") {
		return "", false
	}
	x := w[5:]
	if x[0] < 'A' || x[0] > 'Z' {
		return "", false
	}
	return x, true
}

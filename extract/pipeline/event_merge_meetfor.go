package pipeline

// Talks that a meeting is held for (seventeenth session). "Putin and Blair
// have met in London for talks focusing on energy", "Suleiman met with
// Hamas leader Khaled Meshaal Tuesday in Cairo for talks on forging a
// power-sharing deal": the talks are what the meeting was for, the same
// event told by its purpose. The labels give such a sentence one MEET and
// no NEGOTIATE (seven of seven TUNE sentences where "met" or "meet" takes
// "for talks"); meetingTalks folds "the talks" of a meeting told in the
// sentences before, this folds them in the meeting's own sentence. Travel
// "for talks" is left alone: "arrived Saturday for talks with Russian
// officials" is a VISIT and a NEGOTIATE in the labels.

// meetVerbs tell a meeting by its verb.
var meetVerbs = map[string]bool{"met": true, "meet": true, "meets": true, "meeting": true}

// forTalks: ev is a talks noun after "for" (at most two modifiers between:
// "for peace talks", "for two-day talks") and a meeting verb stands before
// "for" in the same clause, at most fifteen words back. It returns the
// verb's token, or -1.
func forTalks(d *doc, ev *event) int {
	if ev.typ != "NEGOTIATE" || !ev.nominal {
		return -1
	}
	ss := d.sents[ev.sentence].Start
	f := ev.trigStart - 1
	for f >= ss && f >= ev.trigStart-3 && d.lower[f] != "for" {
		if d.mentionAt[f] >= 0 || d.lower[f] == "," || d.lower[f] == "and" {
			return -1
		}
		f--
	}
	if f < ss || d.lower[f] != "for" {
		return -1
	}
	for k := f - 1; k >= ss && k >= f-15; k-- {
		switch w := d.lower[k]; {
		case meetVerbs[w] && (w != "meeting" || k > ss && isBe(d.lower[k-1])):
			return k // ("are meeting Tuesday for talks", not the noun: "if the meeting took place it would open the way for talks")
		case w == "," || w == ";" || w == "and" || w == "but" || w == "while" || w == "after" || w == "before" || w == "who" || w == "which":
			return -1 // another clause: "met Monday, and flew on to Cairo for talks"
		}
	}
	return -1
}

// meetForTalks: the talks at ev are held for a meeting its sentence tells
// by a verb (see forTalks). The talks are that meeting, so they are folded
// away, into the meeting's event when the verb gave one, or dropped when its
// subject was not read ("Putin and Blair have met in London for talks":
// retyping the talks as the MEET let a later summit merge into it).
func (d *doc) meetForTalks(ev *event) bool {
	return forTalks(d, ev) >= 0
}

package pipeline

// Acts someone stands accused of (thirteenth session).
//
// An act told as what someone is accused of or faces charges of, with the
// accusation a standing state of the accused, is the content of a charge,
// not an event the text asserts: "LRA rebels are accused of kidnapping
// thousands of children", "he still faces charges of rape and treason",
// "two Lebanese men accused of planting bombs". The Guideline counts events
// the text asserts happened. A named accuser's claim about one act ("the AU
// commander accused Sudanese helicopters of bombing Labado", "indicted two
// men on charges of kidnapping a girl") reports that act, which the
// labellers count; so the accused must stand right before "of" (the passive
// or a reduced relative, no object between), or the charges be faced.

// chargedAct: the trigger is what "accused of"/"suspected of" or faced
// "charges of" links it to.
func (p *Pipeline) chargedAct(d *doc, ev *event, ss int) bool {
	k := ev.trigStart - 1
	if k-1 < ss || d.lower[k] != "of" {
		return false
	}
	switch d.lower[k-1] {
	case "accused", "suspected":
		return true
	case "charges", "charge", "allegations", "accusations":
		for j := k - 2; j >= ss && j >= k-4; j-- {
			switch d.lower[j] {
			case "face", "faces", "faced", "facing":
				return true
			}
		}
	}
	return false
}

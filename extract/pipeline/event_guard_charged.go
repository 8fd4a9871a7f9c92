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
// or a reduced relative, no object between), or the charges be faced. And a
// charge that names the day or year of the act tells an act that happened,
// only its doer alleged: "two Lebanese men accused of planting suitcase bombs
// on trains in Cologne July 31".

// chargedAct: the trigger is what "accused of"/"suspected of" or faced
// "charges of" links it to.
func (p *Pipeline) chargedAct(d *doc, ev *event, ss, se int) bool {
	k := ev.trigStart - 1
	if k-1 < ss || d.lower[k] != "of" || datedAct(d, ev.trigEnd, se) {
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

// datedAct: the clause from k on names a day or a year.
func datedAct(d *doc, k, se int) bool {
	for ; k < se; k++ {
		w := d.lower[k]
		switch {
		case w == "," || w == ";" || w == ":":
			return false
		case monthNames[w] || weekdays[w] || yearWord(w):
			return true
		}
	}
	return false
}

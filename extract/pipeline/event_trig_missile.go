package pipeline

// missilesUntargeted: the object after a firing verb at k is missiles, and
// the clause names nothing they were fired at or into (the sea aside).
func missilesUntargeted(d *doc, k, se int) bool {
	head := -1
	for j := k; j < se && j < k+5; j++ {
		if d.lower[j] == "missile" || d.lower[j] == "missiles" {
			head = j
			break
		}
		if d.mentionAt[j] < 0 && clauseBreakWord(d.lower[j]) {
			return false
		}
	}
	if head < 0 {
		return false // "fired rockets", "launched an attack": not a missile launch
	}
	for j := head + 1; j < se; j++ {
		switch d.lower[j] {
		case "at", "on", "against", "toward", "towards":
			if j+1 < se && (dayName(d.lower[j+1]) || timeWord(d.lower[j+1])) {
				continue // "on Friday"
			}
			return false // "fired missiles at Israeli towns"
		case "into":
			return seaAfter(d, j+1, se) // "into the Sea of Japan", not "into southern Israel"
		case ";", "and", "but", "while", "after", "before", "when":
			return true
		}
	}
	return true
}

// seaAfter: a body of water follows at k ("into the Sea of Japan").
func seaAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+4; j++ {
		switch d.lower[j] {
		case "sea", "ocean", "waters", "pacific", "gulf":
			return true
		}
	}
	return false
}

func clauseBreakWord(w string) bool {
	switch w {
	case ",", ";", ":", "and", "but", "because", "after", "before", "when", "while":
		return true
	}
	return false
}

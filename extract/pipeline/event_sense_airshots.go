package pipeline

// Shots in the air (fifteenth session). "Gunmen fired shots in the air as
// supporters cheered", "police fired into the air to disperse the crowd":
// shots fired skyward, to celebrate or to warn, strike no one, so the firing
// is no ATTACK. Left alone when the sentence tells of harm ("fired into the
// air and then at the crowd, wounding three"): a warning can come before a
// shooting.

// harmDone are the words that tell of someone hit.
var harmDone = map[string]bool{
	"killed": true, "killing": true, "dead": true, "died": true, "wounded": true, "wounding": true,
	"injured": true, "injuring": true, "hit": true, "struck": true, "casualties": true,
}

// shotsInAir reports an ATTACK triggered by a form of "fire" whose next
// six words send the shots "in the air", "into the air" or "into the sky".
func shotsInAir(d *doc, ev *event, ss, se int) bool {
	switch d.lower[ev.trigStart] {
	case "fire", "fired", "fires", "firing":
	default:
		return false
	}
	for k := ev.trigEnd; k+2 < se && k <= ev.trigEnd+6; k++ {
		if (d.lower[k] == "in" || d.lower[k] == "into") && d.lower[k+1] == "the" && (d.lower[k+2] == "air" || d.lower[k+2] == "sky") {
			return !anyWord(d, harmDone, ss, se)
		}
		if isPunct(d.words[k]) {
			return false
		}
	}
	return false
}

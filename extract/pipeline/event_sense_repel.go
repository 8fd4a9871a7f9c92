package pipeline

// Repelling an attack is told with the defender as the subject ("Iraq said
// its troops repelled an overnight Iranian attack", "the attack was
// repelled by the Fifth Army Corps", "Coalition forces repelled their
// attack"). Read as an ATTACK of its own, the repel verb made the defender
// the attacker and the attacker the target: the roles swapped. The attack
// noun beside it is the event and keeps its own attacker, so the repel verb
// is dropped (otherSense). newsfp2-23: Reuters' Iran-Iraq reports gave seven
// such swapped events; a repel verb with no attack noun ("repelled the
// rebels") stays an ATTACK.

// repelVerbs are the verbs that tell an attack was fought off; "beat",
// "fought" and "fended" only with "back" or "off" after them.
var repelVerbs = map[string]bool{
	"repel": true, "repels": true, "repelled": true, "repelling": true,
	"repulse": true, "repulses": true, "repulsed": true, "repulsing": true,
	"foil": true, "foils": true, "foiled": true, "foiling": true,
	"thwart": true, "thwarts": true, "thwarted": true, "thwarting": true,
}

// particleRepel: verbs that repel only with their particle ("beat back",
// "fought off", "fended off").
var particleRepel = map[string]string{
	"beat": "back", "beats": "back", "beaten": "back", "beating": "back",
	"fought": "off", "fight": "off", "fights": "off", "fighting": "off",
	"fended": "off", "fend": "off", "fends": "off", "fending": "off",
}

// attackNouns name an attack as a thing that can be fought off.
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "assault": true, "assaults": true, "offensive": true,
	"offensives": true, "thrust": true, "thrusts": true, "raid": true, "raids": true,
	"incursion": true, "incursions": true, "onslaught": true, "push": true, "advance": true,
	"attempt": true, "attempts": true, "attackers": true,
}

// repelledAttack: the trigger at [i, e) in the sentence [ss, se) is a repel
// verb whose object (within six words, before a clause break) or passive
// subject ("the attack was repelled") is an attack noun.
func repelledAttack(d *doc, i, e, ss, se int) bool {
	if i < ss || i >= se || e > se {
		return false
	}
	w := d.lower[i]
	if part, ok := particleRepel[w]; ok {
		if i+1 >= se || d.lower[i+1] != part {
			return false
		}
		if e < i+2 {
			e = i + 2
		}
	} else if !repelVerbs[w] {
		return false
	}
object:
	for k, n := e, 0; k < se && n < 6; k, n = k+1, n+1 {
		if attackNouns[d.lower[k]] {
			return true
		}
		switch d.lower[k] {
		case ",", ";", ":", ".", "and", "but", "after", "before", "when", "as", "that", "which", "who":
			break object
		}
	}
	// passive: "the Iranian attack was (twice) repelled"
	k := i - 1
	if k > ss && (d.lower[k] == "twice" || d.lower[k] == "quickly" || d.lower[k] == "successfully") {
		k--
	}
	if k < ss || !(d.lower[k] == "was" || d.lower[k] == "were" || d.lower[k] == "been" || d.lower[k] == "being") {
		return false
	}
	for j := k - 1; j >= ss && j >= k-3; j-- {
		if attackNouns[d.lower[j]] {
			return true
		}
	}
	return false
}

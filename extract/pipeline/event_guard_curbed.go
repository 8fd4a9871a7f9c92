package pipeline

// Attacks to be curbed (sixteenth session, helper atkfp17).
//
// An attack noun that is the object of a verb of curbing or suppressing, or
// what someone is protected "from", names a kind of act to be kept down,
// not an attack told: "doing nothing to curb attacks on Israelis", "use all
// means necessary to suppress Gaza militants' attacks on Jewish targets",
// "vowed to protect Palestinian militants from Israeli raids". stoppedEvent
// (event_guard_real.go) reads "stop", "prevent" and "thwart" so; these verbs
// are left to attacks, as "security forces suppressed the protest" tells a
// protest that took place. Measured on TUNE at the start: 3 false ATTACKs
// (voa-1121, voa-1356, voa-1408), no gold attack so told.

// curbVerbs keep attacks down.
var curbVerbs = map[string]bool{
	"curb": true, "curbs": true, "curbed": true, "curbing": true,
	"suppress": true, "suppresses": true, "suppressed": true, "suppressing": true,
	"contain": true, "containing": true, "reduce": true, "reducing": true,
}

// protectVerbs take what one is kept safe from after "from".
var protectVerbs = map[string]bool{
	"protect": true, "protects": true, "protected": true, "protecting": true,
	"shield": true, "shields": true, "shielded": true, "shielding": true,
} // ("defending their positions from rebel attacks" tells attacks made)

// curbedAttack: the attack ev is what a verb of curbing acts on, or
// what someone is protected from. The walk goes left over the noun's
// phrase ("Gaza militants' attacks", "militants from Israeli raids") and
// stops at a clause boundary, as stoppedEvent's. (The tagger reads
// "militants' attacks on Jewish targets" as a verb: the noun is not asked.)
func curbedAttack(d *doc, ev *event, ss int) bool {
	if ev.typ != "ATTACK" {
		return false
	}
	from := false
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-7; k-- {
		w := d.lower[k]
		switch w {
		case ",", ";", ":", "(", "and", "or", "but", "that", "which", "who", "while", "when", "after", "before", "because", "if", "as", "despite", "since", "until", "in", "during", "by":
			return false
		case "from":
			from = true
			continue
		}
		if curbVerbs[w] || from && protectVerbs[w] {
			return true
		}
	}
	return false
}

package pipeline

// A warning aimed at someone whose object carries a place or scope phrase
// before "not to" (eighteenth session): "warned governments around the
// world not to ignore the agreements", "warned militias in the south not
// to attack". The object reader stops at the preposition, so warningAt saw
// "around" and read a statement; by the decided readings "warned X not to"
// is a THREATEN whatever X's modifiers.

// scopePreps open the place or scope phrase that may follow the object.
var scopePreps = map[string]bool{
	"around": true, "in": true, "across": true, "from": true, "throughout": true, "at": true, "on": true,
}

// placedNotTo: at j a place phrase of at most five words, then "not to".
func placedNotTo(d *doc, j, se int) bool {
	if j >= se || !scopePreps[d.lower[j]] {
		return false
	}
	for k := j + 1; k+1 < se && k <= j+6; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "that", "and", "but", "who", "which", "to":
			return false
		case "not":
			return d.lower[k+1] == "to"
		}
	}
	return false
}

// forceActs are acts of force or pressure a warner may announce as its
// own. With "may", "might" or "could" the warner mostly judges ("warned it
// could take years", "they may lose their jobs"); only one of these verbs
// makes the warning a threat: "Rwanda warned it may send troops to attack
// the rebels", "warned they could cut off supplies".
var forceActs = map[string]bool{
	"send": true, "attack": true, "strike": true, "retaliate": true, "invade": true, "bomb": true,
	"impose": true, "cut": true, "suspend": true, "expel": true, "sever": true, "veto": true,
	"block": true, "use": true, "resume": true, "deploy": true,
}

// mayForce: at k "may", "might" or "could" (with "also" between) and an act
// of force.
func mayForce(d *doc, k int) bool {
	if k >= len(d.lower) {
		return false
	}
	switch d.lower[k] {
	case "may", "might", "could":
	default:
		return false
	}
	k++
	if k < len(d.lower) && d.lower[k] == "also" {
		k++
	}
	return k < len(d.lower) && forceActs[d.lower[k]]
}

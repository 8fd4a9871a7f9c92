package pipeline

import "strings"

// Senses of the SANCTION words that are no measure against anyone
// (fifteenth session). Read on TUNE's false events and on Reuters:
//
//   - "sanctioned" as approved: "the government sanctioned a half
//     percentage point cut in interest rates", "an operation sanctioned by
//     EC farm ministers", "as sanctioned by some interpretations of Sharia
//     law". A sanction has a target; the approval sense has a thing for
//     object, so a "sanction" verb with no PATIENT read is the approval
//     ("the SEC sanctioned the accounting firm KMG" keeps its target).
//   - a participle that describes a noun: "resume stalled trade talks with
//     Iran", "privately held East Coast Sales", "a holding company".
//   - "excluding"/"excludes" as "not counting", in results and prices
//     ("sales were off 12.7 pct, excluding sales from catalog showrooms",
//     "1986 loss excludes a gain on the sale"): shutting a party out is
//     excluding it "from" something.

const guardSanctionSense = "sense:sanction-other" // "sanctioned a cut in interest rates", "privately held"

// heldOwners: words before "held" that make it owned, not withheld.
var heldOwners = map[string]bool{
	"privately": true, "publicly": true, "closely": true, "family": true, "state": true, "widely": true,
	"government": true, "jointly": true, "wholly": true, "majority": true,
}

// stalledBefore: words before an adjective "stalled" ("revive the stalled
// talks", "resume stalled trade talks").
var stalledBefore = map[string]bool{
	"the": true, "a": true, "its": true, "their": true, "his": true, "her": true, "long": true,
	"resume": true, "revive": true, "restart": true, "reviving": true, "resuming": true, "restarting": true,
	"now": true, "of": true, "on": true, "unblock": true, "jump-start": true, "kick-start": true,
}

// sanctionSense: the SANCTION at ev is an approval, a describing
// participle, or "excluding" as "not counting".
func sanctionSense(d *doc, ev *event, se int) bool {
	if ev.typ != "SANCTION" {
		return false
	}
	w := d.lower[ev.trigStart]
	prev, next := "", ""
	if ev.trigStart > 0 && d.sentOf[ev.trigStart-1] == d.sentOf[ev.trigStart] {
		prev = d.lower[ev.trigStart-1]
	}
	if ev.trigEnd < se {
		next = d.lower[ev.trigEnd]
	}
	switch {
	case !ev.nominal && strings.HasPrefix(w, "sanction") && w != "sanctions":
		return !hasRole(ev, patient) // "sanctioned a cut in rates"
	case w == "sanctions" && !ev.nominal:
		return !hasRole(ev, patient) && prev != "" && !stalledBefore[prev] && prev != "impose" && prev != "imposed"
	case w == "held" || w == "holding":
		return heldOwners[prev] || next == "company" || next == "companies" || next == "group"
	case w == "stalled":
		return stalledBefore[prev] && next != "" && next != "," && next != "." && !stalledFollow[next]
	case strings.HasPrefix(w, "exclud"):
		for k := ev.trigEnd; k < se && k < ev.trigEnd+10; k++ {
			if d.lower[k] == "from" {
				return false
			}
			if d.lower[k] == ";" {
				break
			}
		}
		return true
	}
	return false
}

// stalledFollow: words after "stalled" that make it the verb ("the talks
// stalled in March", "Israel has stalled on the handover").
var stalledFollow = map[string]bool{
	"in": true, "on": true, "over": true, "since": true, "after": true, "when": true, "because": true,
	"for": true, "at": true, "and": true, "but": true, "again": true, "last": true, "this": true,
	"the": true, "a": true, "its": true, "their": true, "by": true, "as": true, "amid": true,
}

package pipeline

import "strings"

// Verbs of support and of handing out that the CAMEO patterns code as a
// threat or a demand (eighteenth session, helper fp19):
//
//   - "back" with "sanctions" (CAMEO's BACK * SANCTIONS, 1312): "the council
//     backed sanctions by the West African group ECOWAS", "leaders meet to
//     discuss backing sanctions by the U.N. Security Council". To back
//     sanctions is to support them, no threat of one side against another
//     (two TUNE stories, labelled with no THREATEN).
//   - "issue" with a document that is no demand: "issued a joint statement
//     criticizing the government", "issued an arrest warrant", "issued an
//     interim order requiring" (three TUNE stories; the labels give no
//     DEMAND told by "issued" in any of the forty TUNE sets). A demand
//     issued names itself: "issued a demand", "issued an ultimatum", "a call".

const (
	guardBackingSense = "sense:backing"      // "backed sanctions by ECOWAS": support, no threat
	guardIssuedThing  = "sense:issued-thing" // "issued a joint statement criticizing": a document, no demand
)

// demandNouns are what a demand issued is called.
var demandNouns = map[string]bool{
	"demand": true, "demands": true, "ultimatum": true, "ultimatums": true, "call": true, "calls": true,
}

// supportSense returns the guard for a THREATEN told by "back" or a DEMAND
// told by "issue" whose object is no demand, or "".
func supportSense(d *doc, ev *event, se int) string {
	if ev.nominal {
		return ""
	}
	w := d.lower[ev.trigStart]
	switch {
	case ev.typ == "THREATEN" && strings.HasPrefix(w, "back"):
		return guardBackingSense
	case ev.typ == "DEMAND" && strings.HasPrefix(w, "issu"):
		for k := ev.trigStart + 1; k < se && k <= ev.trigStart+5; k++ {
			if demandNouns[d.lower[k]] {
				return ""
			}
			if d.lower[k] == "," || d.lower[k] == "to" || d.lower[k] == "that" {
				break
			}
		}
		return guardIssuedThing
	}
	return ""
}

package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A body's own meeting.
//
// The Guideline makes a summit of a named body a MEET of that body alone
// ("an African Union summit", "NATO's 60th anniversary summit") and its
// members meeting a MEET of it ("EU foreign ministers meeting in
// Luxembourg voted"). bodySummit knew only the bodies of the gazetteer
// and a few adjectives; many intergovernmental bodies are missing from it
// (the African Union, the WTO, the Non-Aligned Movement), and
// viable:one-sided dropped their summits. (Fourteenth session.)

// bodyName: an organization's name has the shape of an assembly of
// members ("African Union", "World Trade Organization", "Non-Aligned
// Movement") or is an abbreviation ("WTO"), not a firm's or a party's.
func bodyName(e *entity) bool {
	if e.typ != extract.Organization || e.country != "" {
		return false
	}
	n := e.name
	if len(n) >= 2 && len(n) <= 6 && strings.ToUpper(n) == n && !strings.ContainsAny(n, " .") {
		return true // "WTO", "APEC", "SADC"
	}
	w := n[strings.LastIndexByte(n, ' ')+1:]
	switch w {
	case "Union", "Organization", "Organisation", "Movement", "Community", "Alliance", "League", "Forum", "Cooperation", "Commonwealth", "Nations", "States":
		return strings.Contains(n, " ")
	}
	return false
}

// summitModifier: a word that may stand between a body's name and
// "summit": "annual", "60th", "anniversary", "two-day".
func summitModifier(w string) bool {
	return summitAdjectives[w] || strings.HasSuffix(w, "-day") || ordinalWord(w)
}

// membersMeeting: ev is "meeting" right after a plural noun of members
// whose premodifier is its one participant, an organization: "EU foreign
// ministers meeting in Luxembourg".
func membersMeeting(d *doc, ev *event, ss int) bool {
	if ev.typ != "MEET" || len(ev.parts) != 1 || d.lower[ev.trigStart] != "meeting" || ev.trigStart-1 < ss || !memberBodyNouns[d.lower[ev.trigStart-1]] {
		return false
	}
	for k := ev.trigStart - 2; k >= ss && k >= ev.trigStart-4; k-- {
		if mi := d.mentionAt[k]; mi >= 0 {
			e := d.mentions[mi].ent
			return e == ev.parts[0].ent && d.ents[e].typ == extract.Organization
		}
	}
	return false
}

// memberBodyNouns are the people a body sends to meet.
var memberBodyNouns = map[string]bool{
	"ministers": true, "leaders": true, "officials": true, "envoys": true, "ambassadors": true,
	"delegates": true, "representatives": true, "lawmakers": true, "members": true,
}

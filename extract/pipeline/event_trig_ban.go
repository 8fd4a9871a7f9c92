package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A ban aimed at a country (fourteenth session): "the European Union's
// ban on arms sales to China", "renewing a U.S. ban on trade with Burma",
// "the US ban on trade and economic activity with Tripoli". CAMEO files
// "ban" under prohibiting (172), outside the inventory; a ban on trade
// or sales with a country named after it is an embargo (CAMEO 163), a
// SANCTION against that country. Bans with no country after them ("the
// ban on gun sales", "a ban on smoking") stay out.

// banNouns are the nouns of a ban.
var banNouns = map[string]bool{"ban": true, "bans": true, "embargo": true, "embargoes": true}

// banTargets open the country a ban is aimed at.
var banTargets = map[string]bool{"to": true, "with": true, "against": true, "from": true}

// countryBanned reads "ban on ... to <country>" at i; the match spans the
// noun alone.
func (p *Pipeline) countryBanned(d *doc, i, ss, se int) (cameo.Match, bool) {
	if !banNouns[d.lower[i]] || i == ss || i+2 >= se || d.lower[i+1] != "on" {
		return cameo.Match{}, false
	}
	if prev := d.lower[i-1]; isBe(prev) || prev == "will" || prev == "to" || prev == "would" || p.cls(d, i-1)&wPron != 0 && d.mentionAt[i-1] < 0 && prev != "its" && prev != "their" {
		return cameo.Match{}, false // "to ban on", "it bans on": the verb
	}
	for k := i + 2; k < se && k <= i+6; k++ {
		if banTargets[d.lower[k]] && k+1 < se {
			if mi := d.mentionAt[k+1]; mi >= 0 {
				mt := d.mentions[mi]
				if mt.ent >= 0 && (mt.label == "NORP" || d.ents[mt.ent].typ == extract.Location && d.ents[mt.ent].subtype == extract.Country) {
					return cameo.Match{Code: "163", Lemma: "ban", Start: i, End: i + 1, Nominal: true}, true
				}
			}
			return cameo.Match{}, false
		}
		if d.mentionAt[k] >= 0 || d.lower[k] == "," || d.lower[k] == "." {
			return cameo.Match{}, false
		}
	}
	return cameo.Match{}, false
}

// bannedArgs makes the country the ban is aimed at its PATIENT ("to
// China"); the noun's arguments read the possessor ("the European
// Union's") as the one banning.
func bannedArgs(d *doc, ev *event, m cameo.Match, se int) {
	for k := m.End + 1; k < se && k <= m.End+5; k++ {
		if banTargets[d.lower[k]] && k+1 < se {
			if mi := d.mentionAt[k+1]; mi >= 0 && d.mentions[mi].ent >= 0 {
				ev.addPart(d.mentions[mi].ent, patient)
			}
			return
		}
	}
}

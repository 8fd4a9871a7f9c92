package pipeline

import "slices"

// namedOverNationality gives the participants of an opening description the
// next sentence names ("An Australian man has been jailed ... Nick
// Marinellis pleaded guilty", namedNext): the named person e stands for the
// whole description, so the nationality on its head noun, which only told
// who that person was, is no second participant. Names of other kinds in the
// description stay ("a Hamas militant": his group). Twelfth session.
func namedOverNationality(d *doc, ph np, end, e int) []int {
	norp := map[int]bool{}
	officer := end > 0 && officeHeads[d.lower[end-1]]
	for i := ph.start; i < end && i < len(d.mentionAt); i++ {
		if mi := d.mentionAt[i]; mi >= 0 && (d.mentions[mi].label == "NORP" || officer) && d.mentions[mi].ent >= 0 {
			norp[d.mentions[mi].ent] = true
		}
	}
	out := make([]int, 0, len(ph.ents)+1)
	for _, x := range ph.ents {
		if !norp[x] {
			out = append(out, x)
		}
	}
	if !slices.Contains(out, e) {
		out = append(out, e)
	}
	return out
}

// officeHeads head a description of one who holds an office in a body or a
// state ("A senior European Union official", "a U.S. diplomat"): the body
// named on the noun is whom the office serves, told only to say who the
// person is, as a nationality is; once the next sentence names the person,
// the person is the participant (nineteenth session, desc20). A member's
// noun keeps his group ("a Hamas militant"), and so does "officer", most
// often a member of a force ("an EU police officer").
var officeHeads = map[string]bool{"official": true, "diplomat": true}

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
	for i := ph.start; i < end && i < len(d.mentionAt); i++ {
		if mi := d.mentionAt[i]; mi >= 0 && d.mentions[mi].label == "NORP" && d.mentions[mi].ent >= 0 {
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

package pipeline

// A contest verb's subject told before an aside set off by commas.
//
// "Hamas, considered a terrorist organization by the West, wrested control
// of the legislature from the ruling Fatah party in parliamentary
// elections": subject() stops at the aside's closing comma, so
// electionRivals read neither side of the race and the election was
// dropped with no participant. The name right before the aside's opening
// comma is the subject when the aside holds no clause break of its own
// (no "and", "but", ";", quote) and is short (at most 12 words).
func (p *Pipeline) subjectPastAside(d *doc, v, ss int) []int {
	if v-2 <= ss || d.lower[v-1] != "," {
		return nil
	}
	for j := v - 2; j > ss && j >= v-14; j-- {
		switch d.lower[j] {
		case ";", ":", "and", "but", "\"", "said", "says":
			return nil
		case ",":
			mi := d.mentionAt[j-1]
			if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].end != j {
				return nil
			}
			if m := d.mentions[mi]; m.start > ss && d.lower[m.start-1] != "," && p.cls(d, m.start-1)&wPrep != 0 {
				return nil // "in Gaza, ...": a place phrase, no subject
			}
			return []int{d.mentions[mi].ent}
		}
	}
	return nil
}

package pipeline

// Talks about a party's own program or ambitions take that party in: "the
// six-nation talks on North Korea's nuclear program", "talks aimed at
// disarming North Korea's nuclear program". A possessed topic of
// negotiation names one who negotiates over what it owns; a bare topic
// ("talks on Iraq") does not, and is left alone.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// topicOwner gives talks no participant was read for the country or body
// whose possession the talks are about.
func (p *Pipeline) topicOwner(d *doc, ev *event, se int, add func([]int, string)) {
	if ev.typ != "NEGOTIATE" || !ev.nominal || len(ev.parts) > 0 || ev.unreal {
		return
	}
	k := ev.trigEnd
	switch {
	case k < se && (d.lower[k] == "on" || d.lower[k] == "over" || d.lower[k] == "about"):
		k++
	case k+2 < se && d.lower[k] == "aimed" && d.lower[k+1] == "at" && d.mentionAt[k+2] < 0 && strings.HasSuffix(d.lower[k+2], "ing"):
		k += 3 // "aimed at disarming"
	default:
		return
	}
	if k < se && d.lower[k] == "the" {
		k++
	}
	mi := d.mentionAt[k]
	if k >= se || mi < 0 {
		return
	}
	m := d.mentions[mi]
	if m.end >= se || d.lower[m.end] != "'s" && d.lower[m.end] != "’s" || m.ent < 0 || !participantOK(d, m) {
		return
	}
	if e := d.ents[m.ent]; e.typ == extract.Location && (e.subtype != extract.Country || placeInCountry(d, m)) || e.typ == extract.Person {
		return // (a country or a body owns a program; a town or a person's is another matter)
	}
	add([]int{m.ent}, participant)
	ev.counterpart = true // (the other sides may go unnamed: "the six-nation talks")
}

package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A country's forces stand for the country.
//
// The tagger reads "the Colombian Army", "one American Marine" as names of
// organizations; the labelling guideline reads a nationality on the head
// of an actor's or victim's noun as its country ("Egyptian police
// arrested" -> Egypt), and the labels name the country for the national
// forces as well ("Afghan National Army|Afghan", "U.S.|Marines"). An
// organization named only by a nationality and the words of a state's
// armed or police forces is that state's arm, not a body of its own: the
// event's participant is the country.

// armWords name a state's armed or police forces.
var armWords = map[string]bool{
	"army": true, "navy": true, "marine": true, "marines": true, "police": true, "military": true,
	"forces": true, "force": true, "air": true, "coast": true, "guard": true, "guards": true,
	"armed": true, "defense": true, "defence": true, "national": true, "troops": true, "soldiers": true,
	"security": true,
}

// nationalForces replaces in every kept event an organization named by a
// nationality and force words ("Colombian Army") with the country the
// story names, when it names it; the country already taking part, the
// organization is dropped.
func (p *Pipeline) nationalForces(d *doc) {
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		for i := 0; i < len(ev.parts); i++ {
			c := p.forcesCountry(d, ev.parts[i].ent)
			if c < 0 {
				continue
			}
			if hasPart(ev, c) {
				ev.parts = append(ev.parts[:i], ev.parts[i+1:]...)
				i--
				continue
			}
			ev.parts[i].ent = c
		}
	}
}

// forcesCountry returns the story's entity of the country whose forces
// organization e names, or -1.
func (p *Pipeline) forcesCountry(d *doc, e int) int {
	en := d.ents[e]
	if en.typ != extract.Organization {
		return -1
	}
	words := strings.Fields(en.name)
	if len(words) < 2 {
		return -1
	}
	for _, w := range words[1:] {
		if !armWords[strings.ToLower(w)] {
			return -1
		}
	}
	g, ok := p.gaz.Demonym(words[0])
	if !ok {
		return -1
	}
	for ci, c := range d.ents {
		if ci != e && !c.dropped && c.typ == extract.Location && (c.kb != "" && c.kb == g.Key || strings.EqualFold(c.name, g.Name)) {
			return ci
		}
	}
	return -1
}

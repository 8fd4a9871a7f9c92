package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A force or government named by who leads it (nineteenth session, helper
// other20).
//
// The tagger keeps "NATO-led" and "Hamas-led" whole as one MISC mention, so
// "NATO-led troops killed six militants" and "the Hamas-led government has
// arrested" read no side: the compound is no name the entity table knows.
// ledBy (event_args_led.go) reads such a compound before an event noun ("a
// NATO-led offensive"); the same holds on the head of a subject or object:
// the troops a name leads act for it, as "U.S.-led forces" (split by the
// tokenizer) already read the United States. Only "-led": a force "backed"
// or "linked" by a name is another's ("U.S.-backed Iraqi forces").

// ledForceEntity returns the entity a conjunct's lone "X-led" mention names,
// when headEntity and peopleAdjEntity found none, or -1.
func (p *Pipeline) ledForceEntity(d *doc, ms []int) int {
	if len(ms) != 1 || ms[0] < 0 {
		return -1
	}
	m := d.mentions[ms[0]]
	if m.end-m.start != 1 || m.end >= len(d.lower) || d.mentionAt[m.end] >= 0 {
		return -1
	}
	w := d.words[m.start]
	if !strings.HasSuffix(strings.ToLower(w), "-led") || len(w) < 6 {
		return -1
	}
	if h := d.lower[m.end]; !forceNouns[h] && !groupNouns[h] && !actorKinds[h] && h != "government" && h != "coalition" && h != "administration" {
		return -1 // "a NATO-led mission" is told by ledBy, not read as a side here
	}
	e := p.entityForWord(d, w[:len(w)-4])
	if e < 0 || d.ents[e].typ == extract.Location && d.ents[e].subtype != extract.Country {
		return -1
	}
	return e
}

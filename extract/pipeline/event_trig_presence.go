package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A leader or envoy told to be in a named place for a purpose is visiting
// it: "German Chancellor Angela Merkel is in India for talks on climate
// change", "top U.S. envoy David Satterfield is in Beirut to press U.S.
// demands", "The U.S. defense secretary is in Macedonia, where he will
// ...". News tells an official trip this way as often as by "visit" or
// "arrived in", and CAMEO has no pattern for it. Only a person (a name or
// an office noun) in the present tense, a place the text names, and a
// purpose or clause after it count: "is in prison", "is in effect" name no
// place, and "lives in Paris" is no be-verb. Added in the twelfth session
// (trig13).

// visitorNouns are office nouns a trip abroad is told of.
var visitorNouns = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "premier": true, "envoy": true,
	"diplomat": true, "ambassador": true, "delegation": true, "king": true, "queen": true, "pope": true,
	"leader": true, "chief": true, "secretary-general": true, "negotiator": true, "official": true,
}

// presentIn reads a trip from the be-verb at i of sentence si: the match
// spans "is in", so the place after it is the verb's object, the one
// visited (a team in a city for a match is no visit).
func (p *Pipeline) presentIn(d *doc, i, si int) (cameo.Match, bool) {
	ss, se := d.sents[si].Start, d.sents[si].End
	past := d.lower[i] == "was" || d.lower[i] == "were"
	if d.lower[i] != "is" && d.lower[i] != "are" && !past || i == ss {
		return cameo.Match{}, false
	}
	j := i + 1
	if j < se && (d.lower[j] == "currently" || d.lower[j] == "now" || d.lower[j] == "also" || d.lower[j] == "already") {
		j++
	}
	if j+2 >= se || d.lower[j] != "in" {
		return cameo.Match{}, false
	}
	mi := d.mentionAt[j+1]
	if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].label != "LOC" || d.ents[d.mentions[mi].ent].typ != extract.Location {
		return cameo.Match{}, false
	}
	switch after := d.mentions[mi].end; {
	case past:
		if !pastTripAfter(d, after, se) {
			return cameo.Match{}, false // "was in Iraq in 2003 when": a past stay, not a dated trip
		}
	case after >= se-1 && i-2 > ss && d.lower[i-1] == "who" && d.lower[i-2] == ",":
		// "spoke by telephone to Prime Minister Manmohan Singh, who is in
		// Moscow.": the relative's antecedent (event_trig_presence_who.go)
	default:
		switch d.lower[after] {
		case "to", "for", ",", "where", "on", "this", "as":
		default:
			return cameo.Match{}, false
		}
	}
	prev := i - 1
	if d.lower[prev] == "who" && prev-2 >= ss && d.lower[prev-1] == "," {
		prev -= 2 // "Manmohan Singh, who is in Moscow"
		if !titledPerson(d, prev, ss) {
			return cameo.Match{}, false // "Serena Williams, who is also in Dubai": a player, not an official
		}
	}
	if pm := d.mentionAt[prev]; pm >= 0 {
		if d.mentions[pm].ent < 0 || d.ents[d.mentions[pm].ent].typ != extract.Person {
			return cameo.Match{}, false
		}
	} else if !visitorNouns[d.lower[prev]] {
		return cameo.Match{}, false
	}
	if p.sportsContext(d, si) || p.sportsStory(d, si) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "042", Lemma: "be in", Start: i, End: j + 1}, true
}

// sameTrip: the VISIT told just before ev by the same visitor, to a
// country ev's city lies in or to a city in ev's country ("Merkel is in
// India for talks ... She arrived in New Delhi on Sunday"): one trip, to
// which ev adds its sentence and date but not its place (the place first
// told stays the one visited), or nil.
func (d *doc) sameTrip(ev *event) *event {
	if ev.typ != "VISIT" || !hasRole(ev, agent) || !hasRole(ev, patient) {
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		if ev.sentence-o.sentences[len(o.sentences)-1] > 1 {
			break
		}
		if o.typ != "VISIT" || o.dropped || !sharesRole(o, ev, agent) || !dateCompatible(o.date, ev.date) || itemBreak(d, o.sentences[len(o.sentences)-1], ev.sentence) {
			continue
		}
		for _, p := range o.parts {
			for _, q := range ev.parts {
				if p.role == patient && q.role == patient && (placeIn(d, p.ent, q.ent) || placeIn(d, q.ent, p.ent)) {
					return o
				}
			}
		}
	}
	return nil
}

// placeIn: entity in is a place inside country entity c.
func placeIn(d *doc, in, c int) bool {
	e, ce := d.ents[in], d.ents[c]
	return e.typ == extract.Location && ce.typ == extract.Location && ce.subtype == extract.Country &&
		e.country != "" && e.country == ce.kb && e.kb != ce.kb
}

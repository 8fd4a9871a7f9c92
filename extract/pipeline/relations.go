package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
)

// deriveRelations turns roles, events and "City, Country" appositions into typed edges.
func (d *doc) deriveRelations(a *extract.Analysis) {
	seen := map[[3]string]int{}
	add := func(typ string, src, dst int, conf float64, ev extract.Evidence) {
		if src == dst || d.ents[src].dropped || d.ents[dst].dropped {
			return
		}
		key := [3]string{typ, d.ents[src].id, d.ents[dst].id}
		if i, ok := seen[key]; ok {
			r := &a.Relations[i]
			for _, e := range r.Evidence {
				if e.Sentence == ev.Sentence {
					return
				}
			}
			r.Evidence = append(r.Evidence, ev)
			return
		}
		seen[key] = len(a.Relations)
		a.Relations = append(a.Relations, extract.Relation{
			Type: typ, Source: d.ents[src].id, Target: d.ents[dst].id, Confidence: conf,
			Evidence: []extract.Evidence{ev},
		})
	}
	for _, r := range d.roles {
		if r.org < 0 {
			continue
		}
		add("WORKS_FOR", r.person, r.org, 0.8, d.sentenceEvidence(r.sentence))
	}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		typ := ""
		switch ev.typ {
		case "MEET":
			typ = "MET_WITH"
		case "PHONE_CALL":
			typ = "SPOKE_WITH"
		}
		if typ == "" {
			continue
		}
		for i := 0; i < len(ev.parts); i++ {
			for j := i + 1; j < len(ev.parts); j++ {
				for _, si := range ev.sentences {
					add(typ, ev.parts[i].ent, ev.parts[j].ent, ev.conf, d.sentenceEvidence(si))
				}
			}
		}
	}
	// "Perugia, Italy": a place, a comma, a country.
	for _, m := range d.mentions {
		if m.ent < 0 || d.ents[m.ent].typ != extract.Location || m.end+1 >= len(d.toks) || d.words[m.end] != "," {
			continue
		}
		mi := d.mentionAt[m.end+1]
		if mi < 0 {
			continue
		}
		o := d.mentions[mi]
		if o.ent >= 0 && o.ent != m.ent && d.ents[o.ent].subtype == extract.Country && d.ents[m.ent].subtype != extract.Country && o.label != "NORP" {
			add("LOCATED_IN", m.ent, o.ent, 0.7, d.sentenceEvidence(d.sentOf[m.start]))
		}
	}
}

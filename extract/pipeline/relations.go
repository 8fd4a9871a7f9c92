package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// Relation types, source -> target, and where they come from (confidence):
//
//	HOLDS_ROLE  person -> organization/country  a role title before or beside the name (0.8)
//	CITIZEN_OF  person -> country               a role for a country ("Russian Foreign Minister") (0.7)
//	WORKS_FOR   person -> organization          appositives, premodifiers, the classifier
//	MEMBER_OF   person -> organization          "a member of", "Hamas militant" (0.7-0.75)
//	LIVES_IN    person -> place                 "of Bethany", "born in", the classifier
//	LOCATED_IN  place -> larger place           "Aiken, S.C.", "Nairobi, Kenya", the classifier
//	BASED_IN    organization -> place           "X in Y", "Havana Radio Reloj", the classifier
//	KILLED      person/organization -> person   the classifier, killing events
//	MET_WITH, SPOKE_WITH  between participants  MEET and PHONE_CALL events
//
// Classifier relations carry the squashed margin of the CoNLL04-trained model
// as confidence. Evidence is the text from one name to the other, or the
// sentence for event relations.

// deriveRelations merges the relations the stages found and adds those read from
// roles and events.
func (d *doc) deriveRelations(a *extract.Analysis) {
	seen := map[[3]string]int{}
	// The stages' own relations (rules, classifier) come first; merge repeats.
	own := a.Relations
	a.Relations = a.Relations[:0:0]
	for _, r := range own {
		key := [3]string{r.Type, r.Source, r.Target}
		if i, ok := seen[key]; ok {
			a.Relations[i].Evidence = append(a.Relations[i].Evidence, r.Evidence...)
			a.Relations[i].Confidence = max(a.Relations[i].Confidence, r.Confidence)
			continue
		}
		seen[key] = len(a.Relations)
		a.Relations = append(a.Relations, r)
	}
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
		ev := d.spanEvidence(r.start, r.end)
		if r.orgStart >= 0 && r.orgStart < r.start {
			ev = d.spanEvidence(r.orgStart, r.end)
		}
		// The title itself is on the person's roles; the edge says for whom.
		if legislatorTitle(r.title) && d.politicalParty(r.org) {
			// "Democratic congressman Lee Hamilton" sits for his party, which
			// does not employ him: he is one of its members.
			add("MEMBER_OF", r.person, r.org, 0.75, ev)
			continue
		}
		add("HOLDS_ROLE", r.person, r.org, 0.8, ev)
		if d.ents[r.org].subtype == extract.Country {
			// "Russian Foreign Minister Sergey Lavrov" serves Russia and is Russian;
			// "Louisiana Governor Kathleen Blanco" serves a state she is no citizen of.
			add("CITIZEN_OF", r.person, r.org, 0.7, ev)
		}
	}
	// A person and the body they work for or speak for are one side of a
	// meeting, not two: "Werner Seifert met LSE chief executive Clara Furse"
	// is no meeting of Furse with the LSE, nor of Seifert with his Deutsche
	// Boerse.
	tied := map[[2]int]bool{}
	for _, r := range d.roles {
		if r.org >= 0 {
			tied[[2]int{r.person, r.org}] = true
		}
	}
	if len(own) > 0 {
		byID := make(map[string]int, len(d.ents))
		for i, e := range d.ents {
			byID[e.id] = i
		}
		for _, r := range a.Relations {
			switch r.Type {
			case "WORKS_FOR", "HOLDS_ROLE", "MEMBER_OF":
				tied[[2]int{byID[r.Source], byID[r.Target]}] = true
			}
		}
	}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		if ev.typ == "DEATH" || ev.typ == "ATTACK" && killingTrigger(ev.trigger) {
			// "Booth assassinated Lincoln": a killing with a named killer and victim.
			for _, a := range ev.parts {
				for _, v := range ev.parts {
					if a.role == agent && v.role == patient && d.ents[v.ent].typ == extract.Person &&
						(d.ents[a.ent].typ == extract.Person || d.ents[a.ent].typ == extract.Organization) {
						add("KILLED", a.ent, v.ent, ev.conf*0.9, d.sentenceEvidence(ev.sentence))
					}
				}
			}
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
				x, y := ev.parts[i].ent, ev.parts[j].ent
				if tied[[2]int{x, y}] || tied[[2]int{y, x}] {
					continue
				}
				for _, si := range ev.sentences {
					add(typ, ev.parts[i].ent, ev.parts[j].ent, ev.conf, d.sentenceEvidence(si))
				}
			}
		}
	}
	// A party has members, not staff: "her close Labor ally, Shimon Peres"
	// works for no party, he belongs to it. (Its leader or chairman holds a
	// role in it, which HOLDS_ROLE says.)
	if len(own) > 0 {
		byID := make(map[string]int, len(d.ents))
		for i, e := range d.ents {
			byID[e.id] = i
		}
		for i := range a.Relations {
			r := &a.Relations[i]
			if r.Type == "WORKS_FOR" && d.politicalParty(byID[r.Target]) {
				r.Type = "MEMBER_OF"
			}
		}
	}
	// Nationality read from a role says more than the classifier's "lives in".
	// So does membership read from the words ("a member of") more than the
	// classifier's "works for".
	citizen, member := map[[2]string]bool{}, map[[2]string]bool{}
	for _, r := range a.Relations {
		switch r.Type {
		case "CITIZEN_OF":
			citizen[[2]string{r.Source, r.Target}] = true
		case "MEMBER_OF":
			member[[2]string{r.Source, r.Target}] = true
		}
	}
	kept := a.Relations[:0]
	for _, r := range a.Relations {
		if r.Type == "LIVES_IN" && citizen[[2]string{r.Source, r.Target}] || r.Type == "WORKS_FOR" && member[[2]string{r.Source, r.Target}] {
			continue
		}
		kept = append(kept, r)
	}
	a.Relations = kept
}

// killingTrigger reports an attack trigger that says the victim died.
func killingTrigger(t string) bool {
	t = strings.ToLower(t)
	for _, p := range []string{"kill", "murder", "assassinat", "slay", "slain", "behead", "execut"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// legislatorTitle: a seat won on a party's ticket, not a post in the party.
func legislatorTitle(t string) bool {
	switch strings.ToLower(t) {
	case "congressman", "congresswoman", "senator", "lawmaker", "legislator", "deputy", "mp", "representative", "assemblyman":
		return true
	}
	return false
}

// partyNames are parties news names by one word without "Party".
var partyNames = map[string]bool{"democratic": true, "democrats": true, "republican": true, "republicans": true,
	"labor": true, "labour": true, "conservative": true, "conservatives": true, "tory": true, "tories": true,
	"liberal": true, "liberals": true, "socialist": true, "socialists": true, "communist": true, "communists": true,
	"likud": true, "kadima": true}

// politicalParty reports an entity that is a political party: its name ends
// in "Party", it is one of the parties named by one word, or the text writes
// "party" right after one of its mentions ("the Likud party").
func (d *doc) politicalParty(e int) bool {
	if e < 0 || e >= len(d.ents) || d.ents[e].typ == extract.Person || d.ents[e].typ == extract.Location {
		return false
	}
	name := strings.ToLower(d.ents[e].name)
	if strings.HasSuffix(name, " party") || partyNames[name] {
		return true
	}
	for _, mi := range d.ents[e].mentions {
		if k := d.mentions[mi].end; k < len(d.lower) && d.lower[k] == "party" {
			return true
		}
	}
	return false
}

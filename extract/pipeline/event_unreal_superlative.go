package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A superlative before an infinitive tells an act that happened.
//
// "the first Russian leader to visit Cairo" already keeps its visit (the
// ordinal ranks the visitor among those who did visit); a superlative ranks
// the same way: "Kharrazi is the highest-ranking Iranian official to visit
// Iraq since 2003", "the most senior American to meet the rebels", "the
// youngest player to win". The infinitive is not a purpose or a plan there.
// (Twentieth session, fold21: unreal:args-infinitive lost these.)

// notSuperlatives end in "est" and rank nothing.
var notSuperlatives = map[string]bool{
	"honest": true, "modest": true, "earnest": true, "interest": true, "request": true, "protest": true,
	"arrest": true, "contest": true, "harvest": true, "manifest": true, "suggest": true, "forest": true,
	"invest": true, "digest": true, "unrest": true, "conquest": true, "bequest": true, "behest": true,
}

// superlativeAt: the word at j is a superlative adjective ("highest",
// "highest-ranking", "youngest") or "most" before an adjective ("most senior").
func (p *Pipeline) superlativeAt(d *doc, j int) bool {
	w := d.lower[j]
	if w == "most" {
		return j+1 < len(d.lower) && p.cls(d, j+1)&wAdj != 0
	}
	head, _, hyphen := strings.Cut(w, "-") // "highest-ranking", "highest-level"
	if len(head) < 6 || !strings.HasSuffix(head, "est") || notSuperlatives[head] || d.mentionAt[j] >= 0 {
		return false
	}
	return hyphen || p.cls(d, j)&wAdj != 0
}

// rankedActor: the word at g, before "to", names who is ranked: a person,
// a group, a country or a name ("official", "leader", "country"), not a
// thing ("the greatest interest to visit", "the best way to meet").
func rankedActor(d *doc, g int) bool {
	w := d.lower[g]
	sg := strings.TrimSuffix(w, "s")
	switch sg {
	case "president", "minister", "secretary", "country", "nation", "player", "team", "head", "member", "person", "people":
		return true
	}
	return d.mentionAt[g] >= 0 || personNouns[sg] || personNouns[w] || groupNouns[w]
}

// rankedSubject: the verb at t is the infinitive of a ranked predicate,
// "X is the first U.S. defense secretary to visit Kosovo", "X was the most
// senior official to meet the rebels": X is the one who visited or met, not
// the nationality that premodifies the ranked noun. It returns X's
// participants, or nil.
func (p *Pipeline) rankedSubject(d *doc, t, ss int) []int {
	if t-3 <= ss || d.lower[t-1] != "to" {
		return nil
	}
	g := t - 2
	if !rankedActor(d, g) {
		return nil
	}
	for j := g - 1; j > ss && j >= g-5; j-- {
		switch w := d.lower[j]; {
		case w == "first" || w == "last" || w == "only" || p.superlativeAt(d, j):
			det := j - 1
			if det > ss && d.lower[det] == "most" {
				det--
			}
			if det <= ss || d.lower[det] != "the" {
				return nil
			}
			switch d.lower[det-1] {
			case "is", "was", "became", "becomes", "are", "were":
			default:
				return nil
			}
			// the copula's subject, through a relative clause too ("John
			// Holmes, who arrived in Mogadishu Saturday, is the highest-ranking
			// U.N. official to visit")
			subj, _, _ := p.subject(d, det-1, ss)
			return subj
		}
	}
	return nil
}

// rankedNP: the superlative at j opens the definite phrase that ends at g,
// right before "to" ("the highest-ranking Iranian official"), with no
// preposition or comma between: "staged their biggest-ever rally in Delhi
// to press their claim" tells a purpose, not a rank.
func (p *Pipeline) rankedNP(d *doc, j, g, ss int) bool {
	det := j - 1
	if det > ss && d.lower[det] == "most" {
		det--
	}
	if det < ss || d.lower[det] != "the" || !rankedActor(d, g) || d.mentionAt[g] >= 0 && d.ents[d.mentions[d.mentionAt[g]].ent].typ == extract.Location {
		return false
	}
	for k := j + 1; k <= g; k++ {
		if c := p.cls(d, k); d.mentionAt[k] < 0 && c&(wPrep|wPunct|wConj) != 0 && c&(wNoun|wAdj) == 0 {
			return false
		}
	}
	return true
}

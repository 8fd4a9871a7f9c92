package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Office holders suspended (nineteenth session, trig20): "Mr. Mugabe
// suspended seven top party officials", "the government has suspended
// the mayors of two cities for failing to supervise mines", "one day
// after suspending the country's chief police investigator, Joseph
// Kamau". penaltyImposed (event_trig_penalty.go) reads a suspension only
// with a name right after the verb, so an office told by its noun was
// lost; the decided readings make a ruler or a body suspending officials
// a SANCTION (the dev26 suspended-officials reading, a party leader
// suspending party officials in dev30). The sense is in the object: one
// who holds a post (dismissedNouns and the few posts below), not an
// activity ("suspended talks", "suspended enrichment", "suspended
// trading") nor a plain worker ("suspended two workers", an employer's
// discipline, which penaltyByEmployer also drops when a company suspends).

// suspendedPosts head objects of "suspend" that hold a post, beside
// dismissedNouns.
var suspendedPosts = map[string]bool{
	"mayor": true, "investigator": true, "member": true, "lawmaker": true, "legislator": true,
	"magistrate": true, "councillor": true, "councilor": true,
}

// postHolderSuspended: the active "suspend" at i has as its object
// people told by the post they hold.
func (p *Pipeline) postHolderSuspended(d *doc, i, se int) bool {
	if pf := penaltyForms[d.lower[i]]; pf.lemma != "suspend" {
		return false
	}
	head := p.suspendedHead(d, i+1, se)
	if head < 0 {
		return false
	}
	if head+2 < se && d.lower[head+1] == "of" && amountNouns[d.lower[head]] {
		if head = p.suspendedHead(d, head+2, se); head < 0 {
			return false // "suspended dozens of officials"
		}
	}
	w := d.lower[head]
	return dismissedNouns[w] || dismissedNouns[trimPlural(w)] || suspendedPosts[w] || suspendedPosts[trimPlural(w)]
}

// suspendedHead is the head of the noun phrase opening at k, the last
// word before what ends it ("the mayors | of the cities", "the country's
// chief police investigator | , Joseph Kamau"), or -1 when the phrase
// opens with a name (penaltyImposed's own reading), a preposition, or is
// no common noun.
func (p *Pipeline) suspendedHead(d *doc, k, se int) int {
	if k >= se || d.mentionAt[k] >= 0 || p.cls(d, k)&wPrep != 0 {
		return -1
	}
	head := -1
	for j := k; j < se && j < k+8; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			j = d.mentions[mi].end - 1 // "the ZANU-PF officials": a name modifying the head
			head = -1
			continue
		}
		w := d.lower[j]
		if w == "'s" || w == "’s" {
			head = -1 // "the country's police chief": a possessor, the head follows
			continue
		}
		if w == "and" || !p.npWord(d, j) || j > k && p.verbLike(d, j) && p.cls(d, j-1)&wDet == 0 {
			break // "officials accused of plotting": a clause about the head
		}
		head = j
	}
	if head < 0 || p.cls(d, head)&wNoun == 0 {
		return -1
	}
	return head
}

// postHolderNamed: the person an apposition names after the suspended
// post holder ("suspending the country's chief police investigator,
// Joseph Kamau"), else -1.
func (p *Pipeline) postHolderNamed(d *doc, k, se int) int {
	head := p.suspendedHead(d, k, se)
	if head < 0 || head+2 >= se || d.lower[head+1] != "," {
		return -1
	}
	mi := d.mentionAt[head+2]
	if mi < 0 || d.mentions[mi].start != head+2 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Person {
		return -1
	}
	return d.mentions[mi].ent
}

// dropPostPlaces removes the PATIENTs named in the "of" phrase after
// a suspended post ("the mayors of the cities of Xingning and Meizhou"):
// they tell where the posts are, not who is punished.
func (p *Pipeline) dropPostPlaces(d *doc, ev *event, k, se int) {
	head := p.suspendedHead(d, k, se)
	if head < 0 || head+2 >= se || d.lower[head+1] != "of" {
		return
	}
	end := p.npRight(d, head+2, se).end
	parts := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.role == patient && entityWithin(d, pt.ent, head+2, end) {
			continue
		}
		parts = append(parts, pt)
	}
	ev.parts = parts
}

// entityWithin: a mention of entity e starts in [k, end).
func entityWithin(d *doc, e, k, end int) bool {
	for j := k; j < end && j < len(d.mentionAt); j++ {
		if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].start == j && d.mentions[mi].ent == e {
			return true
		}
	}
	return false
}

// postHolderByCompany: a suspension of office holders laid by an
// organization whose name has no word of a ruling or governing body ("VW
// has suspended six other officials": a company's discipline of its
// staff). penaltyByEmployer lets an acronym pass as a body ("IAAF"), which
// a company's short name also is, so here only the body's words count.
func (p *Pipeline) postHolderByCompany(d *doc, ev *event, m cameo.Match, se int) bool {
	if m.End >= se || d.mentionAt[m.End] >= 0 || !p.postHolderSuspended(d, m.Start, se) {
		return false
	}
	return agentNotBody(d, ev, false)
}

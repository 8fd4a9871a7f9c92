package pipeline

import "github.com/newsgraph/newsgraph/extract"

// Protests told by whom they brought down.
//
// News tells a protest movement by its effect on the leader it was against:
// "massive protests led to the downfall of Lebanon's pro-Syrian Prime
// Minister Omar Karami", "last month's pro-democracy protests, which forced
// King Gyanendra to give up total control", "The earlier demonstrations
// ousted ... predecessor Somchai Wongsawat". The labels give the leader as
// the protest's PATIENT (the Guideline's reading of a "downfall" after
// "massive protests": a RESIGNATION, and the protests a PROTEST against
// him). Measured (fifteenth session, helper civic16): 3 TUNE stories, each
// labelled so; no other TUNE sentence has a protest noun as the subject of
// such a verb with a named object.

// oustVerbs bring a leader down; downfallNouns tell the fall "led to" brought.
var (
	oustVerbs = map[string]bool{
		"ousted": true, "toppled": true, "overthrew": true, "unseated": true, "forced": true, "ousting": true, "toppling": true, "forcing": true,
	}
	downfallNouns = map[string]bool{"downfall": true, "ouster": true, "resignation": true, "fall": true, "overthrow": true}
)

// protestOusts gives each protest noun of the sentence still without a
// target the person or body its clause says it brought down.
func (p *Pipeline) protestOusts(d *doc, evs []*event, se int) {
	for _, ev := range evs {
		if ev.typ != "PROTEST" || !ev.nominal || len(ev.parts) > 0 || ev.unreal {
			continue
		}
		if k := p.oustedBy(d, ev.trigEnd, se); k >= 0 {
			for _, e := range p.oustedOnes(d, k, se) {
				ev.addPart(e, patient)
			}
		}
	}
}

// oustedBy finds, in the clause the noun ending at t is the subject of, the
// word the ousted one's phrase starts at: after "ousted", "forced", "led to
// the downfall of". The walk passes a relative pronoun, auxiliaries and
// the words of a place or time phrase, and stops at another verb.
func (p *Pipeline) oustedBy(d *doc, t, se int) int {
	for j := t; j+1 < se && j < t+10; j++ {
		w := d.lower[j]
		if oustVerbs[w] {
			return j + 1
		}
		if (w == "led" || w == "leading") && j+4 < se && d.lower[j+1] == "to" && d.lower[j+2] == "the" && downfallNouns[d.lower[j+3]] && d.lower[j+4] == "of" {
			return j + 5
		}
		switch w {
		case ",", "which", "that", "have", "has", "had", "eventually", "finally", "ultimately", "later":
			continue
		case ";", ":", "and", "but", "after", "when", "while", "as", "because":
			return -1
		}
		if d.mentionAt[j] < 0 && p.verbLike(d, j) {
			return -1 // another verb: "protests broke out and police ousted"
		}
	}
	return -1
}

// oustedOnes are the people or bodies the phrase at k names as its head:
// after a possessive, the names after it ("Lebanon's pro-Syrian Prime
// Minister Omar Karami", "Abhisit Vejjajiva's ... predecessor Somchai
// Wongsawat"), else the first name; places stay out (a country is not
// brought down).
func (p *Pipeline) oustedOnes(d *doc, k, se int) []int {
	ph := p.npRight(d, k, se)
	from := ph.start
	for j := ph.start; j < ph.end; j++ {
		if d.lower[j] == "'s" || d.lower[j] == "’s" {
			from = j + 1
		}
	}
	for _, m := range d.mentionsIn(from, ph.end) {
		if m.ent < 0 {
			continue
		}
		if t := d.ents[m.ent].typ; t == extract.Person || t == extract.Organization {
			return []int{m.ent}
		}
	}
	return nil
}

package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A verb of asking or threatening joined by "and" to the verb before it
// shares that verb's subject: "Ayman al-Zawahri called the cartoons an
// insult and urged an economic boycott", "The Sri Lankan government denied
// any involvement, condemned the killings and urged all sides to ...".
//
// An earlier session built this reader (coordinateSubject, cd30968) and
// reverted it (a0d9abf): on the BBC news it added 9 appeals and threats, 3
// right, and 6 wrong in three shapes: the verbs stood in a relative clause
// ("fans who booed and urged"), in a condition ("if ... and later urge"),
// or the subject was a nationality standing for a player ("the Welshman").
// This one reads only a sentence with no relative or subordinate clause
// before the verb, and takes no bare nationality as the subject. Attacks
// stay out ("a bomb killed two people and wounded five": an attack's first
// verb often has no named subject, and the sentence's names are its
// victims or its place). Nor does a bare nationality pass as a
// subject ("The Brazilian scored twice and urged").

// coordBlockers open a clause whose subject is not the sentence's
// (relatives and subordinators) or make its verbs unreal (modals).
var coordBlockers = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "where": true, "if": true, "unless": true,
	"when": true, "whenever": true, "whether": true, "because": true, "while": true, "although": true,
	"though": true, "once": true, "until": true, "since": true, "as": true,
	// a modal makes both verbs a plan or a possibility ("Mr Kennedy will
	// also highlight ... and call for"), which the labels do not give
	"will": true, "would": true, "could": true, "may": true, "might": true, "should": true, "must": true,
	"can": true, "shall": true, "'ll": true,
}

// coordAdverbs may stand between "and" and the verb it joins: "and again
// called for his resignation".
var coordAdverbs = map[string]bool{"again": true, "also": true, "then": true, "later": true, "repeatedly": true}

// andBeforeSpeechAct returns the index of the "and" that joins ev, an
// appeal, demand or threat verb still without participants, to what
// comes before it ("and has also urged"), or -1. Both readers of a
// joined verb's maker (coordinateSubject, reportedAndSubject) start here.
func andBeforeSpeechAct(d *doc, ev *event, ss int) int {
	if !agentOpen(ev) || ev.unreal || ev.nominal {
		return -1
	}
	switch ev.typ {
	case "APPEAL", "DEMAND", "THREATEN":
	default:
		return -1
	}
	j := ev.trigStart - 1
	for j > ss && (coordAdverbs[d.lower[j]] || d.lower[j] == "has" || d.lower[j] == "have") {
		j--
	}
	if j <= ss || d.lower[j] != "and" {
		return -1
	}
	return j
}

// coordinateSubject gives an appeal, demand or threat verb still without
// participants the subject of the sentence's main clause when "and" joins
// it to that clause's verb.
func (p *Pipeline) coordinateSubject(d *doc, evs []*event, ss int) {
	for _, ev := range evs {
		j := andBeforeSpeechAct(d, ev, ss)
		if j <= ss+1 {
			continue
		}
		// "..., and" mostly opens a clause of its own, with its own subject
		// ("..., and party chairman Howard Dean said"); right before the
		// verb it joins a second predicate, as "and" alone does ("Mr. Chavez
		// praised the close ties ..., and urged top executives to invest";
		// seventeenth session, demand18)
		blocked := false
		for k := ss; k < j; k++ {
			if coordBlockers[d.lower[k]] && d.mentionAt[k] < 0 {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		if !strings.HasSuffix(d.lower[ev.trigStart], "ed") {
			continue // ("supply and demand", "an agreement calling for ... and calling for": a noun or a participle, no finite verb)
		}
		subj := p.conjunctSubject(d, ss, j)
		ok := len(subj) > 0
		for _, e := range subj {
			if e < 0 || hasPart(ev, e) || !p.coordSubjectEnt(d, e, ss, j) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for _, e := range subj {
			ev.addPart(e, agent)
		}
	}
}

// coordSubjectEnt: entity e, read as the clause's subject, is a named
// person, organization or state, not a nationality standing alone for a
// person ("the Welshman", "the Brazilian scored and urged"): its mention
// in [ss, j) is no bare NORP word.
func (p *Pipeline) coordSubjectEnt(d *doc, e, ss, j int) bool {
	ent := d.ents[e]
	if ent.typ == extract.Location && ent.subtype != extract.Country {
		return false
	}
	for k := ss; k < j; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].ent != e {
			continue
		}
		m := d.mentions[mi]
		if m.label == "NORP" && (m.end >= j || p.cls(d, m.end)&wNoun == 0 || p.finiteLike(d, m.end)) {
			return false
		}
		return true
	}
	return true
}

// conjunctSubject is the named subject of the finite verb nearest before
// the "and" at j ("Iraq rejected its quota and demanded", "X said he was
// concerned and urged"), or nil: a verb with no named subject of its own
// ("The fire destroyed five tanks and threatened four others, the
// spokesman said") gives none, whatever the sentence names elsewhere.
func (p *Pipeline) conjunctSubject(d *doc, ss, j int) []int {
	for k := j - 1; k > ss; k-- {
		if d.mentionAt[k] >= 0 || !p.finiteLike(d, k) || d.lower[k-1] == "to" {
			continue
		}
		subj, passive, unreal := p.subject(d, k, ss)
		if passive || unreal {
			return nil
		}
		if len(subj) == 0 {
			// "The foreign relations committee of Pakistan's upper house has
			// condemned ... and urged": the sentence's subject, when it is
			// named before that verb
			subj = p.mainSubject(d, ss, j)
			for _, e := range subj {
				if !mentionedIn(d, e, ss, k) {
					return nil
				}
			}
		}
		return subj
	}
	return nil
}

// mentionedIn: entity e has a mention starting in [from, to).
func mentionedIn(d *doc, e, from, to int) bool {
	for k := from; k < to; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].ent == e {
			return true
		}
	}
	return false
}

package pipeline

import (
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Dismissals the dictionary reads no pattern for (seventeenth session).
// CAMEO has "fire" only in its patterns of force ("fire * AT", "fire *
// POLICE"), so "Mbeki fired Jacob Zuma", "the prime minister fired the
// renegade Shinui ministers" and "Thabo Mbeki, who fired him" met no entry
// at all, and dismissalTrigger (event_trig_dismiss.go), which reads a
// removal from a post only over a lexicon match, never saw them. Here the
// forms of fire, sack and dismiss start a match of their own when the
// lexicon has none, and dismissalTrigger's reading of the object decides
// as it does for the lexicon's matches: a named person or a post holder
// removed ("fired his defense minister"), never a weapon fired ("fired
// rockets at"), a claim dismissed ("dismissed the charges") or a shot at
// someone ("fired on protesters"). An object pronoun, which
// dismissalTrigger reads no person in, is a person dismissed too ("who
// fired him because of corruption-related accusations"): shooting at a
// person takes "at" or "on".

// firedForms are the verb forms read here, with their lemma.
var firedForms = map[string]string{
	"fire": "fire", "fires": "fire", "fired": "fire", "firing": "fire",
	"sack": "sack", "sacks": "sack", "sacked": "sack", "sacking": "sack",
	"dismiss": "dismiss", "dismisses": "dismiss", "dismissed": "dismiss", "dismissing": "dismiss",
}

// firedFromPost reads the verb at i as removing a person from a post. lm
// is the lexicon's match there, if any (lexOK): CAMEO's force reading of
// "fire" would meet otherSense's guard for force words with no force
// near ("Mbeki fired Jacob Zuma" names none) and be dropped before
// dismissalTrigger is asked, so the removal is read first.
func (p *Pipeline) firedFromPost(d *doc, i, si int, lm cameo.Match, lexOK bool) (cameo.Match, bool) {
	lemma, ok := firedForms[d.lower[i]]
	if !ok || lexOK && (lm.Lemma != lemma || lm.Nominal) {
		return cameo.Match{}, false
	}
	s := d.sents[si]
	if i-2 >= s.Start && (d.lower[i-1] == "and" || d.lower[i-1] == "or") && personBefore(d, i-1) {
		return cameo.Match{}, false // "Poindexter and fired NSC aide Oliver North": a participle naming a former post
	}
	m := cameo.Match{Code: cameo.CodeResign, Lemma: lemma, Start: i, End: i + 1}
	if p.dismissalTrigger(d, lemma, &m, i, si) {
		return m, true
	}
	k := i + 1
	if k >= s.End || d.mentionAt[k] >= 0 || i == s.Start {
		return cameo.Match{}, false
	}
	// "who fired him", "fired her last week": a pronoun object, the verb
	// finite after a subject (not "the firing"; "to fire him" is a purpose
	// or a wish the unreality readers judge)
	prev := d.lower[i-1]
	if prev == "the" || prev == "a" || p.cls(d, i-1)&wPrep != 0 && prev != "to" {
		return cameo.Match{}, false
	}
	switch d.lower[k] {
	case "him":
	case "her":
		if k+1 < s.End && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&(wNoun|wAdj) != 0 && !timeAdverbs[d.lower[k+1]] {
			return cameo.Match{}, false // "fired her gun": a possessive
		}
	default:
		return cameo.Match{}, false
	}
	if lemma == "dismiss" && asWithin(d, k, s.End, 5) {
		return cameo.Match{}, false // "dismissed him as a liar": a rejection
	}
	return m, true
}

package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A court deciding (fifteenth session, legal16): "A Polish court has fined
// a magazine publisher", "the Supreme Court overturned the results",
// "Malawi's high court reinstated Chilumpha", "a British court ruled
// earlier this year that", "the Santiago Court of Appeals Tuesday turned
// down a motion", "an Italian court has scheduled an extradition hearing".
// CAMEO has no pattern for most of these verbs, or files them under
// rejecting (12x) or coercing (17x); the guideline reads whatever a court
// or judge decides on a case as a TRIAL (testdata/events/README.md: a
// court's appeal, a bail decision, a court that "cleared the way" for an
// extradition, a judge fining a union, a court reinstating a sentence). The
// decision verb alone says nothing legal ("fined a fee", "ruled out",
// "threw out the manager"); its subject must be a court, tribunal, judge
// or jury, right before it or separated only by an auxiliary, an adverb
// or a day. Heads of companies "ruled", sports referees "overturned"
// decisions: no court is their subject.

// courtDecisionVerbs are the forms of a court's decision; the value is a
// particle the verb needs after it ("threw out", "turned down", "cleared
// the way"), or "" for none.
var courtDecisionVerbs = map[string]string{
	"ruled": "", "rules": "", "fined": "", "fines": "", "upheld": "", "upholds": "", "overturned": "", "overturns": "",
	"overruled": "", "annulled": "", "annuls": "", "quashed": "", "quashes": "", "stripped": "", "strips": "",
	"reinstated": "", "reinstates": "", "suspended": "", "suspends": "", "scheduled": "", "reviewed": "",
	"threw": "out", "throws": "out", "thrown": "out", "turned": "down", "turns": "down", "struck": "down", "strikes": "down",
	"cleared": "way", "clears": "way", "granted": "bail", "grants": "bail", "denied": "bail", "denies": "bail",
	"dissolved": "", "dissolves": "", "freed": "", "frees": "", "barred": "", "bars": "",
	// (nineteenth session) a court blocking a vote or law, affirming a ruling,
	// rejecting a plea or approving a law decides it as
	// much as one ruling on it (adjourning a hearing is the trial told again;
	// "dismissed a case filed by citizens who accused X" hides its defendant
	// deep in the case phrase, and read alone the court is a side short)
	"blocked": "", "blocks": "", "affirmed": "", "affirms": "",
	"rejected": "", "rejects": "", "approved": "", "approves": "",
	"invalidated": "", "invalidates": "", "nullified": "", "nullifies": "",
}

// (courtSubjects: event_courtnouns.go)

// courtSubjectGap are the words that stand between a subject and its verb
// without ending the subject: auxiliaries, adverbs and days.
var courtSubjectGap = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "later": true, "then": true, "recently": true,
	"unanimously": true, "earlier": true, "again": true, "already": true, "temporarily": true, "previously": true,
	"formally": true, "effectively": true, "on": true, "today": true, "yesterday": true, "last": true, "week": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// courtPending open a clause whose ruling has not come: "wait until the
// court ruled", "unless a judge rules", "whether the court upholds".
var courtPending = map[string]bool{"until": true, "unless": true, "if": true, "whether": true, "till": true}

// courtStarts are the words courtDecided can fire on (scanWords).
func courtStarts() []string { return wordsOf(courtDecisionVerbs) }

// courtDecided reads a court's decision verb at i; the match spans the
// verb and its particle.
func (p *Pipeline) courtDecided(d *doc, i, ss, se int) (cameo.Match, bool) {
	particle, ok := courtDecisionVerbs[d.lower[i]]
	if !ok || i == ss {
		return cameo.Match{}, false
	}
	end := i + 1
	if particle != "" {
		// "threw out", "turned down", "cleared the way", "granted bail",
		// "threw the case out": the particle within three words
		found := false
		for k := i + 1; k < se && k <= i+3; k++ {
			if d.lower[k] == particle {
				found = true
				if k == i+1 || particle == "way" {
					end = k + 1
				}
				break
			}
			if d.lower[k] == "," || d.lower[k] == "." {
				break
			}
		}
		if !found {
			return cameo.Match{}, false
		}
	}
	if d.lower[i] == "ruled" || d.lower[i] == "rules" {
		if end < se && (d.lower[end] == "out" || d.lower[end] == "over") {
			return cameo.Match{}, false // "ruled out a deal", "ruled over Iraq": no verdict
		}
	}
	if !p.courtSubjectBefore(d, i, ss) {
		return cameo.Match{}, false
	}
	lemma := strings.TrimSuffix(d.lower[i], "s")
	return cameo.Match{Code: cameo.CodeTrial, Lemma: lemma, Start: i, End: end}, true
}

// courtSubjectBefore: the words before i end in a court noun ("a Chilean
// court", "Chilean judges") or a court's name ("the Supreme Court", "the
// Santiago Court of Appeals"), with at most three gap words between.
func (p *Pipeline) courtSubjectBefore(d *doc, i, ss int) bool {
	k := i - 1
	for n := 0; k >= ss && n < 3 && courtSubjectGap[d.lower[k]] && d.mentionAt[k] < 0; n++ {
		k--
	}
	if k < ss {
		return false
	}
	head := false
	if mi := d.mentionAt[k]; mi >= 0 {
		mt := d.mentions[mi]
		if mt.label == "PER" {
			return false // "Margaret Court"
		}
		for j := mt.start; j < mt.end; j++ {
			head = head || courtSubjects[d.lower[j]]
		}
		k = mt.start
	} else {
		head = courtSubjects[d.lower[k]]
	}
	if !head {
		return false
	}
	// "ordered the tribunal suspended": the court is a verb's object, and
	// the participle after it no decision of its own
	for j := k - 1; j >= ss && j >= k-4; j-- {
		if d.mentionAt[j] >= 0 || d.lower[j] == "'s" || d.lower[j] == "’s" || p.cls(d, j)&(wDet|wAdj) != 0 && p.cls(d, j)&(wVerb|wPast) == 0 {
			continue
		}
		if courtPending[d.lower[j]] {
			return false // "action should wait until the Supreme Court ruled": no ruling yet
		}
		return p.cls(d, j)&(wVerb|wPast) == 0 || p.cls(d, j)&wNoun != 0
	}
	return true
}

// courtRuledArgs reads the person a court ruled on from the clause after
// the verb: "ruled earlier this year that Mr. Ahmad should be extradited"
// (the named person who opens the clause is the one the case is about).
func courtRuledArgs(d *doc, ev *event, m cameo.Match, se int) {
	for k := m.End; k < se && k <= m.End+5; k++ {
		if d.lower[k] != "that" {
			continue
		}
		if k+2 < se && titleAbbrev[d.lower[k+1]] {
			k++ // "that Mr. Ahmad should be extradited"
		}
		if k+1 < se {
			if mi := d.mentionAt[k+1]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person {
				ev.addPart(d.mentions[mi].ent, patient)
			}
		}
		return
	}
}

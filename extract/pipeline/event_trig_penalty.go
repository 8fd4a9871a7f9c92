package pipeline

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Penalties laid on a named party (sixteenth session): "French aviation
// authorities have banned Cameroon Airlines flights from France", "Peru's
// congress has banned him from holding public office", "the ICC suspended
// Butt, Asif and Amir", "the IMF suspended Kenya's adjustment program",
// "EU regulators have fined Microsoft Corporation $357 million", "He was
// banned by the IOC from the Turin Olympics". CAMEO files "ban", "bar" and
// "fine" under coercion (172) and "suspend" under halting, outside the
// inventory; a body shutting a named party out of something, suspending
// it, or fining it punishes that party: a SANCTION (CAMEO 163) with the
// party as PATIENT (testdata/events/README.md: a sports body suspending
// players, a party suspending officials, a regulator's daily fine).
//
// Sense guards, read on TUNE and BBC/Reuters: the punished party is named
// right after the verb (a person, organization or country, or "him"/"her"
// for a ban), so "banned the sale of water", "suspended enrichment" and
// "suspended two workers" stay out; "ban" and "bar" need the "from" that
// tells what the party is shut out of ("Turkey has banned pro-Kurdish
// parties" outlaws, "banned as a political party" describes); a passive
// needs its "by" agent named ("Mr. Sharif has been barred from running"
// tells no one barring); a court's ban or fine is its ruling, which
// courtDecided reads as a TRIAL; a participle after an article or a
// possessor describes ("the banned Lashkar-e-Jhangvi group").

// penaltyForms are the verb forms of a penalty, with their lemmas and
// whether the lemma needs "from" after its object.
var penaltyForms = map[string]penaltyForm{
	"banned": {"ban", true}, "banning": {"ban", true}, "bans": {"ban", true},
	"barred": {"bar", true}, "barring": {"bar", true}, "bars": {"bar", true},
	"suspended": {"suspend", false}, "suspending": {"suspend", false}, "suspends": {"suspend", false},
	"fined": {"fine", false}, "fining": {"fine", false},
}

type penaltyForm struct {
	lemma    string
	needFrom bool // "banned X from": shut out of something
}

// penaltyImposed reads the penalty verb at i with its named PATIENT after
// it (active) or before it (passive with a named "by" agent); the match
// spans the verb alone.
func (p *Pipeline) penaltyImposed(d *doc, i, ss, se int) (cameo.Match, bool) {
	pf, known := penaltyForms[d.lower[i]]
	if !known || d.mentionAt[i] >= 0 || i+1 >= se {
		return cameo.Match{}, false
	}
	if i > ss && d.mentionAt[i-1] < 0 && (p.cls(d, i-1)&wDet != 0 || d.lower[i-1] == "'s" || d.lower[i-1] == "’s") {
		return cameo.Match{}, false // "the banned group", "Haiti's suspended envoy": a describing participle
	}
	if courtNear(d, i, ss, se) {
		return cameo.Match{}, false // "a court has fined a publisher": the court's ruling (event_trig_court.go)
	}
	next := i + 1
	passive := i > ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "been")
	if passive {
		// "was banned by the IOC from": the agent must be named, and so
		// must the one punished ("trading in both issues will be suspended
		// by the Amex" stops a market, not a party)
		if !p.namedSubjectBefore(d, i, ss) {
			return cameo.Match{}, false
		}
		by := next + 1
		if by < se && d.lower[by] == "the" {
			by++
		}
		if d.lower[next] != "by" || by >= se || !p.punishable(d, by, false) {
			return cameo.Match{}, false
		}
		next = d.mentions[d.mentionAt[by]].end
	} else if !p.punishable(d, next, pf.needFrom) && !p.postHolderSuspended(d, i, se) {
		return cameo.Match{}, false // (postHolderSuspended: "suspended seven top party officials", event_trig_suspended.go)
	}
	if pf.needFrom && !wordWithin(d, next, se, "from", 6) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "163", Lemma: pf.lemma, Start: i, End: i + 1, Pattern: penaltyPattern}, true
}

// guardPenaltyUnimposed names the drop of a penalty no named party lays:
// "amendments aimed at barring Muslim Brothers from politics" tells a
// rule's effect, and the labels keep penalties with the one imposing them.
const guardPenaltyUnimposed = "penalty-unimposed"

// penaltyPattern marks penaltyImposed's matches for penaltyArgs.
const penaltyPattern = "* PENALTY"

// penaltyArgs makes the named parties right after an active penalty verb
// its PATIENTs, in place of what the object reader took: the possessor,
// not the thing possessed ("suspended Kenya's Enhanced Structural
// Adjustment Program"), and each of a list ("suspended Butt, Asif and
// Amir").
func (p *Pipeline) penaltyArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	if m.Start > ss && (isBe(d.lower[m.Start-1]) || d.lower[m.Start-1] == "been") {
		return // the passive's subject is read as its PATIENT already
	}
	var ents []int
	for k := m.End; k < se; {
		mi := d.mentionAt[k]
		if mi < 0 {
			break
		}
		k = d.mentions[mi].end
		if k+1 < se && d.mentionAt[k] < 0 && d.mentionAt[k+1] >= 0 && d.mentions[d.mentionAt[k+1]].label == "PER" && (dismissedNouns[d.lower[k]] || titleHeads[d.lower[k]] || occupationWords[d.lower[k]]) {
			mi = d.mentionAt[k+1] // "fined Northampton coach Budge Pountney": the person, not the club before the title
			k = d.mentions[mi].end
		}
		if e := d.mentions[mi].ent; e >= 0 {
			ents = append(ents, e)
		}
		if k+1 < se && (d.lower[k] == "," || d.lower[k] == "and") {
			k++
			if d.lower[k] == "and" {
				k++
			}
			continue
		}
		break
	}
	if len(ents) == 0 {
		// an office holder told by the post: the person an apposition
		// names, and never the places of the post ("the mayors of the
		// cities of Xingning and Meizhou") (event_trig_suspended.go)
		if e := p.postHolderNamed(d, m.End, se); e >= 0 {
			ents = append(ents, e) // "suspending the country's chief police investigator, Joseph Kamau"
		} else if p.postHolderSuspended(d, m.Start, se) {
			p.dropPostPlaces(d, ev, m.End, se)
			return
		} else {
			return
		}
	}
	parts := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.role != patient && !slices.Contains(ents, pt.ent) {
			parts = append(parts, pt)
		}
	}
	ev.parts = parts
	for _, e := range ents {
		ev.addPart(e, patient)
	}
}

// passiveSubjectAt returns the word before the passive verb at i, across
// its auxiliaries, modals and adverbs ("has been", "were", "will also be"),
// or -1 when the sentence (from ss) starts first: where a passive's subject
// ends. namedSubjectBefore (penalties) and personSubjectBefore (term bans)
// read it.
func (p *Pipeline) passiveSubjectAt(d *doc, i, ss int) int {
	k := i - 1
	for k >= ss && d.mentionAt[k] < 0 && (isBe(d.lower[k]) || d.lower[k] == "been" || isHave(d.lower[k]) || p.cls(d, k)&(wModal|wAdv) != 0) {
		k--
	}
	if k < ss {
		return -1
	}
	return k
}

// namedSubjectBefore: the words before the passive verb at i, across its
// auxiliaries ("has been", "were"), end in a name or a personal pronoun.
func (p *Pipeline) namedSubjectBefore(d *doc, i, ss int) bool {
	k := p.passiveSubjectAt(d, i, ss)
	if k < 0 {
		return false
	}
	if d.mentionAt[k] >= 0 {
		return d.mentions[d.mentionAt[k]].label != "NORP"
	}
	switch d.lower[k] {
	case "he", "she", "they", "it":
		return true
	}
	return false
}

// penaltyByEmployer: the one imposing the penalty is an organization that
// is no governing or public body, so the suspension or fine is an
// employer's discipline ("Vaskevitch was suspended by Merrill", "She was
// suspended by Delta"), which the Guideline does not count as a measure
// against a party. A body is told by its name's head ("Federation",
// "Commission", "Agency") or an all-capitals acronym ("IAAF", "SEC").
func penaltyByEmployer(d *doc, ev *event) bool { return agentNotBody(d, ev, true) }

// agentNotBody: the event's first AGENT is an organization whose name has
// no word of a public body (publicBodyWords), nor, when acronyms count, an
// all-capitals word.
func agentNotBody(d *doc, ev *event, acronyms bool) bool {
	for _, pt := range ev.parts {
		if pt.role != agent {
			continue
		}
		e := d.ents[pt.ent]
		if e.typ != extract.Organization {
			return false
		}
		for _, w := range strings.Fields(e.name) {
			if publicBodyWords[strings.ToLower(strings.Trim(w, ".,"))] || acronyms && len(w) >= 2 && strings.ToUpper(w) == w {
				return false
			}
		}
		return true
	}
	return false
}

// publicBodyWords head the names of bodies that rule, regulate or govern.
var publicBodyWords = map[string]bool{
	"association": true, "federation": true, "commission": true, "committee": true, "council": true,
	"agency": true, "authority": true, "union": true, "board": true, "ministry": true, "department": true,
	"league": true, "congress": true, "parliament": true, "party": true, "government": true, "fund": true,
	"administration": true, "office": true, "bureau": true, "senate": true, "assembly": true, "exchange": true,
	"organization": true, "organisation": true, "body": true, "service": true, "regulator": true,
}

// punishable: token k opens a named person, organization or country (a
// people's adjective is no party: "banned six African airlines"), or is
// "him"/"her" when pron allows it.
func (p *Pipeline) punishable(d *doc, k int, pron bool) bool {
	mi := d.mentionAt[k]
	if mi < 0 {
		return pron && (d.lower[k] == "him" || d.lower[k] == "her")
	}
	mt := d.mentions[mi]
	if mt.start != k || mt.ent < 0 || mt.label == "NORP" {
		return false
	}
	if mt.label == "MISC" {
		// a name the tagger left untyped counts at the head of a list of
		// people: "suspended Butt, Asif and Amir"
		j := mt.end
		if j+1 >= len(d.toks) || d.lower[j] != "," || d.mentionAt[j+1] < 0 {
			return false
		}
		n := d.mentions[d.mentionAt[j+1]]
		return n.ent >= 0 && d.ents[n.ent].typ == extract.Person
	}
	e := d.ents[mt.ent]
	return e.typ == extract.Person || e.typ == extract.Organization || e.typ == extract.Location && e.subtype == extract.Country
}

// courtNear: a court or judge is named in the five words before the verb
// or right after its "by".
func courtNear(d *doc, i, ss, se int) bool {
	return courtWithin(d, max(ss, i-5), i) || i+1 < se && d.lower[i+1] == "by" && courtWithin(d, i+2, min(se, i+6))
}

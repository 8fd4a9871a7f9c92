package pipeline

// The one an appeal or demand is made of is often the subject of the clause
// that says what is asked, not an object of the verb: "Italian officials
// demanded that the Taleban provide proof", "press U.S. demands that Syria
// withdraw its troops", "called for Burma's leaders to free the prisoners",
// "a call for Americans to volunteer". The clause is a that-clause with a
// bare verb or a modal (the mandative subjunctive), or "for X to" + verb;
// its subject is the addressee. A that-clause with a past or present verb
// is left alone: after a noun it is mostly a relative ("the demands that
// Washington made"), and after a verb a report of a fact.
//
// Measured in the fourteenth session on TUNE: the construction held the
// missing side of six APPEAL and DEMAND events in six different stories.

import "strings"

// askedClauses gives each appeal or demand of a sentence whose author was
// read and whose addressee was not the subject of the clause that tells
// what was asked. It runs after the sentence-level readers, which may give
// the author ("The United States on Thursday again called for ..."). An
// appeal with no author read is left alone: "the plan calls for Israel to
// free 500 prisoners" is a document's provision, not an appeal.
func (p *Pipeline) askedClauses(d *doc, evs []*event, ss, se int) {
	for _, ev := range evs {
		// (a demand without a maker: event_args_askeddemand.go)
		if (ev.typ == "APPEAL" || ev.typ == "DEMAND") && !ev.unreal && (hasRole(ev, agent) || authorlessDemand(d, ev, ss)) && !hasRole(ev, patient) {
			authorless := !hasRole(ev, agent)
			p.askedClause(d, ev, se)
			if authorless && hasRole(ev, patient) {
				ev.askedOnly = true
				nameBeforeDemand(d, ev, ss) // "to press U.S. demands that Syria withdraw" (event_args_askeddemand.go)
			}
		}
	}
}

// askedClause adds to ev the subject of the clause after its trigger that
// tells what was asked.
func (p *Pipeline) askedClause(d *doc, ev *event, se int) {
	k := ev.trigEnd
	if last := d.lower[k-1]; last == "for" || last == "that" {
		k-- // the trigger took its preposition: "called for"
	}
	for n := 0; n < 2 && k < se && (dayName(d.lower[k]) || d.lower[k] == "again" || d.lower[k] == "also"); n++ {
		k++ // "demanded Tuesday that"
	}
	if k+2 >= se {
		return
	}
	word := d.lower[k]
	if word != "that" && word != "for" {
		return
	}
	if q := d.lower[k+1]; (q == "all" || q == "both") && k+3 < se && d.mentionAt[k+2] >= 0 {
		k++ // "called for all Palestinians to take part": a quantifier before the name
	}
	ph := p.npRight(d, k+1, se)
	if word == "that" {
		// the phrase reader runs on over a verb that can be a noun ("that Iran
		// stop enrichment"): end the subject at the first bare verb instead
		ph = np{}
		for v := k + 2; v < se && v <= k+8; v++ {
			if !p.mandativeVerb(d, v) {
				continue
			}
			if sub := p.npRight(d, k+1, v); sub.end == v {
				ph = sub
			}
			break
		}
	}
	if ph.end <= ph.start || len(ph.ents) == 0 || ph.end+1 >= se || !actorHead(d, ph.end-1) {
		return // ("called for radical reform of the EU's stability pact to grant": a thing, not one asked to act)
	}
	if word == "for" && (d.lower[ph.end] != "to" || !p.bareAfterTo(d, ph.end+1) || d.lower[ph.end+1] == "be") {
		// "called for the release of Aung San Suu Kyi": a thing asked for;
		// "called for the audit office to be given a free hand": one acted
		// for, not one asked to act
		return
	}
	for _, e := range ph.ents {
		if partAllowed(d, ev.typ, patient, e) {
			ev.addPart(e, patient)
		}
	}
	ev.counterpart = true
}

// mandativeVerb: the word at v opens the predicate of a clause that states
// what is asked: a modal ("should leave"), "not", or a bare verb ("that
// Syria withdraw"), not a verb in the past or third person ("that
// Washington made", "that Iran has").
func (p *Pipeline) mandativeVerb(d *doc, v int) bool {
	if d.mentionAt[v] >= 0 {
		return false
	}
	w := d.lower[v]
	switch w {
	case "should", "must", "would", "not", "immediately", "be":
		return true
	case "first", "also", "quickly", "fully", "unconditionally", "now":
		// an adverb before the bare verb: "demanded that Syria first pull
		// out", "that the United States first lift sanctions" (eighteenth
		// session)
		return v+1 < len(d.lower) && p.mandativeVerb(d, v+1)
	}
	if _, known := p.wc[w]; !known {
		return !strings.HasSuffix(w, "s") // "that Hamas renounce violence"
	}
	c := p.cls(d, v)
	// (a word both noun and verb is the verb here: "that Iran stop enrichment")
	return c&wVerb != 0 && c&(wProper|wPast|wPart) == 0 && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"))
}

// bareAfterTo: the word at i, after "to", can be a bare verb: one the
// treebank knows as a verb, or an adjective that is one too ("to free the
// prisoners"), not a name, a determiner or a number ("to the Security Council").
func (p *Pipeline) bareAfterTo(d *doc, i int) bool {
	if p.verbAfterTo(d, i) {
		return true
	}
	return d.mentionAt[i] < 0 && p.cls(d, i)&(wDet|wPrep|wPunct|wNum|wProper|wPron|wNoun) == 0
}

// actorHead: the word at k heads a phrase that can be asked to act: a
// name, or a noun for people or a body ("Burma's leaders", "American
// troops", "the Palestinian government").
func actorHead(d *doc, k int) bool {
	if d.mentionAt[k] >= 0 {
		return true
	}
	w := d.lower[k]
	one := strings.TrimSuffix(w, "s")
	switch w {
	case "government", "governments", "people", "countries", "nations", "states", "parties", "sides", "authorities":
		return true
	}
	return groupNouns[w] || officialNouns[w] || forceNouns[w] || fighterNouns[w] || sentNouns[w] || bodyNouns[one] || personNouns[one] || personNouns[w]
}

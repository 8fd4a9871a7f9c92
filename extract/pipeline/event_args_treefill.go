package pipeline

import "github.com/newsgraph/newsgraph/extract"

// treeFill reads the subject of a trigger verb the word rules left without
// participants from the parse: its subject, or the "by" phrase of a
// passive (treeArgs). The word windows stop at an apposition or a phrase
// between subject and verb ("Joaquin Ortega, Spain's former ambassador
// ..., has died"; "The Arab League on Monday called on"); the tree does
// not. Only a named mention is read (no pronoun, no description), only the
// verb's own subject (no controller, no relative clause), and only where
// the rules read nobody: the rules stay first.
//
// Measured on the 14 TUNE sets (eleventh session): 3 more right events
// (voa-0306, 0525, 0540: dev5, dev8), no more false ones; CHECK 1 more
// right, 1 more false; BBC 22 events added, 16 of them right. It parses
// more sentences: BBC extraction 9% slower on a quiet host (4.32 -> 3.93
// cpu-MB/s, alternated), 14% on a loaded one. So a sentence is parsed
// only where a phrase opens right after a name before the trigger
// (subjectInterrupted): TUNE unchanged, CHECK 1 right event fewer, BBC 2
// events fewer (1 right, 1 false), and extraction 5% faster than parsing
// wherever a name stands before the verb (5 alternated pairs, 3.71 -> 3.90
// cpu-MB/s with every merge of the session). Reading every direct dependent as
// well (objects, the "of" and possessor of noun triggers) added 1 right
// and 1 false TUNE event more and twice as many wrong BBC ones
// ("Pensioners' protests", "Pedro Mendes' shot"); the subject of a light
// verb for a noun trigger 2 right and 6 false ("rejected calls for");
// reading the nationality on a common-noun subject ("Peruvian police")
// changed no TUNE event (the word rules read it).
func (p *Pipeline) treeFill(d *doc, ev *event, ss, se int) {
	if p.syn == nil || len(ev.parts) > 0 || ev.unreal || ev.nominal {
		return
	}
	if p.cls(d, ev.trigStart)&(wVerb|wPast|wPart|wGerund) == 0 || !p.namedSubjectAround(d, ev, ss, se) {
		return // no verb, or no name where a subject can be: no parse to pay for
	}
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return
	}
	if v := t.trigHead(ev); v < 0 || t.w[v].Tag != "VERB" {
		return
	}
	for _, a := range p.treeArgs(d, ev, ss, se) {
		if !a.direct || !a.subject || a.role == "" {
			continue
		}
		r := a.role
		if symmetricType(ev.typ) {
			r = participant
		}
		for _, e := range p.subjectEnts(d, t, a, ev) {
			if partAllowed(d, ev.typ, r, e) {
				ev.addPart(e, r)
			}
		}
	}
}

// subjectEnts gives the entities the subject a names: the name over its
// head and the names joined to it by "and"; the name in apposition to a
// description ("Spain's envoy, Joaquin Ortega"), not one in apposition to
// a name ("Mr Corcostegui, a former CEO at Santander": the CEO is no
// second party); and none where a preposition stands before the name
// ("web users outside the US visit", "MPs in eastern England have been
// pressing") or an active verb's subject follows it: the parser's errors.
func (p *Pipeline) subjectEnts(d *doc, t tree, a treeArg, ev *event) []int {
	h := a.head
	var ents []int
	heads := []int{h - t.ss}
	described := d.mentionAt[h] < 0 // "Spain's envoy, Joaquin Ortega, has died": the name is in apposition
	for c, w := range t.w {
		if w.Head == h-t.ss && (w.Rel == "conj" || described && w.Rel == "appos") {
			heads = append(heads, c)
		}
	}
	for _, x := range heads {
		mi := d.mentionAt[t.ss+x]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.nominal || !participantOK(d, m) || p.afterPrep(d, m.start) {
			continue
		}
		if e := d.ents[m.ent]; e.typ == extract.Location && e.subtype != "" && e.subtype != extract.Country {
			continue // a place below a country is where ("a rocket attack on Baghdad's Green Zone has killed"), not who
		}
		if t.w[x].Rel == "appos" && m.label != "PER" {
			continue // a description's name is a person's ("a former CEO at Santander" is no name)
		}
		if !a.passive && t.w[a.head-t.ss].Rel != "obl:agent" && m.end > ev.trigStart {
			continue // an active subject stands before its verb; one after it is the parser's error
		}
		ents = appendUnique(ents, m.ent)
	}
	return ents
}

// afterPrep: a preposition opens the noun phrase that token k is in,
// over at most five words of determiners, adjectives, adverbs,
// participles and possessors ("in eastern England", "outside the US", "on
// Baghdad's heavily fortified Green Zone").
func (p *Pipeline) afterPrep(d *doc, k int) bool {
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		switch d.lower[i] {
		case "in", "at", "on", "of", "from", "outside", "inside", "near", "for", "with", "to", "into",
			"during", "across", "against", "under", "over", "without", "about", "among", "between":
			return true
		case "the", "a", "an", "this", "its", "their", "'s", "’s":
			continue
		}
		if mi := d.mentionAt[i]; mi >= 0 {
			i = d.mentions[mi].start // a possessor's name ("Baghdad's")
			continue
		}
		if c := p.cls(d, i); c&(wAdj|wAdv|wPart) != 0 && c&(wNoun|wVerb) == 0 {
			continue
		}
		return false
	}
	return false
}

// namedSubjectAround: a name that can be a subject (subjectEnts) stands
// before the trigger in its sentence with more than a verb group between
// them, or a name follows a "by" after the trigger. Without one, no parse
// is paid for.
func (p *Pipeline) namedSubjectAround(d *doc, ev *event, ss, se int) bool {
	for i := ss; i < ev.trigStart; i++ {
		mi := d.mentionAt[i]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if !m.nominal && participantOK(d, m) && !p.afterPrep(d, m.start) && p.subjectInterrupted(d, m.end, ev.trigStart) {
			return true
		}
		i = m.end - 1
	}
	by := false
	for i := ev.trigEnd; i < se; i++ {
		by = by || d.lower[i] == "by"
		if mi := d.mentionAt[i]; by && mi >= 0 && d.mentions[mi].ent >= 0 {
			return true
		}
	}
	return false
}

// verbGroupBetween: only auxiliaries and adverbs stand in [i,j) ("Iran has
// strongly condemned"): the word rules read such a subject themselves, and
// where they read nobody they meant to.
func (p *Pipeline) verbGroupBetween(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		switch d.lower[k] {
		case "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
			"could", "should", "may", "might", "can", "must", "not", "n't", "also", "later", "then":
			continue
		}
		if p.cls(d, k)&(wAdv|wModal) != 0 && p.cls(d, k)&(wNoun|wVerb|wPast|wPart|wProper) == 0 {
			continue
		}
		return false
	}
	return true
}

// subjectInterrupted: a phrase opens right after a name before the trigger
// (an apposition or parenthesis after a comma, dash or bracket, a second
// name after "and", a preposition's phrase: "Ambani, who ..., resigned",
// "Deby and Bashir signed", "Iran in 2003 reached"). That is where the word
// rules lose the subject and the parse can find it; a name followed by its
// verb group or by another word is read by the rules or is no subject, and
// parsing every such sentence cost a tenth of the extraction time for no
// more events on the development sets.
func (p *Pipeline) subjectInterrupted(d *doc, i, j int) bool {
	if i >= j || p.verbGroupBetween(d, i, j) {
		return false
	}
	switch d.lower[i] {
	case ",", "-", "--", "–", "—", "(", "and":
		return true
	}
	return p.cls(d, i)&wPrep != 0
}

package pipeline

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
// (voa-0306, 0525, 0540), no more false ones; CHECK 1 more right and 1 more
// false; BBC about 15 of 35 added events right. Reading every direct
// dependent (objects, the "of" and possessor of noun triggers) as well
// added 1 right and 1 false TUNE event more and twice as many wrong BBC
// ones ("Pensioners' protests", "Pedro Mendes' shot"); reading the
// nationality on a common-noun subject ("Peruvian police") changed no TUNE
// event (the word rules read it already).
func (p *Pipeline) treeFill(d *doc, ev *event, ss, se int) {
	if p.syn == nil || len(ev.parts) > 0 || ev.unreal || !namedSubjectAround(d, ev, ss, se) {
		return
	}
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return
	}
	if v := t.trigHead(ev); v < 0 || t.w[v].Tag != "VERB" {
		return
	}
	named := func(m *mention) bool { return !m.nominal }
	for _, a := range p.treeArgs(d, ev, ss, se) {
		if !a.direct || !a.subject || a.role == "" {
			continue
		}
		r := a.role
		if symmetricType(ev.typ) {
			r = participant
		}
		for _, e := range p.argEnts(d, t, a.head, named) {
			if partAllowed(d, ev.typ, r, e) {
				ev.addPart(e, r)
			}
		}
	}
}

// namedSubjectAround: a name stands before the trigger in its sentence, or
// after a "by" after it: where a subject or agent can be. Without one, no
// parse is paid for.
func namedSubjectAround(d *doc, ev *event, ss, se int) bool {
	for i := ss; i < ev.trigStart; i++ {
		if mi := d.mentionAt[i]; mi >= 0 && d.mentions[mi].ent >= 0 {
			return true
		}
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

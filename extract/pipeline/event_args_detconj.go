package pipeline

// A named conjunct after an unnamed one (twenty-third session, helper
// atknopart24): "a roadside bomb killed three soldiers and an Afghan
// contractor", "killed at least 10 people, including six police officers
// and a Sunni Arab cleric". npRight split a coordination only when the
// conjunct so far held a name or the word after "and" was one, so a
// second conjunct opened by a determiner or a number ("and an Afghan
// contractor", "and two Iraqi interpreters") was never read and the
// attack, its one named victim lost, was dropped ("trigger found,
// dropped: no participant read"). The name must follow the determiner
// directly, and the conjunct must not open a clause of its own ("and a
// Pakistani court sentenced them": clauseSubjectAt). detConjunct
// (event_args_conjdet.go) reads the same shape on the subject side.

// namedConjunctAfter: the "and" at k opens a conjunct whose determiner or number
// is followed by a name.
func (p *Pipeline) namedConjunctAfter(d *doc, k, se int) bool {
	if k+2 >= se || d.lower[k] != "and" || d.mentionAt[k+1] >= 0 || d.mentionAt[k+2] < 0 {
		return false
	}
	if c := p.cls(d, k+1); c&(wDet|wNum) == 0 || c&(wVerb|wPrep) != 0 {
		return false
	}
	return !p.clauseSubjectAt(d, k+2, se)
}

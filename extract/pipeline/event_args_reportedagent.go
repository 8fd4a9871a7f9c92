package pipeline

// The reporter's pronoun as the missing agent (twentieth session, part21).
// reportedPronoun read the reporter for an event the rules left empty. The
// same clause is as often half read: the rules take the named object and
// leave the pronoun subject, so "Congolese security forces said they
// arrested militia leader Floribert Ndjabu" read Ndjabu alone and "Russia
// says it has expelled two British diplomats" the diplomats alone. English
// grammar settles the pronoun the same way whatever else the rules read;
// only the side the rules left open is filled, and only the agent: a
// patient or a party the rules missed beside their own is too often one
// they read under another name.

// reportedAgentOpen: a one-sided event (agent and patient) whose rules read
// a patient and no agent.
func reportedAgentOpen(ev *event) bool {
	if symmetricType(ev.typ) {
		return false
	}
	read := false
	for _, pt := range ev.parts {
		if pt.role == agent {
			return false
		}
		read = read || pt.role == patient
	}
	return read
}

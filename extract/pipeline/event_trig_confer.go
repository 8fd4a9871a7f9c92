package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Conferring with someone is meeting them (twentieth session, helper meet21).
//
// CAMEO's consult block (CONFER, CONSULT, DISCUSS, TALK ...) codes any of
// its verbs with "with" as 046, engage in negotiation. For "talk" and
// "discuss" the labels split; for "confer" they do not: "conferred with
// Muslim community leaders in Blackburn", "after conferring with
// Georgia's president" are MEETs in the labels (both TUNE sentences), a
// consultation, not bargaining: the Guideline's line between the two puts
// talks "held" on their own under NEGOTIATE and the sitting-together of
// named people under MEET. The noun ("a conference") is already a MEET.

// conferredWith: the trigger is a verb of "confer" the lexicon typed as
// negotiation through its "with"; it is retyped a meeting.
func conferredWith(lemma string, m *cameo.Match, typ string) bool {
	if lemma != "confer" || m.Nominal || typ != "NEGOTIATE" {
		return false
	}
	m.Code = "040"
	return true
}

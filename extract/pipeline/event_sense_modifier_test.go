package pipeline

import "testing"

// TestModifierNoun: an event noun before a noun it only modifies names no
// event; the same noun as the head of its phrase does.
func TestModifierNoun(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Kenya's election commission said Monday it had registered ten million voters.", "-ELECTION election"},
		{"Kenya held an election Monday, and observers said turnout was high.", "ELECTION election"},
		{"Egypt and Libya have begun a trial run of a rail service linking Cairo and Benghazi.", "-TRIAL trial"},
		{"The Amnesty International torture investigator says he was barred from visiting Egypt.", "-ATTACK torture"},
	})
}

package pipeline

import "testing"

// TestCurbedAttacksAreNotAttacks: attacks someone vows to curb or
// suppress, or to protect people from, are no attack told; an attack told
// plainly, and a protest that was suppressed, are kept.
func TestCurbedAttacksAreNotAttacks(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The Israeli cabinet told the army to suppress Hamas rocket attacks on Israeli towns.", "-ATTACK attacks"},
		{"Mr. Olmert accused the Palestinian Authority of failing to curb attacks on Israelis.", "-ATTACK attacks"},
		{"The president vowed to protect Lebanese civilians from Israeli air raids.", "-ATTACK raids"},
		{"Hamas militants fired rockets at Israeli towns on Monday.", "ATTACK fired"},
	})
}

package pipeline

import "testing"

// TestProtestAim: a gathering's purpose infinitive names what the protest
// is against; a purpose in another clause does not.
func TestProtestAim(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "took to the streets to protest",
			text: "Thousands of Syrians took to the streets of Damascus Monday to protest a U.N. probe.",
			want: []string{"PROTEST took [Syria:AGENT United Nations:PATIENT]"},
		},
		{
			name: "rallied in the streets to protest",
			text: "Thousands of followers of the cleric Moqtada al-Sadr have rallied in the streets of Basra to protest a car bombing.",
			want: []string{"PROTEST protest [Moqtada al-Sadr:AGENT]"},
		},
		{
			name:   "another clause's aim",
			text:   "Thousands of followers of the cleric Moqtada al-Sadr gathered in Basra, and police fired tear gas to protest a car bombing.",
			absent: []string{"PROTEST protest"},
		},
		{
			name: "purpose in a later clause",
			text: "Thousands of Syrians took to the streets after the vote to protest a U.N. probe.",
			want: []string{"PROTEST took [Syria:AGENT]"},
		},
	})
}

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
			name: "purpose in a later clause",
			text: "Thousands of Syrians took to the streets after the vote to protest a U.N. probe.",
			want: []string{"PROTEST took [Syria:AGENT]"},
		},
	})
}

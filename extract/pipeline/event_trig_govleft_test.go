package pipeline

import "testing"

// TestGovernmentLeft: a party or its members leaving a government resign
// from it (the subject is the PATIENT, the government's head no
// participant); a state left behind is no resignation.
func TestGovernmentLeft(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "left a cabinet", text: "Last month the Amal movement and its allies left Iraq's cabinet in protest.",
			want: []string{"RESIGNATION left Iraq's cabinet [Amal:PATIENT]"}},
		{name: "quit a named government", text: "The Labor Party quit the Olmert government on Monday.",
			want: []string{"RESIGNATION quit the Olmert government [Labor Party:PATIENT]"}},
		// near sentence: a state the government was left in
		{name: "left the government with", text: "The war left the Olmert government with a huge budget deficit.",
			absent: []string{"RESIGNATION"}},
	})
}

package pipeline

import "testing"

// TestDescribedConjunct pins both members of "X, a description, and Y" as
// a subject and as an object, and a description followed by another clause
// as no list. Each case is a short story written for the test.
func TestDescribedConjunct(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "subject",
			text: "Ahmed Yusuf, a senior commander of the Islamic Courts, and militia leader Hassan Turki were killed in the raid.",
			want: []string{"ATTACK raid [Ahmed Yusuf:PATIENT Hassan Turki:PATIENT]"},
		},
		{
			name: "object",
			text: "Rebels kidnapped Ingrid Betancourt, a former presidential candidate, and her aide Clara Rojas in 2002.",
			want: []string{"ATTACK kidnapped [Clara Rojas:PATIENT Ingrid Betancourt:PATIENT]"},
		},
		{
			name: "another clause",
			text: "Police arrested Ali Hassan, the leader of the cell, and said he was armed.",
			want: []string{"ARREST arrested [Ali Hassan:PATIENT]"},
		},
	})
}

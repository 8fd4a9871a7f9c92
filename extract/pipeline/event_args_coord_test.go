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

// TestAlongWithSubject pins the name of an "along with" parenthetical as a
// second subject, and a "with" parenthetical of manner as none. Each case is
// a short story written for the test.
func TestAlongWithSubject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "along with",
			text: "Brazil, along with Argentina, has urged Venezuela to release the detained journalists.",
			want: []string{"APPEAL urged [Argentina:AGENT Brazil:AGENT Venezuela:PATIENT]"},
		},
		{
			name: "with, of manner",
			text: "The European Union, with U.S. backing, has threatened sanctions against Iran.",
			want: []string{"THREATEN threatened [European Union:AGENT Iran:PATIENT]"},
		},
	})
}

package pipeline

import "testing"

// TestFarConjunctSubject: a verb after "and" shares the subject of a first
// verb that stands more than nine words back behind its long object, but not
// the subject of a relative clause's verb, nor of an infinitive's.
func TestFarConjunctSubject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "long object before and",
			text: "In a speech on Tuesday, Chancellor Angela Merkel described the decision of the court in Warsaw as \"a grave error\" and called on Poland to reverse it.",
			want: []string{"APPEAL called [Angela Merkel:AGENT Poland:PATIENT]"},
		},
		{
			name: "relative clause verb is not the first conjunct",
			text: "The report named the case of Peter Walsh, who hanged himself in a prison cell near Leeds in March 2003, and urged the home secretary to act.",
			want: []string{},
		},
	})
}

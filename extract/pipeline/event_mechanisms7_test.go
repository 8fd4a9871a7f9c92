package pipeline

import "testing"

// TestEventMechanisms7 pins the participant mechanisms found on the misses of
// dev4, voa_gold and blind2 (seventh session): each case is a sentence of its
// own shape, written for the test, not copied from a story.
func TestEventMechanisms7(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// a bare participle after "and" shares the first verb's auxiliary,
			// so its subject and its voice, however long the first clause
			name: "coordinated passive participle",
			text: "Carlos Mendes was convicted in Portugal three years ago for tax fraud, and sentenced to four years in prison.",
			want: []string{"TRIAL convicted [Carlos Mendes:PATIENT]", "SENTENCE sentenced [Carlos Mendes:PATIENT]"},
		},
		{
			name: "coordinated passive participle, short",
			text: "Police say Anna Berg was arrested and charged with fraud.",
			want: []string{"TRIAL charged [Anna Berg:PATIENT]"},
		},
	}
	checkEventCases(t, p, cases)
}

package pipeline

import "testing"

// TestDefendantBefore pins the defendant of the last legal event read for
// a later arrest, trial or sentence told with a pronoun or a description,
// and an active subject pronoun left alone (event_args_defendant.go).
func TestDefendantBefore(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "he was sentenced",
			text: "A Belgrade court convicted former police commander Goran Radic of war crimes. He was sentenced to 12 years in prison.",
			want: []string{"SENTENCE sentenced [Goran Radic:PATIENT]"},
		},
		{
			name: "the governor was arrested",
			text: "Prosecutors charged Governor Ali Mazrui with corruption on Monday. The governor was arrested last year.",
			want: []string{"ARREST arrested [Ali Mazrui:PATIENT]"},
		},
		{
			name:   "he charged: the pronoun is the one charging",
			text:   "A Paris court convicted banker Jean Dupont of fraud. He charged that the trial was unfair.",
			absent: []string{"TRIAL charged [Jean Dupont:PATIENT]"},
		},
	}
	checkEventCases(t, p, cases)
}

package pipeline

import "testing"

// TestParenAcronymSubject pins a subject that ends in a bracketed acronym
// ("The head of the World Bank (IBRD) has called on") and one that is a
// full name with its acronym; a bracketed aside that is no acronym keeps
// the old reading. Sentences written for the test.
func TestParenAcronymSubject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the head of a body, its acronym in brackets",
			text: "The head of the World Bank (IBRD) has called on China to raise its currency.",
			want: []string{"APPEAL called [China:PATIENT World Bank:AGENT]"},
		},
		{
			name: "a body named in full, then its acronym",
			text: "The African Union (AU) urged Sudan to accept the peacekeepers.",
			want: []string{"APPEAL urged [African Union:AGENT Sudan:PATIENT]"},
		},
	})
}

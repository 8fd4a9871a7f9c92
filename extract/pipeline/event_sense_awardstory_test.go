package pipeline

import "testing"

// TestAwardStory: "nominated" beside a sentence of prizes is a nomination
// for a prize; a nomination to an office named in its sentence is kept.
func TestAwardStory(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "prize beside", text: "The novel won this year's Carver Prize for fiction.\n\nAuthors Mara Quill and Tomas Berg had also been nominated.", absent: []string{"APPOINTMENT"}},
		{name: "office named", text: "The novel won this year's Carver Prize for fiction.\n\nPresident Alan Ross nominated Tomas Berg as ambassador to Chile.", want: []string{"APPOINTMENT nominated [Alan Ross:AGENT Tomas Berg:PATIENT]"}},
	})
}

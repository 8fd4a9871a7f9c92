package pipeline

import "testing"

// TestAdverbialOf pins a meeting named in an adverbial ending in "of" ("on
// the sidelines of a conference") as one the clause's subject attends.
// Each case is a sentence written for the test.
func TestAdverbialOf(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an opening participle clause",
			text: "Speaking on the sidelines of a security conference in Munich, Mr. Jan Peters said the alliance will send more troops.",
			want: []string{"MEET conference [Jan Peters:PARTICIPANT]"},
		},
	})
}

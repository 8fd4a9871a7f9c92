package pipeline

import "testing"

// TestFoldVerbIntoNounAfterObject pins one attack told by a verb and the
// noun its clause puts it "in", with the verb's object between, and one
// told by a verb and the noun that is its object, as one event with both
// halves' participants. Each case is a short story written for the test.
func TestFoldVerbIntoNounAfterObject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "object between",
			text: "The Sri Lankan air force says it has killed 12 rebels in an air raid on a Tamil Tiger base near Kilinochchi.",
			want: []string{"ATTACK raid [Sri Lanka:AGENT Tamil Tiger:PATIENT]"},
		},
		{
			name: "noun object of its verb",
			text: "Japan has decided to impose fresh sanctions on North Korea after the nuclear test.",
			want: []string{"SANCTION impose [Japan:AGENT North Korea:PATIENT]"},
		},
	})
}

package pipeline

import "testing"

// TestAnaphorState pins the country told by "the country" or "the
// government" in an event's argument slot: each case is a short story of
// its own, written for the test.
func TestAnaphorState(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "the government of the story's country, named a sentence before",
			text: "Fighting has eased in southern Lebanon this year.\n\nHezbollah signed a ceasefire agreement with the government in August.",
			want: []string{"AGREEMENT agreement [Hezbollah:PARTICIPANT Lebanon:PARTICIPANT]"},
		},
		{
			// a government named with its country is read by the rules
			name: "a government of a named country",
			text: "Fighting has eased in southern Lebanon this year.\n\nHezbollah signed a ceasefire agreement with the government of Syria in August.",
			want: []string{"AGREEMENT agreement [Hezbollah:PARTICIPANT Syria:PARTICIPANT]"},
		},
	}
	checkEventCases(t, p, cases)
}

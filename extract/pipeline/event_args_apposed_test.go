package pipeline

import "testing"

// TestApposedNames: a name set in apposition after a description is the
// participant the description stands for; a list after a name and a
// clause before a comma are no apposition.
func TestApposedNames(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "subject described, then named",
			text: "Five former members of a Serbian paramilitary unit, the Scorpions, have gone on trial in Belgrade.",
			want: []string{"TRIAL gone [Scorpions:PATIENT]"},
		},
		{
			name: "object described, then named",
			text: "NATO peacekeepers arrested a former fighter with the Kosovo Liberation Army, Selim Krasniqi, and several of his associates.",
			want: []string{"ARREST arrested [NATO:AGENT Selim Krasniqi:PATIENT]"},
		},
		{
			// (thirteenth session: beating off competition is no threat at
			// all, event_trig_speech.go, so no event is left to carry the list)
			name:   "a list, not an apposition",
			text:   "Usher, who performed a duet with Alicia Keys, also beat off competition from Justin Timberlake, Jay-Z, Nelly and Robbie Williams.",
			absent: []string{"THREATEN"},
		},
	})
}

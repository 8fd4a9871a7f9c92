package pipeline

import "testing"

// TestStopIsVisit: a stop in a named place on a trip is a VISIT; "a stop
// to" something and the verb "stop" are not.
func TestStopIsVisit(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "next stop",
			text: "President Lula left Saturday for his next stop in Chile.",
			want: []string{"VISIT stop [Chile:PATIENT Lula:AGENT]"},
		},
		{
			name: "campaign stop",
			text: "Senator Hillary Clinton made a campaign stop in New Hampshire on Friday.",
			want: []string{"VISIT stop [Hillary Clinton:AGENT New Hampshire:PATIENT]"},
		},
		{
			name:   "a stop to",
			text:   "The army vowed to put a stop to violence in Darfur.",
			absent: []string{"VISIT"},
		},
		{
			name:   "verb",
			text:   "Buses stop in Oxford Street every five minutes.",
			absent: []string{"VISIT"},
		},
	})
}

package pipeline

import "testing"

// TestBarredReelection: a re-election bid negated or barred is no
// ELECTION; one announced stays.
func TestBarredReelection(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "can not run", text: "Chilean President Ricardo Lagos can not run for re-election because the constitution limits him to one term.", absent: []string{"ELECTION re-election"}},
		{name: "not allowed", text: "Kenyan party leaders say rebel lawmakers will not be allowed to run for re-election.", absent: []string{"ELECTION re-election"}},
		{name: "decided not to seek", text: "Canadian Prime Minister Jean Chretien decided not to seek reelection after ten years in office.", absent: []string{"ELECTION reelection"}},
		{name: "will run", text: "French President Jacques Chirac will run for re-election next year.", want: []string{"ELECTION re-election [Jacques Chirac:PARTICIPANT]"}},
	})
}

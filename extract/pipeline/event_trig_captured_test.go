package pipeline

import "testing"

// TestLandCaptured pins a capture of ground named by a noun CAMEO's
// patterns lack (event_trig_captured.go) and leaves people captured as an
// arrest.
func TestLandCaptured(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a rebel base captured",
			text: "Sri Lanka's army captured a key rebel base on Sunday.",
			want: []string{"OCCUPY captured [Sri Lanka:AGENT]"},
		},
		{
			name: "land told before the verb, its taker the clause's subject",
			text: "The Syrians want back the territory Israel captured in the 1967 war.",
			want: []string{"OCCUPY captured [Israel:AGENT]"},
		},
		{
			name:   "people captured",
			text:   "Ethiopian troops captured three suspected militants near the border on Sunday.",
			absent: []string{"OCCUPY"},
		},
	}
	checkEventCases(t, p, cases)
}

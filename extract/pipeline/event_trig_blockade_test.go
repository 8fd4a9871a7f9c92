package pipeline

import "testing"

// TestBlockadeByState pins a country's blockade as its posture, and
// leaves protesters' and rebels' blockades alone (event_trig_blockade.go).
func TestBlockadeByState(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a country's adjective on the noun",
			text: "Thousands of people crossed into Egypt after gunmen blew up the wall, breaking an Israeli blockade.",
			want: []string{"MILITARY_POSTURE blockade [Israel:AGENT]"},
		},
		{
			name: "a country as the verb's subject",
			text: "Turkey has blockaded the tiny republic since the war ended.",
			want: []string{"MILITARY_POSTURE blockaded [Turkey:AGENT]"},
		},
		{
			name:   "protesters' blockade",
			text:   "Farmers have ended their two-week blockade of the main highway into the capital.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "a blockade weighed",
			text:   "Analysts said a Chinese blockade of the island was unlikely because it would hurt trade.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "a passive",
			text:   "The port is blockaded by striking dock workers.",
			absent: []string{"MILITARY_POSTURE"},
		},
	}
	checkEventCases(t, p, cases)
}

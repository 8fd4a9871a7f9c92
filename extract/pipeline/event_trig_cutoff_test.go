package pipeline

import "testing"

// TestMeasureStopped pins stopping aid, lending, cooperation or talks
// told with a verb of stopping (event_trig_cutoff.go).
func TestMeasureStopped(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "halted lending",
			text: "The World Bank halted lending to Zimbabwe in 2000 over arrears.",
			want: []string{"SANCTION halted [World Bank:AGENT Zimbabwe:PATIENT]"},
		},
		{
			name: "suspended the peace process",
			text: "Armenia suspended the peace process with Azerbaijan on Tuesday.",
			want: []string{"SANCTION suspended [Armenia:AGENT Azerbaijan:PATIENT]"},
		},
		{
			name: "stopped cooperation",
			text: "North Korea has stopped all cooperation with the IAEA.",
			want: []string{"SANCTION stopped [International Atomic Energy Agency:PATIENT North Korea:AGENT]"},
		},
		{
			name:   "suspended flights",
			text:   "Kenya Airways suspended flights to Mogadishu after the blast.",
			absent: []string{"SANCTION"},
		},
		{
			name:   "stumbling block",
			text:   "Officials said the main stumbling block in the talks with Syria was water.",
			absent: []string{"SANCTION"},
		},
	}
	checkEventCases(t, p, cases)
}

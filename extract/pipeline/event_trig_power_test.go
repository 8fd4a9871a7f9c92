package pipeline

import "testing"

// TestPowerTaken pins coming to power or office told by a verb of taking
// or of motion (event_trig_power.go).
func TestPowerTaken(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "seized power",
			text: "General Zia ul-Haq seized power in a 1977 military coup.",
			want: []string{"APPOINTMENT seized power [Zia ul-Haq:PATIENT]"},
		},
		{
			name: "came to office",
			text: "Ties with Moscow have improved since President Viktor Yanukovych came to office in 2010.",
			want: []string{"APPOINTMENT came to office [Viktor Yanukovych:PATIENT]"},
		},
		{
			name: "claimed power",
			text: "Thousands were killed after General Augusto Pinochet claimed power in 1973.",
			want: []string{"APPOINTMENT claimed power [Augusto Pinochet:PATIENT]"},
		},
		{
			name:   "seized the power plant",
			text:   "Rebels from the Niger Delta seized the power plant near Lagos.",
			absent: []string{"APPOINTMENT"},
		},
		{
			name:   "came to the office",
			text:   "Police said Jacob Zuma came to the office of the party on Monday.",
			absent: []string{"APPOINTMENT"},
		},
	}
	checkEventCases(t, p, cases)
}

package pipeline

import "testing"

// TestHeadedTo pins "head to" a named place read as a trip
// (event_trig_head.go).
func TestHeadedTo(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "is heading to a country",
			text: "Officials in Kabul say President Hamid Karzai is heading to Pakistan on Monday.",
			want: []string{"VISIT heading [Hamid Karzai:AGENT Pakistan:PATIENT]"},
		},
		{
			name:   "headed to work",
			text:   "Police say the men from Basra were headed to work at a market.",
			absent: []string{"VISIT"},
		},
		{
			name:   "the head of",
			text:   "The head of the World Bank, Paul Wolfowitz, spoke in Paris.",
			absent: []string{"VISIT"},
		},
	}
	checkEventCases(t, p, cases)
}

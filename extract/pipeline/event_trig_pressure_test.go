package pipeline

import "testing"

// TestPressureToAct pins pressureToAct (event_trig_pressure.go,
// twenty-second session, notrig23): pressure from a named side to act is
// an APPEAL of the presser to the pressed; pressure with no presser named,
// or with no act asked, is none.
func TestPressureToAct(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a country under a named side's pressure",
			text: "Kenya is under strong British pressure to reform its police.",
			want: []string{"APPEAL pressure [Britain:AGENT Kenya:PATIENT]"},
		},
		{
			name: "pressure from named sides",
			text: "The Nigerian government has come under pressure from France and the United States to release the journalists.",
			want: []string{"APPEAL pressure [France:AGENT Nigeria:PATIENT United States:AGENT]"},
		},
		{
			name:   "pressure with no presser named",
			text:   "Sudan is under growing international pressure to admit the monitors.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "pressure from a common noun",
			text:   "The minister of Peru resigned after pressure from opposition lawmakers to quit.",
			absent: []string{"APPEAL pressure"},
		},
		{
			name:   "pressure with no act asked",
			text:   "Ghana faces Chinese pressure on its currency markets this year.",
			absent: []string{"APPEAL"},
		},
	}
	checkEventCases(t, p, cases)
}

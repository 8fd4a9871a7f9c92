package pipeline

import "testing"

// TestNamedOfficePassive pins a passive naming to an office that the
// lexicon also reads, as no inventory event, before namedToOffice is asked
// (event_triggers.go's scanNamed hook): "was named defense minister".
func TestNamedOfficePassive(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "passive naming to an office",
			text: "Lucio Gutierrez was named interior minister during the short-lived junta.",
			want: []string{"APPOINTMENT named [Lucio Gutierrez:PATIENT]"},
		},
		{
			name:   "named after someone",
			text:   "The airport was named after the late president on Monday.",
			absent: []string{"APPOINTMENT"},
		},
	}
	checkEventCases(t, p, cases)
}

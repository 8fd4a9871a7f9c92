package pipeline

import "testing"

// TestArrestAnd pins CAMEO's "+ARREST_AND": "arrested and questioned X" is an
// arrest of X, not a seizure of property; a joined verb that is an event of
// its own keeps its trigger.
func TestArrestAnd(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "joined verb taken into the arrest",
			text: "British police arrested and questioned the singer Pete Doherty on Tuesday.",
			want: []string{"ARREST arrested and questioned [Britain:AGENT Pete Doherty:PATIENT]"},
		},
		{
			name:   "no seizure of property",
			text:   "Israeli troops arrested and interrogated Ahmed Saadat in Jericho.",
			absent: []string{"OCCUPY"},
		},
	})
}

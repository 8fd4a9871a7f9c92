package pipeline

import "testing"

// TestIfThreat pins a reported act made to hang on another side's read as
// a threat (event_trig_ifthreat.go), and the plans and forecasts it leaves.
func TestIfThreat(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "refusal unless",
			text: "Serbia says it will not take part in the talks unless Kosovo withdraws its police from the north.",
			want: []string{"THREATEN take [Kosovo:PATIENT Serbia:AGENT]"},
		},
		{
			name: "conflict act if",
			text: "Israeli officials said they will attack the camps if Hamas fires more rockets.",
			want: []string{"THREATEN attack [Hamas:PATIENT Israel:AGENT]"},
		},
		{
			name:   "a plan's circumstance",
			text:   "Senator John Kerry has said he will not seek another term if President Barack Obama is re-elected.",
			absent: []string{"THREATEN"},
		},
		{
			name:   "a forecast",
			text:   "Analysts say prices will rise if OPEC cuts its output next month.",
			absent: []string{"THREATEN"},
		},
	}
	checkEventCases(t, p, cases)
}

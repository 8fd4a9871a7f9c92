package pipeline

import "testing"

// TestCourtStates: a court known only by its rank stands for the place that
// owns it; a court with a name of its own, or with no owner told, stays.
func TestCourtStates(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a country's court rules",
			text: "Peru's Supreme Court has ruled that the former president must stand trial for corruption.",
			want: []string{"TRIAL ruled [Peru:AGENT]"},
		},
		{
			name: "a country's court convicts",
			text: "Kenya's High Court convicted the opposition leader of treason on Monday.",
			want: []string{"TRIAL convicted [Kenya:AGENT]"},
		},
		{
			name: "a court with a name of its own",
			text: "The International Criminal Court convicted the militia leader of war crimes on Monday.",
			want: []string{"TRIAL convicted [International Criminal Court:AGENT]"},
		},
	})
}

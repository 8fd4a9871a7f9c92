package pipeline

import "testing"

// TestFiredFromPost pins the dismissals the lexicon has no pattern for
// (event_trig_fired.go) and the object pronoun that is not its verb's
// subject (event_args_objpron.go), beside the near sentences they must
// leave alone: a weapon fired, a shot at someone, charges dismissed.
func TestFiredFromPost(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "fired a named person",
			text: "Prime Minister Peter Costa fired Finance Minister Anna Berg on Tuesday after a row over the budget.",
			want: []string{"RESIGNATION fired [Anna Berg:PATIENT Peter Costa:AGENT]"},
		},
		{
			name: "fired ministers of a named party",
			text: "The prime minister later fired the rebel Likud ministers who voted against the plan.",
			want: []string{"RESIGNATION fired [Likud:PATIENT]"},
		},
		{
			name: "who fired him: the object is not the subject",
			text: "Jacob Zuma hopes to succeed President Thabo Mbeki, who fired him in 2005 over corruption charges.",
			want: []string{"RESIGNATION fired [Jacob Zuma:PATIENT Thabo Mbeki:AGENT]"},
		},
		{
			name: "fired a counted group after an adverb, with a time after",
			text: "Governor Ahmed Bello has recently fired dozens of senior officials last week.",
			want: []string{"RESIGNATION fired [Ahmed Bello:AGENT]"},
		},
		{
			name:   "canisters counted, then a time",
			text:   "Police fired a number of tear gas canisters at the crowd in Nairobi last week.",
			absent: []string{"RESIGNATION"},
		},
		{
			name:   "a weapon fired at people",
			text:   "Police fired tear gas at the protesters outside the parliament in Kiev.",
			absent: []string{"RESIGNATION"},
		},
		{
			name:   "shots fired at a person",
			text:   "Gunmen fired at him as he left the mosque in Baghdad.",
			absent: []string{"RESIGNATION"},
		},
		{
			name:   "her gun",
			text:   "Officer Jane Wells fired her gun twice during the chase in Ohio.",
			absent: []string{"RESIGNATION"},
		},
		{
			name:   "charges dismissed",
			text:   "A judge in Madrid dismissed the charges against Carlos Ruiz on Monday.",
			absent: []string{"RESIGNATION"},
		},
	})
}

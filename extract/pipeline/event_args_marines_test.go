package pipeline

import "testing"

// TestCorpsState: Marines struck stand for the state named on them or by
// the reporter; soldiers who died in an attack are struck; Marines who
// strike, with no state said, are left alone.
func TestCorpsState(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the state inside the corps' name",
			text: "The U.S. military says four U.S. Marines were killed in action in Anbar province on Sunday.",
			want: []string{"ATTACK killed [United States:PATIENT]"},
		},
		{
			name: "the reporter's state",
			text: "The U.S. military says a Marine was killed on Saturday when a roadside bomb struck his vehicle.",
			want: []string{"ATTACK killed [United States:PATIENT]"},
		},
		{
			name: "soldiers who died of an attack",
			text: "The U.S. military says two soldiers died Tuesday in a roadside bomb attack in Anbar province.",
			want: []string{"ATTACK attack [United States:PATIENT]"},
		},
		{
			name:   "Marines who strike",
			text:   "Marines stormed the town on Monday, killing four insurgents.",
			absent: []string{"ATTACK"},
		},
	})
}

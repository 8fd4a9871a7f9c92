package pipeline

import "testing"

// TestPresentInTimeClause: a present-tense event in an "until", "when" or
// "if" clause is waited for or supposed; a past one, or one whose time the
// clause names, is kept.
func TestPresentInTimeClause(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "until resigns", text: "Protest leaders say they will keep up their sit-in until Governor Carlos Mendez resigns.", absent: []string{"RESIGNATION"}},
		{name: "when discuss", text: "Washington will have to take part when the European Union and Iran discuss security.", absent: []string{"MEET"}},
		{name: "after resigned", text: "Protest leaders say they ended their sit-in after Governor Carlos Mendez resigned on Monday.", want: []string{"RESIGNATION resigned [Carlos Mendez:AGENT]"}},
		{name: "when visits next week", text: "Security will be tight in Tokyo when President Bush visits Japan next week.", want: []string{"VISIT visits [Bush:AGENT Japan:PATIENT]"}},
	})
}

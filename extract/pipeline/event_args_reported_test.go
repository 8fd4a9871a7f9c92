package pipeline

import "testing"

// TestReportedPronoun pins reportedPronoun: a pronoun subject or possessor
// in a clause a say verb reports stands for the named reporter, through a
// light verb, a partitive and a verb joined by "and"; a bare subject, a
// nearer name and an expletive "it" are left alone. Each sentence is
// written for the test.
func TestReportedPronoun(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "light verb's pronoun subject",
			text: "Iran says it has conducted a successful test launch of a long-range missile from a site in the desert.",
			want: []string{"MILITARY_POSTURE launch [Iran:AGENT]"},
		},
		{
			name: "reporting body named with its country",
			text: "The Iranian defense ministry says it has conducted a successful test launch of a long-range missile.",
			want: []string{"MILITARY_POSTURE launch [Iran:AGENT]"},
		},
		{
			name: "partitive with a possessive pronoun",
			text: "NATO said three of its soldiers were killed and two others wounded on Sunday when a bomb exploded.",
			want: []string{"ATTACK killed and [NATO:PATIENT]"},
		},
		{
			name:   "near: no pronoun, the soldiers are anyone's",
			text:   "NATO said three soldiers were killed on Sunday when a bomb exploded near Kandahar.",
			absent: []string{"ATTACK"},
		},
		{
			name: "second verb joined by and",
			text: "Pakistan announced on Tuesday that it had tested a new cruise missile and was withdrawing from the arms talks.",
			want: []string{"SANCTION withdrawing [Pakistan:AGENT]"},
		},
		{
			name:   "near: a nearer name is the pronoun's",
			text:   "Britain says Iran has agreed to the proposal and it is withdrawing from the talks.",
			absent: []string{"SANCTION withdrawing [Britain:AGENT]"},
		},
		{
			name:   "near: an expletive it",
			text:   "Air Force officials say it is unlikely the helicopter was shot down by insurgents.",
			absent: []string{"ATTACK"},
		},
	})
}

package pipeline

import "testing"

// TestByParticipleSubject pins a subject with a past participle and its
// "by" phrase before the verb: the subject's names act, a backer with them.
func TestByParticipleSubject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a backer acts with the subject",
			text: "Kenyan police backed by British troops arrested 20 suspects in Mombasa on Sunday.",
			want: []string{"ARREST arrested [Britain:AGENT Kenya:AGENT]"},
		},
		{
			name: "another participle names the subject alone",
			text: "Hundreds of Bolivians angered by the new tax marched through La Paz on Friday.",
			want: []string{"PROTEST marched [Bolivia:AGENT]"},
		},
	})
}

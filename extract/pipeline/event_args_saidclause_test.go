package pipeline

import "testing"

// TestReportedClauseParticiple: a participle (or a gerund after
// "before", "by") after a reported clause with an unnamed subject gets no
// subject from the speaker; one after a reported
// clause whose subject is the speaker's pronoun still does.
func TestReportedClauseParticiple(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "the reported clause's doer is unnamed",
			text:   "Russian police say a bomb exploded Sunday in a cafe in Moscow, injuring six people.",
			absent: []string{"ATTACK injuring [Russia:AGENT]"},
		},
		{
			name:   "a gerund after a subordinator in the reported clause",
			text:   "A military spokesman, Major John Smith, said Friday that the troops waited until the rebels entered the camp before attacking.",
			absent: []string{"ATTACK attacking [John Smith:AGENT]"},
		},
		{
			name: "the speaker's own pronoun is the doer",
			text: "Iraqi police say they raided the town, arresting eight members of al-Qaida.",
			want: []string{"ARREST arresting [Iraq:AGENT al-Qaida:PATIENT]"},
		},
		{
			name: "a speaker's pronoun before a participle",
			text: "A Hamas official said he would take part in talks next week in Cairo, asking Egypt to mediate.",
			want: []string{"APPEAL asking [Egypt:PATIENT Hamas:AGENT]"},
		},
	})
}

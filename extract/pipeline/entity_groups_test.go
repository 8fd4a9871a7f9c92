package pipeline

import "testing"

// TestGroupAdjectiveSpans pins entity_groups.go (twelfth session): a faith
// or ethnic compound the tagger reads as a person's name is a group, and the
// group takes part in an event as a people does.
func TestGroupAdjectiveSpans(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			// "a Sunni Arab, NAME": the person is appointed, not a second "Sunni Arab" person
			name: "article before a group noun",
			text: "A Sunni Arab, Khalid al-Obeidi, has been approved as interior minister by the parliament in Baghdad.",
			want: []string{"APPOINTMENT approved [Khalid al-Obeidi:PATIENT]"},
		},
		{
			// the compound plural is the people killed
			name: "compound plural",
			text: "A rights group accuses the former governor of ordering the execution of hundreds of Shi'ite Muslims in 1991.",
			want: []string{"ATTACK execution [Shi'ite Muslims:PATIENT]"},
		},
		{
			// a faith's adjective the tagger left out is part of the people (widenPeoples)
			name: "adjective before a people plural",
			text: "Police say gunmen shot dead five Shi'ite Muslims at a market in Quetta on Sunday.",
			want: []string{"ATTACK shot [Shi'ite Muslims:PATIENT]"},
		},
		{
			// a faith on a definite description of a group is no participant (groupDescription)
			name: "faith on the group's description",
			text: "Thousands of Hezbollah supporters and members of the Shi'ite militant group attended a rally in southern Lebanon on Friday.",
			want: []string{"PROTEST rally [Hezbollah:AGENT]"},
		},
	})
}

package pipeline

import "testing"

// TestFold14 pins the guard decisions narrowed in the thirteenth session
// after the guard audit (eval events --guards). Each case is a short story
// written for the test, with the false event the guard must still remove.
func TestFold14(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "was able to travel: the trip was made",
			text: "Officials said that U.N. envoy Lakhdar Brahimi was able to travel to Kabul early this month.",
			want: []string{"VISIT travel [Kabul:PATIENT Lakhdar Brahimi:AGENT]"},
		},
		{
			name: "was able to meet: the meeting took place",
			text: "Officials said that Egyptian President Hosni Mubarak was able to meet Israeli Prime Minister Ehud Olmert in Cairo.",
			want: []string{"MEET meet [Ehud Olmert:PARTICIPANT Hosni Mubarak:PARTICIPANT]"},
		},
		{
			name:   "will be able to travel is still to come",
			text:   "Officials said that U.N. envoy Lakhdar Brahimi will be able to travel to Kabul early next month.",
			absent: []string{"VISIT"},
		},
		{
			name:   "was not able to travel is denied",
			text:   "Officials said that U.N. envoy Lakhdar Brahimi was not able to travel to Kabul early this month.",
			absent: []string{"VISIT"},
		},
		{
			name:   "has been able to appeal is a right, not an appeal made",
			text:   "Officials said Russian businessman Andrei Makarov has been able to appeal to the Supreme Court.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a purpose infinitive is still a purpose",
			text:   "The United Nations sent envoy Lakhdar Brahimi to Islamabad to travel to Kabul.",
			absent: []string{"VISIT travel"},
		},
		{
			name: "returned from a trip to a country: the country was visited",
			text: "Senator Richard Lugar, who just returned from a trip to Pakistan, said the army must do more.",
			want: []string{"VISIT returned [Pakistan:PATIENT Richard Lugar:AGENT]"},
		},
		{
			name: "returned from a city: the city was visited",
			text: "Envoy Christopher Hill returned from Beijing on Tuesday with no agreement.",
			want: []string{"VISIT returned [Beijing:PATIENT Christopher Hill:AGENT]"},
		},
		{
			name:   "returned from exile names no place visited",
			text:   "Opposition leader Kizza Besigye returned from exile in October.",
			absent: []string{"VISIT"},
		},
		{
			name:   "returned from a meeting names no place visited",
			text:   "Senator Richard Lugar returned from the meeting on Tuesday.",
			absent: []string{"VISIT"},
		},
		{
			name: "a meeting with a described side, its name after a comma",
			text: "Cuba's parliament speaker Ricardo Alarcon spoke Thursday after a meeting with the visiting foreign minister of Iran, Manouchehr Mottaki.",
			want: []string{"MEET meeting with [Manouchehr Mottaki:PARTICIPANT Ricardo Alarcon:PARTICIPANT]"},
		},
		{
			name: "the name takes the place of the country inside the description",
			text: "Pakistan's foreign minister spoke during a meeting with his visiting Iranian counterpart, Manouchehr Mottaki.",
			want: []string{"MEET meeting with [Manouchehr Mottaki:PARTICIPANT Pakistan:PARTICIPANT]"},
		},
		{
			name:   "a meeting with unnamed advisers stays one-sided and is removed",
			text:   "Indian Foreign Minister Pranab Mukherjee spoke after a meeting with his advisers.",
			absent: []string{"MEET"},
		},
		{
			name: "a telephone call to a named leader: the leader is the other side",
			text: "German Chancellor Angela Merkel discussed the crisis in a telephone call to French President Jacques Chirac on Sunday.",
			want: []string{"PHONE_CALL telephone call [Angela Merkel:PARTICIPANT Jacques Chirac:PARTICIPANT]"},
		},
		{
			name:   "a phone call to an unnamed office stays one-sided and is removed",
			text:   "Mr. Blair announced the decision in a phone call to the ministry.",
			absent: []string{"PHONE_CALL"},
		},
		{
			name:   "phone calls told as a habit of a show are not one call",
			text:   "The band's stadium tours featured giant screens and live phone calls to the White House.",
			absent: []string{"PHONE_CALL"},
		},
		{
			name: "talks with a visiting leader: the visitor is the other side",
			text: "President Bush held talks with visiting Japanese Prime Minister Shinzo Abe.",
			want: []string{"NEGOTIATE talks [Bush:PARTICIPANT Shinzo Abe:PARTICIPANT]"},
		},
		{
			name: "a meeting with a visiting leader",
			text: "President Bush spoke after a meeting with visiting Japanese Prime Minister Shinzo Abe.",
			want: []string{"MEET meeting with [Bush:PARTICIPANT Shinzo Abe:PARTICIPANT]"},
		},
		{
			name:   "a meeting with visiting officials no one names stays one-sided and is removed",
			text:   "President Bush spoke after a meeting with visiting officials.",
			absent: []string{"MEET"},
		},
	})
}

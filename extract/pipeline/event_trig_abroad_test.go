package pipeline

import "testing"

// TestAbroadSpoke: a person speaking or meeting "in" a place outside their
// own country, or named after a fronted place abroad, makes a VISIT of that
// person there; speaking at home makes none.
func TestAbroadSpoke(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "spoke to reporters abroad",
			text: "Mohamed ElBaradei, the head of the U.N. nuclear watchdog, spoke to reporters in Tokyo on Tuesday about the dispute.",
			want: []string{"VISIT in [Mohamed ElBaradei:AGENT Tokyo:PATIENT]"},
		},
		{
			// near: the speaker's own country
			name:   "spoke to reporters at home",
			text:   "British Prime Minister Tony Blair spoke to reporters in London on Tuesday about the dispute.",
			absent: []string{"VISIT"},
		},
		{
			name: "made the comment abroad",
			text: "Iranian Foreign Minister Manouchehr Mottaki made the comment Sunday in Doha, Qatar, at a regional security meeting.",
			want: []string{"VISIT in [Doha:PATIENT Manouchehr Mottaki:AGENT]"},
		},
		{
			name: "met abroad: the guest's trip",
			text: "Russian President Vladimir Putin and British Prime Minister Tony Blair have met in London for talks on energy.",
			want: []string{"VISIT in [London:PATIENT Vladimir Putin:AGENT]"},
		},
		{
			name: "fronted place",
			text: "Secretary of State Condoleezza Rice is touring South America. In Peru on Thursday, Secretary Rice praised the free trade pact.",
			want: []string{"VISIT In [Condoleezza Rice:AGENT Peru:PATIENT]"},
		},
		{
			// near: a fronted place at home
			name:   "fronted place at home",
			text:   "Secretary of State Condoleezza Rice spoke on Monday. In Washington on Thursday, Secretary Rice praised the free trade pact.",
			absent: []string{"VISIT In"},
		},
	})
}

// TestTourLeg: a stop, a way or a flight to a named place is a leg of a
// trip; the verbs' other senses and a region are left alone.
func TestTourLeg(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "will stop in",
			text: "Vice President Dick Cheney will stop in Oman on Friday before returning home.",
			want: []string{"VISIT stop [Dick Cheney:AGENT Oman:PATIENT]"},
		},
		{
			// near: "stop" with an object is no trip
			name:   "will stop fighting",
			text:   "The rebels will stop fighting in Darfur if the government disarms its militias.",
			absent: []string{"VISIT"},
		},
		{
			name: "flying back",
			text: "French President Jacques Chirac flew back to Paris on Friday after the summit.",
			want: []string{"VISIT flew [Jacques Chirac:AGENT Paris:PATIENT]"},
		},
		{
			// near: a carrier's route is no trip
			name:   "an airline flies to",
			text:   "Qantas Airways, which flies to Johannesburg twice a week, said it would keep the route.",
			absent: []string{"VISIT"},
		},
		{
			name: "on his way",
			text: "Japanese Prime Minister Shinzo Abe is on his way to Jakarta for a regional summit.",
			want: []string{"VISIT way [Jakarta:PATIENT Shinzo Abe:AGENT]"},
		},
		{
			// near: a region is no stop
			name:   "on his way to a region",
			text:   "Japanese Prime Minister Shinzo Abe is on his way to Europe to repair relations.",
			absent: []string{"VISIT way"},
		},
	})
}

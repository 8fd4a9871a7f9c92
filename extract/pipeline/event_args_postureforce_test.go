package pipeline

import "testing"

// TestPostureForce pins the state of a bare force that takes a posture:
// each case is a short story of its own, written for the test.
func TestPostureForce(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a curfew imposed by bare police, the country named on a force two sentences before",
			text: "Police in eastern Nigeria say soldiers have killed three people who were protesting fuel prices in the city.\n\nOfficials say the riot broke out in a market district as protesters set fire to shops.\n\nPolice later imposed a curfew.",
			want: []string{"MILITARY_POSTURE imposed [Nigeria:AGENT]"},
		},
		{
			name: "police deployed, the story's one country named by a possessive",
			text: "Thousands of demonstrators marched on the parliament in Kenya's capital, Nairobi.\n\nThe marchers urged the government to cut food prices.\n\nThousands of riot police were deployed on Monday.",
			want: []string{"MILITARY_POSTURE deployed [Kenya:AGENT]"},
		},
		{
			name: "riot police patrolling, the country said before",
			text: "A general strike shut shops and offices across Bangladesh on Monday.\n\nThe streets of the capital were deserted.\n\nRiot police were patrolling to prevent violence.",
			want: []string{"MILITARY_POSTURE patrolling [Bangladesh:AGENT]"},
		},
		{
			name: "roads cut off by soldiers, the country named by its officials",
			text: "Gunmen attacked a wedding party in a southern village, killing 12 people.\n\nPeruvian officials said the attack took place on Saturday.\n\nSoldiers cut off the roads leading to the village as they searched for the gunmen.",
			want: []string{"MILITARY_POSTURE cut [Peru:AGENT]"},
		},
		{
			// two states in play, no force named with either: whose is not said
			name:   "two countries",
			text:   "Officials from Sudan and Chad met in Tripoli on Monday to discuss the border.\n\nThe talks ended without agreement.\n\nPolice later imposed a curfew.",
			absent: []string{"MILITARY_POSTURE imposed [Sudan:AGENT]", "MILITARY_POSTURE imposed [Chad:AGENT]"},
		},
		{
			// a posture only possible is no event, whoever's force it is
			name:   "only possible",
			text:   "A general strike shut shops and offices across Bangladesh on Monday.\n\nPolice may impose a curfew.",
			absent: []string{"MILITARY_POSTURE impose"},
		},
	}
	checkEventCases(t, p, cases)
}

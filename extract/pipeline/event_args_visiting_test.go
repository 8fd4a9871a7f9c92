package pipeline

import "testing"

// TestVisitingParticiple: "visiting" before a name describes the visitor,
// who visits the scene of the sentence (or the host's unnamed country);
// after a subordinator it is the main subject's visit of the place named;
// a place opening the sentence in "On a visit to X," is visited by the
// subject after the comma.
func TestVisitingParticiple(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "while visiting",
			text: "Bolivian President Evo Morales made the comments Wednesday while visiting South Africa.",
			want: []string{"VISIT visiting [Evo Morales:AGENT South Africa:PATIENT]"},
		},
		{
			name: "clause-opening visitor",
			text: "Speaking Saturday in the capital, Honiara, visiting Australian Foreign Minister Alexander Downer said reform was central.",
			want: []string{"VISIT visiting [Alexander Downer:AGENT Honiara:PATIENT]"},
		},
		{
			name: "visitor told by the host",
			text: "French President Jacques Chirac told visiting Croatian Prime Minister Ivo Sanader that talks should go ahead.",
			want: []string{"VISIT visiting [Ivo Sanader:AGENT]"},
		},
		{
			name: "visit in an opening adverbial",
			text: "On a visit to Ireland, U.S. Treasury Secretary John Snow said Washington supports a strong dollar.",
			want: []string{"VISIT visit [Ireland:PATIENT John Snow:AGENT]"},
		},
		{
			// near: a place visited named as the object stays the one visited
			name: "visited a place",
			text: "Chinese President Hu Jintao visited South Africa on Wednesday.",
			want: []string{"VISIT visited [Hu Jintao:AGENT South Africa:PATIENT]"},
		},
		{
			// near: a gerund after "of" is its subject's visit, not a description
			name:   "gerund after of",
			text:   "Martin Hellewell, who had also made a point of visiting Evans' shop, said he liked it.",
			absent: []string{"VISIT visiting"},
		},
		{
			name: "agent of a passive",
			text: "Franco left to attend a session of Congress also attended by visiting West German President Richard von Weizsaecker.",
			want: []string{"VISIT visiting [Richard von Weizsaecker:AGENT]"},
		},
		{
			// near: "visiting" as the main verb of a progressive clause
			name: "is visiting",
			text: "Indian Prime Minister Manmohan Singh is visiting Japan this week.",
			want: []string{"VISIT visiting [Japan:PATIENT Manmohan Singh:AGENT]"},
		},
	})
}

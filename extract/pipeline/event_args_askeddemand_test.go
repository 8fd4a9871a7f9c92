package pipeline

import "testing"

// TestAuthorlessDemand pins a demand whose maker goes unnamed, read with
// the one asked from its clause, and the maker named before a demand noun
// (event_args_askeddemand.go); the near sentences keep an appeal of a
// document and a demand with no one asked out. Sentences written for the test.
func TestAuthorlessDemand(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "unnamed protesters demand that a named party act",
			text: "Hundreds of farmers marched through the capital on Monday and demanded that Nigeria lift its ban on rice imports.",
			want: []string{"DEMAND demanded [Nigeria:PATIENT]"},
		},
		{
			name: "a demand noun of unnamed kidnappers",
			text: "The hostage was freed after Manila agreed to the kidnappers' demand that the Philippines pull its troops out of Iraq.",
			want: []string{"DEMAND demand [Philippines:PATIENT]"},
		},
		{
			name: "a state named before its demands",
			text: "The envoy arrived in Damascus to press French demands that Syria stop arming the militias.",
			want: []string{"DEMAND demands [France:AGENT Syria:PATIENT]"},
		},
		{
			name:   "a document's provision stays no appeal",
			text:   "The plan calls for Israel to free 500 prisoners.",
			absent: []string{"APPEAL", "DEMAND"},
		},
		{
			name:   "a market's demand named by its region is no demand",
			text:   "The company expects a moderate upturn in North American demand for heavy-duty truck engines.",
			absent: []string{"DEMAND"},
		},
		{
			name:   "a market's demand for a good in a country to stay",
			text:   "The company expects demand for cement in the U.S. to remain strong through 1992.",
			absent: []string{"DEMAND"},
		},
		{
			name:   "a demand naming no one asked stays out",
			text:   "Hundreds of farmers marched through the capital on Monday and demanded higher prices for rice.",
			absent: []string{"DEMAND"},
		},
	})
}

// TestFormulaRequests pins requests for comment and asylum requests as no
// appeals (event_trig_requestsense.go), and a request of a state as one.
func TestFormulaRequests(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "a request for comment",
			text:   "Gazprom has not responded to requests for comment.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "asylum requests",
			text:   "Ecuador has rejected asylum requests by two former Peruvian army officers.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a request for political asylum",
			text:   "Sweden has rejected a request for political asylum by an Iraqi officer.",
			absent: []string{"APPEAL"},
		},
		{
			name: "a state's request to another stays an appeal",
			text: "Britain rejected a request by Iraq for more troops.",
			want: []string{"APPEAL request [Britain:PATIENT Iraq:AGENT]"},
		},
	})
}

package pipeline

import "testing"

// TestListedVisitPlaces: a visit whose object is a common noun followed by
// a list of places ("several towns in ...") is a visit to each place of
// the list; a place followed by a title with a country adjective
// ("Ireland, U.S. Treasury Secretary") is no list.
func TestListedVisitPlaces(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "noun phrase then list",
			text: "Next week, President Nicolas Sarkozy will visit several cities in Brittany, Normandy and Alsace.",
			want: []string{
				"VISIT visit [Brittany:PATIENT Nicolas Sarkozy:AGENT]",
				"VISIT visit [Nicolas Sarkozy:AGENT Normandy:PATIENT]",
				"VISIT visit [Alsace:PATIENT Nicolas Sarkozy:AGENT]",
			},
		},
		{
			name: "list going on past its places",
			text: "Spanish Prime Minister Jose Luis Rodriguez Zapatero will visit the sites of the bombings in Madrid, Seville and the Interior Ministry on Sunday.",
			want: []string{
				"VISIT visit [Jose Luis Rodriguez Zapatero:AGENT Madrid:PATIENT]",
				"VISIT visit [Jose Luis Rodriguez Zapatero:AGENT Seville:PATIENT]",
			},
		},
		{
			name: "no list",
			text: "On a visit to Ireland, U.S. Treasury Secretary John Snow said Washington supports a strong dollar.",
			want: []string{"VISIT visit [Ireland:PATIENT John Snow:AGENT]"},
		},
	})
}

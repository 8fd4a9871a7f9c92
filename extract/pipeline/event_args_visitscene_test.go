package pipeline

import "testing"

// TestSceneVisits: a visit told with its place in an "in" phrase at the
// trigger has that place; an "in" phrase further off, or travel that is
// the setting of what befell the traveller, gives none.
func TestSceneVisits(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "traveling in",
			text: "German Chancellor Angela Merkel praised the trade accord on Saturday while she is traveling in West Africa.",
			want: []string{"VISIT traveling [Angela Merkel:AGENT West Africa:PATIENT]"},
		},
		{
			name: "be in before the visit noun",
			text: "Officials said Foreign Minister Sergei Lavrov will be in Egypt over the weekend on a private visit.",
			want: []string{"VISIT visit [Egypt:PATIENT Sergei Lavrov:AGENT]"},
		},
		{
			name:   "setting of an ambush",
			text:   "Police say tribal elder Malik Nawaz Khan was traveling in North Waziristan Sunday when gunmen ambushed his car.",
			absent: []string{"VISIT"},
		},
	})
}

// TestUnnamedVisited: a visit to a place the text leaves unnamed ("the
// region", "towns") keeps its visitor alone.
func TestUnnamedVisited(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "arrived in the region",
			text: "The clashes came as French Foreign Minister Bernard Kouchner arrived in the region for talks with Lebanese leaders.",
			want: []string{"VISIT arrived [Bernard Kouchner:AGENT]"},
		},
		{
			name: "visited towns",
			text: "President Michelle Bachelet visited towns along the flooded coast on Sunday.",
			want: []string{"VISIT visited [Michelle Bachelet:AGENT]"},
		},
		{
			name:   "region named later is no unnamed place",
			text:   "Police said the bus was traveling to the border when it overturned.",
			absent: []string{"VISIT"},
		},
	})
}

// TestSceneVisitsWished: "should be in X on a visit" is a wish, no trip.
func TestSceneVisitsWished(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{{
		name:   "should be in",
		text:   "The minister said his Chilean counterpart, Foreign Minister Alejandro Foxley, should be in Lima on a visit soon.",
		absent: []string{"VISIT visit"},
	}})
}

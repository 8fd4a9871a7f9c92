package pipeline

import "testing"

// TestSameSides: a country and the person holding a post of it, gathered
// from two sentences of one event, are one side.
func TestSameSides(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "country and its minister over two sentences",
			text: "Former Swedish premier Carl Berg has signed an agreement with the Chilean government to fund clinics for children. Mr. Berg and Chilean President Rosa Vidal signed the deal Monday in Santiago.",
			want: []string{"AGREEMENT agreement [Carl Berg:PARTICIPANT Rosa Vidal:PARTICIPANT]"},
		},
	})
}

// TestFinerPlaces: a place and the region written after it ("Tulsa,
// Oklahoma") are one destination; a list of countries stays a list.
func TestFinerPlaces(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "city, region",
			text: "Mr. Obama is to meet business leaders in Wichita before traveling to Tulsa, Oklahoma on Tuesday.",
			want: []string{"VISIT traveling [Obama:AGENT Tulsa:PATIENT]"},
		},
		{
			// (fourteenth session: one VISIT per place, splitVisits)
			name: "list of countries",
			text: "Mr. Brown is visiting Tanzania, Mozambique and Kenya this week.",
			want: []string{"VISIT visiting [Brown:AGENT Tanzania:PATIENT]", "VISIT visiting [Brown:AGENT Mozambique:PATIENT]", "VISIT visiting [Brown:AGENT Kenya:PATIENT]"},
		},
	})
}

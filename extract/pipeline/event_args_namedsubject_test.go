package pipeline

import "testing"

// TestNamedNextAgent: a doer the lead only describes is the one new person
// or body the next sentence names; the reader leaves alone a description
// carrying its own name, a passive subject, and a next sentence naming a
// person the story told of before.
func TestNamedNextAgent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a title phrase, named with a title opening the next sentence",
			text: "A senior U.S. senator says he has urged Syria to close its border with Iraq to foreign fighters. " +
				"Senator Richard Lugar spoke in Damascus after talks with Foreign Minister Walid al-Moallem and other officials.",
			want: []string{"APPEAL urged [Richard Lugar:AGENT Syria:PATIENT]"},
		},
		{
			name: "an agency's description, named by a report in the next sentence",
			text: "The United Nations refugee agency has called for more aid to families fleeing the fighting in Somalia. " +
				"A statement issued Tuesday by UNHCR says thousands of people cross into Kenya every week.",
			want: []string{"APPEAL called [UNHCR:AGENT]"},
		},
		{
			name: "a country's official described: the country gives way to the name",
			text: "Iran's chief nuclear negotiator has called for new talks with the European Union. " +
				"State radio quotes Saeed Jalili as saying the talks could resume next month.",
			want: []string{"APPEAL called [Saeed Jalili:AGENT]"},
		},
		{
			name: "the body's name on the head noun: named already",
			text: "Japan's ruling Liberal Democratic party is urging a new vote on the budget. " +
				"Its General Council met Thursday to call for the vote.",
			want: []string{"APPEAL urging [Liberal Democratic:AGENT]"},
		},
		{
			name: "a body's official described: the body gives way to the name (nineteenth session)",
			text: "A senior European Union official has urged Kenya to protect its wetlands from new farms. " +
				"The commission says Louis Michel raised the matter in Nairobi on Monday.",
			want: []string{"APPEAL urged [Kenya:PATIENT Louis Michel:AGENT]"},
		},
		{
			name: "a body's own head noun: its name stays though a person is named next",
			text: "A European Union agency has urged Kenya to protect wetlands from new farms. " +
				"The commission says Louis Michel will visit Nairobi next month.",
			want: []string{"APPEAL urged [European Union:AGENT Kenya:PATIENT]"},
		},
		{
			name: "an office holder's ministry gives way to the name as a nationality does (nineteenth session)",
			text: "A senior Interior Ministry official has urged farmers to stop growing opium poppies. " +
				"Ahmed Karimi told state television that the police would destroy the fields.",
			want: []string{"APPEAL urged [Ahmed Karimi:AGENT]"},
		},
		{
			name: "a member's noun keeps his group beside the name",
			text: "A Hamas militant has been killed in an air strike in Gaza. " +
				"Ahmed Nasser died when a missile hit his car.",
			want: []string{"ATTACK air strike [Ahmed Nasser:PATIENT Hamas:PATIENT]"},
		},
		{
			name: "a definite description within an item: may be someone told before",
			text: "Fighting continued near the Syrian border on Monday. The top U.S. commander has urged Syria to close its border with Iraq. " +
				"General David Petraeus spoke in Baghdad after talks with Iraqi officials.",
			want: []string{"APPEAL urged [Syria:PATIENT United States:AGENT]"},
		},
	})
}

package pipeline

import "testing"

// TestSentEnvoysVisit: envoys, experts or a titled person sent by a state
// or agency make a VISIT of the sender; troops, aid and letters sent do
// not, nor a player sent off.
func TestSentEnvoysVisit(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "agent sent to a country",
			text: "Germany is sending an Interpol agent to Kenya to help trace the kidnappers.",
			want: []string{"VISIT sending [Germany:AGENT Kenya:PATIENT]"},
		},
		{
			name: "experts deployed",
			text: "The World Food Program has deployed 15 experts to Malawi to assess the harvest.",
			want: []string{"VISIT deployed [Malawi:PATIENT World Food Program:AGENT]"},
		},
		{
			name: "a team of experts, place unnamed",
			text: "The European Union says it is sending a team of experts to help rebuild the port.",
			want: []string{"VISIT sending [European Union:AGENT]"},
		},
		{
			name: "titled person dispatched",
			text: "On Monday the Arab League dispatched former Algerian foreign minister Lakhdar Brahimi to seek a truce.",
			want: []string{"VISIT dispatched [Arab League:AGENT Lakhdar Brahimi:AGENT]"},
		},
		{
			name:   "a letter sent",
			text:   "The United States sent a letter to the team of experts on Monday.",
			absent: []string{"VISIT"},
		},
		{
			name:   "troops deployed",
			text:   "Britain has deployed 300 troops to Sierra Leone.",
			absent: []string{"VISIT"},
		},
	})
}

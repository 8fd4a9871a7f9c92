package pipeline

import "testing"

// TestAudienceAddressed: speaking to a named body's members or one of its
// parts is a meeting with the body; telling a broadcaster, reporters or
// unnamed officials in a town is not.
func TestAudienceAddressed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "told the officials of two bodies",
			text: "Turkish Foreign Minister Ali Babacan told NATO and European Union officials on Monday that the border must stay open.",
			want: []string{"MEET told [Ali Babacan:PARTICIPANT European Union:PARTICIPANT NATO:PARTICIPANT]"},
		},
		{
			name: "speech to a party's council, speaker after the opener",
			text: "In a speech to the central council of the ruling Justice and Development Party, Mr. Erdogan said Sunday the reforms would go on.",
			want: []string{"MEET speech to [Erdogan:PARTICIPANT Justice and Development Party:PARTICIPANT]"},
		},
		{
			name: "testimony to a body's committee",
			text: "Trade Commissioner Peter Mandelson gave the figures Wednesday in testimony to a European Parliament committee on trade.",
			want: []string{"MEET testimony to [European Parliament:PARTICIPANT Peter Mandelson:PARTICIPANT]"},
		},
		{
			name:   "told a broadcaster that officials",
			text:   "Mr. Nowak told VOA that officials monitored his interviews with lawyers.",
			absent: []string{"MEET"},
		},
		{
			name:   "told unnamed officials in a town",
			text:   "Ukrainian Prime Minister Yuri Yekhanurov told officials in Kiev his country will take legal steps.",
			absent: []string{"MEET"},
		},
		{
			name:   "remarks to reporters",
			text:   "In remarks to reporters, Mr. Qureia said the two sides would begin writing out their positions.",
			absent: []string{"MEET"},
		},
	})
}

// TestAudienceOpenerWithoutAssembly: an opener's audience read by
// audienceAt ("Speaking to a Senate committee hearing, X said") has no
// assembly mention right after the trigger; addressParts once indexed the
// mention table with -1 there, and the whole document failed (Reuters
// reuters-8554, found at the twenty-first session's end).
func TestAudienceOpenerWithoutAssembly(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"U.S. Agriculture undersecretary Daniel Amstutz said a farm accord is possible.\n\nSpeaking to a Senate Agriculture Appropriations committee hearing, Amstutz said he thinks the two sides can reach agreement in 1988.", "MEET Speaking to"},
	})
}

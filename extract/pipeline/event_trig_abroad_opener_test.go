package pipeline

import "testing"

// TestAbroadOpener: a sentence opened by "Speaking ... in PLACE," places the
// subject of its main clause there; a trip when that is abroad, none at
// home, and none read twice when "visiting" already tells it.
func TestAbroadOpener(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "speaking in a city abroad",
			text: "Speaking in Bangkok Friday, after talks with Thai officials, Burmese Foreign Minister Nyan Win said the junta would hold a referendum.",
			want: []string{"VISIT in [Bangkok:PATIENT Nyan Win:AGENT]"},
		},
		{
			name: "speaking to an audience abroad, a city and its country",
			text: "Speaking Sunday to business leaders in Davos, Switzerland, Japanese Prime Minister Taro Aso also repeated a pledge to lend money.",
			want: []string{"VISIT in [Davos:PATIENT Taro Aso:AGENT]"},
		},
		{
			// near: speaking at home
			name:   "speaking at home",
			text:   "Speaking Tuesday in Tehran, Iranian Foreign Minister Manouchehr Mottaki said Iran would not suspend enrichment.",
			absent: []string{"VISIT"},
		},
		{
			name: "addressing an assembly, the speaker after the participle",
			text: "Addressing the U.N. General Assembly Thursday, Ivo Jovic described Bosnia as a fragile state.",
			want: []string{"MEET Addressing [Ivo Jovic:PARTICIPANT U.N. General Assembly:PARTICIPANT]"},
		},
		{
			// near: the participle's subject is no name
			name:   "addressing an assembly, no speaker named",
			text:   "Addressing the U.N. General Assembly Thursday, the foreign minister described Bosnia as a fragile state.",
			absent: []string{"MEET"},
		},
	})
}

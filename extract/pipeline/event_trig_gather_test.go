package pipeline

import "testing"

// TestGatheringTriggers: attending a ceremony with its place told is a
// VISIT, two people at one a MEET (event_trig_attend.go); speaking to a
// named assembly is a MEET with it (event_trig_address.go); shaking hands
// or dining with a named party is a MEET (event_trig_withmeet.go). Each
// has a near sentence the family must leave alone.
func TestGatheringTriggers(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a funeral attended abroad",
			text: "Polish President Lech Kaczynski attended the funeral of the former king in Brussels on Saturday.",
			want: []string{"VISIT attended the funeral [Brussels:PATIENT Lech Kaczynski:AGENT]"},
		},
		{
			// near: no place told, no one else there
			name:   "a ceremony with no place",
			text:   "Polish President Lech Kaczynski attended the ceremony on Saturday.",
			absent: []string{"VISIT", "MEET"},
		},
		{
			name: "two leaders at a ceremony",
			text: "Brazilian President Luiz Inacio Lula da Silva and Bolivian President Evo Morales attended a ceremony Friday in the Bolivian town of Yacuiba.",
			want: []string{"MEET attended a ceremony [Evo Morales:PARTICIPANT Luiz Inacio Lula da Silva:PARTICIPANT]"},
		},
		{
			name: "an address to a named council",
			text: "Foreign Minister Sergei Lavrov told the U.N. Security Council Tuesday that the sanctions must end.",
			want: []string{"MEET told [Sergei Lavrov:PARTICIPANT U.N. Security Council:PARTICIPANT]"},
		},
		{
			// near: a newspaper is told, no assembly
			name:   "told a newspaper",
			text:   "Foreign Minister Sergei Lavrov told the Washington Post Tuesday that the sanctions must end.",
			absent: []string{"MEET"},
		},
		{
			name: "hands shaken",
			text: "Pakistani President Pervez Musharraf shook hands with Indian Prime Minister Manmohan Singh on Sunday.",
			want: []string{"MEET shook hands [Manmohan Singh:PARTICIPANT Pervez Musharraf:PARTICIPANT]"},
		},
		{
			// near: hands shaken on a deal, no one named after "with"
			name:   "hands shaken on a deal",
			text:   "Pakistani President Pervez Musharraf shook hands on the deal with a smile on Sunday.",
			absent: []string{"MEET"},
		},
		{
			name: "a dinner with a leader",
			text: "Later Sunday, Mr. Blair had dinner with President Jacques Chirac.",
			want: []string{"MEET dinner [Blair:PARTICIPANT Jacques Chirac:PARTICIPANT]"},
		},
	})
}

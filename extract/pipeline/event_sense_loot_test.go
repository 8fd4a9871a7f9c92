package pipeline

import "testing"

// TestLootingSense: looting is theft, not a protest; rioting is one.
func TestLootingSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "looting in a list of harms",
			text: "Sudan accused Chad of massacring civilians, looting and destruction in its opening argument at the International Court of Justice.",
			// the massacring is the accusation's content (event_unreal_accusedobj.go)
			absent: []string{"PROTEST", "ATTACK"},
		},
		{
			name: "rioting",
			text: "Hundreds of Sudanese rioted in Khartoum on Monday.",
			want: []string{"PROTEST rioted [Sudan:AGENT]"},
		},
	})
}

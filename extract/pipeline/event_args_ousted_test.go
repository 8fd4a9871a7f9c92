package pipeline

import "testing"

// TestProtestOusts: a protest noun that brought a leader down has him as
// its target; a protest beside another clause's ouster does not.
func TestProtestOusts(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "protests forced the king",
			text: "Parliament was restored after last month's pro-democracy protests, which forced King Birendra to give up total control of the government.",
			want: []string{"PROTEST protests [Birendra:PATIENT]"},
		},
		{
			name: "led to the downfall of",
			text: "Weeks later, mass protests led to the downfall of Georgia's Prime Minister Zurab Nogaideli.",
			want: []string{"PROTEST protests [Zurab Nogaideli:PATIENT]"},
		},
		{
			name:   "another clause ousts",
			text:   "Protests broke out in Bangkok, and the army ousted Prime Minister Thaksin Shinawatra.",
			absent: []string{"PROTEST"},
		},
	})
}

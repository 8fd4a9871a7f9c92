package pipeline

import "testing"

// TestBoardMeeting: a company's board or shareholders meeting among
// themselves is no MEET; a board that meets someone named, and a board of
// no company, are kept.
func TestBoardMeeting(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "board met", text: "The Halvor Corp board met in Denver on Tuesday to review the takeover offer.", absent: []string{"MEET"}},
		{name: "directors will meet", text: "Directors of Brandt Inc will meet Thursday to consider the merger proposal.", absent: []string{"MEET"}},
		{name: "shareholders at a meeting", text: "Kestrel Co said its shareholders approved the merger at a meeting held on Friday.", absent: []string{"MEET"}},
		{name: "board meets someone", text: "The Halvor Corp board met Prime Minister John Ellis in London on Tuesday.", want: []string{"MEET met [Halvor Corp:PARTICIPANT John Ellis:PARTICIPANT]"}},
	})
}

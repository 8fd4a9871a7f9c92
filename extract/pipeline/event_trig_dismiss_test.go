package pipeline

import "testing"

// TestLeavingOffice pins the ways news tells leaving or losing a post
// (cameo curated.go's "quit", "stand down", "step aside", "abdicate",
// "ouster", and event_trig_dismiss.go's dismissals).
func TestLeavingOffice(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "quit as",
			text: "Trade Minister Peter Mandelson quit as party chairman on Tuesday.",
			want: []string{"RESIGNATION quit [Peter Mandelson:AGENT]"},
		},
		{
			name:   "quits shares",
			text:   "Oil tycoon Roman Abramovich quits Sibneft shares in a surprise sale.",
			absent: []string{"RESIGNATION"},
		},
		{
			name: "stood down",
			text: "Iain Duncan Smith stood down as party leader on Thursday.",
			want: []string{"RESIGNATION stood down [Iain Duncan Smith:AGENT]"},
		},
		{
			name: "ouster",
			text: "The ouster of Kurmanbek Bakiyev angered his supporters in the south.",
			want: []string{"RESIGNATION ouster [Kurmanbek Bakiyev:PARTICIPANT]"},
		},
		{
			name: "fired an official",
			text: "President Boris Yeltsin fired his security chief Alexander Korzhakov on Thursday.",
			want: []string{"RESIGNATION fired [Alexander Korzhakov:PATIENT Boris Yeltsin:AGENT]"},
		},
		{
			name: "sacked passive",
			text: "Jose Mourinho has been sacked as manager of the club.",
			want: []string{"RESIGNATION sacked [Jose Mourinho:PATIENT]"},
		},
		{
			name:   "dismissed as",
			text:   "President Vladimir Putin dismissed the reports as nonsense on Friday.",
			absent: []string{"RESIGNATION"},
		},
		{
			name:   "replaced ousted prime minister",
			text:   "Alan Dukes, who replaced ousted Prime Minister Garret Fitzgerald as party leader, backed the budget.",
			absent: []string{"RESIGNATION ousted"},
		},
		{
			name:   "case dismissed",
			text:   "The fraud case against financier Ivan Boesky was dismissed by a federal court.",
			absent: []string{"RESIGNATION"},
		},
		{
			name:   "fired tear gas",
			text:   "Police fired tear gas at supporters of Raila Odinga in Nairobi.",
			absent: []string{"RESIGNATION"},
		},
	}
	checkEventCases(t, p, cases)
}

package pipeline

import "testing"

// TestCoordinateSubject pins the subject a verb of asking shares with the
// verb "and" joins it to (event_args_andverb.go), and the shapes that share
// none; the sentences are made up in the shape of news.
func TestCoordinateSubject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{name: "committee of a state", text: "The defence committee of Kenya's national assembly has condemned the raids on the border and urged the international community to press Somalia to halt the raids.",
			want: []string{"APPEAL urged [Kenya:AGENT]"}},
		{name: "rejected and demanded", text: "Last month, Nigeria rejected its assigned oil quota and demanded a larger share.",
			want: []string{"DEMAND demanded [Nigeria:AGENT]"}},
		{name: "said he was and urged", text: "IMF chief Rodrigo Rato said he was worried about the deficit and urged the government to cut spending.",
			want: []string{"APPEAL urged [Rodrigo Rato:AGENT]"}},
		{name: "no named subject of its own", text: "The fire destroyed five tanks and threatened four others, a Total spokesman said.",
			absent: []string{"THREATEN threatened [Total:AGENT]"}},
		{name: "relative clause", text: "Lawmakers who visited Gaza and urged Israel to lift the blockade were criticised by Avigdor Lieberman.",
			absent: []string{"APPEAL urged [Avigdor Lieberman:AGENT Israel:PATIENT]", "APPEAL urged [Avigdor Lieberman:AGENT]"}},
	}
	checkEventCases(t, p, cases)
}

package pipeline

import "testing"

// TestPossessiveDescriptions pins the person a country's possessive
// description names (roles_possdesc.go), and the person it must not take;
// the sentences are made up in the shape of news.
func TestPossessiveDescriptions(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{name: "named in the next sentence", text: "Peru's president has urged Congress to approve the budget.\n\nPresident Alan Garcia told reporters in Lima the delay was costly.",
			want: []string{"APPEAL urged [Alan Garcia:AGENT Congress:PATIENT]"}},
		{name: "named before, with the body", text: "Chilean President Michelle Bachelet opened the session on Monday.\n\nChile's president urged lawmakers to approve the pension reform.",
			want: []string{"APPEAL urged [Michelle Bachelet:AGENT]"}},
		{name: "another named in the same sentence", text: "Japan's foreign minister is in Kabul on an unannounced visit to meet with Foreign Minister Rangin Dadfar Spanta.",
			absent: []string{"VISIT is in [Rangin Dadfar Spanta:AGENT]", "VISIT visit [Rangin Dadfar Spanta:AGENT]"}},
		{name: "a title held for another country", text: "French President Nicolas Sarkozy arrived in Algiers on Monday.\n\nAlgeria's president urged France to recognise its colonial past.",
			absent: []string{"APPEAL urged [Nicolas Sarkozy:AGENT France:PATIENT]", "APPEAL urged [France:PATIENT Nicolas Sarkozy:AGENT]"}},
	}
	checkEventCases(t, p, cases)
}

package pipeline

import "testing"

// TestAmongVictims pins the reading of victims listed against a toll
// (event_args_among.go): each case is a short story written for the test.
func TestAmongVictims(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "among the dead were",
			text: "Officials in Kabul gave new figures on Friday.\n\nAmong the dead were six Canadian soldiers and two Afghan interpreters.",
			want: []string{"DEATH dead [Afghanistan:PATIENT Canada:PATIENT]"},
		},
		{
			name: "a person among those killed",
			text: "A roadside bomb exploded in the northwest of the country.\n\nA senior tribal elder, Hamid Qadir, was among those killed when the bomb went off near his car.",
			// (seventeenth session: the victim joins the bombing told just
			// before, one attack, rather than a killing of its own;
			// event_args_victims.go)
			want:   []string{"ATTACK exploded [Hamid Qadir:PATIENT]"},
			absent: []string{"ATTACK killed"},
		},
		{
			name: "the list joins the report told before",
			text: "Russian police detained dozens of opposition activists on Saturday.\n\nVeteran campaigner Olga Petrova was among those arrested.",
			want: []string{"ARREST detained [Olga Petrova:PATIENT Russia:AGENT]"},
		},
		{
			name:   "a place is no victim",
			text:   "Heavy rain fell for a week.\n\nAmong the dead were several farmers in Kandahar.",
			absent: []string{"DEATH"}, // (no one named: the toll goes without participants)
		},
	}
	checkEventCases(t, p, cases)
}

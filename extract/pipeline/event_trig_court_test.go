package pipeline

import "testing"

// TestCourtDecided pins a court's or judge's decision verbs read as a
// TRIAL, and the same verbs with no court as their subject left alone
// (event_trig_court.go).
func TestCourtDecided(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "court fined",
			text: "A Turkish court has fined novelist Orhan Pamuk for insulting the nation.",
			want: []string{"TRIAL fined [Orhan Pamuk:PATIENT Turkey:AGENT]"},
		},
		{
			name: "court overturned, with a day between",
			text: "Kenya's High Court on Tuesday overturned the election of lawmaker William Ruto.",
			want: []string{"TRIAL overturned [William Ruto:PATIENT]"},
		},
		{
			name: "court threw out",
			text: "The Supreme Court threw out the results of the November runoff.",
			want: []string{"TRIAL threw out [Supreme Court:AGENT]"},
		},
		{
			name: "ruled that a person",
			text: "A Spanish court ruled last week that Ali Hassan should be extradited to Morocco.",
			want: []string{"TRIAL ruled [Ali Hassan:PATIENT Spain:AGENT]"},
		},
		{
			name: "court blocked a vote",
			text: "Peru's constitutional court has blocked a referendum on the new mining law.",
			want: []string{"TRIAL blocked [Peru:AGENT]"},
		},
		{
			name:   "police blocked a road",
			text:   "Peruvian police blocked the road to the mine on Monday.",
			absent: []string{"TRIAL"},
		},
		{
			name: "court approved a law",
			text: "Ecuador's Constitutional Court has approved a law that lets mayors serve a third term.",
			want: []string{"TRIAL approved [Ecuador:AGENT]"},
		},
		{
			name:   "parliament approved a law",
			text:   "Ecuador's parliament approved a law that lets mayors serve a third term.",
			absent: []string{"TRIAL"},
		},
		{
			name:   "a ruling still to come",
			text:   "Senator Riegle said action should wait until the Supreme Court ruled on the case of Microsoft.",
			absent: []string{"TRIAL ruled"},
		},
		{
			name:   "the court as an object",
			text:   "Last month the High Court ordered the military tribunal suspended, Uganda's lawyers said.",
			absent: []string{"TRIAL suspended"},
		},
		{
			name:   "no court",
			text:   "The Bank of England ruled out a cut in interest rates, and Barclays fined its traders.",
			absent: []string{"TRIAL"},
		},
	}
	checkEventCases(t, p, cases)
}

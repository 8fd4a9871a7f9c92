package pipeline

import "testing"

// TestJailTerm pins jailing for a term, an offence or beside a fine read
// as a SENTENCE (event_trig_jailed.go).
func TestJailTerm(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name:   "jailed for years",
			text:   "Egyptian blogger Abdel Kareem Nabil has been jailed for four years for insulting Islam.",
			want:   []string{"SENTENCE jailed [Abdel Kareem Nabil:PATIENT]"},
			absent: []string{"ARREST"},
		},
		{
			name:   "jailed and fined",
			text:   "Journalist Eynulla Fatullayev was jailed and fined for his articles.",
			want:   []string{"SENTENCE jailed [Eynulla Fatullayev:PATIENT]"},
			absent: []string{"ARREST"},
		},
		{
			name:   "jailed by a government",
			text:   "Activist Liu Xiaobo was jailed by Chinese authorities in Beijing.",
			absent: []string{"SENTENCE"},
		},
	}
	checkEventCases(t, p, cases)
}

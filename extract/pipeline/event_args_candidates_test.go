package pipeline

import "testing"

// TestElectionCandidates: an election's candidates are named by what the
// count gives them or by the word "candidate", in any sentence that reports
// it; others named beside the election are not candidates.
func TestElectionCandidates(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "share of the vote, apposition, share for the rival",
			text: "Results of Sunday's presidential election in Zambia were released on Tuesday. Mr. Sata, a former minister, received 43 percent of the vote, compared with 38 percent for Mr. Hichilema.",
			want: []string{"ELECTION election [Hichilema:PARTICIPANT Sata:PARTICIPANT Zambia:PARTICIPANT]"},
		},
		{
			name: "candidate noun, the lead over a rival",
			text: "Zambia's election commission says ruling party candidate Rupiah Banda is leading Michael Sata with 40 percent of the vote in the presidential election.",
			want: []string{"ELECTION election [Michael Sata:PARTICIPANT Rupiah Banda:PARTICIPANT Zambia:PARTICIPANT]"},
		},
		{
			name: "a day between the party and its victory",
			text: "Mr. Brown's Labor Party on Thursday won a fourth straight general election victory in Britain.",
			want: []string{"ELECTION election [Brown:PARTICIPANT Labor Party:PARTICIPANT]"},
		},
		{
			name: "a news agency after the rival is the source",
			text: "The Liberal party easily won the Truro by-election with almost twice as many votes as its nearest rival, the Press Association news agency reported.",
			want: []string{"ELECTION by-election [Liberal:PARTICIPANT]"},
		},
		{
			name: "an observer is no candidate",
			text: "Observers led by Jimmy Carter said the presidential election in Zambia on Sunday was fair.",
			want: []string{"ELECTION election [Zambia:PARTICIPANT]"},
		},
	})
}

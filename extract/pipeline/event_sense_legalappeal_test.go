package pipeline

import "testing"

// TestLegalAppeal pins legal appeals, appeals to an umpire and a season's
// "campaign" opened as no APPEAL (event_sense_legalappeal.go,
// event_trig_speech.go), each beside an appeal told with the same words.
// Sentences written for the test.
func TestLegalAppeal(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "an appeal against a ban",
			text:   "Cyclist Maria Lopez has lodged an appeal against her two-year doping suspension.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a judge rejects an appeal",
			text:   "But Justice Helen Wright rejected Kamara's appeal, saying the extradition could go ahead.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a petition to appeal",
			text:   "A judge, Peter Okello, granted their petition to appeal to Uganda's Supreme Court.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "an appeal to the umpire",
			text:   "Pakistan's total reached 210 after the umpires turned down Shane Warne's appeal for Inzamam to be out lbw.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a season's campaign opened",
			text:   "Roger Federer opened his 2005 campaign with a 6-2 6-3 victory over Lleyton Hewitt on Monday.",
			absent: []string{"APPEAL"},
		},
		{
			name: "a group rejects an appeal for calm: still an appeal",
			text: "Hamas rejected President Abbas's appeal for calm.",
			want: []string{"APPEAL appeal [Abbas:AGENT Hamas:PATIENT]"},
		},
		{
			name: "a justice minister appeals to rebels: still an appeal",
			text: "Sudan's Justice Minister Ali Osman appealed to the rebels to lay down their arms.",
			want: []string{"APPEAL appealed [Ali Osman:AGENT]"},
		},
		{
			name: "donors asked for money: still an appeal",
			text: "The United Nations appealed to donors for $50 million to help flood victims in Pakistan.",
			want: []string{"APPEAL appealed [United Nations:AGENT]"},
		},
	})
}

// TestFollowedRequest pins the one asked by a request told as what an act
// followed: the act's doer, or its reporter when the act is passive
// (event_args_followedrequest.go); a request followed by an act no one is
// named for stays dropped. Sentences written for the test.
func TestFollowedRequest(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an act done following a request",
			text: "Japan freed the two fishermen after a request from Russia.",
			want: []string{"APPEAL request [Japan:PATIENT Russia:AGENT]"},
		},
		{
			name: "a passive act: its reporter was asked",
			text: "Syrian officials say the prisoners were released following a request from Jordan.",
			want: []string{"APPEAL request [Jordan:AGENT Syria:PATIENT]"},
		},
		{
			name:   "no one named for the act",
			text:   "The release followed a request from Carl Bildt, the envoy of the monitors.",
			absent: []string{"APPEAL"},
		},
	})
}

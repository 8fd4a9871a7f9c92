package pipeline

import "testing"

// TestArrestWarrant pins the reading of an arrest warrant's issuer and
// target (event_args_warrant.go): each case is a sentence written for the test.
func TestArrestWarrant(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a court issues warrants",
			text: "The Spanish National Court has issued arrest warrants for Ahmed Nour and two other men.",
			want: []string{"ARREST arrest [Ahmed Nour:PATIENT Spanish National Court:AGENT]"},
		},
		{
			name: "an unnamed issuer",
			text: "The tribunal has issued arrest warrants for Ahmed Nour and two other men.",
			want: []string{"ARREST arrest [Ahmed Nour:PATIENT]"},
		},
	}
	checkEventCases(t, p, cases)
}

package pipeline

import "testing"

// TestSuccessorTaken pins a successor told by "succeed" or "replace"
// (event_trig_succeed.go): the one who takes the post is put in office;
// replacing a thing, a player or an actor's role is none.
func TestSuccessorTaken(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "who succeeded the late X",
			text: "Kenyan leader Daniel Moi, who succeeded the late Jomo Kenyatta in 1978, ruled for 24 years.",
			want: []string{"APPOINTMENT succeeded [Daniel Moi:PATIENT]"},
		},
		{
			name: "will replace the prime minister",
			text: "Officials say the finance minister, Ivan Petrov, will replace the prime minister next week.",
			want: []string{"APPOINTMENT replace [Ivan Petrov:PATIENT]"},
		},
		{
			name:   "replace a thing",
			text:   "The Bulgarian government will replace the old reactor at Kozloduy next year.",
			absent: []string{"APPOINTMENT"},
		},
		{
			name:   "a player replaced",
			text:   "Scotland made one change, with Simon Hart replacing Andrew Black on the wing.",
			absent: []string{"APPOINTMENT"},
		},
	}
	checkEventCases(t, p, cases)
}

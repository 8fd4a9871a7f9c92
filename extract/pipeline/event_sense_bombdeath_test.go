package pipeline

import "testing"

// TestBombDeath: a death told with the bomb that caused it is a killing
// (ATTACK); a death of a heart attack stays a DEATH.
func TestBombDeath(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "roadside bomb", text: "A Canadian soldier died when a roadside bomb struck his patrol near Kandahar on Sunday.", want: []string{"ATTACK died [Canada:PATIENT]"}, absent: []string{"DEATH"}},
		{name: "heart attack", text: "Former Canadian prime minister Pierre Trudeau died of a heart attack at his home in Montreal on Sunday.", want: []string{"DEATH died [Pierre Trudeau:PATIENT]"}},
	})
}

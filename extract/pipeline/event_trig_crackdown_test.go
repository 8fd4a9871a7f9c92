package pipeline

import "testing"

// TestCrackdownIsAttack: a state's violent crackdown, or its crackdown on
// protest, is an ATTACK by that state; a crackdown on corruption and a
// crackdown that only tells how arrests were made are not.
func TestCrackdownIsAttack(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "a people's crackdown on demonstrators", text: "Sanctions were imposed after the Burmese crackdown on pro-democracy demonstrators in Rangoon in 1988.",
			want: []string{"ATTACK crackdown [Burma:AGENT]"}},
		{name: "a state's deadly crackdown", text: "The diplomat resigned to protest Syria's deadly crackdown on opposition protesters last month.",
			want: []string{"ATTACK crackdown [Syria:AGENT]"}},
		{name: "a government's crackdown", text: "Aid was suspended after the Zimbabwean government's brutal crackdown on opposition marchers in Harare.",
			want: []string{"ATTACK crackdown [Zimbabwe:AGENT]"}},
		{name: "a crackdown on corruption", text: "The Nigerian government is widening its crackdown on corruption.",
			absent: []string{"ATTACK"}},
		{name: "arrested in a crackdown", text: "Police have detained more than 50 students in a crackdown on recent protests, Belarus's opposition says.",
			absent: []string{"ATTACK crackdown"}},
	})
}

package pipeline

import "testing"

// TestCallNounSense: a call from someone for something is an appeal, a
// call rejected with nothing after it is no phone call, and a telephone
// call stays one.
func TestCallNounSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "call from X for", text: "Serbia has rejected a call from the European Union for a new inquiry into the killings.", absent: []string{"PHONE_CALL"}},
		{name: "call from X to", text: "Sudan's President Omar al-Bashir has rejected a call from Chad's government to begin talks on the border.", absent: []string{"PHONE_CALL"}},
		{name: "rejected the call", text: "The Kenyan electoral commission and Kenya's High Court have rejected the call as unlawful.", absent: []string{"PHONE_CALL"}},
		{name: "telephone call", text: "President Bush made a telephone call to Russian President Vladimir Putin on Tuesday.", want: []string{"PHONE_CALL telephone call [Bush:PARTICIPANT Vladimir Putin:PARTICIPANT]"}},
	})
}

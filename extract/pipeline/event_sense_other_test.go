package pipeline

import "testing"

// TestShowingSense: "demonstrated how" shows something; people who
// demonstrated against a plan protest.
func TestShowingSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "demonstrated how", text: "Microsoft demonstrated how its new software could stop viruses.", absent: []string{"PROTEST"}},
		{name: "demonstrated why", text: "But the former Arsenal striker Henry demonstrated why he has never scored against Chelsea.", absent: []string{"PROTEST"}},
		{name: "demonstrated against", text: "Thousands of Kenyans demonstrated against the new constitution in Nairobi on Monday.", want: []string{"PROTEST demonstrated [Kenya:AGENT]"}},
	})
}

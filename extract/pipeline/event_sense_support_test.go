package pipeline

import "testing"

// TestSupportSense: backing sanctions is support, no threat; a statement
// issued is no demand. A threat of sanctions and a demand issued stay.
func TestSupportSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "backed sanctions", text: "The European Union on Monday backed sanctions by the African Union against Togo.", absent: []string{"THREATEN"}},
		{name: "threatened sanctions", text: "France threatened Togo with sanctions on Monday.", want: []string{"THREATEN threatened [France:AGENT Togo:PATIENT]"}},
		{name: "issued a statement", text: "A group of retired Chinese officials issued a joint statement criticizing the government for its censorship.", absent: []string{"DEMAND"}},
		{name: "issued a demand", text: "The Chinese Foreign Ministry issued a demand that Japan apologize.", want: []string{"DEMAND demand [Japan:PATIENT]"}},
	})
}

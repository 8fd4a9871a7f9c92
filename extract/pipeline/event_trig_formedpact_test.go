package pipeline

import "testing"

// TestPactFormed: forming a partnership, a coalition or a joint venture
// with a named other side is an AGREEMENT between the two; one forming a
// coalition government alone is none.
func TestPactFormed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "joint venture", text: "Toyota has formed a joint venture with Peugeot to build small cars in the Czech Republic.",
			want: []string{"AGREEMENT formed a joint venture [Peugeot:PARTICIPANT Toyota:PARTICIPANT]"}},
		// near sentences: no other side named after "with"; a body formed alone
		{name: "venture with headquarters", text: "Toyota has formed a joint venture with headquarters in Prague.",
			absent: []string{"AGREEMENT formed a joint venture"}},
		{name: "coalition alone", text: "The Democrat Party formed a new coalition government after the court ruling.",
			absent: []string{"AGREEMENT"}},
	})
}

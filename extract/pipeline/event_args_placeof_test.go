package pipeline

import "testing"

// TestPlaceOfObject: a visit's object "the city of X" names X as the place
// visited.
func TestPlaceOfObject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "visited the city of X",
			text: "Merkel also visited the nearby city of Rotterdam on Friday.",
			want: []string{"VISIT visited [Merkel:AGENT Rotterdam:PATIENT]"},
		},
	})
}

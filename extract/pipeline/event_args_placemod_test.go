package pipeline

import "testing"

// TestQualifierPlaces: a visit reaches the place a place noun names, not
// the country that qualifies the noun.
func TestQualifierPlaces(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a country's state of X",
			text: "President Bush is to visit the western U.S. state of Arizona Monday to give a speech.",
			want: []string{"VISIT visit [Arizona:PATIENT Bush:AGENT]"},
		},
		{
			name: "a country's capital, X",
			text: "Mr. Kutesa has departed Congo's capital, Kinshasa, following talks with President Joseph Kabila.",
			want: []string{"VISIT departed [Kinshasa:PATIENT Kutesa:AGENT]"},
		},
	})
}

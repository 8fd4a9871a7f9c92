package pipeline

import "testing"

// TestFold14 pins the guard decisions narrowed in the thirteenth session
// after the guard audit (eval events --guards). Each case is a short story
// written for the test, with the false event the guard must still remove.
func TestFold14(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "was able to travel: the trip was made",
			text: "Officials said that U.N. envoy Lakhdar Brahimi was able to travel to Kabul early this month.",
			want: []string{"VISIT travel [Kabul:PATIENT Lakhdar Brahimi:AGENT]"},
		},
		{
			name: "had been able to meet: the meeting took place",
			text: "Officials said that Egyptian President Hosni Mubarak had been able to meet Israeli Prime Minister Ehud Olmert in Cairo.",
			want: []string{"MEET meet [Ehud Olmert:PARTICIPANT Hosni Mubarak:PARTICIPANT]"},
		},
		{
			name:   "will be able to travel is still to come",
			text:   "Officials said that U.N. envoy Lakhdar Brahimi will be able to travel to Kabul early next month.",
			absent: []string{"VISIT"},
		},
		{
			name:   "was not able to travel is denied",
			text:   "Officials said that U.N. envoy Lakhdar Brahimi was not able to travel to Kabul early this month.",
			absent: []string{"VISIT"},
		},
		{
			name:   "a purpose infinitive is still a purpose",
			text:   "The United Nations sent envoy Lakhdar Brahimi to Islamabad to travel to Kabul.",
			absent: []string{"VISIT travel"},
		},
	})
}

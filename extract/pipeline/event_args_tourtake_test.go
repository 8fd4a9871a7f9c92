package pipeline

import "testing"

// TestTourTakes: a tour "that will also take" a person to places is one
// VISIT of that person per place; a tour taking something else is left
// alone.
func TestTourTakes(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a tour takes him to places",
			text: "Japanese Foreign Minister Taro Aso met Indonesian officials in Jakarta on Sunday. Mr. Aso is on an Asian tour that will also take him to Thailand and Cambodia.",
			want: []string{
				"VISIT tour [Taro Aso:AGENT Thailand:PATIENT]",
				"VISIT tour [Cambodia:PATIENT Taro Aso:AGENT]",
			},
		},
		{
			// near: what the tour takes is no person named
			name:   "a tour takes its musicians",
			text:   "Japanese Foreign Minister Taro Aso met Indonesian officials in Jakarta on Sunday. The orchestra is on an Asian tour that will also take its musicians to Thailand and Cambodia.",
			absent: []string{"VISIT"},
		},
	})
}

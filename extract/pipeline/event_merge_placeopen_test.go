package pipeline

import "testing"

// TestPlaceOpened: an attack told in a sentence opened by its own place is
// a new item of the bulletin; the same sentence pointing back to "the
// blast" is the attack before, and so is one with no fronted place.
func TestPlaceOpened(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "in western Baghdad",
			text: "Gunmen killed two Iraqi policemen in Kirkuk on Monday. In western Baghdad, a roadside bomb killed an Iraqi soldier.",
			want: []string{"ATTACK killed=*@0", "ATTACK killed=*@1"},
		},
		{
			name: "north of the capital",
			text: "Gunmen killed two Iraqi policemen in Kirkuk on Monday. North of the capital, a roadside bomb killed an Iraqi soldier.",
			want: []string{"ATTACK killed=*@0", "ATTACK killed=*@1"},
		},
		{
			// near: the sentence points back to the blast told before
			name: "the blast points back",
			text: "Gunmen killed two Iraqi policemen in Kirkuk on Monday. In Baghdad, police said the blast killed an Iraqi soldier.",
			want: []string{"ATTACK killed=*@0,1"},
		},
		{
			// near: no fronted place
			name: "no fronted place",
			text: "Gunmen killed two Iraqi policemen in Kirkuk on Monday. A roadside bomb killed an Iraqi soldier.",
			want: []string{"ATTACK killed=*@0,1"},
		},
	})
}

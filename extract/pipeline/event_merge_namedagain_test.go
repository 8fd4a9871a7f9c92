package pipeline

import "testing"

// TestNamedAgain: an event told by its countries and, in the next sentence,
// by the people who acted for them is one event; a doer alone told again
// (another appeal of his) and a new item stay apart.
func TestNamedAgain(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "countries then their ministers agreed",
			text: "Brazil and Chile have agreed to build a gas pipeline across the Andes.\n\n" +
				"Brazilian Energy Minister Carlos Mendes and his Chilean counterpart, Jorge Ruiz, agreed during talks Monday in Santiago to form a joint company to run it.",
			want: []string{"AGREEMENT agreed=*@0,1"},
		},
		{
			name: "headline appeal then its speaker",
			text: "Peru urges reform of the Andean trade pact.\n\n" +
				"Peruvian President Luis Moreno has called for a reform of the Andean trade pact to ease tariffs.",
			want: []string{"APPEAL urges=*@0,1"},
		},
		{
			// near: the later appeal names its doer only, the first one a
			// target too: perhaps the same man's next appeal
			name: "doer alone",
			text: "Peru has called on Bolivia to lower tariffs on Peruvian goods.\n\n" +
				"Peruvian President Luis Moreno urged a reform of the customs service.",
			want: []string{"APPEAL called=*@0", "APPEAL urged=*@1"},
		},
		{
			// near: "Separately," opens another item
			name: "separately",
			text: "Germany and Poland have agreed to build a new bridge across the Oder river.\n\n" +
				"Separately, German Chancellor Helmut Weber and Polish President Jan Nowak agreed Monday to share the cost of a new road.",
			want: []string{"AGREEMENT agreed=*@0", "AGREEMENT agreed=*@1"},
		},
	})
}

package pipeline

import "testing"

// TestNamedDefendant: a court story's lead describes the defendant by
// office and the next sentence names them as the object of the verdict,
// after "identified as", or as the one who pleaded; a name there in
// another part leaves the description alone.
func TestNamedDefendant(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "described by office, named as the verdict's object",
			text: "A Kenyan court has sentenced a former district administrator to ten years in prison for fraud. " +
				"The High Court in Nairobi, sitting in a special session, found Joseph Kamau guilty of embezzling public funds.",
			want: []string{"SENTENCE sentenced [Joseph Kamau:PATIENT Kenya:AGENT]"},
		},
		{
			name: "named as the one who pleaded",
			text: "A Dutch court has convicted a former army sergeant of selling state secrets. " +
				"In a deal with prosecutors, Pieter de Wit pleaded guilty to two counts of espionage.",
			want: []string{"TRIAL convicted [Netherlands:AGENT Pieter de Wit:PATIENT]"},
		},
		{
			name: "a name in another part of the next sentence: abstain",
			text: "A Kenyan court has sentenced a former district administrator to ten years in prison for fraud. " +
				"The ruling was welcomed by anti-corruption campaigner John Githongo, who said it was overdue.",
			want: []string{"SENTENCE sentenced [Kenya:AGENT]"},
		},
	})
}

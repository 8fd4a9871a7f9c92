package pipeline

import "testing"

// TestArrestSharedPatterns pins arrests that CAMEO's APPREHEND block read
// by another verb's pattern ("* PART" of "take part", "* OVER
// &INVESTIGATION" of "take over"), and "re-arrested"; the sentences are
// written for the test (fourteenth session).
func TestArrestSharedPatterns(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "arrested as part of an investigation",
			text: "Former minister Juan Carlos Ortiz was arrested Tuesday as part of an investigation into public contracts.",
			want: []string{"ARREST arrested [Juan Carlos Ortiz:PATIENT]"},
		},
		{
			name: "re-arrested",
			text: "Egyptian police re-arrested opposition leader Ayman Nour on Friday.",
			want: []string{"ARREST re-arrested [Ayman Nour:PATIENT Egypt:AGENT]"},
		},
		{
			name:   "taking part is no arrest",
			text:   "Pakistani troops took part in a joint exercise with Chinese forces on Tuesday.",
			absent: []string{"ARREST"},
		},
	})
}

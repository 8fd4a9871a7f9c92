package pipeline

import "testing"

// TestInsideParts pins the readers of a participant named inside the
// phrase after its trigger (an attack's target, a protest's cause): each
// case is a sentence written for the test.
func TestInsideParts(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the target's owner",
			text: "A gunman killed a driver of Kenya's state-run bus company on Monday.",
			want: []string{"ATTACK killed [Kenya:PATIENT]"},
		},
		{
			name: "a nationality on the target after an attack noun's preposition",
			text: "Police say a bomb blast outside the Turkish consulate wounded two guards.",
			want: []string{"ATTACK blast [Turkey:PATIENT]"},
		},
		{
			name: "the target's group after for",
			text: "Masked gunmen stormed a hostel for European Union monitors near the border.",
			want: []string{"ATTACK stormed [European Union:PATIENT]"},
		},
		{
			name: "the convoy the guards escort",
			text: "A suicide bomber killed three guards escorting a NATO convoy on the highway.",
			want: []string{"ATTACK killed [NATO:PATIENT]"},
		},
		{
			// a city is where the attack struck (the Guideline's location)
			name:   "a city",
			text:   "Investigators are still studying the attack on Mumbai last year.",
			absent: []string{"ATTACK attack [Mumbai:PATIENT]"},
		},
		{
			// the phrase names another event, not what was struck
			name:   "a meeting after at",
			text:   "Senior lawmakers raised concerns about infighting at the weekly meeting of Liberal Party backbenchers.",
			absent: []string{"ATTACK infighting [Liberal Party:PATIENT]"},
		},
		{
			name: "an attack noun before death of",
			text: "An inquiry found that police were responsible for the shooting death of a Brazilian student.",
			want: []string{"ATTACK shooting [Brazil:PATIENT]"},
		},
		{
			name: "a rally in support of someone",
			text: "About 300 veterans held a rally in Ottawa to show support for Prime Minister Stephen Harper.",
			want: []string{"PROTEST rally [Stephen Harper:PATIENT]"},
		},
		{
			name:   "a place after in",
			text:   "Suicide bombers attacked two police stations in northwest Nigeria.",
			absent: []string{"Nigeria:PATIENT"},
		},
	})
}

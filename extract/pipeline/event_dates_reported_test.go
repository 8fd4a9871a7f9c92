package pipeline

import "testing"

// TestEventDatesReported: an event told in a report whose day is named, and
// dated nowhere else, takes the report's day (the guideline's reading); one
// the report only recalls or expects stays undated.
func TestEventDatesReported(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "said that, past perfect",
			text: "The Kenyan army said Tuesday that police had arrested 40 rebels near the border.",
			want: []string{"ARREST arrested=2007-06-12@0"},
		},
		{
			name: "announced that",
			text: "Ugandan officials announced Monday that soldiers arrested a rebel commander in Gulu.",
			want: []string{"ARREST arrested=2007-06-11@0"},
		},
		{
			// near: the report's day is of the inquiry, not of the arrest it followed
			name: "verb between",
			text: "The inquiry announced Monday was opened after Kenyan police arrested the opposition leader Raila Odinga in Nairobi.",
			want: []string{"ARREST arrested=@0"},
		},
		{
			// near: an event noun after a preposition is a thing named, not news
			name: "noun after preposition",
			text: "Kenyan officials said Monday the government remains committed to the security agreement with Uganda.",
			want: []string{"AGREEMENT agreement=@0"},
		},
		{
			// near: a modal tells what is still to come
			name: "modal between",
			text: "Officials said Wednesday that Odinga would be freed to negotiate with Kenyan leaders about launching talks with the government.",
			want: []string{"NEGOTIATE talks=@0"},
		},
	})
}

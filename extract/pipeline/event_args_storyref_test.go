package pipeline

import "testing"

// TestStoryRefRebels: "the rebels" (or "the militants") with no name of its
// own is the one armed group the story named before it; with two armed
// groups named the reader abstains.
func TestStoryRefRebels(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "one armed group named before",
			text: "Officials in Sudan say rebels known as the Northern Alliance have set up camps in the hills. " +
				"Khartoum has sent more troops to the area. " +
				"On Friday the rebels attacked a police station near Kassala.",
			want: []string{"ATTACK attacked [Northern Alliance:AGENT]"},
		},
		{
			name: "object: the militant group named before",
			text: "The militant group Islamic Army has claimed a bombing in the north. " +
				"Local residents say the blast destroyed a market. " +
				"Iraqi troops later attacked the militants near Mosul.",
			want: []string{"ATTACK attacked [Iraq:AGENT Islamic Army:PATIENT]"},
		},
		{
			name: "two armed groups: abstain",
			text: "The militant group Islamic Army and the rebel Northern Alliance have both claimed bombings in the north. " +
				"Local residents say the blasts destroyed a market. " +
				"Iraqi troops later attacked the militants near Mosul.",
			want: []string{"ATTACK attacked [Iraq:AGENT]"},
		},
	})
}

// TestStoryRefGovernment: a bare "the government" is the one country the
// story named before it; with two countries named the reader abstains.
func TestStoryRefGovernment(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the story's one country",
			text: "The rebel Movement for Justice and Equality has ended a three-month ceasefire in Sudan. " +
				"Its leader said the truce had brought no progress. " +
				"The government held talks with the rebels in Abuja last year.",
			want: []string{"NEGOTIATE talks [Movement for Justice and Equality:PARTICIPANT Sudan:PARTICIPANT]"},
		},
		{
			name: "two countries: abstain",
			text: "The rebel Movement for Justice and Equality has ended a three-month ceasefire in Sudan, Chad says. " +
				"Its leader said the truce had brought no progress. " +
				"The government held talks with the rebels in Abuja last year.",
			want: []string{"NEGOTIATE talks [Movement for Justice and Equality:PARTICIPANT]"},
		},
	})
}

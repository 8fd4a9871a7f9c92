package pipeline

import "testing"

// TestSettingObject: a meeting that "during" or "at" governs is the setting
// of the act before it, not what a warning or a proposal asks for; a meeting
// demanded or proposed is still unreal.
func TestSettingObject(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "a warning delivered during a meeting",
			text: "A Jordanian official said King Abdullah delivered the warning Monday during a meeting in Amman with Lebanese President Emile Lahoud.",
			want: []string{"MEET meeting [Abdullah:PARTICIPANT Emile Lahoud:PARTICIPANT]"},
		},
		{
			name: "a plan proposed during a meeting",
			text: "The plan was first proposed last year during a meeting in Havana between Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf.",
			want: []string{"MEET meeting [Manmohan Singh:PARTICIPANT Pervez Musharraf:PARTICIPANT]"},
		},
		{
			name:   "near: a meeting proposed is not held",
			text:   "Indian Prime Minister Manmohan Singh proposed a meeting with Pakistani President Pervez Musharraf.",
			absent: []string{"MEET"},
		},
	})
}

// TestPastCause: an infinitive after a cause verb told as done ("led X to
// resign", "was forced to resign") tells an act that happened; a modal or a
// progressive leaves it untold, and "pressured" is no cause.
func TestPastCause(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an active cause with its object",
			text: "The bribery allegations led Kenyan Energy Minister Kiraitu Murungi to resign last week.",
			want: []string{"RESIGNATION resign [Kiraitu Murungi:AGENT]"},
		},
		{
			name: "a passive cause reads the subject of be",
			text: "Kenyan Energy Minister Kiraitu Murungi was forced to resign last week.",
			want: []string{"RESIGNATION resign [Kiraitu Murungi:AGENT]"},
		},
		{
			name:   "near: a modal cause",
			text:   "Kenyan Energy Minister Kiraitu Murungi could be forced to resign.",
			absent: []string{"RESIGNATION"},
		},
		{
			name:   "near: pressure is no cause",
			text:   "Opposition lawmakers pressured Kenyan Energy Minister Kiraitu Murungi to resign.",
			absent: []string{"RESIGNATION"},
		},
	})
}

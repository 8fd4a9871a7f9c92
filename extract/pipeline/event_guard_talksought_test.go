package pipeline

import "testing"

// TestTalksSought: talks that an attempt starts, or that a head waits on or
// pushes for, are not held; talks launched by a finite verb are.
func TestTalksSought(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "struggling to launch",
			text:   "The interim government has been struggling to launch peace talks with Islamists who oppose the decision.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "efforts at the time to restart",
			text:   "The incident underscored tensions surrounding efforts at the time to restart peace talks between Israelis and Palestinians.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "depends upon",
			text:   "Aristide said the date of his return depends upon negotiations between Mr. Preval and the United Nations.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name:   "a last chance to talks",
			text:   "Iranian officials say the order will be delayed to give one last chance to talks with the European Union.",
			absent: []string{"NEGOTIATE"},
		},
		{
			name: "launched by a finite verb",
			text: "The interim government launched peace talks with Islamists in Khartoum on Monday.",
			want: []string{"NEGOTIATE talks [Islamists:PARTICIPANT]"},
		},
	})
}

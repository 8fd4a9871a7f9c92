package pipeline

import "testing"

// TestCommaParticiple: the phrase before a participle phrase set off by
// commas is the subject of the participle and of the verb after it; a
// text's or a non-actor's phrase, a question put ("asked for a reaction")
// and an intransitive past are left alone.
func TestCommaParticiple(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the participle trigger takes the phrase before the comma",
			text: "NATO ambassadors, meeting in Brussels on Tuesday, condemned the bombing.",
			want: []string{"MEET meeting [NATO:PARTICIPANT]"},
		},
		{
			name: "the verb after an -ing phrase",
			text: "Russian Foreign Minister Sergei Lavrov, speaking in Moscow on Monday, called for restraint.",
			want: []string{"APPEAL called [Sergei Lavrov:AGENT]"},
		},
		{
			name: "the verb after a passive with its agent",
			text: "Iraqi troops, backed by U.S. helicopters, arrested 20 suspected insurgents near Tikrit.",
			want: []string{"ARREST arrested [Iraq:AGENT]"},
		},
		{
			name:   "near: a text agreed somewhere is no actor",
			text:   "The Louvre accords, agreed in Paris last February, called for stability among currencies.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "near: a passive -ed participle after the subject is a question put to it",
			text:   "A Finance Ministry spokesman, asked for a reaction, said he could make no comment.",
			absent: []string{"APPEAL"},
		},
		{
			name: "near: a participle after a whole clause keeps the clause's subject",
			text: "Israeli troops raided the town of Jenin, killing two Hamas gunmen.",
			want: []string{"ATTACK killing [Hamas:PATIENT Israel:AGENT]"},
		},
	})
}

// TestMetReception: "be met with" tells a reception, not a meeting.
func TestMetReception(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "a passive met with",
			text:   "The rock band Brigade, fronted by singer Paul Smith, played first and were met with general approval.",
			absent: []string{"MEET"},
		},
		{
			name: "near: an active met with",
			text: "Secretary of State Condoleezza Rice met with Israeli Prime Minister Ehud Olmert on Monday.",
			want: []string{"MEET met with [Condoleezza Rice:PARTICIPANT Ehud Olmert:PARTICIPANT]"},
		},
	})
}

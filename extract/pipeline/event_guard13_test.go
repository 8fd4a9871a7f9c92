package pipeline

import "testing"

// TestGuard13 pins the guard and merge decisions narrowed in the twelfth
// session after the guard audit (eval events --guards) found them losing
// right events. Each case is a short story written for the test.
func TestGuard13(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "agreed during talks: the others at the table are the other side",
			text: "Serbia agreed last week during talks in Vienna to hand over the remaining suspects.",
			want: []string{"AGREEMENT agreed [Serbia:PARTICIPANT]"},
		},
		{
			name: "talks told first",
			text: "During last month's four-party talks, Serbia agreed to hand over the remaining suspects.",
			want: []string{"AGREEMENT agreed [Serbia:PARTICIPANT]"},
		},
		{
			name:   "agreed alone stays a decision",
			text:   "Britain agreed to extradite the suspect to Spain.",
			absent: []string{"AGREEMENT"},
		},
		{
			name: "a sentence opened by a short time later tells another act",
			text: "Israeli aircraft struck a Hamas training camp in Gaza on Monday, killing two militants. A short time later Israeli forces fired artillery at the area.",
			want: []string{"ATTACK struck [Hamas:PATIENT Israel:AGENT]", "ATTACK fired [Israel:AGENT]"},
		},
		{
			name: "in the past two days counts a span, not a habit",
			text: "Nigerian troops have launched a third raid on rebel camps in the Niger Delta in the past two days.",
			want: []string{"ATTACK raid [Nigeria:AGENT]"},
		},
		{
			name:   "in the past alone is a habit",
			text:   "Nigerian troops have raided rebel camps in the past.",
			absent: []string{"ATTACK"},
		},
		{
			name: "a wish noun subject of its own clause wishes nothing",
			text: "The offer came during a visit Tuesday to Nairobi by Somalia's President Abdullahi Yusuf.",
			want: []string{"VISIT visit [Abdullahi Yusuf:AGENT Nairobi:PATIENT]"},
		},
		{
			name:   "a wish verb still wishes",
			text:   "Somalia's President Abdullahi Yusuf offered a visit to Nairobi.",
			absent: []string{"VISIT"},
		},
		{
			name:   "his abduction is of him",
			text:   "Gunmen in Gaza kidnapped BBC reporter Alan Johnston on Monday. Johnston was the only foreign reporter based in Gaza at the time of his abduction.",
			want:   []string{"ATTACK kidnapped [Alan Johnston:PATIENT]"},
			absent: []string{"ATTACK abduction"},
		},
		{
			name:   "a person's act told again with \"also\" and no one new",
			text:   "Assistant Secretary of State Thomas Reed has urged Haiti's interim leaders to hold elections this year. Mr. Reed also stressed the need for Haiti's government to disarm the gangs.",
			want:   []string{"APPEAL urged [Haiti:PATIENT Thomas Reed:AGENT]"},
			absent: []string{"APPEAL stressed"},
		},
		{
			name: "a threat told by what its maker will do",
			text: "Nigeria's oil workers unions have threatened to strike during the elections because of a pay dispute.",
			want: []string{"THREATEN threatened [Nigeria:AGENT]"},
		},
		{
			name: "a wish that governs a verb of its own wishes the act, not the noun",
			text: "European Union observers are preparing to monitor Ukrainian parliamentary elections next month.",
			want: []string{"ELECTION elections [Ukraine:PARTICIPANT]"},
		},
		{
			name:   "a light verb carries the wish to the noun",
			text:   "Ukraine is preparing to hold parliamentary elections next month.",
			absent: []string{"ELECTION"},
		},
		{
			name: "one person's second post is another appointment",
			text: "Former Labour leader Neil Kinnock became vice-president of the European Commission in 1999. Mr Kinnock has also become chairman of the British Council, which promotes British culture abroad.",
			want: []string{"APPOINTMENT became vice-president [Neil Kinnock:PATIENT]", "APPOINTMENT become chairman [Neil Kinnock:PATIENT]"},
		},
	})
}

package pipeline

import "testing"

// TestEmergencyRuled pins curfews, states of emergency and martial law
// imposed by a named state as its MILITARY_POSTURE (event_trig_curfew.go),
// and the lifted, the disaster and the reported ones left out.
func TestEmergencyRuled(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "imposed a curfew",
			text: "Sri Lankan police imposed a dusk-to-dawn curfew in the eastern town on Friday.",
			want: []string{"MILITARY_POSTURE imposed [Sri Lanka:AGENT]"},
		},
		{
			name: "declared a state of emergency",
			text: "President Pervez Musharraf declared a state of emergency in Pakistan on Saturday.",
			want: []string{"MILITARY_POSTURE declared [Pervez Musharraf:AGENT]"},
		},
		{
			name: "renewed martial law",
			text: "Thailand's army renewed martial law in three southern provinces.",
			want: []string{"MILITARY_POSTURE renewed [Thailand:AGENT]"},
		},
		{
			name:   "lifted the curfew",
			text:   "Sri Lankan police lifted the curfew in the eastern town on Friday.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "emergency over floods",
			text:   "Governor Arnold Schwarzenegger declared a state of emergency after floods swept the valley.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "declared that",
			text:   "President Pervez Musharraf declared that the elections would go ahead.",
			absent: []string{"MILITARY_POSTURE"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestControlTaken pins taking control of a place as an OCCUPY
// (event_trig_control.go) and a town taken as the event's place, not its
// PATIENT (event_args_townstaken.go).
func TestControlTaken(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "assumed control",
			text: "Ethiopian troops assumed control of Baidoa on Tuesday.",
			want: []string{"OCCUPY assumed control [Ethiopia:AGENT]"},
		},
		{
			name: "seized control, a span before the day",
			text: "Hezbollah, which seized control of Beirut two weeks ago, has pulled its fighters back.",
			want: []string{"OCCUPY seized control [Hezbollah:AGENT]"},
		},
		{
			name:   "gained control of a company",
			text:   "Shareholders of Yukos gained control of the company on Monday.",
			absent: []string{"OCCUPY"},
		},
		{
			name: "a town taken is the place",
			text: "Hamas fighters took control of Gaza City last June.",
			want: []string{"OCCUPY took [Hamas:AGENT]"},
		},
		{
			name: "land seized, told by a passive relative",
			text: "Japan still claims the islands, which were seized by Soviet troops in 1945.",
			want: []string{"OCCUPY seized [Soviet Union:AGENT]"},
		},
		{
			name:   "a ship seized by pirates",
			text:   "The tanker, which was seized by Somali pirates in April, was freed on Sunday.",
			absent: []string{"OCCUPY"},
		},
		{
			name: "a country invaded stays the patient",
			text: "Iraq invaded Kuwait in 1990.",
			want: []string{"OCCUPY invaded [Iraq:AGENT Kuwait:PATIENT]"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestPlaceCordoned pins a state's forces closing off a place as its
// MILITARY_POSTURE (event_trig_cordon.go), and protesters' blockades, a
// bill blocked and the noun "block" left out.
func TestPlaceCordoned(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "blocked off the streets",
			text: "Indonesian police blocked off the streets around the embassy on Monday.",
			want: []string{"MILITARY_POSTURE blocked [Indonesia:AGENT]"},
		},
		{
			name: "cut off the roads",
			text: "Turkish soldiers cut off the roads leading to the village.",
			want: []string{"MILITARY_POSTURE cut [Turkey:AGENT]"},
		},
		{
			name:   "farmers' blockade",
			text:   "French farmers drove their tractors onto the highway and blocked a border crossing with Spain.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "a bill blocked",
			text:   "Russian lawmakers blocked the bill on Monday.",
			absent: []string{"MILITARY_POSTURE"},
		},
		{
			name:   "the noun block",
			text:   "The contract covers the Natuna block contract area.",
			absent: []string{"MILITARY_POSTURE"},
		},
	}
	checkEventCases(t, p, cases)
}

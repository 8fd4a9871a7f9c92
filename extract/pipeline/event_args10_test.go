package pipeline

import "testing"

// TestEventArgs10 pins the participant mechanisms of the ninth session,
// found on the events of all six development sets that kept a trigger but
// read no or the wrong participants: each case is a sentence of its own
// shape, written for the test, not copied from a story.
func TestEventArgs10(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			// "both" opens the pair's noun phrase as its determiner, so the
			// subject reaches the two sides named before
			name: "both countries as subject",
			text: "Chile and Peru fought a short war over the desert in 1879. Both countries agreed to a truce in 1883.",
			want: []string{"AGREEMENT agreed [Chile:PARTICIPANT Peru:PARTICIPANT]"},
		},
		{
			// a visitor and the place visited are no two sides of a pair
			name: "both sides after a visit",
			text: "Norway and Sweden opened a new rail link on Monday. On Tuesday, Mr Dahl was in Bergen visiting Norway's oldest church, the Bryggen Chapel. Both countries agreed to cut fares.",
			want: []string{"AGREEMENT agreed [Norway:PARTICIPANT Sweden:PARTICIPANT]"},
		},
		{
			// a fight's "with" phrase names the other side, not an instrument
			name: "clashed with a people",
			text: "On Monday, Moroccan police clashed with Tuareg tribesmen near the desert town.",
			want: []string{"ATTACK clashed [Morocco:AGENT Tuareg:PATIENT]"},
		},
		{
			// bare police in it are the country's the story gave its police
			name: "gunfight with bare police",
			text: "Chilean police have detained three suspects, while a fourth was killed in a gunfight with police.",
			want: []string{"ATTACK gunfight [Chile:PATIENT]"},
		},
		{
			// a fight in an adverbial is the clause subject's, and the one it
			// arrested or killed was the other side
			name: "clause subject and object of a fight in an adverbial",
			text: "Yemeni security forces have arrested two al-Qaida suspects after a gunfight near the port.",
			want: []string{"ATTACK gunfight [Yemen:AGENT al-Qaida:PATIENT]"},
		},
		{
			// metaphorical fights with a name alone stay without sides
			name:   "political and scheduling fights",
			text:   "The minister's powers are being reviewed after Mr Grant's battle with police chief Tom Wood over the failures. Problems with flights, the clash with Sunday's Oscars ceremony in Los Angeles and other factors have forced some stars to cancel.",
			absent: []string{"ATTACK"},
		},
		{
			// a kin noun before a name in apposition is a conjunct of its own
			name: "X and his wife, Y",
			text: "Omar Haddad and his wife, Leila Haddad, were arrested in the port city of Izmir on Friday.",
			want: []string{"ARREST arrested [Leila Haddad:PATIENT Omar Haddad:PATIENT]"},
		},
		{
			// the post a subject's envoys hold ("to Iraq") is where they
			// serve; the names before the post noun are whose they are
			name: "envoys to a country as subject",
			text: "Oslo proposed the talks as Chilean and Peruvian ambassadors to Norway met in Bergen to discuss fishing rights.",
			want: []string{"MEET met [Chile:PARTICIPANT Peru:PARTICIPANT]"},
		},
		{
			// a person noun with the body they work with or for stands for it
			name: "journalist with a broadcaster",
			text: "A reporter with the Canadian Broadcasting Corporation was murdered outside his hotel in the capital in March.",
			want: []string{"ATTACK murdered [Canadian Broadcasting Corporation:PATIENT]"},
		},
		{
			// a named antecedent of "who" is the relative clause's subject,
			// inside a prepositional phrase too, with its conjuncts
			name: "who after a preposition",
			text: "The party was weakened under Mr. Okafor, who died in November. The board replaced Anna Berg and Tom Lind, who resigned in May.",
			want: []string{"DEATH died [Okafor:PATIENT]", "RESIGNATION resigned [Anna Berg:AGENT Tom Lind:AGENT]"},
		},
		{
			// "which" after a preposition is the head's, not the place's
			name:   "which after a place",
			text:   "The website was not linked to the music site in Norway, which was already facing legal action.",
			absent: []string{"TRIAL"},
		},
		{
			// a noun protest's purpose infinitive names what it is against
			name: "demonstrations to protest against",
			text: "About 500 Chilean students staged demonstrations in Santiago to protest against the Peruvian action.",
			want: []string{"PROTEST demonstrations [Chile:AGENT Peru:PATIENT]"},
		},
		{
			// a list's last name after a serial comma is one of the list
			name: "serial comma",
			text: "Delegates from 40 countries attended the meeting sponsored by the World Bank, the European Union, and Japan.",
			want: []string{"MEET meeting [European Union:PARTICIPANT Japan:PARTICIPANT World Bank:PARTICIPANT]"},
		},
		{
			// but a name opening a clause after ", and" is its subject
			name: "comma and a clause",
			text: "The film criticised the invasion of Iraq, and Moore was an outspoken critic of the war.",
			want: []string{"OCCUPY invasion [Iraq:PATIENT]"},
		},
		{
			// the sides of a race a contest verb tells before the election
			name: "lead in the election",
			text: "With most votes counted, Prime Minister Jan Novak leads Mr. Pavel Horak 36 percent to 31 percent in the parliamentary election.",
			want: []string{"ELECTION election [Jan Novak:PARTICIPANT Pavel Horak:PARTICIPANT]"},
		},
		{
			// a rival "against" whom the election is run
			name: "run in the elections against",
			text: "Maria Lopes returned from exile in May to run in next month's elections against President Rui Costa.",
			want: []string{"ELECTION elections [Maria Lopes:PARTICIPANT Rui Costa:PARTICIPANT]"},
		},
		{
			// a nationality on the electorate names the country voting
			name: "nationality on voters",
			text: "Opinion polls have shown Dutch voters planning to reject the treaty in a referendum on June 1.",
			want: []string{"ELECTION referendum [Netherlands:PARTICIPANT]"},
		},
		{
			// but not on the authorities, who may act on the voters
			name:   "nationality on authorities",
			text:   "Amnesty has called on Iranian authorities to release journalists jailed since the disputed June 12 election.",
			absent: []string{"ELECTION"},
		},
		{
			// "X, Y and other Z": the named conjuncts, before unnamed others
			name: "named ones and other unnamed",
			text: "Norway, Sweden and other northern neighbors have been calling on Russia to cut emissions.",
			want: []string{"APPEAL calling [Norway:AGENT Russia:PATIENT Sweden:AGENT]"},
		},
	})
}

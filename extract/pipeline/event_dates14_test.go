package pipeline

import "testing"

// TestEventDatesThirteenth pins date mechanisms of the thirteenth session's
// helper dates14: each case failed before its mechanism.
func TestEventDatesThirteenth(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			// "the bombing" goes back to the explosion told with its day,
			// though that mention named no side (anaphorDate)
			name: "definite noun goes back",
			text: "Russian officials say the blast from a bomb planted on a road in the southern Ingushetia republic has killed two people and wounded five others.\n\n" +
				"The bus was traveling from a village to the regional capital, Nazran, early Sunday when the explosion occurred.\n\n" +
				"Investigators believe the bomb was set off by remote control.\n\n" +
				"No group has claimed responsibility, but police say they suspect Muslim extremists carried out the bombing.",
			want: []string{"ATTACK bombing=2007-06-10@3"},
		},
		{
			// a week refined by a later report's day inside it (refineByLater)
			name: "later day refines a week",
			text: "Hundreds of mourners gathered in an eastern Sri Lankan town to honor a senior Tamil Tiger leader, who was gunned down earlier this week.\n\n" +
				"The government intensified security in the town of Batticaloa to prevent any outbreak of violence during Thursday's funeral.\n\n" +
				"Regional Tamil Tiger political chief, R. Ramanan along with four aides were killed in an ambush Monday night on a road near Batticaloa.",
			want: []string{"ATTACK gunned down=2007-06-11@0"},
		},
		{
			// the next sentence goes on by the lead's word, naming no
			// side by name (tellsOn)
			name: "next sentence goes on by a word",
			text: "Nigeria's oil workers unions are threatening to strike during the national elections because of a pay dispute.\n\n" +
				"The unions, which represent some 50,000 workers, issued the threat on Tuesday after rejecting the latest offer.",
			want: []string{"THREATEN threatening=2007-06-12@0*"},
		},
		{
			// an event of the lead further from its perfect takes the day
			// too, the next sentence going on by a pronoun
			name: "second event of the lead",
			text: "Witnesses in Nepal say police have opened fire on a protest rally against King Gyanendra in the east of the country, injuring two people.\n\n" +
				"They say the incident happened Tuesday in the town of Biratnagar, as police tried to break up the crowd.",
			want: []string{"PROTEST protest=2007-06-12@0"},
		},
		{
			// a lead told as a report takes the report's day retold in the
			// next sentence, when no day of the news is named (newsNextDay)
			name: "reported lead",
			text: "Indian police say they have arrested a senior Maoist rebel commander accused of killing dozens of policemen.\n\n" +
				"Police officials said Tuesday they captured the commander, Ram Prasad, in a forest in Jharkhand state.",
			want: []string{"ARREST arrested=2007-06-12@0*"},
		},
		{
			// the next sentence's day told in a relative clause is another
			// event's, and the lead event with a day word of its own before
			// it is not the perfect's (relativeClauseDay, tiedBetween)
			name: "relative clause day",
			text: "Striking Argentine dockers, who say they have made idle 90 ships and halted Argentine grain exports, today held pay talks in Buenos Aires with Labour Minister Carlos Tomada, union officials said.\n\n" +
				"A senior official of the National Dockers Union told Reuters he was optimistic the talks would lead to an end of the stoppage, which began last Friday.",
			want: []string{"NEGOTIATE talks=@0*"},
		},
		{
			// a bulletin's later item in the present perfect takes the next
			// sentence's day (laterNewsNextDay)
			name: "later item of a bulletin",
			text: "Brazil's president is appealing for food and emergency aid for the flooded state of Santa Catarina.\n\n" +
				"Police have arrested six people for looting.\n\n" +
				"A leftist Colombian guerrilla leader has been killed in a clash with army troops in the south of the country.\n\n" +
				"Officials say Carlos Rojas, a commander of the Revolutionary Armed Forces of Colombia, or FARC, was killed Monday in the jungles of Caqueta state.\n\n" +
				"Two other rebels were killed in the clash.",
			want: []string{"ATTACK clash=2007-06-11@2*"}, // (the commander killed Monday is the clash told again: event_merge_namedagain.go)
		},
	})
}

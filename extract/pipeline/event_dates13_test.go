package pipeline

import "testing"

// TestEventDatesTwelfth pins date mechanisms of the twelfth session's
// helper dates13: each case failed before its mechanism.
func TestEventDatesTwelfth(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			// the story's day goes on two sentences later (carriesDay)
			name: "day carried two sentences on",
			text: "Gunmen launched a wave of attacks across Iraq on Saturday, killing at least nine people.\n\n" +
				"Officials say a bus carrying pilgrims was hit by a roadside bomb.\n\n" +
				"The blast near Hilla also injured three Iraqi policemen.",
			want: []string{"ATTACK *=2007-06-09@2"}, // (the blast, now read with the policemen's country, or the injury)
		},
		{
			// not to a sentence that names a time of its own
			name: "no carry past a year",
			text: "The court issued its ruling Wednesday in a case brought by three Somali men.\n\n" +
				"The judges added that the measure is lawful.\n\n" +
				"The U.N. Security Council in 1999 called on nations to freeze the assets of the Taleban.",
			want: []string{"APPEAL called=@2"},
		},
		{
			// a published weekday told after a report's day is the week
			// before's (reportNamed, timex.Options.Report)
			name: "published weekday after a report",
			text: "The Kremlin Friday said the Italian prime minister would not attend the summit in Moscow.\n\n" +
				"Mr. Prodi's coalition on Thursday won a narrow general election victory.",
			want: []string{"ELECTION election=2007-06-07@1"},
		},
		{
			name: "told a news conference",
			text: "The new mayor told a news conference Saturday he will keep the city's cabinet.\n\n" +
				"Mr. Lee, who is 71, announced his resignation on Thursday, citing health reasons.",
			want: []string{"RESIGNATION resignation=2007-06-07@1"},
		},
		{
			// a statement's day bounds the weekday of what it tells
			// (timex boundingDay)
			name: "statement released Friday",
			text: "A military statement released Friday said the Marine was shot dead while on patrol Wednesday near the city of Ramadi.",
			want: []string{"ATTACK shot=2007-06-06@0"},
		},
		{
			// the lead's occasion takes the next sentence's day (leadOccasion)
			name: "lead's occasion",
			text: "Russia and Vietnam have pledged to expand trade and energy ties, following a meeting of the two countries' prime ministers in Moscow.\n\n" +
				"Russian Prime Minister Mikhail Fradkov held talks with his Vietnamese counterpart, Nguyen Tan Dung, in the Russian capital Wednesday.",
			want: []string{"MEET meeting=2007-06-13@0*"},
		},
		{
			// an opening day is the announcement's when the event's own
			// clause names a day (clauseDate)
			name: "opening day and the clause's own day",
			text: "Also Sunday, the U.S. military announced that a Marine was killed by a roadside bomb Friday during a patrol near Fallujah.",
			want: []string{"ATTACK killed=2007-06-08@0"},
		},
		{
			// "Elsewhere ... Tuesday," opens the sentence as "In ... Tuesday," does
			name: "elsewhere opening",
			text: "Elsewhere in the capital Tuesday, a roadside bomb killed an Iraqi soldier near a checkpoint.",
			want: []string{"ATTACK killed=2007-06-12@0"},
		},
		{
			// "Earlier in the day" is the story's day (timex fromRef)
			name: "earlier in the day",
			text: "Israel's military says troops entered the West Bank town of Jenin Sunday in search of a wanted militant.\n\n" +
				"It says soldiers opened fire at the man as he tried to flee.\n\n" +
				"Palestinian officials say the man was loyal to the Fatah movement.\n\n" +
				"The wounded man was taken to an Israeli hospital for treatment.\n\n" +
				"Earlier in the day, Palestinian medics said Israeli troops killed two Palestinian gunmen in central Gaza.",
			want: []string{"ATTACK killed=2007-06-10@4"},
		},
		{
			// two sentences on, only violence goes on with the story's
			// day, not an appeal (carriesDay)
			name: "no carry of a quoted appeal",
			text: "Japan on Monday ordered a cutback in chip production to force prices up.\n\n" +
				"The industry group backed a proposal to set up a research consortium.\n\n" +
				"Its chairman, Tom Bywater, urged the Reagan administration to take action against Japan.",
			want: []string{"APPEAL urged=@2"},
		},
		{
			// "the July 22 incident in which ... killed": the relative
			// clause's harm is of the noun's date, last year's (relativeWhich)
			name: "incident in which",
			text: "The minister said he is satisfied with the inquiry into the July 22 incident in which police officers shot and killed a Brazilian electrician.",
			want: []string{"ATTACK *killed=2006-07-22@0"},
		},
	})
}

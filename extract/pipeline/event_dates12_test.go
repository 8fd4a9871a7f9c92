package pipeline

import "testing"

// TestEventDatesEleventh pins date mechanisms of the eleventh session's
// helper dates12: each case failed before its mechanism.
func TestEventDatesEleventh(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			// a harm told as done is not dated weeks after publication: a
			// past day without its year is last year's (pastYear)
			name: "killed on a later month's day",
			text: "The Afghan civilians were killed during a firefight between the Polish troops and militants on August 16.",
			want: []string{"ATTACK killed=2006-08-16@0"},
		},
		{
			name: "accused of planting bombs",
			text: "German authorities say the suspect is one of two Lebanese men accused of planting suitcase bombs on trains in Cologne July 31.",
			want: []string{"ATTACK planting=2006-07-31@0"},
		},
		{
			// the year written stays
			name: "killed on a written year's day",
			text: "The Afghan civilians were killed during a firefight between the Polish troops and militants on August 16, 2007.",
			want: []string{"ATTACK killed=2007-08-16@0"},
		},
		{
			// the lead tells the news in the present perfect, the next
			// sentence its day, whatever event it is read to tell (leadNextDay)
			name: "lead's day in the next sentence",
			text: "The European Union has decided to tighten sanctions on Burma after the military government failed to meet EU demands for progress on democracy.\n\n" +
				"EU foreign ministers meeting in Luxembourg Monday voted to widen a visa blacklist on members of Burma's military junta.",
			want: []string{"SANCTION sanctions=2007-06-11@0*"},
		},
		{
			name: "lead's appeal dated by the address",
			text: "President Bush has called on Arab nations to help Palestinian leaders reach a peace agreement with Israel.\n\n" +
				"Mr. Bush made the comments in his weekly radio address delivered from Kuwait Saturday during a tour of the region.",
			want: []string{"APPEAL called=2007-06-09@0"},
		},
		{
			// a day the next sentence says a report was made on is not the news's
			name: "report day is not the lead's",
			text: "Pakistani troops have killed 12 militants in the northwest.\n\n" +
				"The army said Tuesday the fighting began late last month.",
			want: []string{"ATTACK killed=@0"},
		},
		{
			// the lead's next sentence tells its day before a day two
			// sentences on that no event took (leadNextDay before lateDates)
			name: "lead's day before a later free day",
			text: "Kenyan police have arrested several journalists and activists who were protesting a new media bill passed by parliament that would impose strict controls on the press.\n\n" +
				"Reports from the Kenyan capital, Nairobi, say the police broke up Friday's protest, which took place shortly before President Mwai Kibaki was scheduled to speak at a celebration.\n\n" +
				"The media bill was passed Wednesday and has been sent to President Kibaki for his signature.",
			want: []string{"ARREST arrested=2007-06-08@0"},
		},
		{
			// the present progressive tells a lead's news too
			name: "lead in the present progressive",
			text: "Israel's ruling Likud party is urging a parliamentary referendum on Prime Minister Ariel Sharon's controversial pullout plan from the Gaza Strip.\n\n" +
				"Likud's Central Committee voted overwhelmingly Thursday to call for a non-binding referendum on the disengagement plan.",
			want: []string{"APPEAL urging=2007-06-14@0"},
		},
		{
			// a later visit by the same visitor, told with its day, retells
			// the undated one (retoldDay)
			name: "visit retold with its day",
			// (nineteenth session: the place visited named, "Kashmir"; a
			// continent's adjective is no place or side, event_args_nonactor.go)
			text: "Former U.S. President Bill Clinton says that publishing cartoons of the Prophet Muhammad was a mistake.\n\n" +
				"Clinton was speaking in Pakistan, where he was visiting Kashmir survivors of last year's earthquake and launching an HIV / AIDS project.\n\n" +
				"Clinton arrived in Islamabad early Friday for a day-long trip and held talks with Pakistani President Pervez Musharraf.",
			want: []string{"VISIT visiting=2007-06-08@1"},
		},
		{
			// but not an attack: the same side's attack told later with a
			// day is as often another one
			name: "attack not retold",
			text: "Israeli jets bombed Palestinian targets in south Lebanon for the second time in four days, Lebanese security sources said.\n\n" +
				"Israeli planes carried out a similar raid in the same area on Friday, hitting two buildings used by guerrillas loyal to Palestinian leader Yasser Arafat.",
			want: []string{"ATTACK bombed=@0"},
		},
		{
			// an event "set for" a day without its year is still to come
			name: "elections set for",
			text: "He said it would be a mistake to postpone Iraqi elections.\n\nIraq's elections are set for January 30.",
			want: []string{"ELECTION elections=2008-01-30@*1"},
		},
		{
			// so is what voters are "planning to" do
			name: "planning to",
			text: "Opinion polls have shown French voters planning to reject the constitution in a referendum on May 29.",
			want: []string{"ELECTION referendum=2008-05-29@0"},
		},
		{
			// a title is no plan
			name: "Planning Minister",
			text: "Funaro has come under attack following the resignation of Planning Minister Joao Sayad on March 17.",
			want: []string{"RESIGNATION resignation=2007-03-17@0"},
		},
		{
			// an expression dating what follows it ("hours before he was to
			// be questioned") is not the event's own date (ownDate)
			name: "opening day, hours before",
			text: "Friday, his former interior minister, Yuri Kravchenko, apparently committed suicide hours before he was to be questioned in the case.",
			want: []string{"DEATH committed suicide=2007-06-08@0"},
		},
	})
}

package pipeline

import "testing"

// TestEventDatesTenth pins date mechanisms of the tenth session: each
// case failed before its mechanism.
func TestEventDatesTenth(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			// "to be" before no participle is no passive infinitive of what
			// is to come ("elections to be held May 25"): the group "is
			// believed to be behind" bombings already done
			name: "to be behind",
			text: "Jemaah Islamiyah is believed to be behind Saturday's bombings in Bali that killed 19 Australians.",
			want: []string{"ATTACK *=2007-06-09@0"},
		},
		{
			// an event named by its month is the nearest of that name, though
			// the sentence tells of the past
			name: "month-named event in a past sentence",
			text: "The Palestinian group Hamas announced last month that it would end its boycott of Palestinian elections and take part in the July elections.",
			want: []string{"ELECTION elections=2007-07@0"},
		},
		{
			// a date modifying the noun of a time phrase ("in the 1967 war")
			// dates the event the phrase places in time
			name: "in the 1967 war",
			text: "The plan calls for a halt to settlement expansion on all Palestinian land captured by Israel in the 1967 war.",
			want: []string{"OCCUPY captured=1967@0"},
		},
		{
			// what was done during a dated event shares its day, the second
			// of two coordinated verbs too
			name: "during a dated raid",
			text: "Pakistani officials say they have killed two suspected Islamic militants and arrested another 12 in separate raids.\n\n" +
				"Police say they killed two foreign militants and arrested another 11 during a raid Saturday in a village in the remote North Waziristan region.",
			want: []string{"ARREST arrested=2007-06-09@1"},
		},
		{
			// a sentence naming again the day already told goes on with it:
			// the next sentence's undated act is of that day
			name: "day named again",
			text: "Suicide bombings and ambushes by insurgents killed at least 21 people in Iraq Sunday as Iraqi security forces began a big security sweep in Baghdad.\n\n" +
				"The operation is aimed at stopping insurgents who have killed more than 600 people in the last month.\n\n" +
				"Iraqi soldiers and police began setting up checkpoints on the southern and northern outskirts of the city early Sunday.\n\n" +
				"A suicide car bomber killed nine Iraqi soldiers at one of the checkpoints about 20 kilometers south of Baghdad.",
			want: []string{"ATTACK killed=2007-06-10@3"},
		},
		{
			// the lead tells the day, the next sentence who takes part
			name: "sideless lead's day",
			text: "France has announced that six major powers will meet on Tuesday to discuss possible sanctions on Iran over its nuclear program.\n\n" +
				"France's foreign ministry spokesman Jean-Baptiste Mattei said senior diplomats from the five permanent members of the U.N. Security Council plus Germany will meet in Paris.\n\n" +
				"A European Union representative is expected to join the talks.",
			want: []string{"MEET meet=2007-06-19@1*"},
		},
		{
			// what was done after a fight told as a noun is of the day a
			// later report gives the fight
			name: "after a gunfight dated later",
			text: "Pakistani officials say security forces have arrested at least three al-Qaida suspects after a gunfight near the Afghan border.\n\n" +
				"They say police opened fire Monday on a car carrying the suspects outside the northwestern city of Peshawar and forced it to stop.",
			want: []string{"ARREST arrested=2007-06-11@0*"},
		},
		{
			// a clause tied by "after" to the one month of its sentence
			name: "after, one month",
			text: "The Bosnian Serb government has acknowledged that Bosnian Serb forces killed almost 8,000 Muslim men and boys in July 1995, after overrunning the Muslim enclave of Srebrenica.",
			want: []string{"OCCUPY overrunning=1995-07@0"},
		},
		{
			// a date before an attack noun dates it, though "terrorist
			// attacks" was read as a subject and its verb
			name: "dated attack noun read as a verb",
			text: "The site is part of an effort to revitalize the neighborhood left depressed by the September 11, 2001 terrorist attacks on the United States.",
			want: []string{"ATTACK attacks=2001-09-11@0"},
		},
		{
			// the occasion a past act of the next sentence was done at is
			// of the day just named
			name: "during a meeting, day told before",
			text: "Friday Britain pledged $1 billion in aid to help stabilize Pakistan's violent border regions.\n\n" +
				"British Prime Minister Gordon Brown confirmed the pledge during a meeting in London with Pakistani President Asif Ali Zardari.",
			want: []string{"MEET meeting=2007-06-08@1"},
		},
		{
			// "At the time," points back to the date of the sentence before
			name: "at the time",
			text: "Following his earlier hospitalization in February, Russian news media reported that Rostropovich was being treated for cancer.\n\n" +
				"At the time, Russian President Vladimir Putin visited the hospital to confer a medal honoring Rostropovich for his achievements in music.",
			want: []string{"VISIT visited=2007-02@1"},
		},
		{
			// the new date an event is set for is still to come
			name: "setting the poll for",
			text: "Haiti's electoral board has again postponed the country's presidential and legislative elections, this time setting the poll for January 8.",
			want: []string{"ELECTION *=2008-01-08@0"},
		},
		{
			// a relative clause right after a dated event noun is of its date
			name: "bombings which killed",
			text: "The group is believed to be behind the 2002 Bali bombings which killed 202 people, including 88 Australians.",
			want: []string{"ATTACK killed=2002@0"},
		},
		{
			// a present-perfect lead tells what came right after its
			// after-clause's dated happening
			name: "have died after ... on Wednesday",
			text: "Two Chinese nationals have died after their van was involved in an accident with an Olympic bus on Wednesday in Beijing.",
			want: []string{"DEATH died=2007-06-13@0"},
		},
		{
			// an event with its own date right after it takes no date
			// told before it
			name: "own date after the trigger",
			text: "Dinesh Dharmendra Rajaratnam, a Sri Lankan truck driver set free by Iraqi militants last week after he was kidnapped in October, returned home Sunday.",
			want: []string{"ATTACK kidnapped=2006-10@0"},
		},
	})
}

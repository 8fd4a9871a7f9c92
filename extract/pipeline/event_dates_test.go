package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// eventDates analyzes text published on 2007-06-14 (a Thursday) and returns
// "TYPE trigger=date" for each event, in order.
func eventDates(t *testing.T, p *Pipeline, text string) string {
	t.Helper()
	a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: text, Published: "2007-06-14"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ev := range a.Events {
		out = append(out, ev.Type+" "+ev.Trigger+"="+ev.Date)
	}
	return strings.Join(out, "; ")
}

// TestEventDates pins how events take their dates from the text around them.
func TestEventDates(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string // "TYPE trigger=date" that must be among the events
	}{
		{
			// a harm named by its date has happened, though the clause is about what is to come
			name: "dated harm under a future clause",
			text: "Kofi Annan will release the findings of the investigation into the February assassination of Rafik Hariri.",
			want: []string{"ATTACK assassination=2007-02"},
		},
		{
			// "a day after" dates the killing it introduces, counted from the
			// reference day (publication here), not the airstrike before it
			name: "a day after",
			text: "An Israeli airstrike in the Gaza Strip has killed a top Islamic Jihad commander, a day after an Islamic Jihad suicide bomber killed five Israelis in central Israel.",
			want: []string{"ATTACK killed=2007-06-13"},
		},
		{
			// "one day before" counts from the last day the story named (Wednesday)
			name: "one day before",
			text: "Ali Larijani told a news conference Wednesday that Iran's main enrichment plant is ready for use.\n\nHis comments come one day before the IAEA board meets with Iranian officials in Vienna.",
			want: []string{"MEET meets with=2007-06-14"},
		},
		{
			// "ahead of" a month: the coming one
			name: "ahead of",
			text: "Loyalists are waging a campaign ahead of Afghanistan's September parliamentary vote.",
			want: []string{"ELECTION vote=2007-09"},
		},
		{
			// a participle clause after a comma shares the main clause's day
			name: "participle clause",
			text: "Meanwhile, Israeli troops raided the West Bank town of Jenin today, arresting eight accused members of Islamic Jihad.",
			want: []string{"ARREST arresting=2007-06-14"},
		},
		{
			// the clause tied by "when" shares the sentence's one day
			name: "when clause",
			text: "At least one Kenyan was wounded Friday when protesters tried to march on the Danish embassy in Nairobi, shouting anti-Denmark slogans and burning Danish flags.",
			want: []string{"PROTEST burning=2007-06-08"},
		},
		{
			// a date in the opening adverbial dates the main clause, not the
			// meeting it came after
			name: "opening phrase",
			text: "In a statement Tuesday after a meeting in Doha, Qatar, the International Weightlifting Federation's executive committee sanctioned Turkey's federation for doping.",
			want: []string{"SANCTION sanctioned=2007-06-12"},
		},
		{
			// a sentence naming no day goes on with the day just named
			name: "narrative day",
			text: "Israeli officials say two Palestinian militants fired rocket-propelled grenades at soldiers near an army post on the Gaza-Egypt border Sunday.\n\nAuthorities say the Israeli soldiers returned fire, killing one of the attackers.",
			want: []string{"ATTACK returned=2007-06-10"},
		},
		{
			// the day of "the announcement" dates the appointment it announced
			name: "announcement",
			text: "U.S. President Barack Obama has named Gene Sperling as the new head of the National Economic Council.\n\nSperling had the same job in President Bill Clinton's administration.\n\nMr. Obama made the announcement Friday during a visit to a window manufacturer.",
			want: []string{"APPOINTMENT named=2007-06-08"},
		},
		{
			// the judge's indictment ("Mr. Montiglio's indictment Thursday") is
			// the one told first, so the other day's indictment stays apart
			name: "judge's indictment",
			text: "Former Chilean dictator Augusto Pinochet has been indicted on human rights charges and placed under house arrest.\n\nJudge Victor Montiglio charged General Pinochet in connection with the kidnapping of seven people.\n\nMr. Montiglio's indictment Thursday comes six days after he questioned the ex-dictator.\n\nGeneral Pinochet had just made bail following his indictment Wednesday on charges of tax evasion.",
			want: []string{"TRIAL indicted=2007-06-14", "TRIAL indictment=2007-06-13"},
		},
		{
			// a date right before "when" dates the when-clause
			name: "when clause after a date",
			text: "Fidel Castro has not been seen in public since 2006 when he underwent surgery and ceded power to his younger brother Raul Castro.",
			want: []string{"RESIGNATION ceded power=2006"},
		},
		{
			// a day still to come is no day for the next sentence's past events
			name: "narrative day not future",
			text: "Ethiopian and Somali leaders will meet in Nairobi next Tuesday.\n\nKenyan police arrested Ali Hassan in Nairobi.",
			want: []string{"ARREST arrested="},
		},
		{
			// a new item's present perfect counts "a day after" from publication,
			// not from the day the item before named
			name: "present perfect resets the reference day",
			text: "Kenyan police arrested Ali Hassan in Nairobi on Monday.\n\nAn Israeli airstrike in the Gaza Strip has killed a top Islamic Jihad commander, a day after an Islamic Jihad suicide bomber killed five Israelis in central Israel.",
			want: []string{"ATTACK killed=2007-06-13"},
		},
		{
			// the when-clause may run long before its trigger
			name: "long when clause",
			text: "The spokesman says a formal agreement will be signed in June when Indonesian President Susilo Bambang Yudhoyono is scheduled to visit Moscow.",
			want: []string{"VISIT visit=2007-06"},
		},
		{
			// a date before a noun-modified event noun dates that noun
			name: "date before a modified event noun",
			text: "Iraqi police arrested Ali Hassan over Saturday's suicide bombing of the Egyptian embassy in Baghdad.",
			want: []string{"ATTACK bombing=2007-06-09", "ARREST arrested="},
		},
		{
			// the conviction an appeal is against is an earlier event, and the
			// later report of it ("was convicted in May") joins it, not the appeal
			name: "appeal against a conviction",
			text: "A Moscow court has rejected the appeal of former Russian oil tycoon Mikhail Khodorkovsky against his conviction on fraud and tax evasion charges, but the court reduced his prison sentence from nine to eight years.\n\nKhodorkovsky, once Russia's richest man, was convicted in May in what his supporters call a political trial.",
			want: []string{"TRIAL appeal=", "TRIAL conviction=2007-05"},
		},
		{
			// a later sentence's free day goes to an event that stays, not to a
			// misread trigger dropped afterwards ("supporters call ... a trial")
			name: "late day skips events to be dropped",
			text: "A Moscow court has rejected the appeal of former Russian oil tycoon Mikhail Khodorkovsky against his conviction on fraud and tax evasion charges, but the court reduced his prison sentence from nine to eight years.\n\nKhodorkovsky, once Russia's richest man, was convicted in May in what his supporters call a political trial.\n\nThursday's proceedings got underway after the court repeatedly rejected defense motions for a delay.",
			want: []string{"TRIAL appeal=2007-06-14"},
		},
		{
			// a noun event performed by the past verb before it is told as a
			// verb tells it: the next sentence's day is its day
			name: "late day of a signed agreement",
			text: "Russia and Iran have signed a landmark agreement for Moscow to supply Tehran with fuel for its first nuclear reactor.\n\nThe signing ceremony Sunday at Iran's Bushehr nuclear power plant had been delayed 24 hours as talks continued.",
			want: []string{"AGREEMENT agreement=2007-06-10"},
		},
		{
			// ... but not one another verb acts on: the later day is the
			// rejection's, not the request's
			name: "late day of a rejected request",
			text: "Central bank governor Chang Chi-cheng rejected a request by textile makers to halt the rise of the Taiwan dollar, a spokesman for the Taiwan Textile Federation said.\n\nHe quoted Chang as telling representatives of 19 textile associations last Saturday the government could not fix the exchange rate.",
			want: []string{"APPEAL request="},
		},
		{
			// a calendar date told in a later sentence is a term, not the day
			// of the undated event before it (Reuters-21578, 5 of 100 judged dates)
			name: "late calendar date",
			text: "Acme Corp said it acquired Widget Inc from Bolt Industries for six million dollars.\n\nThe company said the rest of the price is payable June 30.",
			want: []string{"ACQUISITION acquired="},
		},
		{
			// a bound on a span is a deadline, not the day of the event
			name: "deadline after",
			text: "Washington has threatened to take retaliatory action against Japan after July 1.",
			want: []string{"THREATEN threatened="},
		},
		{
			name: "deadline by the end of",
			text: "The United States has pressed the European Community to make a counter-offer with the aim of an agreement by the end of 2008.",
			want: []string{"APPEAL pressed="},
		},
		{
			// "postponed until" moves the meeting to that day: no bound
			name: "postponed until",
			text: "The Senate Banking Committee has postponed until June 20 its meeting with Treasury officials.",
			want: []string{"MEET meeting with=2007-06-20"},
		},
		{
			// "would" tells the future of a past report: the coming Monday
			name: "would",
			text: "Officials said Chung In-yong would leave for Washington on Monday for talks with Treasury Secretary James Baker.",
			want: []string{"NEGOTIATE talks=2007-06-18"},
		},
		{
			// the nearest verb before the date tells its tense, not a "will"
			// further back in another clause
			name: "past verb nearer than will",
			text: "Perry said Schwartz will join the board of Acme Corp, replacing Donald Fox, who resigned January 12.",
			want: []string{"RESIGNATION resigned=2007-01-12"},
		},
		{
			// the news present right before the date tells what is coming,
			// whatever past verb the relative clause before it has
			name: "news present after a past relative clause",
			text: "The Waterside Workers Federation, which struck for most of last week, meets on Monday with the Waterfront Employers Association.",
			want: []string{"MEET meets=2007-06-18"},
		},
		{
			// an event named by its month is a known one, even in a clause
			// about what is to come
			name: "month-named event in a future clause",
			text: "Finance ministers would discuss currency markets in the light of the February agreement between the United States and Japan.",
			want: []string{"AGREEMENT agreement=2007-02"},
		},
		{
			// a date after a clause opened after the trigger, with a verb of
			// its own, is that clause's (Reuters-21578: 15 of 100 judged dates
			// were another clause's or another event's)
			name: "date of a since-clause",
			text: "Brazil is holding talks with its creditor banks in Miami, its first talks with them since Brazil suspended interest payments last month.",
			want: []string{"NEGOTIATE talks="},
		},
		{
			name: "date of a relative clause's verb",
			text: "Richard Darman, who played a central role in the agreements between Japan and the United States, will leave the Treasury on April 13.",
			want: []string{"AGREEMENT agreements="},
		},
		{
			// a participle after a comma opens no clause of its own
			name: "parenthetical participle",
			text: "Iran launched a new offensive against Iraq, codenamed Karbala-7, on Tuesday night.",
			want: []string{"ATTACK offensive=2007-06-12"},
		},
		{
			// a participle clause after a comma that modifies a noun other
			// than the event's, unclosed before the date, holds its own date
			name: "participle of another noun",
			text: "Spain's National Court has sentenced Hamed Abderrahman Ahmed, released last year from the U.S. detention facility at Guantanamo Bay, to six years in prison.",
			want: []string{"SENTENCE sentenced="},
		},
		{
			// the event noun's own participle dates it
			name: "participle of the event noun",
			text: "The United States and Honduras announced an agreement, signed June 11, on the sale of wheat.",
			want: []string{"AGREEMENT agreement=2007-06-11"},
		},
		{
			// a parenthesis right after the event noun, closed before the
			// date, leaves the date in the event's own clause
			name: "closed parenthesis after the event noun",
			text: "Talks between Cargill and its unions, aimed at ending the strike at Seaforth, will resume this afternoon, a company spokesman said.\n\nYesterday's session failed to reach a compromise.",
			want: []string{"NEGOTIATE Talks=2007-06-14"},
		},
		{
			// a day right after a speech verb is the report's, not that of
			// the event reported after it
			name: "report day",
			text: "Iraq said today its troops had killed thousands of Iranian soldiers near Basra.",
			want: []string{"ATTACK killed="},
		},
		{
			// ... but a day the report gives the event is the event's
			name: "report day and event day",
			text: "The Japanese government announced today that Prime Minister Yasuhiro Nakasone will visit Washington on June 29.",
			want: []string{"VISIT visit=2007-06-29"},
		},
		{
			// a passive retelling with no named side gives its day to the
			// undated event of the sentence before (voa-0213)
			name: "passive retelling",
			text: "Iranian state television says the country's Revolutionary Guards have test-fired several long-range missiles.\n\nThe state-owned Al-Alam network says the missiles were launched Thursday from a desert site near the central Iranian town of Qom.",
			want: []string{"MILITARY_POSTURE test-fired=2007-06-14"},
		},
		{
			// a tax or fiscal year is a period the event is about, not its date
			name: "tax year",
			text: "Former Senator John Anderson pleaded guilty to tax evasion for the tax year 2004.",
			want: []string{"TRIAL pleaded guilty="},
		},
		{
			// a date between a determiner and a noun that tells no event is
			// that noun's
			name: "date of a noun",
			text: "Canada postponed the original July 1 deadline at the request of the European Commission.",
			want: []string{"APPEAL request="},
		},
		{
			// ... but "in a March 10 letter" is what the event was done in
			name: "date of the letter it was done in",
			text: "The director, Doresy Gardner, resigned from the board of Purolator in a June 10 letter.",
			want: []string{"RESIGNATION resigned=2007-06-10"},
		},
		{
			// a day right before a verb of saying is the report's: the
			// lead's event takes the day the report gives it (voa-0353)
			name: "report day before the verb",
			text: "U.N. troops have exchanged gunfire with gang members in Haiti's largest slum.\n\nU.N. officials late Thursday said the trouble happened Wednesday, in the Cite Soleil slum after gunmen shot at the peacekeepers.",
			want: []string{"ATTACK exchanged=2007-06-13"},
		},
		{
			// a statement's day dates the statement, not the arrests told
			// before it (voa-0386)
			name: "statement day",
			text: "U.S. military officials in Iraq say American soldiers and Iraqi police have detained more than 50 people in search of insurgents around the city of Baquba.\n\nA statement Sunday says a number of weapons were also found.",
			want: []string{"ARREST detained="},
		},
		{
			// ... nor the attacks it criticizes
			name: "statement issued",
			text: "In a statement issued Tuesday, Kofi Annan also criticized recent attacks by Sudan on the African Union.",
			want: []string{"ATTACK attacks="},
		},
		{
			// a present-perfect lead takes the day of the next sentence,
			// though an event with no named side took it there (voa-0100)
			name: "present-perfect lead, day of a sideless event",
			text: "Pakistani officials say security forces have arrested at least three al-Qaida suspects near the Afghan border.\n\nThey say police opened fire Monday on a car carrying the suspects outside the northwestern city of Peshawar and forced it to stop.",
			want: []string{"ARREST arrested=2007-06-11"},
		},
		{
			// ... not a lead in the past tense: the day may be another event's
			name: "past lead, day of a sideless event",
			text: "Pakistani security forces arrested at least three al-Qaida suspects near the Afghan border.\n\nThey say police opened fire Monday on a car carrying the suspects outside the northwestern city of Peshawar and forced it to stop.",
			want: []string{"ARREST arrested="},
		},
		{
			// the next sentence's event of the lead's type, with a day,
			// retells the present-perfect lead (voa-0287)
			name: "present-perfect lead retold with a day",
			text: "An Ethiopian court has convicted former President Mengistu Haile Mariam of genocide.\n\nThe 12-year trial of Colonel Mengistu ended Tuesday in Addis Ababa, when a three-judge panel found him guilty of genocide and other charges.",
			want: []string{"TRIAL convicted=2007-06-12"},
		},
		{
			// the story's last day does not go on across an item break; the
			// new item's day comes after (voa-0361)
			name: "narrative day stops at an item break",
			text: "A U.S.-led coalition soldier died when his armored vehicle rolled over in eastern Kunar province late Monday.\n\nSeparately, unknown gunmen kidnapped a Colombian aid worker and two Afghan employees of a French-funded aid agency in central Wardak province.\n\nLocal officials say the three disappeared Sunday and that police are looking for them.",
			want: []string{"ATTACK kidnapped=2007-06-10"},
		},
		{
			// what a dated call was made for is said in it (voa-0089)
			name: "purpose of a dated call",
			text: "Secretary of State Condoleezza Rice telephoned Iraq's President Jalal Talabani on Friday to urge that the government be formed as soon as possible.",
			want: []string{"APPEAL urge=2007-06-08"},
		},
		{
			// a second predicate of the same subject shares the day (voa-0119)
			name: "coordinated predicate",
			text: "Clinton arrived in Islamabad early Friday for a day-long trip and held talks with Pakistani President Pervez Musharraf and Prime Minister Shaukat Aziz.",
			want: []string{"NEGOTIATE talks=2007-06-08"},
		},
		{
			// what happened at the place of a dated event (voa-0359)
			name: "where clause",
			text: "Burmese leader Than Shwe arrived Tuesday in New Delhi, where he met Prime Minister Manmohan Singh.",
			want: []string{"MEET met=2007-06-12"},
		},
		{
			// ... not what came before a day in the where clause
			name: "day of the where clause",
			text: "After visiting the U.S. and France, Funaro is now on his way to Tokyo, where he is to arrive on Sunday for talks with Japanese officials.",
			want: []string{"VISIT visiting="},
		},
		{
			// the progressive of an arranged event tells of a coming day
			// (voa-0381)
			name: "progressive of an arrangement",
			text: "Ministers from Indonesia, Singapore, Malaysia, Thailand and Brunei are meeting Friday in the Indonesian town of Pekanbara.",
			want: []string{"MEET meeting=2007-06-15"},
		},
		{
			// a visitor named as "visiting" is on the visit on the
			// sentence's one day (voa-0227)
			name: "visiting premodifier",
			text: "Mr. Ahmadinejad's comments Sunday in Tehran came in a joint news conference with visiting Syrian President Bashar al-Assad.",
			want: []string{"VISIT visiting=2007-06-10"},
		},
		{
			// an opening date dates the main clause's verb, though the
			// sides it is asked of are named in the sentence before (voa-0317)
			name: "opening date of the main verb",
			text: "Palestinian Prime Minister Ahmed Qureia has asked the United States for help in stopping Israel from expanding its largest West Bank settlement.\n\nIn Ramallah Thursday, Mr. Qureia asked visiting envoys Elliott Abrams and David Welch for a clear U.S. position on Israeli plans to build 3,500 new homes.",
			want: []string{"APPEAL asked=2007-06-14"},
		},
		{
			// a relative clause telling when the event began dates it, and
			// its past verb, nearer the date than "visit", tells the tense
			// (voa-0103)
			name: "which began",
			text: "Georgian Prime Minister Zurab Zhvania is currently visiting the United States.\n\nHe also expressed satisfaction with his U.S. visit, which began Sunday, and says the United States has a great deal of interest in Georgia.",
			want: []string{"VISIT visiting=2007-06-10"},
		},
		{
			// a date of a noun that tells no event dates what its "during
			// which" clause tells happened then (voa-0214)
			name: "during which",
			text: "Police and troops were deployed days ahead of the Monday ceremony, during which 351 new lawmakers will be sworn in by President Hamid Karzai.",
			want: []string{"APPOINTMENT sworn in=2007-06-18"},
		},
		{
			// a threat made in a message is made on the day the message
			// came out (voa-0115)
			name: "day of the message it was made in",
			text: "The Egyptian-born Zawahiri issued the threat against Israel in a videotaped message that was broadcast Monday.",
			want: []string{"THREATEN issued=2007-06-11"},
		},
		{
			// the trigger itself may be the second past predicate of the
			// same subject (voa-0196)
			name: "and with a past trigger",
			text: "Ukrainian Fuel and Energy Minister Ivan Plachkov and his Russian counterpart, Viktor Khristenko met late Wednesday and agreed to continue discussions.",
			want: []string{"MEET met=2007-06-13", "AGREEMENT agreed=2007-06-13"},
		},
		{
			// a coming day told later is not the day of the news told
			// before it (Reuters-21578: such days were wrong)
			name: "late coming day",
			text: "Japan has asked the United States to delay retaliatory tariffs on its electronic products, officials said.\n\nHoward Baker told reporters that he saw no developments that would cause President Reagan to back away from his plan to issue a proclamation on Friday.",
			want: []string{"APPEAL asked="},
		},
		{
			// nor is a later day that of an event told by a noun
			// (Reuters-21578: 14 of 20 such days judged were wrong, 3 right)
			name: "late day of an event noun",
			text: "The latest round of talks between Philippine officials and the country's commercial bank creditors are still proceeding, Finance Secretary Jaime Ongpin said.\n\nHe told a press briefing Wednesday that Manila has dropped a two-tier interest payment offer.",
			want: []string{"NEGOTIATE talks="},
		},
		{
			// a bound on a span in a sentence telling no event does not
			// become the story's day (Reuters-21578)
			name: "bound in a sentence without events",
			text: "The defendants in the suit are WPP Group and Peters, who until January 29 was a director of J. Walter Thompson Co.\n\nJWT said it asked the court to enjoin the defendants from acquiring any further JWT stock.",
			want: []string{"APPEAL asked="},
		},
		{
			// "its first since 1980" says when the last one was, not this one
			name: "first since",
			text: "Bolivia's agreement with the IMF, its first since 1980, opened the door to rescheduling negotiations with the Paris Club.",
			want: []string{"AGREEMENT agreement="},
		},
		{
			// the news present of an arranged event tells the coming day
			// though a place stands between it and the date (Reuters-21578)
			name: "news present further from the date",
			text: "The negotiations between Brazil and its creditor banks resume in New York on Friday when central bank governor Francisco Gros is expected to ask banks for a rollover.",
			// ("is expected to ask" foresees an appeal: not an event since the thirteenth session, event_guard_prospect.go)
			want: []string{"NEGOTIATE negotiations=2007-06-15"},
		},
		{
			// a possessive date after "of" names the thing that follows it,
			// not the event of the clause (voa-0119; Reuters-21578: "in
			// retaliation of last Friday's hit of a Kuwaiti tanker")
			name: "of a possessive date",
			// (nineteenth session: the place visited named, "Kashmir"; a
			// continent's adjective is no place or side, event_args_nonactor.go)
			text: "Clinton was speaking in Pakistan, where he was visiting Kashmir survivors of last year's earthquake and launching an HIV / AIDS project.",
			want: []string{"VISIT visiting="},
		},
		{
			// an event noun that a later clause's verb acts on is not dated
			// by the day before that clause (voa-0212), but a parenthesis
			// closed before it leaves the date to it
			name: "event noun in a clause of its own",
			text: "Sri Lanka's stock market staged a major rally Thursday as investors cheered the agreement between Colombo and the rebels.\n\nEarlier Thursday, Wedge Group, which has a stake in the company, held discussions with Pesch.",
			want: []string{"AGREEMENT agreement=", "NEGOTIATE discussions=2007-06-14"},
		},
		{
			// a weekday opening the sentence takes its tense from the verb
			// after it (voa-0484's "On Sunday and Monday the president is
			// scheduled to visit")
			name: "opening weekday of a future verb",
			text: "On Monday, President Bush will visit the sites of the attacks in New York City.\n\nOn Monday, President Bush visited New York City.",
			want: []string{"VISIT visit=2007-06-18", "VISIT visited=2007-06-11"},
		},
		{
			// the talks keep their own day; only a dateless meeting takes
			// the day of the visit its place reads (event_dates_placed.go)
			name: "placed meeting with its own day",
			text: "Shimon Peres held talks Monday with Egyptian Foreign Minister Ahmed Aboul Gheit, who was in Jerusalem late Wednesday.",
			want: []string{"NEGOTIATE talks=2007-06-11", "VISIT in=2007-06-13"},
		},
		{
			// "since" a possessive date: the date is the event noun's after
			// it, told by its relative clause too (voa-0291)
			name: "since a possessive date",
			text: "Shimon Peres held talks with Palestinian Cabinet Minister Mohmmed Dahlan in Tel Aviv late Wednesday.\n\nIt was the first high level contact between the two sides since last week's suicide bombing in Tel Aviv that killed five Israelis.",
			// (twenty-first session: the guest's VISIT read from "in Tel Aviv"
			// takes the day too, event_dates_placed.go)
			want: []string{"NEGOTIATE talks=2007-06-13", "VISIT in=2007-06-13", "ATTACK killed=2007-W23"},
		},
		{
			// the day a report was issued is the report's, not the day of
			// what it tells of (voa-0117)
			name: "report issued",
			text: "In a report issued Thursday, Human Rights Watch says the new information implicates Ali Hassan al-Majid in the execution of hundreds of Shi'ite Muslims during an uprising in the southern city of Basra in 1999.",
			want: []string{"ATTACK execution=1999"},
		},
		{
			// "as of" a day is the day a figure stands at (Reuters-21578)
			name: "as of",
			text: "As of October 31, the company said it had a working capital deficit of 2.3 million dollars, including the recently acquired U.S. Medical Enterprises Inc.",
			want: []string{"ACQUISITION acquired="},
		},
		{
			// "said on Saturday" is the report's day like "said Saturday":
			// no free day for the event told before (Reuters-21578)
			name: "said on a day",
			text: "Iemura said he had no information to suggest the U.S. Defence Department had broken off talks with Toshiba.\n\nKyodo News Agency said on Saturday the U.S. Air Force had decided to cancel an agreement to buy computers.",
			want: []string{"SANCTION broken off="},
		},
	}
	for _, c := range cases {
		got := eventDates(t, p, c.text)
		for _, w := range c.want {
			if !strings.Contains("; "+got+";", "; "+w+";") {
				t.Errorf("%s: events %s; want %s among them", c.name, got, w)
			}
		}
	}
}

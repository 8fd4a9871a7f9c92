package pipeline

import (
	"strings"
	"testing"
)

// TestEventMechanismsDev4 pins the general mechanisms found on dev4's errors
// (voa_dev4.tsv, fifth session): each case is a sentence of its own shape,
// written for the test, not copied from a story.
func TestEventMechanismsDev4(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// a relative pronoun's antecedent is the subject, even inside a prepositional phrase
			name: "relative pronoun in a prepositional phrase",
			text: "The border will be drawn by Syrian and Lebanese army officers, who are set to meet next week.",
			want: []string{"MEET meet [Lebanon:PARTICIPANT Syria:PARTICIPANT]"},
		},
		{
			// "quotes X as V-ing": the one quoted acts, not the medium
			name: "quoted as",
			text: "The Kyodo news agency quotes Mr. Koizumi as urging China to release the fishermen.",
			want: []string{"APPEAL urging [China:PATIENT Koizumi:AGENT]"},
		},
		{
			// "their talks" after the clause's subject: the subject's own talks
			name: "their talks",
			text: "The foreign ministers of Brazil and Argentina have adjourned until Friday their talks in Brasilia.",
			want: []string{"NEGOTIATE talks [Argentina:PARTICIPANT Brazil:PARTICIPANT]"},
		},
		{
			// a gathering of many ended by its one named host and "its neighbors"
			name: "ended a summit, X and its neighbors",
			text: "Kenya and its neighbors have ended a three-day summit in Nairobi.",
			want: []string{"MEET summit [Kenya:PARTICIPANT]"},
		},
		{
			// "with visiting President X": X is the visitor, the scene's place visited
			name: "visiting premodifier",
			text: "President Mubarak spoke to reporters in Cairo after talks with visiting Jordanian Prime Minister Marouf Bakhit.",
			want: []string{"VISIT visiting [Cairo:PATIENT Marouf Bakhit:AGENT]"},
		},
		{
			// a warning that the warner will act is a threat, with or without a named target
			name:   "warned it would act",
			text:   "North Korea warned it would retaliate against any new sanctions.\n\nJapan warned it would be a mistake to lift the ban.",
			want:   []string{"THREATEN warned [North Korea:AGENT]"},
			absent: []string{"THREATEN warned [Japan:AGENT]"},
		},
		{
			// a meeting with a person described, not named: the head before "of" is a person
			name: "meeting with the leader of",
			text: "Two Chinese envoys are meeting with the new leader of Nepal's former rebel movement.",
			want: []string{"MEET meeting with [China:PARTICIPANT]"},
		},
		{
			// a two-word people's adjective the tagger calls MISC, on a force noun, names the actor
			name: "MISC demonym on a force",
			text: "The Sri Lankan army says it has arrested four Indian fishermen.",
			want: []string{"ARREST arrested [India:PATIENT Sri Lanka:AGENT]"},
		},
		{
			// "the rebels" is the group a story named on the same noun before
			name: "the rebels",
			text: "Government troops clashed with Tamil Tiger rebels near Jaffna.\n\nSri Lanka's president signed an accord with the rebels on Tuesday.",
			want: []string{"AGREEMENT accord [Sri Lanka:PARTICIPANT Tamil Tiger:PARTICIPANT]"},
		},
		{
			// a noun trigger on a force noun names a kind of force; agreeing to hold talks holds none yet
			name:   "riot police, agreed to hold talks",
			text:   "Hundreds of riot police surrounded the Japanese embassy.\n\nIsrael and Syria agreed to hold peace talks in Switzerland.",
			absent: []string{"PROTEST riot", "NEGOTIATE talks"},
		},
		{
			// "X and his counterpart, Y": the description and the name are one conjunct
			name: "counterpart apposition in a subject",
			text: "Foreign Minister Pranab Mukherjee and his Chinese counterpart, Yang Jiechi, met in Beijing.",
			want: []string{"MEET met [Pranab Mukherjee:PARTICIPANT Yang Jiechi:PARTICIPANT]"},
		},
		{
			// a blast at a country's post strikes that country
			name: "explosion at a base",
			text: "Investigators are looking into the cause of Tuesday's explosion at a British army base that killed three people.",
			want: []string{"ATTACK explosion [Britain:PATIENT]"},
		},
		{
			// "an editor at X": the person stands for the body named
			name: "person at an organization",
			text: "A senior official at the World Bank resigned last week.",
			want: []string{"RESIGNATION resigned [World Bank:AGENT]"},
		},
		{
			// "they" after a subordinator is the plural subject of the clause before
			name: "where they",
			text: "Officials say Ethiopian troops killed six suspected militants Monday near Baidoa, where they launched an offensive last month.",
			want: []string{"ATTACK offensive [Ethiopia:AGENT]"},
		},
		{
			// a name on "administration" is a government, whatever the tagger called it
			name: "X administration",
			text: "The Bush administration reached agreement with Mexico on a guest worker plan.",
			want: []string{"AGREEMENT agreement [Bush:PARTICIPANT Mexico:PARTICIPANT]"},
		},
		{
			// a noun-or-verb trigger right before a past verb is that verb's subject, a noun
			name:   "compound noun subject",
			text:   "Earlier this week, Afghan officials said a suspected NATO drone attack killed at least five people in Helmand.",
			want:   []string{"ATTACK attack [NATO:AGENT]"},
			absent: []string{"ATTACK killed [NATO:PATIENT]"},
		},
		{
			// what a call was made to urge was urged in the call, of the one called
			name: "telephoned to urge",
			text: "Secretary of State Condoleezza Rice telephoned Egyptian President Hosni Mubarak on Sunday to urge the release of the activists.",
			want: []string{"APPEAL urge [Condoleezza Rice:AGENT Hosni Mubarak:PATIENT]"},
		},
		{
			// a relative clause on a place is not about people; "Islamic" is no group
			name:   "who after a place, Islamic militants",
			text:   "Congo charged Uganda with backing warlords on Congolese territory who are plundering its resources.\n\nIndian troops ordered Islamic militants to surrender.\n\nThe militants opened fire on the troops.",
			absent: []string{"ATTACK plundering [Congo:AGENT]", "ATTACK opened [Islamic:AGENT]"},
		},
		{
			// a verb before a force noun is no noun compound: "has threatened military force"
			name: "threatened military force",
			text: "Beijing considers the island part of its territory and has threatened military force to reclaim it.",
			want: []string{"THREATEN threatened [Beijing:AGENT]"},
		},
		{
			// a death told as a death has no agent: the one announcing it is none
			name: "announced the death",
			text: "Rebel leader Subcomandante Marcos announced the death of Comandante Ramona on Friday.",
			want: []string{"DEATH death [Comandante Ramona:PATIENT]"},
		},
		{
			// "held a rare meeting": one event, the meeting, not talks coded on the verb too
			name:   "held a meeting",
			text:   "Mahmud Abbas and Hamas leader Khaled Meshaal have held a rare meeting in Cairo.",
			want:   []string{"MEET meeting [Khaled Meshaal:PARTICIPANT Mahmud Abbas:PARTICIPANT]"},
			absent: []string{"NEGOTIATE held"},
		},
		{
			// what is ruled out, prepared for or refused has not happened
			name: "ruled out, preparing, refused to",
			text: "China ruled out holding a meeting with leaders from Japan and South Korea.\n\n" +
				"Israeli officials said the gunmen were preparing to launch a rocket attack against Israel.\n\n" +
				"Since taking power, Commodore Frank Bainimarama has refused to hold elections in Fiji.",
			absent: []string{"MEET meeting", "NEGOTIATE holding", "ATTACK attack", "ELECTION elections"},
		},
		{
			// breaking records is no attack
			name:   "records and highs",
			text:   "The new film smashed U.S. box office records last weekend.\n\nU.S. gasoline prices hit fresh record highs on Friday.",
			absent: []string{"ATTACK smashed", "ATTACK hit"},
		},
		{
			// what is promised or vowed has not happened; what it answers has
			name:   "promising retaliation",
			text:   "North Korea's defense minister is promising retaliation against tough new U.N. sanctions.\n\nThe president vowed to attack the rebels.",
			want:   []string{"SANCTION sanctions [United Nations:AGENT]"},
			absent: []string{"ATTACK retaliation", "ATTACK attack"},
		},
		{
			// a call to do something is an appeal; calling a list of parties something is naming them
			name:   "call to, calls X Y",
			text:   "Syria has rejected Israel's call to hold unconditional peace talks with Damascus.\n\nThe report calls the European Union, Libyan, and Turkish fishing fleets the biggest offenders.",
			want:   []string{"APPEAL call [Israel:AGENT Syria:PATIENT]"},
			absent: []string{"PHONE_CALL call", "PHONE_CALL calls", "NEGOTIATE talks"},
		},
		{
			// "into X" reaches the attack only right after it or its object
			name:   "into, further on",
			text:   "Drug cartels are battling for control of trafficking routes into the United States.\n\nA November 13 explosion at a factory dumped 100 tons of chemicals into China's Songhua river.",
			absent: []string{"ATTACK battling [United States:PATIENT]", "ATTACK explosion [Songhua:PATIENT]"},
		},
		{
			// "X held hostage" after a verb's object: X was held
			name: "held hostage",
			text: "Taleban militants have released one German and four Afghans held hostage in Afghanistan since July.",
			want: []string{"ATTACK held [Afghanistan:PATIENT Germany:PATIENT]"},
		},
		{
			// seizing power attacks no one
			name:   "seizure of power",
			text:   "Police detained activists protesting against King Gyanendra's seizure of absolute power.",
			absent: []string{"ATTACK seizure"},
		},
		{
			// a person's killing is of that person; engaging in something that is no fight is no attack
			name:   "his assassination, engaging in",
			text:   "The government has blamed the Tamil Tigers for the assassination of Lakshman Kadirgamar.\n\nOfficials blamed the group for his assassination.\n\nSri Lanka is engaging in large-scale reconstruction projects.\n\nThe two sides have been engaged in a peace process since January.",
			want:   []string{"ATTACK assassination [Lakshman Kadirgamar:PATIENT Liberation Tigers of Tamil Eelam:AGENT]"},
			absent: []string{"ATTACK assassination [Lakshman Kadirgamar:AGENT]", "ATTACK engaging", "ATTACK engaged"},
		},
		{
			// the party blamed for an attack did it, when no other is named
			name: "blamed for, blamed on",
			text: "Officials blamed the Tamil Tigers for the assassination of the foreign minister.\n\nTwo peacekeepers were killed in an ambush blamed on the Sudan Liberation Army.",
			want: []string{"ATTACK assassination [Liberation Tigers of Tamil Eelam:AGENT]", "ATTACK ambush [Sudan Liberation Army:AGENT]"},
		},
		{
			// what happens every day is a habit, not an event
			name:   "every day",
			text:   "Mr. Gates said it is a tragedy that the world has done so little to stop the disease that kills 2,000 African children every day.",
			absent: []string{"DEATH kills", "ATTACK kills"},
		},
		{
			// firing officials dismisses them; calling someone a name is naming
			name:   "fired officials, called him X's",
			text:   "Afghan President Hamid Karzai says he has fired two senior Afghan officials.\n\nThe United States has called him Europe's last dictator.",
			absent: []string{"ATTACK fired", "PHONE_CALL called"},
		},
		{
			// taking power attacks no one; what is agreed to be done is still to come; a firing squad is no shooting
			name:   "took power, agreed to slap, firing squad",
			text:   "He took power earlier this month after the death of his father.\n\nECOWAS has agreed to slap an arms embargo on Togolese officials.\n\nAn Indonesian court has sentenced two Australian men to death by firing squad.",
			absent: []string{"ATTACK took", "ATTACK slap", "ATTACK firing"},
		},
		{
			// calling an event something names it: the one naming it did not do it
			name:   "called the killing a crime",
			text:   "Weeks later, Ambassador Samir Sumaidaie called the killing a crime.\n\nAfghan President Hamid Karzai called the election a defeat for terrorism.",
			absent: []string{"ATTACK killing", "ELECTION election"},
		},
		{
			// "called it a vote for peace": naming, no appeal
			name:   "called it a",
			text:   "When he cast his ballot Sunday, Mr. Talat called it a vote for peace.",
			absent: []string{"APPEAL called"},
		},
		{
			// a participle modifier between the subject and its verb: the subject is the noun it follows
			name: "soldier serving with X was killed",
			text: "The defense ministry says a Canadian soldier serving with the NATO-led coalition in Afghanistan was killed on Tuesday.",
			want: []string{"ATTACK killed [Canada:PATIENT]"},
		},
		{
			// a blast that hit a country's vehicle, told with a participle of its harm, struck that country
			name:   "bomb tore through an army truck, killing",
			text:   "Police say a roadside bomb tore through a Pakistani army truck in Quetta, killing the driver.\n\nWitnesses say a Pakistani helicopter gunship fired a missile at militants, killing three of them.",
			want:   []string{"ATTACK killing [Pakistan:PATIENT]"},
			absent: []string{"ATTACK fired [Pakistan:AGENT Pakistan:PATIENT]"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestRecentNotLastMonth: an arrest told in the present perfect is recent
// news; one told as "Last month, police arrested" is another arrest.
func TestRecentNotLastMonth(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	got := eventLines(t, p, "Kenyan police have arrested five men suspected of links to al-Shabab.\n\n"+
		"Last month, police arrested nine people near Mombasa.")
	n := 0
	for _, g := range got {
		if strings.HasPrefix(g, "ARREST arrested [Kenya:AGENT") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("got %d arrests by Kenya in %q, want 2", n, got)
	}
}

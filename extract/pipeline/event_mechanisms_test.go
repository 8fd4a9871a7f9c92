package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// analyzeNamed analyzes text published on 2007-06-14 and returns the
// analysis with its entities' names by ID, the start of every sentence
// test that reads events.
func analyzeNamed(t *testing.T, p *Pipeline, text string) (*extract.Analysis, map[string]string) {
	t.Helper()
	a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: text, Published: "2007-06-14"})
	if err != nil {
		t.Fatal(err)
	}
	return a, entityNamesByID(a)
}

// eventLines analyzes text published on 2007-06-14 and returns each kept
// event as "TYPE trigger [Name:ROLE ...]", participants in name order.
func eventLines(t *testing.T, p *Pipeline, text string) []string {
	t.Helper()
	a, names := analyzeNamed(t, p, text)
	var out []string
	for _, ev := range a.Events {
		var ps []string
		for _, pt := range ev.Participants {
			ps = append(ps, names[pt.Entity]+":"+pt.Role)
		}
		slices.Sort(ps)
		out = append(out, ev.Type+" "+ev.Trigger+" ["+strings.Join(ps, " ")+"]")
	}
	return out
}

// typeCount is how many events of type typ text gives: the measure of the
// fold and split tests ("shot and killed" is one attack, two arrests are two).
func typeCount(t *testing.T, p *Pipeline, text, typ string) int {
	t.Helper()
	n := 0
	for _, l := range eventLines(t, p, text) {
		if strings.HasPrefix(l, typ+" ") {
			n++
		}
	}
	return n
}

// eventCase is one sentence and the events it must and must not give.
type eventCase struct {
	name, text string
	want       []string // events that must be kept, exactly so
	absent     []string // type and trigger ("ATTACK offensive") of events that must not be kept; a type alone stands for any trigger
}

// checkEventCases analyzes each case's text and reports the wanted events
// missing and the absent ones kept.
func checkEventCases(t *testing.T, p *Pipeline, cases []eventCase) {
	t.Helper()
	for _, c := range cases {
		got := eventLines(t, p, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: want %q among %q", c.name, w, got)
			}
		}
		for _, a := range c.absent {
			for _, g := range got {
				if strings.HasPrefix(g, a+" ") || g == a {
					t.Errorf("%s: got %q, want no %q", c.name, g, a)
				}
			}
		}
	}
}

// TestEventMechanisms pins the general mechanisms found on blind2's errors
// (fourth session): each case is a sentence of its own shape, not a story's.
func TestEventMechanisms(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// a day told between the speech verb and the subject is no part of the subject
			name: "day before subject",
			text: "Military officials say on Sunday Canadian soldiers killed two gunmen near Kandahar.",
			want: []string{"ATTACK killed [Canada:AGENT]"},
		},
		{
			// an offensive only expected has not happened
			name:   "expected noun",
			text:   "NATO has sent more troops to the region to pre-empt an expected Taleban offensive.",
			absent: []string{"ATTACK offensive"},
		},
		{
			// the consequence of a condition is not asserted
			name:   "conditional future",
			text:   "Mr. Abbas said that if he can not continue his policies, he will resign.",
			absent: []string{"RESIGNATION resign"},
		},
		{
			// an offer to talk is no talks
			name:   "offered to",
			text:   "Prime Minister Jose Luis Rodriguez Zapatero has offered to hold peace talks with ETA.",
			absent: []string{"NEGOTIATE talks"},
		},
		{
			// what a demand asks for has not happened
			name:   "asked for",
			text:   "The Colombian government is demanding the National Liberation Army disarm.",
			absent: []string{"ATTACK disarm"},
		},
		{
			// the person of an apposition acts, not the body in the description
			name: "apposition",
			text: "The head of Iran's Atomic Energy Organization, Gholamreza Aghazadeh, called on the Europeans to speed up the talks.",
			want: []string{"APPEAL called [Europeans:PATIENT Gholamreza Aghazadeh:AGENT]"},
		},
		{
			// "including X" names one of the object's people
			name: "including",
			text: "Georgian Prime Minister Zurab Zhvania is visiting Washington.\n\nMr. Zhvania has met with a number of high-level U.S. officials, including National Security Advisor Condoleezza Rice.",
			want: []string{"MEET met with [Condoleezza Rice:PARTICIPANT United States:PARTICIPANT Zurab Zhvania:PARTICIPANT]"},
		},
		{
			// a bare force noun as object is the country the story gave it
			name: "force object",
			text: "Nine Afghan soldiers were killed in the south.\n\nOfficials say Taleban rebels attacked the soldiers late Thursday.",
			want: []string{"ATTACK killed [Afghanistan:PATIENT Taleban:AGENT]"}, // one attack, told twice
		},
		{
			// "the group" is the organization just named
			name: "the group",
			text: "Colombia has held talks with the National Liberation Army in Havana.\n\nThe Colombian government is demanding the group disarm.",
			want: []string{"DEMAND demanding [Colombia:AGENT National Liberation Army:PATIENT]"},
		},
		{
			// "He" opening a sentence is the person who opened one of the
			// sentences just before, not the one the whole bulletin named most
			name: "he after a description",
			text: "Human Rights Watch says Saddam Hussein ordered the executions.\n\nIraqi officials expect Saddam Hussein to go on trial soon.\n\n" +
				"Mohammed Deif, who has eluded Israeli authorities for a decade, appeared in a videotape.\n\n" +
				"The video, which Israel says is recent, was shown on television.\n\n" +
				"He warned the Palestinian Authority not to try to disarm the militant groups.",
			want:   []string{"THREATEN warned [Mohammed Deif:AGENT Palestinian Authority:PATIENT]"},
			absent: []string{"TRIAL trial"}, // expected to go on trial: not yet
		},
		{
			// talks told right after a meeting are that meeting; "also met"
			// with someone else is another meeting
			name: "talks of a meeting",
			text: "Opposition leader Morgan Tsvangirai met Saturday with a senior African Union envoy.\n\n" +
				"Mr. Tsvangirai spoke to reporters at his home in Harare, and praised the talks with Jean Ping.\n\n" +
				"Mr. Ping also met Saturday with Zimbabwe's foreign minister.",
			want: []string{"MEET met [African Union:PARTICIPANT Jean Ping:PARTICIPANT Morgan Tsvangirai:PARTICIPANT]",
				"MEET met [Jean Ping:PARTICIPANT Zimbabwe:PARTICIPANT]"},
			absent: []string{"NEGOTIATE talks"},
		},
		{
			// a noun trigger that took its preposition still reads the other side
			name: "meeting with",
			text: "Ms. Rice and Vice President Dick Cheney conveyed the message in a White House meeting with Adil Abdul Mahdi.",
			want: []string{"MEET meeting with [Adil Abdul Mahdi:PARTICIPANT Dick Cheney:PARTICIPANT Rice:PARTICIPANT]"}, // one meeting, told twice (the verb folds into the noun it is "in": event_fold_object.go)
		},
		{
			// a participle clause after the main one shares its subject and day;
			// a participle after a number is an adjective of the object
			name: "participle clause",
			text: "Meanwhile, Israeli troops raided the West Bank town of Jenin today, arresting eight accused members of Islamic Jihad.",
			want: []string{"ARREST arresting [Islamic Jihad:PATIENT Israel:AGENT]"},
		},
		{
			// a show of force needs someone showing it
			name:   "forced to withdraw",
			text:   "Earlier this year, Syria was forced to withdraw its troops from Lebanon under intense pressure.",
			absent: []string{"MILITARY_POSTURE forced"},
		},
		{
			// harm a disaster did is no attack
			name:   "by a disaster",
			text:   "Pope Benedict visited the Italian city of L'Aquilla and other central Italian towns devastated earlier this month by a deadly earthquake.",
			absent: []string{"ATTACK devastated"},
		},
		{
			// a win in a game is no attack
			name:   "sports win",
			text:   "Meanwhile, fourth-seeded Tommy Haas of Germany beat Luxembourg's Gilles Muller in straight sets.",
			absent: []string{"ATTACK beat"},
		},
		{
			// killed during a raid: one attack; the helicopter is the raider's,
			// so the country before it is the attacker
			name: "instrument raid",
			text: "The U.S. military said 10 Taleban rebels were killed Thursday during a U.S. helicopter raid in Khost province.",
			want: []string{"ATTACK raid [Taleban:PATIENT United States:AGENT]"},
		},
		{
			// who claimed responsibility for an attack made it
			name: "responsibility",
			text: "A report says the armed Basque separatist group ETA has taken responsibility for five attacks in the north of the country.",
			want: []string{"ATTACK attacks [Basque Homeland and Freedom:AGENT]"},
		},
		{
			// "with an attack on": the clause's subject attacked
			name: "with an attack",
			text: "Meanwhile, Palestinian gunmen interrupted a two-week old truce Thursday with an attack on an Israeli military vehicle in the Gaza Strip.",
			want: []string{"ATTACK attack [Israel:PATIENT West Bank:AGENT]"},
		},
		{
			// "in connection with an attempt" is no actor's means
			name: "in connection with",
			text: "Havana broke ties with Panama City for pardoning four men convicted in connection with an assassination attempt against Cuban President Fidel Castro.",
			want: []string{"ATTACK assassination [Fidel Castro:PATIENT]"},
		},
		{
			// a hyphenated pair of peoples names both sides; what is discussed is no side
			name: "pair and topic",
			text: "Israel will free 500 Palestinians after next week's Israeli-Palestinian summit.\n\n" +
				"Mr. Abbas and President Bush are expected to discuss Israel's plan to withdraw from the Gaza Strip.",
			want: []string{"MEET summit [Israel:PARTICIPANT West Bank:PARTICIPANT]", "MEET discuss [Abbas:PARTICIPANT Bush:PARTICIPANT]"},
		},
		{
			// a sentence summing up separate attacks makes no one event of them
			name:   "separate",
			text:   "Authorities say nine Afghan soldiers and 10 Taleban rebels have been killed in two separate ambushes in the south.",
			absent: []string{"ATTACK killed", "ATTACK ambushes"},
		},
		{
			// injuries in an attack are that attack's
			name:   "wounded in an ambush",
			text:   "Five Afghan soldiers were wounded in an ambush in Khost province.",
			want:   []string{"ATTACK ambush [Afghanistan:PATIENT]"},
			absent: []string{"INJURY wounded"},
		},
		{
			// a name after a comma that opens its own clause is no conjunct of the object
			name:   "comma clause",
			text:   "But he said by holding violent demonstrations that have killed 18 people, Muslims have missed an opportunity.",
			absent: []string{"ATTACK killed"},
		},
		{
			// a vote for an office is an election; parliamentary and presidential
			// elections are two; "the country's" elections are the country's
			name: "elections",
			text: "Loyalists are waging a campaign ahead of Afghanistan's September parliamentary vote.\n\n" +
				"Kenya is scheduled to hold parliamentary elections on September 18, a year after the country's first direct and democratic presidential elections.",
			want: []string{"ELECTION vote [Afghanistan:PARTICIPANT]", "ELECTION elections [Kenya:AGENT]", "ELECTION elections [Kenya:PARTICIPANT]"},
		},
		{
			// winning an election is no attack, and the winner took part
			name:   "dominated elections",
			text:   "Hamas dominated recent Palestinian elections, but U.S. officials regard it as a terrorist organization.",
			want:   []string{"ELECTION elections [Hamas:PARTICIPANT West Bank:PARTICIPANT]"},
			absent: []string{"ATTACK dominated"},
		},
		{
			// "Through an agreement with X, Y will": the main clause's subject is the other side
			name: "through an agreement",
			text: "Through a lease agreement with Ukraine, Russia will operate the naval base until 2017.",
			want: []string{"AGREEMENT agreement [Russia:PARTICIPANT Ukraine:PARTICIPANT]"},
		},
		{
			// a regnal numeral is part of the name
			name: "regnal numeral",
			text: "Pope John Paul II has urged believers to display the signs of their faith.",
			want: []string{"APPEAL urged [Pope John Paul II:AGENT]"},
		},
		{
			// talking by phone is a phone call, however long the names;
			// talking to reporters is speech
			name: "by phone",
			text: "U.S. President Barack Obama talked to Russian President Vladimir Putin by phone on Friday.\n\n" +
				"Chinese President Hu Jintao spoke over the phone with Japanese Prime Minister Shinzo Abe on Monday.\n\n" +
				"President Bush talked with reporters on Friday.",
			want: []string{"PHONE_CALL talked [Barack Obama:PARTICIPANT Vladimir Putin:PARTICIPANT]",
				"PHONE_CALL spoke [Hu Jintao:PARTICIPANT Shinzo Abe:PARTICIPANT]"},
			absent: []string{"NEGOTIATE talked", "MEET talked"},
		},
		{
			name: "by phone, short",
			text: "Obama talked to Putin by phone.",
			want: []string{"PHONE_CALL talked [Obama:PARTICIPANT Putin:PARTICIPANT]"},
		},
		{
			// habits are no events
			name:   "in the past",
			text:   "Hamas refuses to recognize Israel and has organized suicide attacks against Israeli targets in the past.",
			absent: []string{"ATTACK attacks"},
		},
		{
			// rejecting a bill that calls for something is no appeal made to the rejecter
			name:   "bill calling for",
			text:   "The Israeli parliament has rejected a bill calling for a national referendum on the withdrawal plan.",
			absent: []string{"APPEAL calling"},
		},
		{
			// deaths in fighting are killings
			name: "deaths in action",
			text: "The U.S. military has reported the deaths of 10 American soldiers in hostile action in Iraq since Sunday.",
			want: []string{"ATTACK deaths [United States:PATIENT]"},
		},
		{
			// a country's group is not the country; "Name (ABBR) leader X" is X
			name: "possessor of a group",
			text: "A Mexican diplomat, Andres Valencia, has met with the leader of Colombia's second largest rebel group.\n\n" +
				"Mr. Valencia said his talks with National Liberation Army (ELN) leader Francisco Galan focused on ways to reduce differences.",
			want: []string{"MEET met with [Andres Valencia:PARTICIPANT Francisco Galan:PARTICIPANT]"},
		},
		{
			// visiting people in a place visits the place
			name: "visit troops in",
			// Mosul is a city in Iraq (PETRARCH files it among Iraq's names;
			// the pipeline keeps it a place of its own): the place visited.
			text: "Defense Secretary Donald Rumsfeld visited U.S. troops in Mosul on Sunday.",
			want: []string{"VISIT visited [Donald Rumsfeld:AGENT Mosul:PATIENT United States:PATIENT]"},
		},
		{
			// "inspectors from X" act for X
			name: "inspectors from",
			text: "Iranian media report that inspectors from the International Atomic Energy Agency will travel to Iran early next month.",
			want: []string{"VISIT travel [International Atomic Energy Agency:AGENT Iran:PATIENT]"},
		},
		{
			// restarting talks is holding them
			name: "re-started talks",
			text: "Ehud Olmert will meet Mahmoud Abbas on Wednesday.\n\nThe two leaders re-started peace talks in November.",
			want: []string{"NEGOTIATE talks [Ehud Olmert:PARTICIPANT Mahmoud Abbas:PARTICIPANT]"},
		},
		{
			// calling something a name is no phone call
			name:   "called it absurd",
			text:   "Foreign Ministry spokesman Vasily Filipchuk Tuesday called a Swiss media report saying Ukraine allowed the prisons \"absurd.\"",
			absent: []string{"PHONE_CALL called"},
		},
		{
			// a participle clause after an object apposition: the main subject acts
			name: "asking after apposition",
			text: "Argentine President Nestor Kirchner wrote to his Cuban counterpart, Fidel Castro, asking him to allow Dr. Molina to visit Argentina.",
			want: []string{"APPEAL asking [Fidel Castro:PATIENT Nestor Kirchner:AGENT]"},
		},
		{
			// "was to hold talks": a plan that did not happen; "Instead he" is
			// the person just named
			name: "was to",
			text: "Iran's foreign minister has postponed a visit to Saudi Arabia.\n\n" +
				"Manouchehr Mottaki was to hold talks with his Saudi counterpart Prince Saud al-Faisal in Jeddah Wednesday.\n\n" +
				"Instead he traveled to the United Arab Emirates.",
			want:   []string{"VISIT traveled [Manouchehr Mottaki:AGENT United Arab Emirates:PATIENT]"},
			absent: []string{"NEGOTIATE talks"},
		},
		{
			// a summit holds talks of its own: Barroso's talks are not the summit
			name: "summit talks",
			text: "EU Commission President Jose Manuel Barroso is expected in Moscow to prepare for next month's summit between Russian President Vladimir Putin and EU leaders.\n\n" +
				"The EU Commission says Mr. Barroso's talks with President Putin aim at finding ways to improve cooperation.",
			want: []string{"NEGOTIATE talks [Jose Manuel Barroso:PARTICIPANT Vladimir Putin:PARTICIPANT]"},
		},
		{
			// "the organization" is the one that spoke last as a subject, not one named later
			name: "the organization",
			text: "The Sikh Coalition said it had been informed by the U.S. Transportation Security Administration of the policy.\n\n" +
				"The organization urged Sikhs to sign a petition to the TSA.",
			want: []string{"APPEAL urged [Sikh Coalition:AGENT Sikhs:PATIENT]"},
		},
		{
			// "shot dead": one attack, no death of its own; an aim is no act;
			// what the appeal asks of someone is not its target
			name: "shot dead, policy of, calls on",
			text: "Earlier Friday, Israeli troops shot dead a member of the Islamic Jihad militant group in the West Bank.\n\n" +
				"The comments may indicate a shift in Hamas' long-standing policy of destroying Israel.\n\n" +
				"Osama bin Laden also calls on Europeans to stand against Washington.",
			want:   []string{"APPEAL calls [Europeans:PATIENT Osama bin Laden:AGENT]"},
			absent: []string{"DEATH dead", "ATTACK destroying"},
		},
		{
			// regular bombings are a habit; a threat to cut supplies to X is aimed at X;
			// "he" after "the bomber" is the bomber, not the police chief who spoke
			name: "regular, threat to, the bomber",
			text: "Baluchistan province experiences regular bombing attacks.\n\n" +
				"Gazprom is threatening to cut natural gas supplies to Ukraine on January 1.\n\n" +
				"Local police chief Jawid Ahmad said the bomber was killed Saturday when he detonated his explosives.",
			want:   []string{"THREATEN threatening [Gazprom:AGENT Ukraine:PATIENT]"},
			absent: []string{"ATTACK bombing", "ATTACK attacks", "ATTACK detonated"},
		},
		{
			// a participle with its "by" agent is passive; an election in a country is the country's, with the candidate the victory goes to
			name: "kidnapped by, election in",
			text: "Five Japanese kidnapped by North Korea returned to Japan two years ago.\n\n" +
				"Final results from last month's presidential runoff election in Nigeria give the victory to Umaru Yar'Adua.",
			want: []string{"ATTACK kidnapped [Japan:PATIENT North Korea:AGENT]", "ELECTION election [Nigeria:PARTICIPANT Umaru Yar'Adua:PARTICIPANT]"},
		},
		{
			// an organization in apposition acts; "assault rifles" are equipment;
			// a market's rally is no protest; arresting is an arrest whatever the
			// pattern; a progressive light verb gives its subject
			name: "org apposition, equipment, market, arrest, conducting",
			text: "The Palestinian militant group, Hamas, has threatened Israel with new attacks.\n\n" +
				"Russia is defending its plans to sell Venezuela assault rifles and helicopters.\n\n" +
				"Meanwhile, Sri Lanka's stock market staged a major rally Thursday.\n\n" +
				"The Sri Lankan navy says it has arrested five Indian nationals and confiscated their trawler.\n\n" +
				"Iran is conducting military maneuvers in the Persian Gulf.",
			want: []string{"THREATEN threatened [Hamas:AGENT Israel:PATIENT]", "ARREST arrested [India:PATIENT Sri Lanka:AGENT]",
				"MILITARY_POSTURE military maneuvers [Iran:AGENT]"},
			absent: []string{"ATTACK assault", "PROTEST rally", "OCCUPY arrested"},
		},
		{
			// stepping up efforts shows no force; "a similar attack" is another one
			name: "stepped up, similar attack",
			text: "Spanish authorities have stepped up efforts against Islamic militants since the Madrid bombings.\n\n" +
				"Gunmen killed three Canadian soldiers Monday near Kandahar.\n\n" +
				"Another soldier died in a similar attack in the same region on Sunday.",
			want:   []string{"ATTACK killed [Canada:PATIENT]"},
			absent: []string{"MILITARY_POSTURE stepped up"},
		},
		{
			// a phone call from X to Y; "X, the leader of Z's party" describes X;
			// a legislator's party and state is no actor
			name: "call from to, description, party-state",
			text: "The announcement comes following a phone call from President Bush to Abdul-Aziz al-Hakim, the leader of Iraq's largest Shi'ite party.\n\n" +
				"Rep. Tony Hall, D-Ohio, urges the United Nations to allow a freer flow of food into Iraq.",
			want: []string{"PHONE_CALL phone call [Abdul-Aziz al-Hakim:PARTICIPANT Bush:PARTICIPANT]",
				"APPEAL urges [Tony Hall:AGENT United Nations:PATIENT]"},
		},
		{
			// trying is not succeeding; a plan is no event; winning seats shows no force
			name: "try, plan, garnering",
			text: "Robert Gates said the U.S. will try to reach a new agreement with Kyrgyzstan.\n\n" +
				"Prosecutors have issued arrest orders against three others accused of planning to attack Mr. Allawi.\n\n" +
				"The elections saw the junta's Union Solidarity and Development Party garnering over 75 percent of the seats.",
			absent: []string{"AGREEMENT agreement", "THREATEN planning", "MILITARY_POSTURE garnering"},
		},
		{
			// "They" opening a sentence is the plural group that was the subject
			// before; "fired rockets at X" aims at X; a country told alone is no "they"
			name: "they, fired at",
			text: "Taleban militants attacked a police post near Kandahar on Sunday.\n\nThey also fired rockets at a NATO base.\n\n" +
				"Cuba severed ties with Panama after Mireya Moscoso pardoned the men.\n\nThey were convicted of plotting to kill Mr. Castro.",
			want:   []string{"ATTACK fired [NATO:PATIENT Taleban:AGENT]"},
			absent: []string{"TRIAL convicted"},
		},
		{
			// a body holding its own summit meets as a body; the opening verb is no event of its own
			name:   "collective summit",
			text:   "Leaders of the Association of Southeast Asian Nations have opened their annual summit in Manila.",
			want:   []string{"MEET summit [Association of Southeast Asian Nations:PARTICIPANT]"},
			absent: []string{"NEGOTIATE opened"},
		},
		{
			// the subject before a relative clause; charging is indicting; a
			// bare force noun in a country's force's report is that country's
			name: "relative clause subject, charged, army says troops",
			text: "Former Croatian General Ante Gotovina, who many Croats still consider a hero, goes on trial Tuesday in The Hague.\n\n" +
				"The United Nations War Crimes Tribunal has charged Gotovina and two other ex-generals - Ivan Cermak and Mladen Markac - with war crimes.\n\n" +
				"In another development, the Israeli army says troops raided the West Bank town of Jenin Monday.",
			want: []string{"TRIAL goes [Ante Gotovina:PATIENT United Nations War Crimes Tribunal:AGENT]",
				"ATTACK raided [Israel:AGENT West Bank:PATIENT]"},
		},
		{
			// "slain leader" is who he was; culling birds, games in a sports story,
			// a protection zone and an agentless threat are no events
			name: "slain, birds, games, zone, agentless threat",
			text: "The board displayed quotes from slain American civil rights leader Martin Luther King.\n\n" +
				"Hungarian officials have slaughtered all 3,000 birds in the affected flock.\n\n" +
				"They also have set up a three-kilometer protection zone around the area.\n\n" +
				"The U.S. football team has completed a training camp ahead of the World Cup finals.\n\n" +
				"The Americans host Morocco on Tuesday in Nashville before facing Venezuela in Cleveland.\n\n" +
				"Pakistan is not doing enough to counter terrorist groups that threaten India.",
			absent: []string{"ATTACK slain", "ATTACK slaughtered", "ATTACK set up", "VISIT host", "THREATEN threaten"},
		},
		{
			// "both countries" after a preposition; filing charges is indicting;
			// what a denied report says is not asserted; "mainly Kurdish" stays in the phrase
			name: "both countries, filed charges, denied report, mainly",
			text: "Both Eritrea and Ethiopia have increased troops along their shared border.\n\n" +
				"The Security Council has imposed sanctions on both countries.\n\n" +
				"Iraq's special tribunal has filed its first charges against Saddam Hussein.\n\n" +
				"Saad Hariri has denied a newspaper report that says he will ask a U.N. tribunal to stop its investigation.\n\n" +
				"Turkish Prime Minister Recep Tayyip Erdogan has paid a rare visit to mainly Kurdish southeastern Turkey.",
			want: []string{"SANCTION imposed [Eritrea:PATIENT Ethiopia:PATIENT U.N. Security Council:AGENT]",
				"TRIAL filed [Iraq:AGENT Saddam Hussein:PATIENT]", "VISIT visit [Recep Tayyip Erdogan:AGENT Turkey:PATIENT]"},
			absent: []string{"APPEAL ask", "ARREST filed"},
		},
		{
			// kidnappers seizing someone abduct; "no prisoners have been killed"
			// denies; a jet plunging or taking off is no attack
			name: "kidnappers, no one, jet",
			text: "Officials said kidnappers seized an Iraqi health ministry official from her Baghdad home.\n\n" +
				"Libya's ambassador said no Somali prisoners have been killed.\n\n" +
				"The China Eastern Airlines jet plunged into a lake just seconds after taking off from Baotou.",
			want:   []string{"ATTACK seized [Iraq:PATIENT]"},
			absent: []string{"ARREST seized", "ATTACK killed", "ATTACK plunged", "OCCUPY taking"},
		},
		{
			// a storm is no attacker; sending a letter is no meeting; fighting for
			// years is a state of affairs; returning fire still kills
			name: "storm, letter, for years, returned fire",
			text: "Local officials say tropical storm Delta struck the region Monday, hitting the islands of Tenerife and La Palma the hardest.\n\n" +
				"Ayatollah Ali Khamenei sent Mr. Ahmadinejad a letter calling for the removal of the deputy.\n\n" +
				"Baluch rebels have been fighting a low-level insurgency against Pakistan's central government for years.\n\n" +
				"Witnesses said Israeli soldiers returned fire and killed one Palestinian gunman.",
			want:   []string{"ATTACK returned [Israel:AGENT West Bank:PATIENT]"},
			absent: []string{"ATTACK struck", "ATTACK hitting", "MEET sent", "ATTACK fighting"},
		},
		{
			// agreeing to allow what another party asked is an agreement, that
			// party unnamed; a capital alone as subject is its government
			name: "agreed to allow, capital subject",
			text: "Damascus recently agreed to allow its officials to be questioned outside Syria.",
			want: []string{"AGREEMENT agreed [Syria:PARTICIPANT]"},
		},
		{
			// an adverb of an adjective stays in the subject phrase (the zone is
			// where, not who); arrests are told with arrest verbs
			name: "heavily fortified, overseeing",
			text: "The U.S. embassy in Iraq says a rocket attack on Baghdad's heavily fortified Green Zone has killed three people.\n\n" +
				"The United Nations war crimes tribunal has reduced to 40 years the life prison term of a former Bosnian Serb mayor convicted of overseeing detention camps for Croats and Muslims.",
			absent: []string{"ARREST overseeing", "ATTACK killed [Green Zone:AGENT]"},
		},
		{
			// "the attack" whose doer is now named is the attack just told;
			// "the police officers" are the Afghan ones; "was fired by" a person
			// is a dismissal; reaching out is no appeal
			name: "the attack, police officers, fired by, reach out",
			text: "Six Afghan police officers have been killed in the south.\n\n" +
				"Afghan officials say the police officers were killed Monday when a bomb ripped through their vehicle in Kandahar province.\n\n" +
				"The Taliban claimed responsibility for the attack.\n\n" +
				"Separately, former Moscow Mayor Yury Luzhkov was fired last month by Russian President Dmitry Medvedev.\n\n" +
				"VOA Creole also is reaching out on Facebook and Twitter.",
			// ("The Taliban" an organization: the gazetteer's entity, Taleban)
			want:   []string{"ATTACK killed [Afghanistan:PATIENT Taleban:AGENT]"},
			absent: []string{"ATTACK attack", "ATTACK fired", "APPEAL reaching"},
		},
		{
			// a demand no one named makes is dropped; a news medium is no side
			name: "agentless demand, medium",
			text: "Thousands of demonstrators have marched through London to protest the war in Iraq and demand the withdrawal of British troops.\n\n" +
				"Meanwhile, Japan's Kyodo news agency reports Pyongyang has agreed to talks with Japan in October on a range of issues.",
			absent: []string{"DEMAND demand", "NEGOTIATE talks [Japan:PARTICIPANT Kyodo:PARTICIPANT]"},
		},
		{
			// found dead is a death; hanging up one's spikes is retiring; a
			// runner dominating a race in a sports story wins it
			name: "found dead, hung up, dominated the race",
			text: "Their friend and clubman Andy Campbell was found dead at his home on 18 December.\n\n" +
				"As the summer ended, stalwarts Catherina McKiernan and Dermot Donnelly hung up their competitive spikes.\n\n" +
				"Samaria is among the world's top three 800m runners this season.\n\n" +
				"There was no coming back over the last 200m as Kelly Holmes dominated the race.",
			want:   []string{"DEATH found [Andy Campbell:PATIENT]"},
			absent: []string{"ATTACK found", "ATTACK hung", "ATTACK dominated"},
		},
		{
			// hitting sales is no attack
			name:   "hits sales",
			text:   "Bad weather hits Nestle sales.\n\nA combination of bad weather and rising costs has hit sales at Swiss food giant Nestle.",
			absent: []string{"ATTACK hit", "ATTACK hits"},
		},
		{
			// electing to do something is choosing, not a vote
			name:   "elected to",
			text:   "Caribbean Select Inc said it has elected to redeem on April 10 all its Class A warrants.",
			absent: []string{"ELECTION elected"},
		},
		{
			// a workers' strike is a protest; blizzards lashing a country are weather
			name: "labour strike, blizzards",
			text: "A strike by Brazilian seafarers over pay has damaged oil exports.\n\n" +
				"Blizzards lashed Greece today, piling up to 10 feet of snow in places.",
			want:   []string{"PROTEST strike [Brazil:AGENT]"},
			absent: []string{"ATTACK strike", "ATTACK lashed"},
		},
		{
			// dominating and reserving a right are no attack or threat
			name: "dominated by, reserved",
			text: "Finnish trade affairs are dominated by its special ties with its neighbour, the Soviet Union.\n\n" +
				"The Quantum Fund said it reserved the future right to buy additional shares.",
			absent: []string{"ATTACK dominated", "THREATEN reserved"},
		},
		{
			// injuring producers is economic harm
			name:   "injuring producers",
			text:   "The Commerce Department found that Canadian potash imports were injuring U.S. producers in 1986.",
			absent: []string{"ATTACK injuring", "INJURY injuring"},
		},
		{
			// calling bonds redeems them; demonstrating a commitment shows it
			name: "calls debentures, demonstrating commitment",
			text: "Borden Inc said it called for redemption on May one its outstanding 605,000 dlrs of 4-3/8 pct sinking fund debentures.\n\n" +
				"The International Coffee Organization is demonstrating its commitment to a new quota agreement.",
			absent: []string{"APPEAL called", "PROTEST demonstrating"},
		},
		{
			// bodies found are deaths; an execution of people is a killing
			name: "bodies found, execution",
			text: "In northern Iraq, police say the bodies of an elderly tribal leader, Ibrahim Ali al-Nuimei, and his son were found near the town of Kirkuk.\n\n" +
				"Human Rights Watch says the new information implicates Ali Hassan al-Majid in the execution of hundreds of Shi'ite Muslims in 1999.",
			want: []string{"DEATH found [Ibrahim Ali al-Nuimei:PATIENT]", "ATTACK execution [Shi'ite Muslims:PATIENT]"},
		},
		{
			// attending a conference is meeting others there, unnamed; attending
			// "the summit" already told is no meeting of one's own
			name: "attending a conference",
			text: "Richard Boucher is attending an international conference in Berlin on the reconstruction of Afghanistan.\n\n" +
				"Leaders of the trade bloc Mercosur are meeting in Venezuela.\n\nBolivian President Evo Morales also is to attend the summit.",
			want:   []string{"MEET conference [Richard Boucher:PARTICIPANT]"},
			absent: []string{"MEET summit [Evo Morales:PARTICIPANT]"},
		},
		{
			// a participle after a person's description: done to the person
			name: "description participle",
			text: "Ms. Rice met Adil Abdul Mahdi, a leading Shi'ite politician named as one of the new Iraqi vice presidents.",
			want: []string{"APPOINTMENT named [Adil Abdul Mahdi:PATIENT]"},
		},
		{
			// what officials expect of someone, however far off, has not happened
			name:   "expect to go on trial",
			text:   "Iraqi officials say they expect Chemical Ali to be among the first of several top lieutenants of Saddam Hussein's regime to go on trial.",
			absent: []string{"TRIAL trial", "TRIAL go"},
		},
		{
			// a request still to be made is a plan
			name:   "will ask",
			text:   "Mr. Abbas said he will also ask for economic aid.\n\nVenezuela will look to other countries for help in maintaining its jets.",
			absent: []string{"APPEAL ask for", "APPEAL look"},
		},
		{
			// a company named underwriter is no appointment
			name:   "named underwriter",
			text:   "Helen of Troy Corp said it named Drexel Burnham Lambert Inc as sole underwriter of the offering.",
			absent: []string{"APPOINTMENT named"},
		},
		{
			// firing a person dismisses him; shares shooting up rise
			name: "fired North, shot up",
			text: "Reagan fired Oliver North from the National Security Council staff.\n\n" +
				"A judge dismissed a lawsuit by fired White House aide Lt. Col. Oliver North.\n\n" +
				"Roger King faces charges stemming from his arrest in Fort Lauderdale last month.\n\n" +
				"A senior Iraqi official said Iran had exaggerated reports of fighting on the northern front.\n\n" +
				"Shares of ChemLawn Corp shot up 11-5/8 to 29-3/8 in over-the-counter trading.",
			absent: []string{"ATTACK fired", "ATTACK shot", "OCCUPY arrest", "THREATEN exaggerated"},
		},
		{
			// an earthquake kills, no country; a news agency reports; a vote
			// defeats a move; a constitutional attack is criticism
			name: "earthquake, agency, defeated a move, constitutional attack",
			text: "A very strong earthquake which struck southwest Japan killed one person and injured at least three.\n\n" +
				"Seventeen people were killed after a dam collapsed in Soviet Tadzhikistan, the official news agency Tass said.\n\n" +
				"Water broke through the dam in the Kulyab region, sweeping away 53 houses, destroying bridges and damaging railway lines, Tass said.\n\n" +
				"The Senate defeated a move to block 40 mln dlrs in military aid to the Nicaraguan contra rebels.\n\n" +
				"The constitutional attack by Assistant Attorney General John Bolton came in a brief filed Monday.",
			absent: []string{"ATTACK killed", "ATTACK destroying", "ATTACK defeated", "ATTACK attack"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestSimilarAttackIsAnother: "a similar attack" told after an attack is
// another attack, not a second report of the first.
func TestSimilarAttackIsAnother(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Gunmen killed three Canadian soldiers near Kandahar.\n\nAnother soldier died of wounds suffered in a similar attack in the same region."
	a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: text, Published: "2007-06-14"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range a.Events {
		if ev.Type == "ATTACK" && len(ev.Evidence) > 1 {
			t.Errorf("attack %q told in %d sentences, want the first only", ev.Trigger, len(ev.Evidence))
		}
	}
}

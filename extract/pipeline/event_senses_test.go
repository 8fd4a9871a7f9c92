package pipeline

import (
	"slices"
	"testing"
)

// TestOtherSenses: words news uses for violence and for other things alike
// are events only with their violent context.
func TestOtherSenses(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{name: "hit song", text: "Actress Audrey Tautou, star of hit film Amelie, will play the lead.", absent: []string{"ATTACK"}},
		{name: "economy hit", text: "The dollar's weakness has hit European exporters, Siemens said.", absent: []string{"ATTACK"}},
		{name: "bomb hit", text: "A roadside bomb hit a NATO convoy near Kandahar on Sunday.", want: []string{"ATTACK hit [NATO:PATIENT]"}},
		{name: "award beat", text: "Morgan Freeman beat Clive Owen and Jamie Foxx to the prize for best supporting actor.", absent: []string{"ATTACK"}},
		{name: "award nomination", text: "Natalie Portman has been nominated for a best supporting actress award.", absent: []string{"APPOINTMENT"}},
		{name: "film shot", text: "The film Kisna has been shot in Hindi and English by director Subhash Ghai.", absent: []string{"ATTACK"}},
		{name: "shot to fame", text: "The comedy Meet the Fockers shot to the top of the US box office.", absent: []string{"ATTACK"}},
		{name: "criticism", text: "Tory leader Michael Howard attacked Labour's record on asylum.", absent: []string{"ATTACK"}},
		{name: "criticism over", text: "Clare Short attacks the United States over tsunami aid.", absent: []string{"ATTACK"}},
		{name: "party whip", text: "Robert Kilroy-Silk resigned the UK Independence Party whip in October.", absent: []string{"ATTACK"}},
		{name: "engaged", text: "Young people who are engaged by the Labour Party are essential, Tony Blair said.", absent: []string{"ATTACK"}},
		{name: "belief", text: "Robert Kilroy-Silk said his conviction in Britain's right to govern itself had not changed.", absent: []string{"TRIAL"}},
		{name: "role", text: "Prosecuting attorney Carol Lam said the company had bribed officials.", absent: []string{"TRIAL"}},
		{name: "assets", text: "The assault on Yukos' assets was blamed for the slowdown.", absent: []string{"ATTACK"}},
		{name: "question", text: "Pakistani President Pervez Musharraf was asked whether the war on terror had made the world less safe.", absent: []string{"APPEAL"}},
		{name: "request", text: "Yukos asked the US court to send its tax dispute with Russia to arbitration.", want: []string{"APPEAL asked [United States:PATIENT Yukos:AGENT]"}},
		{name: "shooting a film", text: "Shooting on Casino Royale will begin once Martin Campbell has finished the sequel.", absent: []string{"ATTACK"}},
		{name: "market", text: "Airbus overtook Boeing as the world's largest maker of airliners in 2003.", absent: []string{"ATTACK"}},
		{name: "words", text: "South African President Thabo Mbeki has attacked British imperialists, saying they treated Africans badly.", absent: []string{"ATTACK"}},
		{name: "plural attacks", text: "The IRA decided to carry out the Bloody Friday attacks in Belfast.", want: []string{"ATTACK carry out [IRA:AGENT]"}},
		{name: "no meeting", text: "Kuwait's oil minister said there were no plans for an emergency OPEC meeting.", absent: []string{"MEET"}},
		{name: "space launch", text: "The Delta was the first of six rockets scheduled for launch by NASA this year.", absent: []string{"ATTACK"}},
		{name: "proposal", text: "Germany proposed a freeze last week and Canada has begun its own moratorium.", absent: []string{"APPEAL"}},
		{name: "meet concerns", text: "The new powers are designed to meet the Law Lords' concerns, Charles Clarke said.", absent: []string{"MEET"}},
		{name: "race", text: "Jason Gardener recovered in the second race to beat Swede Daniel Persson.", absent: []string{"VISIT"}},
		{name: "election compound", text: "Labour election co-ordinator Alan Milburn said the speech confirms it.", absent: []string{"ELECTION"}},
		{name: "car maker", text: "Struggling Japanese car maker Mitsubishi Motors has struck a deal to supply French car maker Peugeot with vehicles.", absent: []string{"ATTACK"}},
		{name: "abused trust", text: "He told delegates that Labour had abused the public's trust and that the Tories had failed to oppose them.", absent: []string{"ATTACK"}},
		{name: "abusing the system", text: "The Treasury announced tougher measures against those suspected of abusing the system.", absent: []string{"ATTACK"}},
		{name: "proposed referendum", text: "Likud's Central Committee voted overwhelmingly Thursday to call for a non-binding referendum on the disengagement plan.", absent: []string{"ELECTION"}},
		{name: "referendum must", text: "If the plan passes the legislature, Venezuelan citizens must vote in a referendum to accept or reject it.", absent: []string{"ELECTION"}},
		{name: "dated referendum", text: "Opinion polls have shown French voters planning to reject the constitution in a referendum on May 29.", want: []string{"ELECTION referendum [France:PARTICIPANT]"}},
		{name: "held referendum", text: "Ms. Rice spoke just days after Iraqis voted in a referendum on a new constitution.", want: []string{"ELECTION referendum [Iraq:PARTICIPANT]"}},
		{name: "numerous attacks", text: "The military says the two men were responsible for numerous attacks against Iraqi and coalition forces.", absent: []string{"ATTACK"}},
		{name: "carrying out attacks", text: "Israel stopped destroying the homes of Palestinians suspected of carrying out suicide attacks against Israeli targets.", absent: []string{"ATTACK"}},
		{name: "to launch attacks", text: "The report accused Hezbollah militants of using civilians as shields to launch attacks against Israeli forces in Lebanon.", absent: []string{"ATTACK attacks"}},
		{name: "dated airstrikes", text: "The U.S. military launched multiple airstrikes Friday against a building sheltering about 50 suspected terrorists.", want: []string{"ATTACK airstrikes [United States:AGENT]"}},
		{name: "referendum organised", text: "Opinion polls have shown French voters planning to reject the plan in a referendum organised by the government.", want: []string{"ELECTION referendum [France:PARTICIPANT]"}},
		{name: "referendum held", text: "Opinion polls have shown Bolivian voters planning to reject the plan in a referendum held at the same time.", want: []string{"ELECTION referendum [Bolivia:PARTICIPANT]"}},
		{name: "counted attacks", text: "Insurgents have launched two deadly attacks against Shi'ites in Iraq.", want: []string{"ATTACK attacks [Shi'ites:PATIENT]"}},
		{name: "discuss topic", text: "India and Bangladesh will also discuss India's controversial river-linking project.", absent: []string{"MEET"}},
		{name: "discuss with", text: "Jordan has been discussing nuclear plans with France.", want: []string{"MEET discussing [France:PARTICIPANT Jordan:PARTICIPANT]"}},
		{name: "sanctions in force", text: "Vladimir Putin says Iran is cooperating with the nuclear agency and United Nations sanctions will cause new problems.", absent: []string{"SANCTION"}},
		{name: "sanctions lifted", text: "North Korea will not return to talks until the United States lifts financial sanctions on North Korean assets.", absent: []string{"SANCTION"}},
		{name: "sanctions renewed", text: "The European Parliament renewed the sanctions against China last month.", want: []string{"SANCTION sanctions [China:PATIENT European Parliament:AGENT]"}},
		{name: "occupied blocks", text: "The UDD staged large protests between March and May 2010, and occupied several blocks of downtown Bangkok.", absent: []string{"OCCUPY"}},
		{name: "building occupied by", text: "Israeli helicopters fired missiles early Sunday at a building occupied by militants from the al-Aqsa Martyrs Brigades.", absent: []string{"OCCUPY"}},
		{name: "country occupied", text: "Korea was occupied by Japan beginning in 1905 following the Russo-Japanese War.", want: []string{"OCCUPY occupied [Japan:AGENT North Korea:PATIENT]"}},
		{name: "fighting forces", text: "The senator said insurgents fighting U.S. and Iraqi security forces do not have popular support.", absent: []string{"ATTACK"}},
		{name: "to fight", text: "They called on ethnic Shan people in Burma to stand united and fight the military.", absent: []string{"ATTACK"}},
		{name: "fought", text: "Shan rebels fought the Burmese military near the Thai border on Sunday.", want: []string{"ATTACK fought [Burma:PATIENT]"}},
		{name: "death denied involvement", text: "Former president Leonid Kuchma has denied any involvement in Georgy Gongadze's death.", absent: []string{"DEATH"}},
		{name: "death anniversary", text: "Hamas sympathizers gathered to mark the one-year anniversary of the death of Hamas founder Sheik Ahmed Yassin.", absent: []string{"DEATH"}},
		{name: "death told", text: "Mr. Abbas was elected president in January after Yasser Arafat's death.", want: []string{"DEATH death [Yasser Arafat:PATIENT]"}},
		{name: "hurricane warning", text: "Colombia has issued a hurricane warning for San Andres and Providencia.", absent: []string{"THREATEN"}},
		{name: "summoned envoys", text: "The Pakistani government has summoned envoys of nine European countries to protest the publication of cartoons.", absent: []string{"MEET"}},
		{name: "called to the ministry", text: "Diplomats from France, Germany and Norway were called to the Foreign Ministry in Islamabad to hear the protest.", absent: []string{"PHONE_CALL"}},
		{name: "toll since", text: "The insurgency for a communist state to replace Nepal's constitutional monarchy has killed more than 10,000 people since it began in 1996.\n\nA U.N. report says more than 3,700 Iraqi civilians were killed in October - - the highest monthly toll since U.S. forces invaded the country in 2003.", absent: []string{"ATTACK"}},
		{name: "toll recent", text: "Police say Taleban gunmen killed two Afghan soldiers in Kandahar on Monday.", want: []string{"ATTACK killed [Afghanistan:PATIENT Taleban:AGENT]"}},
		{name: "real attack", text: "Israeli aircraft attacked Hamas targets in Gaza on Monday.", want: []string{"ATTACK attacked [Hamas:PATIENT Israel:AGENT]"}},
	}
	checkEventCases(t, p, cases)
}

// TestMoreTriggers pins triggers CAMEO lacks: swearing in, test-firing, bail.
func TestMoreTriggers(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Kenya's President Mwai Kibaki was sworn in for a second term.":   "APPOINTMENT sworn in [Mwai Kibaki:PATIENT]",
		"North Korea test-fired a short-range missile on Friday.":         "MILITARY_POSTURE test-fired [North Korea:AGENT]",
		"A court in Lagos granted bail to opposition leader Bola Tinubu.": "TRIAL granted bail [Bola Tinubu:PATIENT]",
	} {
		if got := eventLines(t, p, text); !slices.Contains(got, want) {
			t.Errorf("%q: want %q among %q", text, want, got)
		}
	}
}

// TestArmedTakers: people taken by irregular fighters are abducted, an
// ATTACK; people taken by a state's forces are arrested.
func TestArmedTakers(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "guerrillas seized", text: "The war started after Hezbollah guerrillas attacked an Israeli patrol and seized two Israeli soldiers.", absent: []string{"ARREST"}},
		{name: "seized by gunmen", text: "The Italian engineer Carlo Rossi was seized Thursday by six gunmen near the southern city of Warri.", want: []string{"ATTACK seized [Carlo Rossi:PATIENT]"}},
		{name: "police captured", text: "Pakistani police captured a suspected al-Qaida militant in Karachi on Monday.", want: []string{"ARREST captured [Pakistan:AGENT al-Qaida:PATIENT]"}},
		{name: "kidnappers who seized", text: "The kidnappers who seized Italian aid worker Marco Bellini in Kabul last month have freed him.", absent: []string{"ARREST"}},
		{name: "officers who seized", text: "The Afghan police officers who seized Ahmed Wali in Kabul on Monday said he carried explosives.", want: []string{"ARREST seized [Afghanistan:AGENT Ahmed Wali:PATIENT]"}},
	})
}

// TestBorderClosed: a state closing or sealing its own border shows force.
func TestBorderClosed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "closed its border", text: "Kenya closed its border with Somalia in January during fighting between militias.", want: []string{"MILITARY_POSTURE closed [Kenya:AGENT]"}},
		{name: "seal its side", text: "Egypt will seal its side of the border on Monday.", want: []string{"MILITARY_POSTURE seal [Egypt:AGENT]"}},
		{name: "shop closed", text: "Kenya closed its embassy in Somalia in January.", absent: []string{"MILITARY_POSTURE"}},
	})
}

// TestProposalReceived: a proposal its maker put to someone who rejects or
// receives it is an appeal to them; a plan is not.
func TestProposalReceived(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "rejected suggestion", text: "The United States rejected an Iranian suggestion to hold higher-level talks on the security situation in Iraq.", want: []string{"APPEAL suggestion [Iran:AGENT United States:PATIENT]"}},
		{name: "proposal from", text: "Iran has rejected a proposal from Moscow to build a joint uranium enrichment facility in Russia.", want: []string{"APPEAL proposal [Iran:PATIENT Russia:AGENT]"}},
		{name: "no maker", text: "Brazilians have soundly rejected a proposal to ban all gun sales in the country.", absent: []string{"APPEAL"}},
		{name: "claim", text: "Tung Chee-hwa rejected suggestions that China forced his resignation.", absent: []string{"APPEAL"}},
		{name: "takeover", text: "Last week the London Stock Exchange rejected a takeover proposal from German rival Deutsche Boerse.", absent: []string{"APPEAL"}},
	})
}

package pipeline

import "testing"

// TestAccidentSense: a killing the text puts down to an accident is a death,
// not an attack; the same verbs with an attack told beside them stay attacks.
func TestAccidentSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "crash clause", text: "In March 2005, a Kenya Airways plane crashed soon after takeoff near Mombasa, killing 40 people.", absent: []string{"ATTACK"}},
		{name: "plane downed", text: "Last week Chechen rebels shot down a Russian helicopter near Grozny, killing 12 people.", want: []string{"ATTACK shot down [Russia:PATIENT]"}},
		{name: "on board", text: "Officials say a small Turkish plane crashed in the mountains near Van. They say all five people on board, including two Dutch engineers, were killed.", want: []string{"DEATH killed [Netherlands:PATIENT]"}, absent: []string{"ATTACK"}},
		{name: "after an ambush", text: "Officials say rebels ambushed a convoy near Van on Monday. They say five soldiers, including two Dutch engineers, were killed.", absent: []string{"DEATH"}},
		{name: "vehicle hit", text: "Rescuers reached the crash site a day after the Airbus hit the mountain during a storm.", absent: []string{"ATTACK"}},
		{name: "accidentally wounded", text: "Italian Prime Minister Silvio Berlusconi accidentally shot and wounded a bodyguard while hunting near Rome.", absent: []string{"ATTACK"}},
		{name: "shot on purpose", text: "Italian police say gunmen shot and wounded a bodyguard of Prime Minister Silvio Berlusconi near Rome.", want: []string{"ATTACK shot and [Italy:AGENT Silvio Berlusconi:PATIENT]"}},
	})
}

// TestAttackTally: attacks summed over a span are background, not an event;
// one attack on a named day is kept.
func TestAttackTally(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "surge in", text: "The curfew was tightened after a surge in border clashes between the Turkish army and Kurdish rebels.", absent: []string{"ATTACK"}},
		{name: "in the past", text: "In the past, Shabab militants have killed several aid workers who had criticized the group.", absent: []string{"ATTACK"}},
		{name: "named day", text: "On Sunday, Shabab militants killed several aid workers who had criticized the group.", want: []string{"ATTACK killed [Shabab:AGENT]"}},
		{name: "occasions", text: "On at least three other occasions, Hezbollah fired on the outpost after patrols returned.", absent: []string{"ATTACK"}},
		{name: "list in recent years", text: "Basilan is where the militant group Abu Sayyaf has carried out bombings, kidnappings and beheadings of soldiers in recent years.", absent: []string{"ATTACK"}},
	})
}

// TestOtherAttackSense: violence words used of computers, telephones and
// ventures are no attacks; an attack claimed on a website stays one.
func TestOtherAttackSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "virus plunders", text: "Like other recent viruses, Mydoom plunders Microsoft Outlook for e-mail addresses to send itself to.", absent: []string{"ATTACK"}},
		{name: "denial of service", text: "Akamai said the denial-of-service attacks on Yahoo's websites had been stopped.", absent: []string{"ATTACK"}},
		{name: "claimed on a website", text: "Al-Qaida in Iraq claimed the bomb attack on the Iraqi police in a statement posted on an Islamist website.", want: []string{"ATTACK attack [Iraq:PATIENT]"}},
		{name: "rang", text: "Mr Straw says he rang Condoleezza Rice as soon as he got the letter.", absent: []string{"ATTACK"}},
		{name: "foray", text: "It is Sony's first foray into online music, which has grown fast in the past year.", absent: []string{"ATTACK"}},
	})
}

// TestGameSense: in a match report the violence verbs tell the play; a war
// story's sentence beside a sports item keeps its attack.
func TestGameSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	report := "Liverpool's midfielder and their keeper were the stars of the Premiership fixture at Anfield. " +
		"Rafael Benitez was pleased. He praised his players. The crowd sang. Everyone went home happy. " +
		"Igor Biscan was outstanding after replacing injured Xabi Alonso, Benitez said."
	checkEventCases(t, p, []eventCase{
		{name: "injured in play", text: report, absent: []string{"ATTACK"}},
		{name: "war item", text: "Ugandan soldiers killed Joseph Kony's deputy in an ambush on Friday. Uganda's striker scored twice in the Premiership and the keeper made three saves in the match.", want: []string{"ATTACK ambush [Joseph Kony:PATIENT Uganda:AGENT]"}},
	})
}

// TestWordsAttack: a person attacks in words when the sentence tells of no
// weapon or harm; an attack on a person with a weapon stays one.
func TestWordsAttack(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "attacked magazines", text: "Singer Kylie Minogue has attacked \"cruel\" and \"dishonest\" celebrity magazines, questioning their reporting.", absent: []string{"ATTACK"}},
		{name: "launches attack on", text: "Clarke launches attack on Brown", absent: []string{"ATTACK"}},
		{name: "navy attack", text: "Oil prices rose after Defence Secretary Caspar Weinberger confirmed a U.S. Navy attack on an Iranian oil platform.", want: []string{"ATTACK attack [Iran:PATIENT U.S. Navy:AGENT]"}},
		{name: "knife attack", text: "Police say a man attacked Swedish Foreign Minister Anna Lindh with a knife in a Stockholm store.", want: []string{"ATTACK attacked [Anna Lindh:PATIENT]"}},
	})
}

// TestForeseenAttack: an attack warned of, feared or deemed possible has not
// happened; one told after a warning has.
func TestForeseenAttack(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "warning of", text: "NATO commanders are warning of a new Taleban offensive in the spring, when the passes open.", absent: []string{"ATTACK"}},
		{name: "capable of", text: "British officials say al-Qaida is capable of building and detonating a chemical bomb in Europe.", absent: []string{"ATTACK"}},
		{name: "possibility that", text: "Police have ruled out the possibility that the Italian engineer had been kidnapped by rebels.", absent: []string{"ATTACK"}},
		{name: "told offensive", text: "Taleban fighters launched a new offensive in Helmand province on Tuesday, NATO said.", want: []string{"ATTACK offensive [Taleban:AGENT]"}},
	})
}

// TestPropertyHarm: burning, looting or pelting things harms property, no
// ATTACK; the same verbs with people hurt stay attacks.
func TestPropertyHarm(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "set tires on fire", text: "Supporters of President Evo Morales burned an effigy, set tires on fire and blocked the road to the airport on Tuesday.", absent: []string{"ATTACK"}},
		{name: "ransacked", text: "Officials say Marc Bazin left for Miami a day after his farmhouse was ransacked.", absent: []string{"ATTACK"}},
		{name: "pelted people", text: "Rioting Kyrgyz pelted police with stones, wounding six officers, Kyrgyzstan's interior ministry said.", want: []string{"ATTACK pelted [Kyrgyzstan:AGENT]"}},
	})
}
